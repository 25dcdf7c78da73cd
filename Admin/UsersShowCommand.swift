import ArgumentParser
import WarbleCommands

/// `warblectl users show NAME`.
struct UsersShowCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "show", abstract: "Show one account.")

    @OptionGroup var options: ConfigurationOptions
    @Argument(help: "Handle or directory login name.") var name: String
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let (name, json) = (name, json)
        try await AdminEnvironment.run(options) { environment in
            let account = AccountSummary(try await environment.account(name))
            if json { try printJSON(account); return }
            print(account.line)
            print("  id \(account.id), directory uid \(account.directoryUid ?? "(local)"), email \(account.email ?? "-")")
            print("  \(account.title ?? "-"), \(account.department ?? "-"); created \(account.createdAt.formatted(.iso8601)); last sign-in \(account.lastLoginAt?.formatted(.iso8601) ?? "never")")
        }
    }
}
