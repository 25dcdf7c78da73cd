import ArgumentParser
import Foundation
import WarbleCommands
import WarbleConfig

/// `warblectl doctor`: checks everything the server needs and says in plain words what is wrong.
struct DoctorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Check the configuration, database, directory and policies.",
        discussion: "Prints one line per check. Exits 0 when nothing failed, 1 otherwise."
    )

    @OptionGroup var options: ConfigurationOptions

    @Flag(help: "Print JSON instead of lines.")
    var json = false

    func run() async throws {
        var results: [DoctorCheck] = []
        switch Result(catching: { () throws(ConfigurationError) in
            try WarbleConfiguration.load(path: options.config, environment: ProcessInfo.processInfo.environment)
        }) {
        case .success(let configuration):
            results.append(DoctorCheck(name: "config", outcome: .ok, detail: "loaded"))
            results.append(await DoctorCheck.database(configuration.database))
            results.append(await DoctorCheck.directory(configuration.ldap))
            results.append(DoctorCheck.policies(configuration.policies))
            results.append(DoctorCheck(name: "federation", outcome: .ok, detail: configuration.federation.enabled ? "on" : "off (no federation route answers, nothing is sent)"))
        case .failure(let error):
            results += error.problems.map { DoctorCheck(name: "config", outcome: .failed, detail: $0.description) }
        }
        if json {
            try printJSON(results)
        } else {
            for result in results {
                print("\(result.outcome.label) \(result.name.padding(toLength: 11, withPad: " ", startingAt: 0)) \(result.detail)")
            }
        }
        if results.contains(where: { $0.outcome == .failed }) { throw ExitCode.failure }
    }
}
