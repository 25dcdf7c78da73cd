import ArgumentParser
import WarbleCommands
import WarbleStore

/// `warblectl tokens …`: personal API tokens for scripts and bots.
struct TokensCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tokens", abstract: "Personal API tokens.", subcommands: [TokensCreateCommand.self])
}

/// `warblectl tokens create USER --scopes read,write`.
struct TokensCreateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "create",
        abstract: "Create a personal API token for an account and print it once.",
        discussion: "The token is shown only now; Warble stores only its SHA-256. Revoke with 'warblectl users revoke-sessions'."
    )

    static let allowedScopes: Set<String> = ["read", "write", "follow", "push", "admin:read", "admin:write"]

    @OptionGroup var options: ConfigurationOptions
    @Argument(help: "Handle or directory login name.") var name: String
    @Option(help: "Comma-separated scopes: read, write, follow, push, admin:read, admin:write.") var scopes = "read"
    @Option(help: "What the token is for (shown in the audit log).") var description: String?

    func validate() throws {
        let requested = scopes.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        if requested.isEmpty || !requested.allSatisfy(Self.allowedScopes.contains) {
            throw ValidationError("--scopes must list some of \(Self.allowedScopes.sorted().joined(separator: ", "))")
        }
    }

    func run() async throws {
        let (name, description) = (name, description)
        let requested = scopes.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        try await AdminEnvironment.run(options) { environment in
            let account = try await environment.account(name)
            guard !account.isSuspended else {
                printError("@\(account.username) is suspended")
                throw ExitCode.failure
            }
            let issued = try await TokenRepository(database: environment.database).issue(kind: "personal", applicationID: nil, accountID: account.id, scopes: requested, description: description)
            try await environment.audit.append(AuditEvent(action: "oauth.token.granted", target: account.username, actorAddress: AdminEnvironment.auditAddress, details: ["kind": "personal", "scopes": requested.joined(separator: " "), "token_id": String(issued.id)]))
            print(issued.token)
        }
    }
}
