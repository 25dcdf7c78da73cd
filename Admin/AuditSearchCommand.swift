import ArgumentParser
import WarbleCommands
import WarbleCompliance

/// `warblectl audit search`.
struct AuditSearchCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "List audit rows that match filters, oldest first.",
        discussion: "Example: warblectl audit search --action 'hold.*' --since 2026-01-01"
    )

    @OptionGroup var options: ConfigurationOptions
    @OptionGroup var filters: AuditFilterOptions
    @Option(help: "At most this many rows.") var limit = 1000
    @Flag(help: "Print JSON lines.") var json = false

    func validate() throws {
        guard (1...1_000_000).contains(limit) else { throw ValidationError("--limit must be between 1 and 1000000") }
    }

    func run() async throws {
        let (filters, limit, json) = (filters, limit, json)
        try await AdminEnvironment.run(options) { environment in
            var filter = try await filters.filter(environment)
            filter.oldestFirst = true
            var printed = 0
            while printed < limit {
                let page = try await environment.audit.records(matching: filter, limit: min(1000, limit - printed))
                for record in page {
                    let entry = AuditEntry(record)
                    print(json ? try entry.jsonLine() : entry.line)
                }
                printed += page.count
                guard let last = page.last, page.count == 1000 else { break }
                filter.afterSequence = last.sequence
            }
            if !json { printError("\(printed) row(s)") }
        }
    }
}
