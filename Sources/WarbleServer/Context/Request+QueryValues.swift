import Foundation
import Hummingbird

extension Request {
    /// Every value of query parameter `name`, whether or not the client percent-encoded the key's
    /// brackets: `requests` (and so Mastodon.py) sends `types[]` as `types%5B%5D`, and Hummingbird
    /// decodes values but not keys.
    func queryValues(_ name: String) -> [String] {
        guard let query = uri.query else { return [] }
        func decode(_ text: Substring) -> String? { String(text).replacingOccurrences(of: "+", with: " ").removingPercentEncoding }
        return query.split(separator: "&").compactMap { pair in
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            guard decode(parts[0]) == name else { return nil }
            return parts.count > 1 ? decode(parts[1]) : ""
        }
    }
}
