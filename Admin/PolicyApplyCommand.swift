import ArgumentParser
import WarbleCommands
import WarbleCore
import WarblePolicy
import WarbleStore

/// `warblectl policy apply [--dir DIR]`: checks the files here, then asks every running server to
/// reload its own `policies.dir`.
struct PolicyApplyCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "apply",
        abstract: "Check the policy files, then tell every running server to reload them.",
        discussion: """
            Checks retention.yaml and dlp.yaml as 'policy validate' does and stops (exit 1) on any problem. \
            Otherwise sends the reload event through the database: every instance reloads from its own \
            policies.dir, as on SIGHUP. An instance that finds a problem keeps the policy in force and logs \
            why; every change of the policy in force is recorded in the audit log as policy.applied with the \
            files' digest ('warblectl audit search --action policy.applied').
            """
    )

    @OptionGroup var options: ConfigurationOptions
    @Option(help: "The policy folder to check instead of policies.dir (the servers read their own policies.dir).") var dir: String?

    func run() async throws {
        let directory = try dir ?? options.load().policies.directory
        let policies: PolicySet
        do {
            policies = try PolicyLoader.load(directory: directory)
        } catch {
            for problem in error.problems { print(problem.description) }
            printError("\(error.problems.count) problem(s) in \(directory); nothing was applied")
            throw ExitCode.failure
        }
        try await AdminEnvironment.run(options) { environment in
            try await EventChannel(database: environment.database).send(.policiesChanged)
        }
        print("valid: \(policies.retention.rules.count) retention rule(s), \(policies.dlp.rules.count) DLP rule(s) in \(directory)")
        print("digest \(policies.digest)")
        print("Asked every running server to reload its policy files; each records policy.applied in the audit log when the digest in force changes.")
    }
}
