import ArgumentParser
import Foundation
import WarbleCommands
import WarbleCompliance

/// `warblectl audit stream`: the feed for a SIEM.
struct AuditStreamCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "stream",
        abstract: "Write audit rows as JSON lines to standard output or syslog, following new ones.",
        discussion: """
            Starts after --after (default: the current end, so only new rows) and keeps following until stopped. \
            To resume without gaps, pass the last sequence a previous run wrote. With --syslog each row goes to \
            syslog (facility auth, ident 'warble-audit') instead of standard output.
            """
    )

    @OptionGroup var options: ConfigurationOptions
    @Option(help: "Write rows after this sequence (0 for the whole log).") var after: Int64?
    @Option(help: "Seconds between looks for new rows.") var interval: Double = 1
    @Flag(help: "Write to syslog rather than standard output.") var syslog = false
    @Flag(help: "Stop at the current end instead of following.") var once = false

    func validate() throws {
        guard interval >= 0.1, interval <= 3600 else { throw ValidationError("--interval must be between 0.1 and 3600 seconds") }
        guard (after ?? 0) >= 0 else { throw ValidationError("--after must not be negative") }
    }

    func run() async throws {
        let (after, interval, toSyslog, once) = (after, interval, syslog, once)
        try await AdminEnvironment.run(options) { environment in
            let sink = AuditLineSink(syslog: toSyslog)
            var cursor = if let after { after } else { try await environment.audit.head().sequence }
            while !Task.isCancelled {
                let page = try await environment.audit.records(after: cursor, limit: 500)
                for record in page { sink.write(try AuditEntry(record).jsonLine()) }
                cursor = page.last?.sequence ?? cursor
                if page.count == 500 { continue }
                if once { break }
                try await Task.sleep(for: .seconds(interval))
            }
        }
    }
}

/// Where `audit stream` writes: standard output, flushed per line, or syslog.
struct AuditLineSink {
    let syslog: Bool

    init(syslog: Bool) {
        self.syslog = syslog
        // openlog keeps the pointer for the life of the process.
        if syslog { openlog(strdup("warble-audit"), LOG_PID, LOG_AUTH) }
    }

    func write(_ line: String) {
        if syslog {
            line.withCString { text in withVaList([text]) { vsyslog(LOG_INFO, "%s", $0) } }
        } else {
            FileHandle.standardOutput.write(Data((line + "\n").utf8))
        }
    }
}
