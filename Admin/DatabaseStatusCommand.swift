import ArgumentParser
import Foundation
import Logging
import WarbleCommands
import WarbleStore

/// `warblectl db status`: which migrations are applied and which are pending.
struct DatabaseStatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "List applied and pending migrations.",
        discussion: "Exits 0 when the schema is up to date, 1 when migrations are pending or do not match this build."
    )

    @OptionGroup var options: ConfigurationOptions

    @Flag(help: "Print JSON instead of a table.")
    var json = false

    func run() async throws {
        let configuration = try options.load()
        let status: MigrationStatus
        do {
            status = try await withDatabase(configuration.database, logger: Logger(label: "warblectl")) { database in
                try await Migrator(database: database).status()
            }
        } catch {
            printError("db status failed: \(error)")
            throw ExitCode.failure
        }
        if json {
            try printJSON(Report(status))
        } else {
            printTable(status)
        }
        if !status.isUpToDate { throw ExitCode.failure }
    }

    private func printTable(_ status: MigrationStatus) {
        let changed = Set(status.changed.map(\.version))
        let unknown = Set(status.unknown.map(\.version))
        for applied in status.applied {
            let state = changed.contains(applied.version) ? "CHANGED" : unknown.contains(applied.version) ? "UNKNOWN" : "applied"
            print("\(state.padding(toLength: 8, withPad: " ", startingAt: 0)) \(String(format: "%4d", applied.version))  \(applied.name)  (\(applied.appliedAt.formatted(.iso8601)))")
        }
        for pending in status.pending {
            print("pending  \(String(format: "%4d", pending.version))  \(pending.name)")
        }
        if !status.changed.isEmpty { print("CHANGED: a migration was edited after it was applied; migrations must never change once landed.") }
        if !status.unknown.isEmpty { print("UNKNOWN: the database was migrated by a newer Warble than this one.") }
        print(status.isUpToDate ? "The schema is up to date." : status.pending.isEmpty ? "The schema does not match this build." : "\(status.pending.count) migration(s) pending: run 'warblectl db migrate'.")
    }

    private struct Report: Encodable {
        struct Entry: Encodable {
            let version: Int
            let name: String
            let state: String
            let appliedAt: Date?
        }
        let upToDate: Bool
        let migrations: [Entry]

        init(_ status: MigrationStatus) {
            let changed = Set(status.changed.map(\.version))
            let unknown = Set(status.unknown.map(\.version))
            upToDate = status.isUpToDate
            migrations = status.applied.map {
                Entry(version: $0.version, name: $0.name, state: changed.contains($0.version) ? "changed" : unknown.contains($0.version) ? "unknown" : "applied", appliedAt: $0.appliedAt)
            } + status.pending.map { Entry(version: $0.version, name: $0.name, state: "pending", appliedAt: nil) }
        }
    }
}
