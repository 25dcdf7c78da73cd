import Foundation
import Hummingbird

/// Decodes request bodies sent as JSON or as `application/x-www-form-urlencoded`, as Mastodon
/// clients do; a body that does not decode is a 400 that says what was wrong.
public struct ClientBodyDecoder: RequestDecoder {
    public func decode<T: Decodable>(_ type: T.Type, from request: Request, context: some RequestContext) async throws -> T {
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        do {
            if contentType.hasPrefix("application/json") {
                return try await JSONDecoder().decode(type, from: request, context: context)
            }
            return try await URLEncodedFormDecoder().decode(type, from: request, context: context)
        } catch let error as DecodingError {
            throw APIError(.badRequest, "invalid_request", description: Self.explain(error))
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw APIError(.contentTooLarge, "request_too_large", description: "The request body is larger than the server accepts.")
        } catch let error as APIError {
            throw error
        } catch {
            throw APIError(.badRequest, "invalid_request", description: "The request body could not be read as JSON or form data.")
        }
    }

    static func explain(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): "The field '\(key.stringValue)' is required."
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            "The field '\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type."
        case .dataCorrupted(let context):
            context.codingPath.isEmpty ? "The body is not well-formed." : "The field '\(context.codingPath.map(\.stringValue).joined(separator: "."))' is not valid."
        @unknown default: "The body could not be decoded."
        }
    }
}
