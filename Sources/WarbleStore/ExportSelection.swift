import Foundation

/// What a compliance export contains: the posts of the custodians, the posts in the groups and
/// the posts an active legal hold keeps (any of these), created in `[from, to)`, matching a full-text query when one is given, with deleted
/// posts only when asked for.
public struct ExportSelection: Sendable, Equatable, Codable {
    public var custodianIDs: [Int64]
    public var groupIDs: [Int64]
    public var from: Date?
    public var to: Date?
    public var query: String?
    public var includeDeleted: Bool
    public var holdID: Int64?

    public init(
        custodianIDs: [Int64] = [], groupIDs: [Int64] = [], from: Date? = nil, to: Date? = nil, query: String? = nil, includeDeleted: Bool = false,
        holdID: Int64? = nil
    ) {
        self.custodianIDs = custodianIDs
        self.groupIDs = groupIDs
        self.from = from
        self.to = to
        self.query = query
        self.includeDeleted = includeDeleted
        self.holdID = holdID
    }
}
