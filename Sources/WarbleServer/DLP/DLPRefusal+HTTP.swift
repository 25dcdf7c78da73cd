import HTTPTypes
import Hummingbird
import WarbleCompliance

extension DLPRefusal: HTTPResponseError {
    /// The header that tells a client which DLP answer a 422 is: `block` or `warn`.
    static let header = HTTPField.Name("Warble-DLP")!

    /// A 422 whose `error` is the rule's message (what the author sees) and whose
    /// `error_description` names the rules and says what to do next; the `Warble-DLP` header
    /// lets a client offer the confirmation a warning asks for.
    var apiError: APIError {
        switch self {
        case .blocked(let message, let rules):
            APIError(.unprocessableContent, message, description: """
                Nothing was posted: the data loss prevention rule \(rules.joined(separator: ", ")) found something this \
                organisation does not allow in posts. Remove it and post again.
                """, headers: [Self.header: "block"])
        case .unconfirmed(let message, let rules):
            APIError(.unprocessableContent, message, description: """
                Nothing was posted yet: the data loss prevention rule \(rules.joined(separator: ", ")) found something \
                you may not want to share. To post it anyway, send the same request again with dlp_confirmed=true.
                """, headers: [Self.header: "warn"])
        }
    }

    public var status: HTTPResponse.Status { apiError.status }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        try apiError.response(from: request, context: context)
    }
}
