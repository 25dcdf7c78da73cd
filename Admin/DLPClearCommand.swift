import ArgumentParser
import WarbleCommands
import WarbleStore

/// `warblectl dlp clear ID --reason TEXT`.
struct DLPClearCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "clear", abstract: "Clear a pending DLP flag: the post stays.")

    @OptionGroup var options: ConfigurationOptions
    @Argument(help: "The flag's id (from 'dlp queue').") var id: Int64
    @Option(help: "Why the post may stay; recorded in the queue and the audit log.") var reason: String

    func run() async throws {
        let (id, reason) = (id, reason)
        try await AdminEnvironment.run(options) { environment in
            let flag = try await environment.review(flag: id, .clear, reason: reason)
            print("Cleared flag \(flag.id); post \(flag.postID) by @\(flag.authorUsername) stays.")
        }
    }
}
