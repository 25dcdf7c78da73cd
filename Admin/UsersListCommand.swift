import ArgumentParser
import WarbleCommands

/// `warblectl users list`.
struct UsersListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List accounts, optionally those matching a text.")

    @OptionGroup var options: ConfigurationOptions
    @Option(help: "Only accounts whose handle, name or email contains this text.") var query: String?
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let (query, json) = (query, json)
        try await AdminEnvironment.run(options) { environment in
            let accounts = try await environment.accounts.list(matching: query).map(AccountSummary.init)
            if json { try printJSON(accounts); return }
            accounts.forEach { print($0.line) }
            print("\(accounts.count) account(s)")
        }
    }
}
