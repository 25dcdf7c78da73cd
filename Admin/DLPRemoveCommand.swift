import ArgumentParser
import WarbleCommands
import WarbleCore
import WarbleStore

/// `warblectl dlp remove ID --reason TEXT`.
struct DLPRemoveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Remove the post of a pending DLP flag: it is hidden as a deletion hides it.",
        discussion: "The post is kept for the retention policy's deleted_posts rule (and any legal hold), then purged."
    )

    @OptionGroup var options: ConfigurationOptions
    @Argument(help: "The flag's id (from 'dlp queue').") var id: Int64
    @Option(help: "Why the post goes; recorded in the queue and the audit log.") var reason: String

    func run() async throws {
        let (id, reason) = (id, reason)
        try await AdminEnvironment.run(options) { environment in
            let flag = try await environment.review(flag: id, .remove, reason: reason)
            await EventChannel(database: environment.database).publish(.delete(flag.postID))
            print("Removed post \(flag.postID) by @\(flag.authorUsername) (flag \(flag.id)).")
        }
    }
}
