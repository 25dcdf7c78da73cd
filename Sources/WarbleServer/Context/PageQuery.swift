import Foundation
import HTTPTypes
import Hummingbird
import WarbleStore

/// Reads `max_id`, `since_id`, `min_id` and `limit` from a request, and writes the `Link` header
/// that points to the next (older) and previous (newer) pages, as Mastodon does.
struct PageQuery {
    let page: Page

    /// `limit` is clamped to `1...maximum`; an id that is not a number is a 400.
    init(_ request: Request, defaultLimit: Int = 20, maximum: Int = 40) throws {
        let query = request.uri.queryParameters
        func id(_ name: String) throws -> Int64? {
            guard let text = query[name[...]].map(String.init), !text.isEmpty else { return nil }
            guard let value = Int64(text) else {
                throw APIError(.badRequest, "invalid_request", description: "'\(name)' must be a status or account id.")
            }
            return value
        }
        let limit = query["limit"].flatMap { Int(String($0)) } ?? defaultLimit
        page = Page(maxID: try id("max_id"), sinceID: try id("since_id"), minID: try id("min_id"), limit: min(max(limit, 1), maximum))
    }

    /// A JSON response of `items` with a `Link` header built from the first and last cursor.
    func response<Item: Encodable>(_ items: [Item], cursors: [Int64], request: Request, publicURL: URL) throws -> Response {
        var headers: HTTPFields = [.contentType: "application/json; charset=utf-8"]
        if let first = cursors.first, let last = cursors.last {
            let path = publicURL.baseString + request.uri.path
            let others = request.uri.queryParameters.filter { !["max_id", "since_id", "min_id"].contains(String($0.key)) }
                .map { "\(Self.encode(String($0.key)))=\(Self.encode(String($0.value)))" }
            let link = { (name: String, value: Int64) in "<\(path)?\((others + ["\(name)=\(value)"]).joined(separator: "&"))>" }
            headers[.link] = "\(link("max_id", last)); rel=\"next\", \(link("min_id", first)); rel=\"prev\""
        }
        let body = try JSONEncoder.mastodon.encode(items)
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    private static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~[]")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension HTTPField.Name {
    /// RFC 8288 web links: how Mastodon tells clients where the next page is.
    static let link = Self("Link")!
    /// The key a client sends so that a retried post is not made twice.
    static let idempotencyKey = Self("Idempotency-Key")!
}
