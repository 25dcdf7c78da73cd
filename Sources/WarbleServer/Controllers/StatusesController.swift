import Foundation
import Hummingbird
import WarbleCompliance
import WarbleCore
import WarbleStore

/// `/api/v1/statuses…`: writing, reading, editing and deleting posts, their threads and history,
/// and what readers do with them (favourite, reblog, bookmark, pin). New posts and edits pass DLP
/// before they are stored.
struct StatusesController {
    let posts: PostRepository
    let interactions: InteractionRepository
    let groups: GroupRepository
    let composer: PostComposer
    let policies: PolicyStore
    let screener: PostScreener
    let presenter: MastodonPresenter
    let events: EventChannel

    var endpoints: RouteCollection<UserRequestContext> {
        RouteCollection(context: UserRequestContext.self)
            .post(use: create)
            .get(":id", use: show)
            .put(":id", use: edit)
            .delete(":id", use: delete)
            .get(":id/context", use: threadContext)
            .get(":id/history", use: history)
            .get(":id/source", use: source)
            .get(":id/favourited_by", use: favouritedBy)
            .get(":id/reblogged_by", use: rebloggedBy)
            .post(":id/favourite", use: favourite)
            .post(":id/unfavourite", use: unfavourite)
            .post(":id/reblog", use: reblog)
            .post(":id/unreblog", use: unreblog)
            .post(":id/bookmark", use: bookmark)
            .post(":id/unbookmark", use: unbookmark)
            .post(":id/pin", use: pin)
            .post(":id/unpin", use: unpin)
    }

    /// The fields of `POST /api/v1/statuses` and `PUT /api/v1/statuses/:id`; others are ignored.
    struct StatusForm: Decodable {
        let status: String?
        let spoilerText: String?
        let inReplyToID: LenientID?
        let sensitive: LenientBool?
        let visibility: String?
        let language: String?
        /// Warble's extension: post in this group.
        let groupID: LenientID?
        let mediaIDs: [LenientID]?
        /// Warble's extension: post even though a DLP rule warns about the text.
        let dlpConfirmed: LenientBool?

        enum CodingKeys: String, CodingKey {
            case status
            case spoilerText = "spoiler_text"
            case inReplyToID = "in_reply_to_id"
            case sensitive, visibility, language
            case groupID = "group_id"
            case mediaIDs = "media_ids"
            case dlpConfirmed = "dlp_confirmed"
        }
    }

    @Sendable func create(_ request: Request, context: UserRequestContext) async throws -> MastodonStatus {
        try context.require(anyOf: "write:statuses")
        let form = try await request.decode(as: StatusForm.self, context: context)
        let visibility = try Self.visibility(form.visibility)
        let key = request.headers[.idempotencyKey]
        if let key, key.isEmpty || key.count > 256 {
            throw APIError(.unprocessableContent, "Validation failed: Idempotency-Key is invalid", description: "Send a key of 1 to 256 characters.")
        }
        let text = form.status ?? ""
        let spoilerText = form.spoilerText ?? ""
        let mediaIDs = (form.mediaIDs ?? []).map(\.value)
        guard mediaIDs.count <= MediaRepository.perPost else {
            throw APIError(.unprocessableContent, "Validation failed: Media attachments is too many", description: "Attach at most \(MediaRepository.perPost) files.")
        }
        let composed = try await composer.compose(text: text, spoilerText: spoilerText, hasMedia: !mediaIDs.isEmpty)
        let screening = try await screenNewPost(
            text: text, spoilerText: spoilerText, visibility: visibility, groupID: form.groupID?.value, replyTo: form.inReplyToID?.value,
            confirmed: form.dlpConfirmed?.value ?? false, context: context
        )
        let draft = NewPost(
            authorID: context.account.id, text: text, content: composed.content, spoilerText: spoilerText,
            sensitive: form.sensitive?.value ?? !spoilerText.isEmpty, visibility: visibility, language: try Self.language(form.language),
            inReplyToID: form.inReplyToID?.value, mentionedAccountIDs: composed.mentionedAccountIDs, tags: composed.tags,
            applicationID: context.grant.applicationID, groupID: form.groupID?.value, mediaIDs: mediaIDs
        )
        let (id, created) = try await posts.create(draft, idempotencyKey: key, screening: screening)
        if created { await events.publish(.post(id), .notified(composed.mentionedAccountIDs)) }
        return try await status(id, context: context)
    }

    @Sendable func show(_ request: Request, context: UserRequestContext) async throws -> MastodonStatus {
        try context.require(anyOf: "read:statuses")
        return try await status(try Self.id(context), context: context)
    }

