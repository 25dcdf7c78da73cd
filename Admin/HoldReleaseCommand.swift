import ArgumentParser
import WarbleCommands
import WarbleStore

/// `warblectl hold release ID --reason TEXT`.
struct HoldReleaseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "release",
        abstract: "Release a hold; retention may then remove what it kept.",
        discussion: "The reason is recorded with the hold and in the audit log."
    )

    @OptionGroup var options: ConfigurationOptions
    @Argument(help: "The hold's id.") var id: Int64
    @Option(help: "Why the hold ends (for example: case closed).") var reason: String

    func validate() throws {
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--reason must not be blank") }
    }

    func run() async throws {
        let (id, reason) = (id, reason)
        try await AdminEnvironment.run(options) { environment in
            guard let hold = try await HoldRepository(database: environment.database).release(id: id, reason: reason, by: environment.actor) else {
                printError("no active hold \(id) (see 'warblectl hold list --all')")
                throw ExitCode.failure
            }
            print("released hold \(hold.id) (case \(hold.caseID))")
        }
    }
}
