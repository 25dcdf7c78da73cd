import WarbleCore

/// Who may use the compliance APIs (holds, exports): compliance officers act, auditors only
/// read, everyone else — administrators included, by separation of duties — is refused.
enum ComplianceAccess {
    static func require(_ context: UserRequestContext, write: Bool, on what: String) throws {
        try context.require(anyOf: write ? "admin:write" : "admin:read")
        let allowed: Set<Role> = write ? [.compliance] : [.compliance, .auditor]
        guard allowed.contains(context.account.role) else {
            throw APIError(.forbidden, "This action is not allowed", description: write
                ? "Only compliance officers change \(what)." : "Only compliance officers and auditors read \(what).")
        }
    }
}
