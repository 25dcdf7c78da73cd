import Hummingbird
import Logging
import WarbleCompliance
import WarbleStore

/// Turns every error a handler throws into the JSON error body. Errors that are not meant for
/// clients become a plain 500; their cause goes to the log with the request id.
struct ErrorMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let error as APIError {
            return try error.response(from: request, context: context)
        } catch let error as PostWriteError {
            return try error.response(from: request, context: context)
        } catch let error as DLPRefusal {
            return try error.response(from: request, context: context)
        } catch let error as DLPReviewError {
            return try error.response(from: request, context: context)
        } catch let error as HTTPError {
            let description = error.body ?? defaultDescription(error.status)
            return try APIError(error.status, error.status.reasonPhrase, description: description).response(from: request, context: context)
        } catch {
            context.logger.error("request failed", metadata: ["error": "\(String(reflecting: error))"])
            return try APIError(.internalServerError, "Internal Server Error", description: "The server failed to handle this request; the administrator can find the cause in its log.")
                .response(from: request, context: context)
        }
    }

    private func defaultDescription(_ status: HTTPResponse.Status) -> String? {
        switch status {
        case .notFound: "There is nothing at this address."
        case .methodNotAllowed: "This address does not take that method."
        default: nil
        }
    }
}