    @Sendable func edit(_ request: Request, context: UserRequestContext) async throws -> MastodonStatus {
        try context.require(anyOf: "write:statuses")
        let id = try Self.id(context)
        let form = try await request.decode(as: StatusForm.self, context: context)
        guard let view = try await posts.view(id: id, viewer: context.account.id), view.post.reblogOfID == nil else { throw PostWriteError.notFound }
        let current = view.post
        guard current.accountID == context.account.id else { throw PostWriteError.notAuthor }
        let text = form.status ?? current.text
        let spoilerText = form.spoilerText ?? current.spoilerText
        let composed = try await composer.compose(text: text, spoilerText: spoilerText, hasMedia: !view.media.isEmpty)
        let screening = try await screenEdit(of: view, text: text, spoilerText: spoilerText, confirmed: form.dlpConfirmed?.value ?? false, context: context)
        let notified = try await posts.edit(
            id: id, by: context.account.id, text: text, content: composed.content, spoilerText: spoilerText,
            sensitive: form.sensitive?.value ?? (form.spoilerText.map { !$0.isEmpty } ?? current.sensitive),
            mentionedAccountIDs: composed.mentionedAccountIDs, tags: composed.tags, screening: screening
        )
        await events.publish(.edit(id), .notified(notified))
        return try await status(id, context: context)
    }

    @Sendable func delete(_ request: Request, context: UserRequestContext) async throws -> MastodonStatus {
        try context.require(anyOf: "write:statuses")
        let id = try Self.id(context)
        guard let view = try await posts.view(id: id, viewer: context.account.id), view.post.reblogOfID == nil else { throw PostWriteError.notFound }
        try await posts.delete(id: id, by: context.account.id)
        await events.publish(.delete(id))
        return try await presenter.status(view, viewer: context.account.id, withSource: true)
    }

    struct ThreadContext: ResponseEncodable {
        let ancestors: [MastodonStatus]
        let descendants: [MastodonStatus]
    }

    @Sendable func threadContext(_ request: Request, context: UserRequestContext) async throws -> ThreadContext {
        try context.require(anyOf: "read:statuses")
        let id = try Self.id(context)
        guard try await posts.canSee(id, viewer: context.account.id) else { throw PostWriteError.notFound }
        let (ancestors, descendants) = try await posts.context(id: id, viewer: context.account.id)
        let views = try await posts.views(ids: ancestors + descendants, viewer: context.account.id)
        let statuses = try await presenter.statuses(views, viewer: context.account.id)
        let ancestorIDs = Set(ancestors.map(String.init))
        return ThreadContext(ancestors: statuses.filter { ancestorIDs.contains($0.id) }, descendants: statuses.filter { !ancestorIDs.contains($0.id) })
    }

    struct Version: ResponseEncodable {
        let content: String
        let spoilerText: String
        let sensitive: Bool
        let createdAt: String
        let account: MastodonAccount
        @NullEncoded var poll: String? = nil
        let mediaAttachments: [String] = []
        let emojis: [String] = []
    }

    @Sendable func history(_ request: Request, context: UserRequestContext) async throws -> [Version] {
        try context.require(anyOf: "read:statuses")
        let id = try Self.id(context)
        guard let view = try await posts.view(id: id, viewer: context.account.id) else { throw PostWriteError.notFound }
        let author = try await presenter.account(view.author)
        return try await posts.history(id: id).map {
            Version(content: $0.content, spoilerText: $0.spoilerText, sensitive: $0.sensitive, createdAt: MastodonTime.format($0.createdAt), account: author)
        }
    }

    struct Source: ResponseEncodable {
        let id: String
        let text: String
        let spoilerText: String
    }

    @Sendable func source(_ request: Request, context: UserRequestContext) async throws -> Source {
        try context.require(anyOf: "read:statuses")
        let id = try Self.id(context)
        guard let view = try await posts.view(id: id, viewer: context.account.id) else { throw PostWriteError.notFound }
        return Source(id: String(id), text: view.post.text, spoilerText: view.post.spoilerText)
    }

    @Sendable func favouritedBy(_ request: Request, context: UserRequestContext) async throws -> Response {
        try await people(request, context: context, list: interactions.favouritedBy)
    }

    @Sendable func rebloggedBy(_ request: Request, context: UserRequestContext) async throws -> Response {
        try await people(request, context: context, list: interactions.rebloggedBy)
    }

    private func people(_ request: Request, context: UserRequestContext,
                        list: (Int64, Page) async throws -> [(cursor: Int64, accountID: Int64)]) async throws -> Response {
        try context.require(anyOf: "read:accounts", "read:statuses")
        let id = try Self.id(context)
        guard try await posts.canSee(id, viewer: context.account.id) else { throw PostWriteError.notFound }
        let query = try PageQuery(request, maximum: 80)
        let entries = try await list(id, query.page)
        let accounts = try await presenter.accounts(ids: entries.map(\.accountID))
        return try query.response(accounts, cursors: entries.map(\.cursor), request: request, publicURL: presenter.publicURL)
    }

