import ArgumentParser
import Foundation
import WarbleConfig

/// The `--config` option every command takes, and the loading that goes with it.
public struct ConfigurationOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The configuration file (default: $WARBLE_CONFIG, else ./warble.yaml if present).",
        discussion: "Every setting can also come from WARBLE_<SECTION>_<KEY> variables, which win over the file.",
        valueName: "file"))
    public var config: String?

    public init() {}

    /// The checked configuration; on a problem, prints every problem and exits with status 2.
    public func load() throws -> WarbleConfiguration {
        do {
            return try WarbleConfiguration.load(path: config, environment: ProcessInfo.processInfo.environment)
        } catch {
            printError(error.description)
            throw ExitCode(2)
        }
    }
}

/// Writes a line to standard error.
public func printError(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}
