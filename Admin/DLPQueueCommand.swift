import ArgumentParser
import WarbleCommands
import WarbleCompliance
import WarbleStore

/// `warblectl dlp queue [--state STATE] [--limit N] [--json]`.
struct DLPQueueCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "queue", abstract: "List DLP flags, newest first.")

    @OptionGroup var options: ConfigurationOptions
    @Option(help: "pending, cleared, removed or all.") var state = "pending"
    @Option(help: "How many flags.") var limit = 100
    @Flag(help: "Print JSON.") var json = false

    func validate() throws {
        guard state == "all" || DLPFlag.State(rawValue: state) != nil else { throw ValidationError("--state must be pending, cleared, removed or all") }
        guard (1...10_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 10000") }
    }

    func run() async throws {
        let (state, limit, json) = (DLPFlag.State(rawValue: state), limit, json)
        try await AdminEnvironment.run(options) { environment in
            let flags = try await DLPFlagRepository(database: environment.database).list(state: state, page: Page(limit: limit)).map(DLPFlagEntry.init)
            if json { try printJSON(flags); return }
            flags.forEach { print($0.line) }
            print("\(flags.count) flag(s)")
        }
    }
}