    @Sendable func favourite(_ request: Request, context: UserRequestContext) async throws -> MastodonStatus {
        try await act(context, scope: "write:favourites", notifyAuthor: true) { try await interactions.favourite(postID: $0, by: $1) }
    }

    @Sendable func unfavourite(_ request: Request, context: UserRequestContext) async throws -> MastodonStatus {
        try await act(context, scope: "write:favourites") { try await interactions.unfavourite(postID: $0, by: $1) }
    }

    struct ReblogForm: Decodable {
        let visibility: String?
    }

    /// Answers with the reblog, whose `reblog` field holds the shared post, as Mastodon does.
    @Sendable func reblog(_ request: Request, context: UserRequestContext) async throws -> MastodonStatus {
        try context.require(anyOf: "write:statuses")
        let form = try? await request.decode(as: ReblogForm.self, context: context)
        let visibility = try Self.visibility(form?.visibility)
        guard visibility != .direct else { throw APIError(.unprocessableContent, "Validation failed: Visibility is not allowed for a reblog") }
        let id = try await interactions.reblog(postID: try Self.id(context), by: context.account.id, visibility: visibility)
        let reblog = try await status(id, context: context)
        await events.publish(.post(id), .notified(reblog.reblog.flatMap { Int64($0.value.account.id) }.map { [$0] } ?? []))
        return reblog
    }

    @Sendable func unreblog(_ request: Request, context: UserRequestContext) async throws -> MastodonStatus {
        try await act(context, scope: "write:statuses") { postID, viewer in
            if let reblogID = try await interactions.unreblog(postID: postID, by: viewer) { await events.publish(.delete(reblogID)) }
        }
    }

    @Sendable func bookmark(_ request: Request, context: UserRequestContext) async throws -> MastodonStatus {
        try await act(context, scope: "write:bookmarks") { try await interactions.bookmark(postID: $0, by: $1) }
    }

    @Sendable func unbookmark(_ request: Request, context: UserRequestContext) async throws -> MastodonStatus {
        try await act(context, scope: "write:bookmarks") { try await interactions.unbookmark(postID: $0, by: $1) }
    }

    @Sendable func pin(_ request: Request, context: UserRequestContext) async throws -> MastodonStatus {
        try await act(context, scope: "write:accounts") { try await interactions.pin(postID: $0, by: $1) }
    }

    @Sendable func unpin(_ request: Request, context: UserRequestContext) async throws -> MastodonStatus {
        try await act(context, scope: "write:accounts") { try await interactions.unpin(postID: $0, by: $1) }
    }

    /// Does `action` to a post the reader can see and answers with the post as it is afterwards;
    /// with `notifyAuthor`, the author's streams hear of the notification it may have made.
    private func act(_ context: UserRequestContext, scope: String, notifyAuthor: Bool = false, _ action: (Int64, Int64) async throws -> Void) async throws -> MastodonStatus {
        try context.require(anyOf: scope)
        let id = try Self.id(context)
        guard try await posts.canSee(id, viewer: context.account.id) else { throw PostWriteError.notFound }
        try await action(id, context.account.id)
        let result = try await status(id, context: context)
        if notifyAuthor, let author = Int64(result.account.id) { await events.publish(.notified([author])) }
        return result
    }

    private func status(_ id: Int64, context: UserRequestContext) async throws -> MastodonStatus {
        guard let view = try await posts.view(id: id, viewer: context.account.id) else { throw PostWriteError.notFound }
        return try await presenter.status(view, viewer: context.account.id)
    }

    /// The `:id` of the route; anything but a number names no post.
    static func id(_ context: UserRequestContext) throws -> Int64 {
        guard let id = context.parameters.get("id", as: Int64.self) else { throw PostWriteError.notFound }
        return id
    }

    static func visibility(_ text: String?) throws -> Visibility {
        guard let text, !text.isEmpty else { return .public }
        guard let visibility = Visibility(rawValue: text) else {
            throw APIError(.unprocessableContent, "Validation failed: Visibility is not included in the list",
                           description: "'visibility' must be public, unlisted, private or direct.")
        }
        return visibility
    }

    /// An ISO 639 language code such as `en` or `pt-BR`; nil when absent.
    static func language(_ text: String?) throws -> String? {
        guard let text, !text.isEmpty else { return nil }
        guard text.count <= 16, text.allSatisfy({ $0.isASCII && ($0.isLetter || $0 == "-") }) else {
            throw APIError(.unprocessableContent, "Validation failed: Language is not a valid language code", description: "Send an ISO 639 code such as 'en'.")
        }
        return text
    }
}
