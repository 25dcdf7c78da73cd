import Hummingbird
import WarbleStore

extension PostWriteError: HTTPResponseError {
    /// The error as Mastodon answers it: 404 for what the writer cannot see or does not own, 403
    /// for what they may not do.
    var apiError: APIError {
        switch self {
        case .notFound: APIError(.notFound, "Record not found", description: "There is no such post or account, or you may not see it.")
        // As on Mastodon, someone else's post is not found among one's own.
        case .notAuthor: APIError(.notFound, "Record not found", description: "Only the author may change or delete a post.")
        case .notAllowed: APIError(.forbidden, "This action is not allowed")
        case .mediaUnavailable:
            APIError(.unprocessableContent, "Validation failed: media_ids are invalid", description: "Attach only your own uploads that no other post has.")
        }
    }

    public var status: HTTPResponse.Status { apiError.status }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        try apiError.response(from: request, context: context)
    }
}
