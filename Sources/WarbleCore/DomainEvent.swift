/// Something that happened which streaming clients on any instance, or every instance itself,
/// must hear about. Events carry ids only; each instance reads the rest from the database for each
/// listener, so that visibility is decided per reader.
public struct DomainEvent: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable {
        /// A post or reblog was made (`postID`).
        case post
        /// A post was edited (`postID`).
        case edit
        /// A post was deleted (`postID`).
        case delete
        /// `accountIDs` may have new notifications.
        case notified
        /// An administrator asks every instance to reload its policy files (`warblectl policy apply`).
        case policiesChanged
    }

    public var kind: Kind
    public var postID: Int64?
    public var accountIDs: [Int64]

    public init(kind: Kind, postID: Int64? = nil, accountIDs: [Int64] = []) {
        self.kind = kind
        self.postID = postID
        self.accountIDs = accountIDs
    }

    public static func post(_ id: Int64) -> DomainEvent { DomainEvent(kind: .post, postID: id) }
    public static func edit(_ id: Int64) -> DomainEvent { DomainEvent(kind: .edit, postID: id) }
    public static func delete(_ id: Int64) -> DomainEvent { DomainEvent(kind: .delete, postID: id) }
    public static func notified(_ accountIDs: [Int64]) -> DomainEvent { DomainEvent(kind: .notified, accountIDs: accountIDs) }
    public static let policiesChanged = DomainEvent(kind: .policiesChanged)
}
