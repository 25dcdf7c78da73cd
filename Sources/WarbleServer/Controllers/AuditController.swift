import Foundation
import Hummingbird
import WarbleCompliance
import WarbleCore
import WarbleStore

/// `GET /api/v1/warble/audit`: the audit log for auditors and compliance officers, newest first,
/// filtered and paginated by sequence like any Mastodon list.
struct AuditController {
    let audit: AuditRepository
    let publicURL: URL

    /// Who reads the audit log: separation of duties keeps administrators and members out.
    static let readers: Set<Role> = [.auditor, .compliance]

    var endpoints: RouteCollection<UserRequestContext> {
        RouteCollection(context: UserRequestContext.self)
            .get(use: list)
    }

    @Sendable func list(_ request: Request, context: UserRequestContext) async throws -> Response {
        try context.require(anyOf: "admin:read")
        guard Self.readers.contains(context.account.role) else {
            throw APIError(.forbidden, "This action is not allowed", description: "Only auditors and compliance officers read the audit log.")
        }
        let query = try PageQuery(request, defaultLimit: 40, maximum: 200)
        let parameters = request.uri.queryParameters
        var filter = AuditFilter(
            action: parameters["action"].map(String.init).flatMap { $0.isEmpty ? nil : $0 },
            actorAccountID: try Self.number(parameters["account_id"].map(String.init), name: "account_id"),
            target: parameters["target"].map(String.init).flatMap { $0.isEmpty ? nil : $0 },
            since: try Self.time(parameters["since"].map(String.init), name: "since"),
            until: try Self.time(parameters["until"].map(String.init), name: "until")
        )
        let page = query.page
        filter.beforeSequence = page.maxID
        if let minID = page.minID {
            filter.afterSequence = minID
            filter.oldestFirst = true
        } else {
            filter.afterSequence = page.sinceID
        }
        var records = try await audit.records(matching: filter, limit: page.limit)
        if filter.oldestFirst { records.reverse() }
        return try query.response(records.map(AuditEntry.init), cursors: records.map(\.sequence), request: request, publicURL: publicURL)
    }

    static func number(_ text: String?, name: String) throws -> Int64? {
        guard let text, !text.isEmpty else { return nil }
        guard let value = Int64(text) else { throw APIError(.badRequest, "invalid_request", description: "'\(name)' must be an account id.") }
        return value
    }

    static func time(_ text: String?, name: String) throws -> Date? {
        guard let text, !text.isEmpty else { return nil }
        if let date = Date(dayOrTime: text) { return date }
        throw APIError(.badRequest, "invalid_request", description: "'\(name)' must be a date (2026-11-01) or an ISO 8601 time (2026-11-01T08:00:00Z).")
    }
}
