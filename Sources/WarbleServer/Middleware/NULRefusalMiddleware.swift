import Hummingbird

/// Refuses a NUL character (U+0000) anywhere in the query string: PostgreSQL cannot store it in
/// text, so it would otherwise surface as a server error. Bodies are checked by
/// ``ClientBodyDecoder`` and the media upload.
struct NULRefusalMiddleware<Context: RequestContext>: RouterMiddleware {
    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        if let query = request.uri.query, query.range(of: "%00", options: .caseInsensitive) != nil {
            throw APIError.nulCharacter
        }
        return try await next(request, context)
    }
}

extension APIError {
    /// The answer to text with a NUL character in it.
    static let nulCharacter = APIError(.badRequest, "invalid_request", description: "Text may not contain NUL characters.")
}
