import Hummingbird
import WarbleStore

extension DLPReviewError: HTTPResponseError {
    /// 404 for an unknown flag, 422 for a flag reviewed already or a missing reason.
    var apiError: APIError {
        switch self {
        case .notFound: APIError(.notFound, "Record not found", description: "There is no DLP flag with this id.")
        case .alreadyReviewed(let state):
            APIError(.unprocessableContent, "Validation failed: the flag was \(state.rawValue) already", description: "A review is final; the audit log records it.")
        case .invalidReason:
            APIError(.unprocessableContent, "Validation failed: Reason can't be blank", description: "Say why in 'reason' (1 to \(DLPReview.maxReasonLength) characters); the audit log records it.")
        }
    }

    public var status: HTTPResponse.Status { apiError.status }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        try apiError.response(from: request, context: context)
    }
}
