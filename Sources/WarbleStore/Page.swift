/// Mastodon's pagination of a list newest first: `max_id` (older than), `since_id` (newer than,
/// newest first), `min_id` (immediately newer than, read oldest first) and `limit`.
public struct Page: Sendable, Equatable {
    public var maxID: Int64?
    public var sinceID: Int64?
    public var minID: Int64?
    public var limit: Int

    public init(maxID: Int64? = nil, sinceID: Int64? = nil, minID: Int64? = nil, limit: Int = 20) {
        self.maxID = maxID
        self.sinceID = sinceID
        self.minID = minID
        self.limit = limit
    }

    /// Items must have an id strictly between these two.
    var lowerBound: Int64 { max(sinceID ?? 0, minID ?? 0) }
    var upperBound: Int64 { maxID ?? Int64.max }
    /// `min_id` reads upwards from the bound; the result is still returned newest first.
    var ascending: Bool { minID != nil }
    var order: String { ascending ? "ASC" : "DESC" }
}
