import Foundation
import Hummingbird
import WarbleCompliance
import WarbleCore
import WarbleStore

/// `GET /settings/export`: a signed-in person downloads their own posts and uploads
/// (``PersonalArchive``) — with a token or a browser session, once an hour, audited as
/// `archive.downloaded`.
struct PersonalArchiveController {
    let archive: PersonalArchive
    let reader: SignedInReader
    let audit: AuditRepository

    /// How long after one download the next may start.
    static let interval: TimeInterval = 3600

    var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .get("settings/export", use: download)
    }

    @Sendable func download(_ request: Request, context: AppRequestContext) async throws -> Response {
        let account = try await reader.account(request, context: context, why: "Sign in, or send a token, to download your archive.")
        let recent = try await audit.records(
            matching: AuditFilter(action: "archive.downloaded", actorAccountID: account.id, since: Date().addingTimeInterval(-Self.interval)), limit: 1
        )
        if let last = recent.first, let at = Date(dayOrTime: last.occurredAt) {
            let wait = max(1, Int(at.addingTimeInterval(Self.interval).timeIntervalSinceNow.rounded(.up)))
            throw APIError(.tooManyRequests, "Too many requests", description: "An archive can be downloaded once an hour; try again in \(wait / 60 + 1) minute(s).",
                           headers: [.retryAfter: String(wait)])
        }
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("warble-archive-\(UUID().uuidString).tar.gz")
        let posts: Int
        do {
            posts = try await archive.write(for: account, to: file)
        } catch {
            try? FileManager.default.removeItem(at: file)
            throw error
        }
        let handle = try FileHandle(forReadingFrom: file)
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? nil
        // The open handle keeps the bytes readable; the name goes at once.
        try? FileManager.default.removeItem(at: file)
        try await audit.append(AuditEvent(
            action: "archive.downloaded", target: "account:\(account.id)", actorAccountID: account.id, actorRole: account.role,
            actorAddress: context.clientAddress, details: ["posts": String(posts)]
        ))
        let day = Date().formatted(.iso8601.year().month().day())
        return .download(handle, size: size, contentType: "application/gzip", fileName: "warble-archive-\(account.username)-\(day).tar.gz")
    }
}
