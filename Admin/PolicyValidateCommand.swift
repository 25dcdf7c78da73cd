import ArgumentParser
import WarbleCommands
import WarblePolicy

/// `warblectl policy validate [--dir DIR]`: needs no database.
struct PolicyValidateCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check retention.yaml and dlp.yaml and list every problem with file, line and field.",
        discussion: "Reads policies.dir from the configuration unless --dir is given. Exits 1 when any file has a problem."
    )

    @OptionGroup var options: ConfigurationOptions
    @Option(help: "The policy folder to check instead of policies.dir.") var dir: String?

    func run() async throws {
        let directory = try dir ?? options.load().policies.directory
        do {
            let policies = try PolicyLoader.load(directory: directory)
            print("valid: \(policies.retention.rules.count) retention rule(s), \(policies.dlp.rules.count) DLP rule(s) in \(directory)")
            print("digest \(policies.digest)")
        } catch {
            for problem in error.problems { print(problem.description) }
            printError("\(error.problems.count) problem(s) in \(directory)")
            throw ExitCode.failure
        }
    }
}
