import Crypto
import Foundation
import WarbleArchive
import WarbleCore
import WarbleStore

/// Makes a compliance export (``ExportRequest``): every selected post as `posts.jsonl`,
/// `posts.csv` and `messages/<id>.eml`, their attachments, the accounts involved, the audit rows
/// that concern them, and a signed manifest — read from one snapshot, a page at a time, so memory
/// stays flat however many posts there are. The request and the finished export are audited.
public struct ExportService: Sendable {
    let exports: ExportRepository
    let audit: AuditRepository
    let pageSize: Int

    public init(database: Database, pageSize: Int = 500) {
        exports = ExportRepository(database: database)
        audit = AuditRepository(database: database)
        self.pageSize = pageSize
    }

    /// Writes the export to `request.output` and returns what it holds. `progress` hears posts
    /// written out of the selection's total.
    public func create(_ request: ExportRequest, progress: @Sendable (Int, Int) async -> Void = { _, _ in }) async throws -> ExportSummary {
        try await audit.append(request.event("export.requested", target: request.output.lastPathComponent, details: Self.describe(request)))
        let head = try await audit.head()
        let startedAt = Date()
        let counts = try await exports.withSnapshot(of: request.selection) { snapshot in
            try await write(request, from: snapshot, auditHead: head, startedAt: startedAt, progress: progress)
        }
        let digest = try Self.sha256(of: request.output)
        var details = Self.describe(request)
        details["sha256"] = digest
        details["posts"] = String(counts.posts)
        details["attachments"] = String(counts.attachments)
        try await audit.append(request.event("export.created", target: request.output.lastPathComponent, details: details))
        return ExportSummary(counts: counts, sha256: digest, auditSequence: head.sequence)
    }

    private func write(
        _ request: ExportRequest, from snapshot: ExportSnapshot, auditHead: (sequence: Int64, hash: Data), startedAt: Date,
        progress: @Sendable (Int, Int) async -> Void
    ) async throws -> ExportCounts {
        let archive = try ExportArchiveWriter(output: request.output, signingKey: request.signingKey, modificationTime: startedAt)
        let staging = FileManager.default.temporaryDirectory.appendingPathComponent("warble-export-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: staging, withIntermediateDirectories: false, attributes: [.posixPermissions: 0o700])
        defer { try? FileManager.default.removeItem(at: staging) }
        let jsonLines = try BufferedFile(creating: staging.appendingPathComponent("posts.jsonl"))
        let csv = try BufferedFile(creating: staging.appendingPathComponent("posts.csv"))
        try csv.write(ExportCSV.header)
        var counts = ExportCounts()
        var accounts: [Int64: Account] = [:]
        let encoder = JSONEncoder.exportLines
        var cursor: Int64 = 0
        while true {
            let page = try await snapshot.posts(after: cursor, limit: pageSize)
            guard let last = page.last else { break }
            cursor = last.post.id
            let wanted = Set(page.flatMap { [$0.post.accountID] + $0.mentionedAccountIDs }).subtracting(accounts.keys)
            for account in try await snapshot.accounts(ids: Array(wanted)) { accounts[account.id] = account }
            for exported in page {
                var paths: [Int64: (path: String, included: Bool)] = [:]
                for attachment in exported.attachments {
                    let path = "attachments/\(attachment.id)-\(Self.safeFileName(attachment.fileName))"
                    let file = request.mediaDirectory.appendingPathComponent(attachment.storageKey)
                    if FileManager.default.isReadableFile(atPath: file.path) {
                        try archive.add(path: path, contentsOf: file)
                        paths[attachment.id] = (path, true)
                        counts.attachments += 1
                    } else {
                        paths[attachment.id] = ("", false)
                        counts.attachmentsMissing += 1
                    }
                }
                let record = ExportPostRecord(exported, accounts: accounts, attachmentPaths: paths)
                try jsonLines.write(encoder.encode(record) + Data("\n".utf8))
                try csv.write(ExportCSV.row(record))
                try archive.add(path: "messages/\(exported.post.id).eml", bytes: ExportMessage(record: record, domain: request.domain).rendered())
                counts.posts += 1
                if exported.post.deletedAt != nil { counts.deletedPosts += 1 }
                if !exported.edits.isEmpty { counts.editedPosts += 1 }
            }
            await progress(counts.posts, snapshot.postCount)
        }
        try jsonLines.close()
        try csv.close()
        try archive.add(path: "posts.jsonl", contentsOf: jsonLines.url, inManifest: true)
        try archive.add(path: "posts.csv", contentsOf: csv.url, inManifest: true)
        counts.accounts = accounts.count
        try await archive.addStreamed(path: "accounts.jsonl", inManifest: true) { sink in
            for account in accounts.values.sorted(by: { $0.id < $1.id }) {
                try sink.write(try encoder.encode(ExportAccountRecord(account)) + Data("\n".utf8))
            }
        }
        var auditRows = 0
        try await archive.addStreamed(path: "audit.jsonl", inManifest: true) { sink in
            var after: Int64 = 0
            while true {
                let rows = try await snapshot.auditRecords(of: request.selection, after: after, limit: 1000)
                guard let last = rows.last else { break }
                for row in rows { try sink.write(try AuditEntry(row).jsonLine() + "\n") }
                auditRows += rows.count
                after = last.sequence
            }
        }
        counts.auditRows = auditRows
        try archive.add(path: "README.txt", bytes: Data(ExportReadme.text.utf8), inManifest: true)
        try archive.finish(manifest: ExportManifestBody(
            request: request, counts: counts, createdAt: startedAt, auditSequence: auditHead.sequence, auditHash: auditHead.hash.hexString
        ))
        return counts
    }

    static func describe(_ request: ExportRequest) -> [String: String] {
        let selection = request.selection
        var details = [
            "custodians": request.custodianNames.joined(separator: ","), "groups": request.groupNames.joined(separator: ","),
            "include_deleted": String(selection.includeDeleted),
        ]
        details["from"] = selection.from?.formatted(.iso8601)
        details["to"] = selection.to?.formatted(.iso8601)
        details["query"] = selection.query
        details["hold"] = selection.holdID.map(String.init)
        return details
    }

    /// A file name safe in a tar path on every system: letters, digits, `.`, `-`, `_`; at most 80.
    static func safeFileName(_ name: String) -> String {
        let cleaned = String(name.unicodeScalars.map { scalar in
            (scalar.isASCII && (CharacterSet.alphanumerics.contains(scalar) || ".-_".unicodeScalars.contains(scalar))) ? Character(scalar) : "_"
        })
        let trimmed = String(cleaned.drop(while: { $0 == "." }).suffix(80))
        return trimmed.isEmpty ? "file" : trimmed
    }

    static func sha256(of file: URL) throws -> String {
        let handle = try FileHandle(forReadingFrom: file)
        defer { try? handle.close() }
        var hasher = SHA256()
        while let chunk = try handle.read(upToCount: 1 << 20), !chunk.isEmpty { hasher.update(data: chunk) }
        return Data(hasher.finalize()).hexString
    }
}

/// What ``ExportService/create(_:progress:)`` reports: the counts, the archive's SHA-256, and the
/// audit row the export's manifest names as the chain's head.
public struct ExportSummary: Sendable, Equatable {
    public var counts: ExportCounts
    public var sha256: String
    public var auditSequence: Int64
}
