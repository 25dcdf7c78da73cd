import ArgumentParser
import WarbleCommands
import WarbleStore

/// `warblectl users suspend NAME`.
struct UsersSuspendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "suspend",
        abstract: "Suspend an account and revoke its tokens at once.",
        discussion: "The account's content is kept; retention policies decide its fate."
    )

    @OptionGroup var options: ConfigurationOptions
    @Argument(help: "Handle or directory login name.") var name: String

    func run() async throws {
        let name = name
        try await AdminEnvironment.run(options) { environment in
            let account = try await environment.account(name)
            let revoked = try await environment.accounts.suspend(id: account.id)
            try await environment.audit.append(AuditEvent(action: "account.suspended", target: account.username, actorAddress: AdminEnvironment.auditAddress, details: ["reason": "administrator"]))
            print("Suspended @\(account.username); revoked \(revoked) token(s).")
        }
    }
}

/// `warblectl users unsuspend NAME`.
struct UsersUnsuspendCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "unsuspend", abstract: "Lift a suspension; the person signs in again to get new tokens.")

    @OptionGroup var options: ConfigurationOptions
    @Argument(help: "Handle or directory login name.") var name: String

    func run() async throws {
        let name = name
        try await AdminEnvironment.run(options) { environment in
            let account = try await environment.account(name)
            try await environment.accounts.unsuspend(id: account.id)
            try await environment.audit.append(AuditEvent(action: "account.unsuspended", target: account.username, actorAddress: AdminEnvironment.auditAddress))
            print("@\(account.username) is no longer suspended.")
        }
    }
}
