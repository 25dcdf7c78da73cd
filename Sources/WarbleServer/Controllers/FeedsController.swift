import Foundation
import Hummingbird
import WarbleCore
import WarbleStore

/// Atom feeds, as StatusNet gave every timeline: `/@user.atom`, `/tags/{tag}.atom` and
/// `/groups/{slug}.atom` (open groups). Only public posts, and only for a signed-in reader (a
/// token or a browser session): this is an intranet.
struct FeedsController {
    let accounts: AccountRepository
    let groups: GroupRepository
    let timelines: TimelineRepository
    let posts: PostRepository
    let sessions: SessionRepository
    let publicURL: URL

    var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .get("{handle}.atom", use: account)
            .get("tags/{tag}.atom", use: tag)
            .get("groups/{slug}.atom", use: group)
    }

    static let size = 20

    @Sendable func account(_ request: Request, context: AppRequestContext) async throws -> Response {
        let reader = try await self.reader(request, context: context)
        let handle = context.parameters.get("handle") ?? ""
        guard handle.hasPrefix("@"), let author = try await accounts.find(usernames: [String(handle.dropFirst())]).first, !author.isSuspended else {
            throw Self.notFound
        }
        var filter = TimelineRepository.AccountFilter()
        filter.excludeReblogs = true
        let entries = try await timelines.account(author.id, viewer: reader, filter: filter, page: Page(limit: 40))
        let base = publicURL.baseString
        return try await feed(
            entries, reader: reader, id: "\(base)/@\(author.username)", title: "\(author.displayName.isEmpty ? author.username : author.displayName) (@\(author.username))",
            alternate: "\(base)/@\(author.username)", request: request
        )
    }

    @Sendable func tag(_ request: Request, context: AppRequestContext) async throws -> Response {
        let reader = try await self.reader(request, context: context)
        let name = try TagsController.name(context.parameters.get("tag"))
        let entries = try await timelines.tag(name, viewer: reader, page: Page(limit: Self.size))
        let url = publicURL.tagURL(name)
        return try await feed(entries, reader: reader, id: url, title: "#\(name)", alternate: url, request: request)
    }

    @Sendable func group(_ request: Request, context: AppRequestContext) async throws -> Response {
        let reader = try await self.reader(request, context: context)
        let slug = context.parameters.get("slug") ?? ""
        guard Group.isValidSlug(slug), let found = try await groups.find(slug: slug), found.privacy == .open else { throw Self.notFound }
        let entries = try await timelines.group(found.id, viewer: reader, page: Page(limit: Self.size))
        let url = "\(publicURL.baseString)/groups/\(found.slug)"
        return try await feed(entries, reader: reader, id: url, title: found.name, alternate: url, request: request)
    }

    /// The account reading: from a bearer token or a browser session; anyone else gets 401.
    private func reader(_ request: Request, context: AppRequestContext) async throws -> Int64 {
        try await SignedInReader(sessions: sessions).account(request, context: context, why: "Feeds are for signed-in staff: send a token or sign in.").id
    }

    private func feed(_ entries: [TimelineEntry], reader: Int64, id: String, title: String, alternate: String, request: Request) async throws -> Response {
        let views = try await posts.views(ids: entries.map(\.postID), viewer: reader)
            .filter { $0.post.visibility == .public && $0.post.reblogOfID == nil }
            .prefix(Self.size)
        let base = publicURL.baseString
        let updated = views.map { $0.post.editedAt ?? $0.post.createdAt }.max() ?? Date(timeIntervalSince1970: 0)
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <id>\(HTMLText.escape(id))</id>
              <title>\(HTMLText.escape(title))</title>
              <updated>\(Self.time(updated))</updated>
              <generator uri="\(HTMLText.escape(base))">Warble</generator>
              <link rel="alternate" type="text/html" href="\(HTMLText.escape(alternate))"/>
              <link rel="self" type="application/atom+xml" href="\(HTMLText.escape(base + request.uri.path))"/>

            """
        for view in views {
            let post = view.post
            let url = "\(base)/@\(view.author.username)/\(post.id)"
            let summary = post.spoilerText.isEmpty ? String(post.text.prefix(80)) : post.spoilerText
            xml += """
                  <entry>
                    <id>\(HTMLText.escape("\(base)/users/\(view.author.username)/statuses/\(post.id)"))</id>
                    <title>\(HTMLText.escape(summary))</title>
                    <published>\(Self.time(post.createdAt))</published>
                    <updated>\(Self.time(post.editedAt ?? post.createdAt))</updated>
                    <link rel="alternate" type="text/html" href="\(HTMLText.escape(url))"/>
                    <author><name>\(HTMLText.escape(view.author.displayName.isEmpty ? view.author.username : view.author.displayName))</name><uri>\(HTMLText.escape("\(base)/@\(view.author.username)"))</uri></author>
                    <content type="html">\(HTMLText.escape(post.content))</content>
                \(view.tags.map { "    <category term=\"\(HTMLText.escape($0))\"/>\n" }.joined())  </entry>

                """
        }
        xml += "</feed>\n"
        return Response(
            status: .ok, headers: [.contentType: "application/atom+xml; charset=utf-8", .cacheControl: "private, max-age=60"],
            body: .init(byteBuffer: ByteBuffer(string: xml))
        )
    }

    static let notFound = APIError(.notFound, "Record not found", description: "There is no such public feed.")

    static func time(_ date: Date) -> String { date.formatted(.iso8601) }
}
