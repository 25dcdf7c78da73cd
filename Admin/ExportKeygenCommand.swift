import ArgumentParser
import Foundation
import WarbleArchive
import WarbleCommands

/// `warblectl export keygen`.
struct ExportKeygenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keygen",
        abstract: "Make the Ed25519 key pair that signs exports.",
        discussion: """
            Writes the private key (PKCS#8 PEM, readable by its owner only) for exports.signing_key and the public \
            key (PEM) to hand to auditors; OpenSSL reads both. Existing files are never overwritten.
            """
    )

    @Option(name: .customLong("private"), help: "Where to write the private key.") var privatePath: String
    @Option(name: .customLong("public"), help: "Where to write the public key.") var publicPath: String

    func validate() throws {
        for path in [privatePath, publicPath] where FileManager.default.fileExists(atPath: path) {
            throw ValidationError("\(path) already exists; keygen never overwrites a key")
        }
        guard privatePath != publicPath else { throw ValidationError("--private and --public must be different files") }
    }

    func run() throws {
        let key = ExportSigningKey.generate()
        do {
            try key.write(to: URL(fileURLWithPath: privatePath))
            try key.publicKey.write(to: URL(fileURLWithPath: publicPath))
        } catch {
            printError("could not write the keys: \(error)")
            throw ExitCode.failure
        }
        print("private key: \(privatePath) (set exports.signing_key to it; keep it secret)")
        print("public key:  \(publicPath) (give it to auditors: warblectl export verify FILE --public-key \(publicPath))")
    }
}
