import Foundation
import Hummingbird
import WarbleCore
import WarbleStore

/// `/api/v1/warble/groups…` (Warble's extension of the Mastodon API): create, find, join and
/// leave groups, approve requests, manage members and admins, and read a group's timeline.
/// Group admins manage their group; organisation admins manage every group but read no closed or
/// secret group's posts unless they are members.
struct GroupsController {
    let groups: GroupRepository
    let timelines: TimelinesController
    let presenter: MastodonPresenter
    let audit: AuditRepository

    var endpoints: RouteCollection<UserRequestContext> {
        RouteCollection(context: UserRequestContext.self)
            .get(use: list)
            .post(use: create)
            .get(":id", use: show)
            .patch(":id", use: update)
            .put(":id", use: update)
            .post(":id/join", use: join)
            .post(":id/leave", use: leave)
            .get(":id/statuses", use: statuses)
            .get(":id/members", use: { try await people($0, $1, state: .active) })
            .get(":id/requests", use: { try await people($0, $1, state: .pending) })
            .post(":id/requests/:account_id/authorize", use: { try await manage($0, $1, "group.request.approved") { try await groups.setMember($0, in: $1, state: .active) } })
            .post(":id/requests/:account_id/reject", use: { try await manage($0, $1, "group.request.rejected") { try await groups.removeMember($0, from: $1) } })
            .post(":id/members/:account_id", use: { try await manage($0, $1, "group.member.added") { try await groups.setMember($0, in: $1, state: .active) } })
            .delete(":id/members/:account_id", use: { try await manage($0, $1, "group.member.removed") { try await groups.removeMember($0, from: $1) } })
            .post(":id/admins/:account_id", use: { try await manage($0, $1, "group.admin.added") { try await groups.setMember($0, in: $1, state: .active, role: .admin) } })
            .delete(":id/admins/:account_id", use: { try await manage($0, $1, "group.admin.removed") { account, group in
                guard try await groups.membership(of: account, in: group)?.isActive == true else { throw Self.notFound }
                try await groups.setMember(account, in: group, state: .active, role: .member)
            } })
    }

    struct GroupForm: Decodable {
        let name: String?
        let slug: String?
        let description: String?
        let privacy: String?
    }

    @Sendable func list(_ request: Request, context: UserRequestContext) async throws -> [WarbleGroup] {
        try context.require(anyOf: "read")
        let parameters = request.uri.queryParameters
        let memberOnly = parameters["member"].map { ["true", "1"].contains($0.lowercased()) } ?? false
        let limit = min(max(parameters["limit"].flatMap { Int(String($0)) } ?? 40, 1), 80)
        let offset = max(parameters["offset"].flatMap { Int(String($0)) } ?? 0, 0)
        let found = try await groups.list(viewer: context.account.id, memberOnly: memberOnly, includeSecret: context.account.role == .admin, limit: limit, offset: offset)
        let memberships = try await groups.memberships(of: context.account.id, in: found.map(\.id))
        return found.map { WarbleGroup($0, membership: memberships[$0.id], publicURL: presenter.publicURL) }
    }

    @Sendable func create(_ request: Request, context: UserRequestContext) async throws -> WarbleGroup {
        try context.require(anyOf: "write")
        let form = try await request.decode(as: GroupForm.self, context: context)
        let name = (form.name ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...100).contains(name.count) else {
            throw APIError(.unprocessableContent, "Validation failed: Name must have 1 to 100 characters")
        }
        let slug = form.slug ?? Group.slug(from: name)
        guard Group.isValidSlug(slug) else {
            throw APIError(.unprocessableContent, "Validation failed: Slug is invalid", description: "A slug has lower-case letters, digits, '-' and '_', up to 64.")
        }
        let description = try Self.description(form.description) ?? ""
        let group = try await mapped { try await groups.create(slug: slug, name: name, description: description, privacy: try Self.privacy(form.privacy) ?? .open, creatorID: context.account.id) }
        try await record("group.created", group: group, context: context, details: ["privacy": group.privacy.rawValue])
        return WarbleGroup(group, membership: GroupMembership(role: .admin, state: .active), publicURL: presenter.publicURL)
    }

    @Sendable func show(_ request: Request, context: UserRequestContext) async throws -> WarbleGroup {
        try context.require(anyOf: "read")
        let (group, membership) = try await visibleGroup(context)
        return WarbleGroup(group, membership: membership, publicURL: presenter.publicURL)
    }

    @Sendable func update(_ request: Request, context: UserRequestContext) async throws -> WarbleGroup {
        try context.require(anyOf: "write")
        let (group, membership) = try await managedGroup(context)
        let form = try await request.decode(as: GroupForm.self, context: context)
        let name = form.name?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let name, !(1...100).contains(name.count) { throw APIError(.unprocessableContent, "Validation failed: Name must have 1 to 100 characters") }
        guard let updated = try await groups.update(id: group.id, name: name, description: try Self.description(form.description), privacy: try Self.privacy(form.privacy)) else {
            throw Self.notFound
        }
        try await record("group.updated", group: updated, context: context, details: ["privacy": updated.privacy.rawValue])
        return WarbleGroup(updated, membership: membership, publicURL: presenter.publicURL)
    }

