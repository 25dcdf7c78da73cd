import Hummingbird

/// An error a client sees: an HTTP status, a short machine-readable `error` and an
/// `error_description` that says what to fix. Internal causes are logged, never sent.
public struct APIError: HTTPResponseError, Sendable {
    public let status: HTTPResponse.Status
    public let error: String
    public let errorDescription: String?
    /// Extra response headers, such as `Retry-After`.
    public let headers: HTTPFields

    public init(_ status: HTTPResponse.Status, _ error: String, description: String? = nil, headers: HTTPFields = [:]) {
        self.status = status
        self.error = error
        self.errorDescription = description
        self.headers = headers
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try ErrorBody(error: error, errorDescription: errorDescription).response(status: status, from: request, context: context)
        response.headers.append(contentsOf: headers)
        return response
    }
}

/// The JSON body every error response carries, as Mastodon clients expect it.
struct ErrorBody: ResponseEncodable {
    let error: String
    let errorDescription: String?

    enum CodingKeys: String, CodingKey {
        case error
        case errorDescription = "error_description"
    }

    func response(status: HTTPResponse.Status, from request: Request, context: some RequestContext) throws -> Response {
        var response = try self.response(from: request, context: context)
        response.status = status
        return response
    }
}
