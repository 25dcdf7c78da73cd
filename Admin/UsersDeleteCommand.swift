import ArgumentParser
import Foundation
import WarbleCommands
import WarbleCompliance

/// `warblectl users delete NAME --reason TEXT --yes`.
struct UsersDeleteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "delete",
        abstract: "Delete an account's content for good, except what legal holds keep.",
        discussion: """
            Suspends the account (tokens and sessions revoked), hides its posts, and purges every post and upload \
            no active legal hold covers. Held posts stay, hidden and exportable, until their holds are released; \
            retention removes them then. Audited as account.deleted. This cannot be undone: pass --yes.
            """
    )

    @OptionGroup var options: ConfigurationOptions
    @Argument(help: "Handle or directory login name.") var name: String
    @Option(help: "Why (recorded in the audit log).") var reason: String
    @Flag(help: "Confirm that the content is to be removed for good.") var yes = false

    func validate() throws {
        guard yes else { throw ValidationError("this removes content for good: pass --yes to confirm") }
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("--reason must not be blank") }
    }

    func run() async throws {
        let (name, reason) = (name, reason)
        try await AdminEnvironment.run(options) { environment in
            let account = try await environment.account(name)
            let deletion = AccountDeletion(
                database: environment.database, mediaDirectory: URL(fileURLWithPath: environment.configuration.media.directory, isDirectory: true),
                logger: environment.logger
            )
            let outcome = try await deletion.delete(account, reason: reason, actor: environment.actor)
            print("Deleted @\(account.username): \(outcome.purged) post(s) and \(outcome.uploads) upload(s) purged; "
                  + "\(outcome.keptByHolds) post(s) kept, hidden, by legal holds; the account is suspended.")
        }
    }
}
