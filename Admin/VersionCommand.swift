import ArgumentParser
import WarbleCommands
import WarbleConfig

/// `warblectl version`.
struct VersionCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "version", abstract: "Print the version of this build.")

    @Flag(help: "Print JSON.")
    var json = false

    func run() throws {
        if json {
            try printJSON(["version": WarbleVersion.current])
        } else {
            print("warblectl \(WarbleVersion.current)")
        }
    }
}
