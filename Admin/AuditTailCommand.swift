import ArgumentParser
import WarbleCommands
import WarbleCompliance

/// `warblectl audit tail`.
struct AuditTailCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "tail", abstract: "Show the newest audit rows, oldest of them first.")

    @OptionGroup var options: ConfigurationOptions
    @OptionGroup var filters: AuditFilterOptions
    @Option(name: [.customShort("n"), .long], help: "How many rows.") var count = 20
    @Flag(help: "Print JSON lines.") var json = false

    func validate() throws {
        guard (1...10_000).contains(count) else { throw ValidationError("--count must be between 1 and 10000") }
    }

    func run() async throws {
        let (filters, count, json) = (filters, count, json)
        try await AdminEnvironment.run(options) { environment in
            let records = try await environment.audit.records(matching: try await filters.filter(environment), limit: count)
            for record in records.reversed() {
                let entry = AuditEntry(record)
                print(json ? try entry.jsonLine() : entry.line)
            }
        }
    }
}
