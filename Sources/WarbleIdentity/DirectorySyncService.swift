import Logging
import WarbleCore
import WarbleDirectory
import WarbleStore

/// Brings every account provisioned from the directory up to date with it: attributes and role
/// refreshed, accounts whose entry is gone or disabled suspended with their tokens revoked at once.
/// Content stays (retention decides its fate). A directory error stops the run before anything
/// changes, and a run that would suspend most accounts is refused unless forced.
public struct DirectorySyncService: Sendable {
    let directory: DirectoryClient
    let accounts: AccountRepository
    let tokens: TokenRepository
    let audit: AuditRepository
    let logger: Logger

    public init(directory: DirectoryClient, database: Database, logger: Logger) {
        self.directory = directory
        self.accounts = AccountRepository(database: database)
        self.tokens = TokenRepository(database: database)
        self.audit = AuditRepository(database: database)
        self.logger = logger
    }

    public func sync(dryRun: Bool, force: Bool = false, onProgress: @Sendable (Int, Int) -> Void = { _, _ in }) async throws -> DirectorySyncReport {
        let known = try await accounts.directoryAccounts()
        let uids = known.compactMap(\.directoryUID)
        let state = try await directory.lookUp(uids: uids, disabledFilter: directory.settings.disabledFilter)
        var report = DirectorySyncReport(dryRun: dryRun)
        report.checked = known.count
        let leaving = known.filter { account in
            guard let uid = account.directoryUID, !account.isSuspended else { return false }
            return state.found[uid] == nil
        }
        if !force && leaving.count > 5 && leaving.count * 2 > known.count {
            throw SyncRefused(wouldSuspend: leaving.count, of: known.count)
        }
        for (index, account) in known.enumerated() {
            onProgress(index + 1, known.count)
            guard let uid = account.directoryUID else { continue }
            if let person = state.found[uid] {
                let role = Role.from(groups: Set(person.groups), mapping: directory.settings.roleGroups)
                if role != account.role { report.roleChanges.append(.init(username: account.username, from: account.role.rawValue, to: role.rawValue)) }
                if person.profile != account.profile || role != account.role { report.refreshed.append(account.username) }
                guard !dryRun else { continue }
                _ = try await accounts.provision(person.profile, role: role, signingIn: false)
                if role != account.role {
                    try await audit.append(AuditEvent(action: "account.role_changed", target: account.username, details: ["from": account.role.rawValue, "to": role.rawValue, "source": "directory_sync"]))
                }
            } else if !account.isSuspended {
                let disabled = state.disabled.contains(uid)
                if disabled { report.suspendedDisabled.append(account.username) } else { report.suspendedMissing.append(account.username) }
                guard !dryRun else { continue }
                report.tokensRevoked += try await accounts.suspend(id: account.id)
                try await audit.append(AuditEvent(action: "account.suspended", target: account.username, details: ["reason": disabled ? "disabled_in_directory" : "left_directory", "source": "directory_sync"]))
            }
        }
        if !dryRun {
            try await audit.append(AuditEvent(action: "directory.sync", details: [
                "checked": String(report.checked), "refreshed": String(report.refreshed.count), "role_changes": String(report.roleChanges.count),
                "suspended": String(report.suspendedMissing.count + report.suspendedDisabled.count),
            ]))
        }
        logger.info("directory sync", metadata: ["summary": "\(report.summary)"])
        return report
    }
}

extension Account {
    var profile: DirectoryProfile? {
        directoryUID.map { DirectoryProfile(uid: $0, dn: directoryDN ?? "", displayName: displayName, email: email, title: title, department: department) }
    }
}
