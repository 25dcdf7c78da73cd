import ArgumentParser
import WarbleCommands
import WarbleStore

/// `warblectl users revoke-sessions NAME`.
struct UsersRevokeSessionsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "revoke-sessions", abstract: "Revoke every token of an account; it must sign in again.")

    @OptionGroup var options: ConfigurationOptions
    @Argument(help: "Handle or directory login name.") var name: String

    func run() async throws {
        let name = name
        try await AdminEnvironment.run(options) { environment in
            let account = try await environment.account(name)
            let revoked = try await TokenRepository(database: environment.database).revokeAll(accountID: account.id)
            try await environment.audit.append(AuditEvent(action: "oauth.token.revoked", target: account.username, actorAddress: AdminEnvironment.auditAddress, details: ["count": String(revoked)]))
            print("Revoked \(revoked) token(s) of @\(account.username).")
        }
    }
}
