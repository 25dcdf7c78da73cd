/// What a directory sync changed (or, in a dry run, would change).
public struct DirectorySyncReport: Sendable, Encodable {
    /// One account's role moving from one value to another.
    public struct RoleChange: Sendable, Encodable, Equatable {
        public let username: String
        public let from: String
        public let to: String

        public init(username: String, from: String, to: String) {
            self.username = username
            self.from = from
            self.to = to
        }
    }

    public var dryRun: Bool
    public var checked = 0
    public var refreshed: [String] = []
    public var roleChanges: [RoleChange] = []
    /// Accounts suspended because their entry is gone from the directory.
    public var suspendedMissing: [String] = []
    /// Accounts suspended because their entry matches `ldap.disabled_filter`.
    public var suspendedDisabled: [String] = []
    /// Tokens revoked with the suspensions.
    public var tokensRevoked = 0

    public var summary: String {
        let verb = dryRun ? "would" : "did"
        return "checked \(checked) account(s); \(verb) refresh \(refreshed.count), change \(roleChanges.count) role(s), "
            + "suspend \(suspendedMissing.count) gone and \(suspendedDisabled.count) disabled, revoking \(tokensRevoked) token(s)"
    }
}

/// A sync would suspend too many accounts at once to be believable; usually a wrong base or filter.
public struct SyncRefused: Error, CustomStringConvertible {
    public let wouldSuspend: Int
    public let of: Int
    public var description: String {
        "directory sync refused: it would suspend \(wouldSuspend) of \(of) accounts, which looks like a wrong ldap.user_base or ldap.user_filter; check with 'warblectl directory sync --dry-run' and pass --force if it is right"
    }
}
