import Foundation
import Hummingbird
import WarbleCore
import WarbleStore

/// `/api/v1/timelines/home|public|tag/:hashtag`, `/api/v1/bookmarks` and `/api/v1/favourites`:
/// paged lists of posts, each post checked against the visibility rule for the reader.
struct TimelinesController {
    let timelines: TimelineRepository
    let posts: PostRepository
    let presenter: MastodonPresenter

    var endpoints: RouteCollection<UserRequestContext> {
        RouteCollection(context: UserRequestContext.self)
            .get("timelines/home", use: home)
            .get("timelines/public", use: organisation)
            .get("timelines/tag/:hashtag", use: tag)
            .get("bookmarks", use: bookmarks)
            .get("favourites", use: favourites)
    }

    @Sendable func home(_ request: Request, context: UserRequestContext) async throws -> Response {
        try await list(request, context: context, scope: "read:statuses") { try await timelines.home(viewer: context.account.id, page: $0) }
    }

    /// The organisation timeline. `local` and `remote` are accepted; with federation off, every
    /// post is local, so `remote=true` gives an empty list.
    @Sendable func organisation(_ request: Request, context: UserRequestContext) async throws -> Response {
        let remoteOnly = request.uri.queryParameters["remote"].map { ["true", "1"].contains($0.lowercased()) } ?? false
        return try await list(request, context: context, scope: "read:statuses") { page in
            remoteOnly ? [] : try await timelines.organisation(viewer: context.account.id, page: page)
        }
    }

    @Sendable func tag(_ request: Request, context: UserRequestContext) async throws -> Response {
        let name = try TagsController.name(context.parameters.get("hashtag"))
        return try await list(request, context: context, scope: "read:statuses") { try await timelines.tag(name, viewer: context.account.id, page: $0) }
    }

    @Sendable func bookmarks(_ request: Request, context: UserRequestContext) async throws -> Response {
        try await list(request, context: context, scope: "read:bookmarks") { try await timelines.bookmarks(viewer: context.account.id, page: $0) }
    }

    @Sendable func favourites(_ request: Request, context: UserRequestContext) async throws -> Response {
        try await list(request, context: context, scope: "read:favourites") { try await timelines.favourites(viewer: context.account.id, page: $0) }
    }

    /// Reads one page of entries, shows the posts the reader may see, and links the neighbours.
    func list(_ request: Request, context: UserRequestContext, scope: String, entries: (Page) async throws -> [TimelineEntry]) async throws -> Response {
        try context.require(anyOf: scope)
        let query = try PageQuery(request)
        let page = try await entries(query.page)
        let views = try await posts.views(ids: page.map(\.postID), viewer: context.account.id)
        let statuses = try await presenter.statuses(views, viewer: context.account.id)
        return try query.response(statuses, cursors: page.map(\.cursor), request: request, publicURL: presenter.publicURL)
    }
}
