import Foundation
import Hummingbird
import WarbleCompliance
import WarbleCore
import WarbleStore

/// `/api/v1/warble/dlp/flags…`: the DLP review queue for compliance officers. They read it, clear
/// a flag, or remove the flagged post (hidden as a deletion hides it); each review is final and
/// audited. Separation of duties keeps administrators, auditors and members out.
struct DLPFlagsController {
    let flags: DLPFlagRepository
    let events: EventChannel
    let publicURL: URL

    /// Who reviews DLP flags.
    static let reviewers: Set<Role> = [.compliance]

    var endpoints: RouteCollection<UserRequestContext> {
        RouteCollection(context: UserRequestContext.self)
            .get(use: list)
            .post(":id/clear", use: clear)
            .post(":id/remove", use: remove)
    }

    @Sendable func list(_ request: Request, context: UserRequestContext) async throws -> Response {
        try authorise(context, scope: "admin:read")
        let query = try PageQuery(request, defaultLimit: 40, maximum: 200)
        let state = try Self.state(request.uri.queryParameters["state"].map(String.init))
        let found = try await flags.list(state: state, page: query.page)
        return try query.response(found.map(DLPFlagEntry.init), cursors: found.map(\.id), request: request, publicURL: publicURL)
    }

    /// The body of a review.
    struct ReviewForm: Decodable {
        let reason: String?
    }

    @Sendable func clear(_ request: Request, context: UserRequestContext) async throws -> DLPFlagEntry {
        try await review(.clear, request, context: context)
    }

    @Sendable func remove(_ request: Request, context: UserRequestContext) async throws -> DLPFlagEntry {
        try await review(.remove, request, context: context)
    }

    private func review(_ decision: DLPReview.Decision, _ request: Request, context: UserRequestContext) async throws -> DLPFlagEntry {
        try authorise(context, scope: "admin:write")
        guard let id = context.parameters.get("id", as: Int64.self) else { throw DLPReviewError.notFound }
        let form = try await request.decode(as: ReviewForm.self, context: context)
        let flag = try await flags.review(id: id, DLPReview(
            decision: decision, reason: form.reason ?? "", reviewerAccountID: context.account.id, reviewerRole: context.account.role,
            actorAddress: context.clientAddress
        ))
        if decision == .remove { await events.publish(.delete(flag.postID)) }
        return DLPFlagEntry(flag)
    }

    private func authorise(_ context: UserRequestContext, scope: String) throws {
        try context.require(anyOf: scope)
        guard Self.reviewers.contains(context.account.role) else {
            throw APIError(.forbidden, "This action is not allowed", description: "Only compliance officers review DLP flags.")
        }
    }

    /// `state`: `pending` (the default), `cleared`, `removed` or `all`.
    static func state(_ text: String?) throws -> DLPFlag.State? {
        guard let text, !text.isEmpty else { return .pending }
        if text == "all" { return nil }
        guard let state = DLPFlag.State(rawValue: text) else {
            throw APIError(.badRequest, "invalid_request", description: "'state' must be pending, cleared, removed or all.")
        }
        return state
    }
}
