import Foundation
import Hummingbird
import WarbleCore
import WarbleStore

/// `/api/v1/warble/holds…`: legal holds for compliance officers (auditors may read them).
/// Placing and releasing are audited by the repository.
struct HoldsController {
    let holds: HoldRepository
    let accounts: AccountRepository
    let groups: GroupRepository

    var endpoints: RouteCollection<UserRequestContext> {
        RouteCollection(context: UserRequestContext.self)
            .get(use: list)
            .post(use: create)
            .get(":id", use: show)
            .post(":id/release", use: release)
    }

    struct HoldForm: Decodable {
        let caseID: String?
        let reason: String?
        let custodians: [String]?
        let groups: [String]?
        let from: String?
        let to: String?
        let query: String?

        enum CodingKeys: String, CodingKey {
            case reason, custodians, groups, from, to, query
            case caseID = "case_id"
        }
    }

    struct ReleaseForm: Decodable {
        let reason: String?
    }

    @Sendable func list(_ request: Request, context: UserRequestContext) async throws -> [WarbleHold] {
        try ComplianceAccess.require(context, write: false, on: "legal holds")
        let all = request.uri.queryParameters["all"].map { ["true", "1"].contains($0.lowercased()) } ?? false
        return try await holds.list(includeReleased: all).map { WarbleHold($0, coverage: nil) }
    }

    @Sendable func show(_ request: Request, context: UserRequestContext) async throws -> WarbleHold {
        try ComplianceAccess.require(context, write: false, on: "legal holds")
        guard let id = context.parameters.get("id", as: Int64.self), let hold = try await holds.find(id: id) else { throw APIError(.notFound, "Record not found") }
        return WarbleHold(hold, coverage: try await holds.coverage(of: id))
    }

    @Sendable func create(_ request: Request, context: UserRequestContext) async throws -> WarbleHold {
        try ComplianceAccess.require(context, write: true, on: "legal holds")
        let form = try await request.decode(as: HoldForm.self, context: context)
        var custodianIDs: [Int64] = []
        for name in form.custodians ?? [] {
            guard let account = try await accounts.find(username: name) else {
                throw APIError(.unprocessableContent, "Validation failed: no account '\(name)'")
            }
            custodianIDs.append(account.id)
        }
        var groupIDs: [Int64] = []
        for slug in form.groups ?? [] {
            guard let group = try await groups.find(slug: slug) else { throw APIError(.unprocessableContent, "Validation failed: no group '\(slug)'") }
            groupIDs.append(group.id)
        }
        let hold = NewLegalHold(
            caseID: form.caseID ?? "", reason: form.reason ?? "", custodianIDs: custodianIDs, groupIDs: groupIDs,
            startsAt: try Self.date(form.from, name: "from"), endsAt: try Self.date(form.to, name: "to"), query: form.query.flatMap { $0.isEmpty ? nil : $0 }
        )
        if let problem = hold.problems.first { throw APIError(.unprocessableContent, "Validation failed: \(problem)") }
        let (placed, coverage) = try await holds.place(hold, by: Self.actor(context))
        return WarbleHold(placed, coverage: coverage)
    }

    @Sendable func release(_ request: Request, context: UserRequestContext) async throws -> WarbleHold {
        try ComplianceAccess.require(context, write: true, on: "legal holds")
        guard let id = context.parameters.get("id", as: Int64.self) else { throw APIError(.notFound, "Record not found") }
        let reason = (try await request.decode(as: ReleaseForm.self, context: context).reason ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard !reason.isEmpty else { throw APIError(.unprocessableContent, "Validation failed: a reason is required to release a hold") }
        guard let released = try await holds.release(id: id, reason: reason, by: Self.actor(context)) else {
            throw APIError(.notFound, "Record not found", description: "There is no active hold with this id.")
        }
        return WarbleHold(released, coverage: nil)
    }

    static func actor(_ context: UserRequestContext) -> AuditEvent {
        AuditEvent(action: "", actorAccountID: context.account.id, actorRole: context.account.role, actorAddress: context.clientAddress)
    }

    static func date(_ text: String?, name: String) throws -> Date? {
        guard let text, !text.isEmpty else { return nil }
        guard let date = Date(dayOrTime: text) else {
            throw APIError(.unprocessableContent, "Validation failed: '\(name)' must be a date (2026-11-01) or an ISO 8601 time")
        }
        return date
    }
}
