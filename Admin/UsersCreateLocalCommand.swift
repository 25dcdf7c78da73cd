import ArgumentParser
import Foundation
import HummingbirdBcrypt
import WarbleCommands
import WarbleCore
import WarbleStore

/// `warblectl users create-local NAME --role admin`: a break-glass account for when the directory
/// is down.
struct UsersCreateLocalCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create-local",
        abstract: "Create a local break-glass account with its own password.",
        discussion: """
            The password is asked for twice at a terminal, or read from the first line of standard input; \
            at least 12 characters. Only its bcrypt hash is stored. Local accounts sign in through the API \
            and web pages only when login.local_accounts is true, and never through the directory.
            """
    )

    @OptionGroup var options: ConfigurationOptions
    @Argument(help: "The handle: letters, digits and _, at most 30.") var name: String
    @Option(help: "member, admin, compliance or auditor.") var role: Role = .admin
    @Option(help: "The name shown for the account.") var displayName: String?

    func validate() throws {
        guard Handle.isValid(name) else { throw ValidationError("'\(name)' is not a handle: use letters, digits and _, at most 30") }
    }

    func run() async throws {
        let password = readPassword(prompt: "Password for @\(name): ")
        guard password.count >= 12 else {
            printError("the password must have at least 12 characters")
            throw ExitCode.failure
        }
        if isatty(STDIN_FILENO) == 1, readPassword(prompt: "Again: ") != password {
            printError("the passwords differ")
            throw ExitCode.failure
        }
        let (name, role, displayName) = (name, role, displayName ?? name)
        let hash = Bcrypt.hash(password)
        try await AdminEnvironment.run(options) { environment in
            guard let account = try await environment.accounts.createLocal(username: name, displayName: displayName, role: role, passwordHash: hash) else {
                printError("the handle @\(name) is taken")
                throw ExitCode.failure
            }
            try await environment.audit.append(AuditEvent(action: "account.created", target: account.username, actorAddress: AdminEnvironment.auditAddress, details: ["source": "local", "role": role.rawValue]))
            print("Created local account @\(account.username) (\(role.rawValue)).")
            if !environment.configuration.login.allowLocalAccounts {
                print("Note: login.local_accounts is false, so it cannot sign in until that is turned on.")
            }
        }
    }
}
