import ArgumentParser
import Foundation
import WarbleArchive
import WarbleCommands

/// `warblectl export verify FILE`: needs no configuration and no database.
struct ExportVerifyCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "verify",
        abstract: "Check an export's signature and the SHA-256 of every file in it, offline.",
        discussion: "Exits 0 when everything checks out, 1 when any file or the signature does not (each problem names its file)."
    )

    @Argument(help: "The export archive (.tar.gz).") var file: String
    @Option(help: "The installation's export public key (PEM). Without it the signature is not checked.") var publicKey: String?

    func run() throws {
        let key: ExportSigningKey.PublicKey?
        do {
            key = try publicKey.map { try ExportSigningKey.PublicKey(contentsOf: URL(fileURLWithPath: $0)) }
        } catch {
            printError("cannot read the public key \(publicKey ?? ""): \(error)")
            throw ExitCode.failure
        }
        let report: ExportVerificationReport
        do {
            report = try ExportArchiveVerifier.verify(archive: URL(fileURLWithPath: file), publicKey: key)
        } catch {
            printError("\(file) is not a readable export: \(error)")
            throw ExitCode.failure
        }
        print(report.description)
        if !report.isValid { throw ExitCode.failure }
    }
}