    /// Open groups take anyone at once; closed ones record a request for a group admin; secret
    /// ones cannot be joined (an admin adds people).
    @Sendable func join(_ request: Request, context: UserRequestContext) async throws -> WarbleGroup {
        try context.require(anyOf: "write")
        let (group, membership) = try await visibleGroup(context)
        if membership?.isActive != true {
            switch group.privacy {
            case .open: try await groups.setMember(context.account.id, in: group.id, state: .active)
            case .closed: try await groups.setMember(context.account.id, in: group.id, state: .pending)
            case .secret: throw APIError(.forbidden, "This action is not allowed", description: "A group admin adds people to a secret group.")
            }
        }
        return try await show(request, context: context)
    }

    @Sendable func leave(_ request: Request, context: UserRequestContext) async throws -> WarbleGroup {
        try context.require(anyOf: "write")
        let (group, _) = try await visibleGroup(context)
        try await mapped { try await groups.removeMember(context.account.id, from: group.id) }
        guard let current = try await groups.find(id: group.id) else { throw Self.notFound }
        return WarbleGroup(current, membership: nil, publicURL: presenter.publicURL)
    }

    @Sendable func statuses(_ request: Request, context: UserRequestContext) async throws -> Response {
        let (group, membership) = try await visibleGroup(context)
        guard group.privacy == .open || membership?.isActive == true else {
            throw APIError(.forbidden, "This action is not allowed", description: "Only members read a \(group.privacy.rawValue) group's posts.")
        }
        return try await timelines.list(request, context: context, scope: "read:statuses") { page in
            try await timelines.timelines.group(group.id, viewer: context.account.id, page: page)
        }
    }

    /// Active members (readable as the group's posts are) or pending requests (group admins only).
    private func people(_ request: Request, _ context: UserRequestContext, state: GroupMembership.State) async throws -> Response {
        try context.require(anyOf: "read:accounts", "read")
        let (group, membership) = try await visibleGroup(context)
        let manager = membership?.isAdmin == true || context.account.role == .admin
        guard state == .active ? (group.privacy == .open || membership?.isActive == true || manager) : manager else {
            throw APIError(.forbidden, "This action is not allowed")
        }
        let query = try PageQuery(request, defaultLimit: 40, maximum: 80)
        let members = try await groups.members(of: group.id, state: state, page: query.page)
        let accounts = try await presenter.accounts(ids: members.map(\.accountID))
        return try query.response(accounts, cursors: members.map(\.accountID), request: request, publicURL: presenter.publicURL)
    }

    /// A group admin's (or organisation admin's) change to one person's membership, audited.
    private func manage(_ request: Request, _ context: UserRequestContext, _ action: String, _ change: (Int64, Int64) async throws -> Void) async throws -> WarbleGroup {
        try context.require(anyOf: "write")
        let (group, membership) = try await managedGroup(context)
        guard let accountID = context.parameters.get("account_id", as: Int64.self) else { throw Self.notFound }
        try await mapped { try await change(accountID, group.id) }
        try await record(action, group: group, context: context, details: ["account_id": String(accountID)])
        guard let current = try await groups.find(id: group.id) else { throw Self.notFound }
        return WarbleGroup(current, membership: try await groups.membership(of: context.account.id, in: group.id) ?? membership, publicURL: presenter.publicURL)
    }

    /// The group of `:id` if the reader may know of it, with the reader's membership.
    private func visibleGroup(_ context: UserRequestContext) async throws -> (Group, GroupMembership?) {
        guard let id = context.parameters.get("id", as: Int64.self), let group = try await groups.find(id: id) else { throw Self.notFound }
        let membership = try await groups.membership(of: context.account.id, in: id)
        guard group.privacy != .secret || membership?.isActive == true || context.account.role == .admin else { throw Self.notFound }
        return (group, membership)
    }

    private func managedGroup(_ context: UserRequestContext) async throws -> (Group, GroupMembership?) {
        let (group, membership) = try await visibleGroup(context)
        guard membership?.isAdmin == true || context.account.role == .admin else {
            throw APIError(.forbidden, "This action is not allowed", description: "Only the group's admins and organisation admins manage a group.")
        }
        return (group, membership)
    }

    private func record(_ action: String, group: Group, context: UserRequestContext, details: [String: String]) async throws {
        try await audit.append(AuditEvent(
            action: action, target: "group:\(group.slug)", actorAccountID: context.account.id, actorRole: context.account.role,
            actorAddress: context.clientAddress, details: details
        ))
    }

    private func mapped<T>(_ body: () async throws -> T) async throws -> T {
        do {
            return try await body()
        } catch GroupError.slugTaken {
            throw APIError(.unprocessableContent, "Validation failed: Slug has already been taken", description: "Choose another 'slug'.")
        } catch GroupError.lastAdmin {
            throw APIError(.unprocessableContent, "Validation failed: the last admin cannot leave", description: "Make another member an admin first.")
        }
    }

    static let notFound = APIError(.notFound, "Record not found", description: "There is no such group, or it is secret.")

    static func privacy(_ text: String?) throws -> GroupPrivacy? {
        guard let text else { return nil }
        guard let privacy = GroupPrivacy(rawValue: text) else {
            throw APIError(.unprocessableContent, "Validation failed: Privacy is not included in the list", description: "'privacy' is open, closed or secret.")
        }
        return privacy
    }

    static func description(_ text: String?) throws -> String? {
        guard let text else { return nil }
        guard text.count <= 2000 else { throw APIError(.unprocessableContent, "Validation failed: Description is too long (at most 2000 characters)") }
        return text
    }
}
