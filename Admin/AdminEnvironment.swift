import ArgumentParser
import Foundation
import Logging
import WarbleCommands
import WarbleConfig
import WarbleCore
import WarbleDirectory
import WarbleStore

/// What a `warblectl` command works with: the configuration, a running database pool and, when
/// configured, the directory. Commands record themselves in the audit log as `warblectl`.
struct AdminEnvironment: Sendable {
    let configuration: WarbleConfiguration
    let database: Database
    let logger: Logger

    /// The actor address the audit log shows for command-line actions.
    static let auditAddress = "warblectl"

    var directory: DirectoryClient? { configuration.ldap.map { DirectoryClient(settings: $0) } }

    func requireDirectory() throws -> DirectoryClient {
        guard let directory else {
            printError("ldap.url is not set: there is no directory to ask")
            throw ExitCode.failure
        }
        return directory
    }

    var accounts: AccountRepository { AccountRepository(database: database) }
    var audit: AuditRepository { AuditRepository(database: database) }

    /// Who acts, as the audit log records command-line actions.
    var actor: AuditEvent { AuditEvent(action: "", actorAddress: Self.auditAddress) }

    /// The ids of the accounts named by handle or login name, or a clear error for the first unknown one.
    func accountIDs(_ names: [String]) async throws -> [Int64] {
        var ids: [Int64] = []
        for name in names { ids.append(try await account(name).id) }
        return ids
    }

    /// The ids of the groups named by slug, or a clear error for the first unknown one.
    func groupIDs(_ slugs: [String]) async throws -> [Int64] {
        var ids: [Int64] = []
        for slug in slugs {
            guard let group = try await GroupRepository(database: database).find(slug: slug) else {
                printError("no group '\(slug)'")
                throw ExitCode.failure
            }
            ids.append(group.id)
        }
        return ids
    }

    /// The account named by handle or directory login name, or a clear error.
    func account(_ name: String) async throws -> Account {
        guard let account = try await accounts.find(username: name) else {
            printError("no account '\(name)': it is created at the first sign-in (see 'warblectl users list')")
            throw ExitCode.failure
        }
        return account
    }

    /// Loads the configuration and runs `body` with the database; database problems end the command with their reason.
    static func run<Result: Sendable>(_ options: ConfigurationOptions, _ body: @escaping @Sendable (AdminEnvironment) async throws -> Result) async throws -> Result {
        let configuration = try options.load()
        let logger = Logger(label: "warblectl")
        do {
            return try await withDatabase(configuration.database, logger: logger) { database in
                try await body(AdminEnvironment(configuration: configuration, database: database, logger: logger))
            }
        } catch let error as DatabaseUnavailable {
            printError(error.description)
            throw ExitCode.failure
        }
    }
}

/// Reads a password: from the terminal without echo, or the first line of standard input when
/// that is not a terminal (scripts).
func readPassword(prompt: String) -> String {
    if isatty(STDIN_FILENO) == 1, let typed = getpass(prompt) {
        return String(cString: typed)
    }
    return readLine(strippingNewline: true) ?? ""
}
