import Foundation
import HummingbirdBcrypt
import NIOPosix
import Logging
import WarbleConfig
import WarbleCore
import WarbleDirectory
import WarbleStore

/// Signs staff in with their directory password: throttles repeated failures, asks the directory
/// (search, then bind), provisions or refreshes the account with its role from group membership,
/// and writes every outcome to the audit log.
public struct SignInService: Sendable {
    let directory: DirectoryClient?
    let accounts: AccountRepository
    let failures: LoginFailureRepository
    let audit: AuditRepository
    let settings: LoginSettings
    let logger: Logger

    public init(directory: DirectoryClient?, database: Database, settings: LoginSettings, logger: Logger) {
        self.directory = directory
        self.accounts = AccountRepository(database: database)
        self.failures = LoginFailureRepository(database: database)
        self.audit = AuditRepository(database: database)
        self.settings = settings
        self.logger = logger
    }

    /// The account `username` signs in to with `password`, coming from `address`.
    public func signIn(username: String, password: String, address: String) async throws -> Account {
        let recent = try await failures.recent(username: username, address: address, window: settings.lockout)
        if recent.byUsername >= settings.maxFailures || recent.byAddress >= settings.maxFailuresPerAddress {
            let retryAfter = Int(max(1, settings.lockout - Date().timeIntervalSince(recent.oldest ?? Date())))
            try await audit.append(AuditEvent(action: "auth.login.locked", target: username, actorAddress: address, details: ["retry_after": String(retryAfter)]))
            throw SignInError.lockedOut(retryAfter: retryAfter)
        }
        if settings.allowLocalAccounts, let (account, hash) = try await accounts.local(username: username) {
            return try await signInLocal(account, hash: hash, password: password, address: address, recent: recent)
        }
        guard let directory else { throw SignInError.noDirectory }
        let person: DirectoryPerson
        do {
            person = try await directory.authenticate(username: username, password: password)
        } catch {
            try await recordFailure(error, username: username, address: address, recent: recent)
            throw SignInError.directory(error)
        }
        let role = Role.from(groups: Set(person.groups), mapping: directory.settings.roleGroups)
        let provisioned = try await accounts.provision(person.profile, role: role, signingIn: true)
        let account = provisioned.account
        try await recordChanges(provisioned, address: address)
        guard !account.isSuspended else {
            try await audit.append(AuditEvent(action: "auth.login.refused", target: account.username, actorAccountID: account.id, actorAddress: address, details: ["reason": "suspended"]))
            throw SignInError.suspended
        }
        try await failures.clear(username: username)
        try await audit.append(AuditEvent(action: "auth.login", target: account.username, actorAccountID: account.id, actorRole: account.role, actorAddress: address))
        return account
    }

    /// A break-glass account: checked against its bcrypt hash, never against the directory, so it
    /// works while the directory is down.
    private func signInLocal(_ account: Account, hash: String, password: String, address: String, recent: (byUsername: Int, byAddress: Int, oldest: Date?)) async throws -> Account {
        // bcrypt takes a quarter of a second of CPU on purpose: not on the cooperative pool.
        let matches = try await NIOThreadPool.singleton.runIfActive { !password.isEmpty && Bcrypt.verify(password, hash: hash) }
        guard matches else {
            try await recordFailure(.wrongPassword, username: account.username, address: address, recent: recent)
            throw SignInError.directory(.wrongPassword)
        }
        guard !account.isSuspended else {
            try await audit.append(AuditEvent(action: "auth.login.refused", target: account.username, actorAccountID: account.id, actorAddress: address, details: ["reason": "suspended"]))
            throw SignInError.suspended
        }
        try await accounts.recordLogin(id: account.id)
        try await failures.clear(username: account.username)
        try await audit.append(AuditEvent(action: "auth.login", target: account.username, actorAccountID: account.id, actorRole: account.role, actorAddress: address, details: ["source": "local"]))
        return account
    }

    private func recordFailure(_ failure: LoginFailure, username: String, address: String, recent: (byUsername: Int, byAddress: Int, oldest: Date?)) async throws {
        switch failure {
        case .directoryUnavailable(let reason):
            logger.error("directory unavailable during sign-in", metadata: ["reason": "\(reason)"])
            try await audit.append(AuditEvent(action: "auth.login.failed", target: username, actorAddress: address, details: ["reason": "directory_unavailable"]))
        case .emptyPassword, .unknownUser, .wrongPassword, .ambiguousUser:
            try await failures.record(username: username, address: address)
            try await audit.append(AuditEvent(action: "auth.login.failed", target: username, actorAddress: address, details: ["reason": failure.code]))
            if recent.byUsername + 1 == settings.maxFailures || recent.byAddress + 1 == settings.maxFailuresPerAddress {
                try await audit.append(AuditEvent(action: "auth.lockout", target: username, actorAddress: address, details: ["window_seconds": String(Int(settings.lockout))]))
            }
        }
    }

    private func recordChanges(_ provisioned: AccountRepository.Provisioned, address: String) async throws {
        let account = provisioned.account
        if provisioned.created {
            try await audit.append(AuditEvent(action: "account.created", target: account.username, actorAccountID: account.id, actorAddress: address, details: ["source": "directory", "role": account.role.rawValue]))
        } else if let previous = provisioned.previousRole, previous != account.role {
            try await audit.append(AuditEvent(action: "account.role_changed", target: account.username, actorAddress: address, details: ["from": previous.rawValue, "to": account.role.rawValue, "source": "directory"]))
        }
    }
}

extension DirectoryPerson {
    var profile: DirectoryProfile {
        DirectoryProfile(uid: uid, dn: dn, displayName: displayName, email: email, title: title, department: department)
    }
}
