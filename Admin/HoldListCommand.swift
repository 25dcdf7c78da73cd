import ArgumentParser
import WarbleCommands
import WarbleStore

/// `warblectl hold list`.
struct HoldListCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "list", abstract: "List active holds (and released ones with --all).")

    @OptionGroup var options: ConfigurationOptions
    @Flag(help: "Include released holds.") var all = false
    @Flag(help: "Print JSON.") var json = false

    func run() async throws {
        let (all, json) = (all, json)
        try await AdminEnvironment.run(options) { environment in
            let holds = try await HoldRepository(database: environment.database).list(includeReleased: all)
            if json { try printJSON(holds.map { HoldSummary($0, coverage: nil) }); return }
            for hold in holds { print(HoldSummary(hold, coverage: nil).line) }
            print("\(holds.count) hold(s)")
        }
    }
}
