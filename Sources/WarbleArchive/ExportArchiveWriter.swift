import Crypto
import Foundation

/// Writes a compliance export: a `.tar.gz` of content members followed by `SHA256SUMS`,
/// `manifest.json` and `manifest.sig` (see ``ExportArchiveLayout``), which an auditor checks
/// offline with `sha256sum -c` and `openssl`, or with ``ExportArchiveVerifier``.
///
/// Memory stays flat however many members there are: content streams through tar and gzip into
/// the output, each member is hashed as it is copied, and its SHA256SUMS line goes to a
/// temporary file. Only the digests of members marked `inManifest` are kept, for the manifest.
///
/// ```swift
/// let export = try ExportArchiveWriter(output: url, signingKey: key, modificationTime: .now)
/// try export.add(path: "posts.jsonl", contentsOf: postsFile, inManifest: true)
/// try await export.addStreamed(path: "posts/1.json") { try $0.write(json) }
/// try export.finish(manifest: manifest)
/// ```
///
/// The archive is built in a hidden directory beside `output` and moved into place by
/// ``finish(manifest:)``, so nothing half-written ever carries the export's name. Any error ends
/// the export: the partial archive and temporary files are removed, and later calls throw
/// ``ExportArchiveError/ended``.
public final class ExportArchiveWriter {
    private let output: URL
    private let signingKey: ExportSigningKey
    /// The hidden directory holding the archive being written and the temporary files.
    private let scratch: URL
    private let archiveURL: URL
    private let sumsURL: URL
    private let archiveFile: FileHandle
    private let gzip: GzipWriter
    private let tar: TarWriter
    private let sums: SHA256Sums.Writer
    private var filesSHA256: [String: String] = [:]
    private var isOpen = true

    /// Starts an export that `finish(manifest:)` will move to `output`, which must not exist.
    /// Every member gets `modificationTime`.
    public init(output: URL, signingKey: ExportSigningKey, modificationTime: Date) throws {
        guard !FileManager.default.fileExists(atPath: output.path) else {
            throw FileCreationError(path: output.path, reason: "it already exists")
        }
        let scratch = output.deletingLastPathComponent()
            .appendingPathComponent(".\(output.lastPathComponent).\(UUID().uuidString).partial")
        let archiveURL = scratch.appendingPathComponent("archive.tar.gz")
        let sumsURL = scratch.appendingPathComponent(ExportArchiveLayout.sums)
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        do {
            archiveFile = try FileHandle.createNew(at: archiveURL, permissions: 0o600)
            gzip = try GzipWriter(output: archiveFile)
            tar = try TarWriter(sink: gzip, modificationTime: modificationTime)
            sums = try SHA256Sums.Writer(creating: sumsURL)
        } catch {
            try? FileManager.default.removeItem(at: scratch)
            throw error
        }
        self.output = output
        self.signingKey = signingKey
        self.scratch = scratch
        self.archiveURL = archiveURL
        self.sumsURL = sumsURL
    }

    deinit {
        if isOpen { try? FileManager.default.removeItem(at: scratch) }
    }

    /// Adds a member whose content is in memory. `inManifest` lists its SHA-256 in manifest.json
    /// too, for the handful of top-level files an auditor looks at first.
    public func add(path: String, bytes: some ContiguousBytes, inManifest: Bool = false) throws {
        try perform {
            try checkNew(path)
            let digest = bytes.withUnsafeBytes { SHA256.hash(data: $0) }
            try tar.add(name: path, bytes: bytes)
            try record(digest, path: path, inManifest: inManifest)
        }
    }

    /// Adds a member copied from a file, 64 KiB at a time.
    public func add(path: String, contentsOf fileURL: URL, inManifest: Bool = false) throws {
        try perform {
            try checkNew(path)
            try copy(fileURL, as: path, inManifest: inManifest)
        }
    }

    /// Adds a member whose size is not known up front: `write` streams the content into a
    /// temporary file, which is then copied into the archive and removed.
    public func addStreamed(
        path: String,
        inManifest: Bool = false,
        isolation: isolated (any Actor)? = #isolation,
        _ write: (any ByteSink) async throws -> Void
    ) async throws {
        guard isOpen else { throw ExportArchiveError.ended }
        do {
            try checkNew(path)
            // A name of its own, in case an actor-isolated caller adds another member meanwhile.
            let temporary = scratch.appendingPathComponent("streamed-\(UUID().uuidString)")
            defer { try? FileManager.default.removeItem(at: temporary) }
            let file = try FileSink(creating: temporary)
            try await write(file)
            try file.close()
            try copy(temporary, as: path, inManifest: inManifest)
        } catch {
            abandon()
            throw error
        }
    }

    /// Appends SHA256SUMS, manifest.json (the caller's manifest, a JSON object, plus
    /// `sha256sums`, `files` and `files_sha256`) and manifest.sig, then moves the archive to
    /// `output`. Throws ``ExportArchiveError/duplicatePath(_:)`` if a path was added twice.
    public func finish(manifest: some Encodable) throws {
        try perform {
            try sums.close()
            if let duplicate = try DuplicatePathCheck.firstDuplicate(inSumsFile: sumsURL, lineCount: sums.lineCount, scratchDirectory: scratch) {
                throw ExportArchiveError.duplicatePath(duplicate)
            }
            var sumsHasher = SHA256()
            try tar.add(name: ExportArchiveLayout.sums, contentsOf: sumsURL) { sumsHasher.update(bufferPointer: $0) }
            let manifestJSON = try ExportManifest.encode(
                manifest, sumsDigest: Hex.encode(sumsHasher.finalize()), files: sums.lineCount, filesSHA256: filesSHA256
            )
            try tar.add(name: ExportArchiveLayout.manifest, bytes: manifestJSON)
            try tar.add(name: ExportArchiveLayout.signature, bytes: signingKey.signature(for: manifestJSON))
            try tar.finish()
            try gzip.finish()
            try archiveFile.synchronize()
            try archiveFile.close()
            try FileManager.default.moveItem(at: archiveURL, to: output)
            isOpen = false
            try? FileManager.default.removeItem(at: scratch)
        }
    }

    /// Runs one operation of an open export; if it fails, the export is abandoned.
    private func perform(_ body: () throws -> Void) throws {
        guard isOpen else { throw ExportArchiveError.ended }
        do {
            try body()
        } catch {
            abandon()
            throw error
        }
    }

    private func abandon() {
        isOpen = false
        try? archiveFile.close()
        try? FileManager.default.removeItem(at: scratch)
    }

    /// Refuses, before anything is written, a path the writer reserves or tar cannot hold.
    /// Duplicates among the other paths are found by `finish`, without a set of every path.
    private func checkNew(_ path: String) throws {
        guard !ExportArchiveLayout.reserved.contains(path) else { throw ExportArchiveError.reservedPath(path) }
        _ = try TarPath(path)
    }

    private func copy(_ fileURL: URL, as path: String, inManifest: Bool) throws {
        var hasher = SHA256()
        try tar.add(name: path, contentsOf: fileURL) { hasher.update(bufferPointer: $0) }
        try record(hasher.finalize(), path: path, inManifest: inManifest)
    }

    private func record(_ digest: SHA256Digest, path: String, inManifest: Bool) throws {
        let hex = Hex.encode(digest)
        try sums.append(SHA256Sums.Line(digest: hex, path: path))
        if inManifest { filesSHA256[path] = hex }
    }
}
