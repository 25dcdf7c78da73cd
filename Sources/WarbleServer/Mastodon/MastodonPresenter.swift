import Foundation
import WarbleCore
import WarbleStore

/// Turns accounts, posts and notifications into Mastodon's JSON entities, fetching the counts
/// they show in one query per batch.
struct MastodonPresenter: Sendable {
    let accounts: AccountRepository
    let publicURL: URL
    let mediaLinks: MediaLinks

    func account(_ account: Account, withCredentials: Bool = false) async throws -> MastodonAccount {
        let statistics = try await accounts.statistics(ids: [account.id])
        return MastodonAccount(account, publicURL: publicURL, withCredentials: withCredentials, statistics: statistics[account.id] ?? AccountStatistics())
    }

    func accounts(_ list: [Account]) async throws -> [MastodonAccount] {
        let statistics = try await accounts.statistics(ids: list.map(\.id))
        return list.map { MastodonAccount($0, publicURL: publicURL, withCredentials: false, statistics: statistics[$0.id] ?? AccountStatistics()) }
    }

    /// Accounts by id, in the order given, leaving out ids that name nobody.
    func accounts(ids: [Int64]) async throws -> [MastodonAccount] {
        let found = Dictionary(try await accounts.find(ids: ids).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return try await accounts(ids.compactMap { found[$0] })
    }

    /// Posts as `viewer` sees them; file links are signed for that reader.
    func statuses(_ views: [PostView], viewer: Int64, withSource: Bool = false) async throws -> [MastodonStatus] {
        var attachments: [Int64: MastodonMediaAttachment] = [:]
        for media in views.flatMap({ $0.media + ($0.reblog?.value.media ?? []) }) {
            attachments[media.id] = MastodonMediaAttachment(media, url: try await mediaLinks.url(for: media, viewer: viewer))
        }
        return views.map { status($0, attachments: attachments, withSource: withSource) }
    }

    func status(_ view: PostView, viewer: Int64, withSource: Bool = false) async throws -> MastodonStatus {
        try await statuses([view], viewer: viewer, withSource: withSource)[0]
    }

    func attachment(_ media: MediaAttachment, viewer: Int64) async throws -> MastodonMediaAttachment {
        MastodonMediaAttachment(media, url: try await mediaLinks.url(for: media, viewer: viewer))
    }

    private func status(_ view: PostView, attachments: [Int64: MastodonMediaAttachment], withSource: Bool) -> MastodonStatus {
        let base = publicURL.baseString
        let post = view.post
        let author = MastodonAccount(view.author, publicURL: publicURL, withCredentials: false, statistics: view.authorStatistics)
        return MastodonStatus(
            id: String(post.id),
            uri: "\(base)/users/\(view.author.username)/statuses/\(post.id)",
            url: "\(base)/@\(view.author.username)/\(post.id)",
            createdAt: MastodonTime.format(post.createdAt),
            editedAt: post.editedAt.map(MastodonTime.format),
            account: author,
            content: post.content,
            visibility: post.visibility.rawValue,
            sensitive: post.sensitive,
            spoilerText: post.spoilerText,
            inReplyToId: post.inReplyToID.map(String.init),
            inReplyToAccountId: post.inReplyToAccountID.map(String.init),
            language: post.language,
            application: view.applicationName.map { MastodonStatus.Application(name: $0) },
            repliesCount: view.repliesCount,
            reblogsCount: view.reblogsCount,
            favouritesCount: view.favouritesCount,
            favourited: view.favourited,
            reblogged: view.reblogged,
            bookmarked: view.bookmarked,
            pinned: view.pinned,
            mediaAttachments: view.media.compactMap { attachments[$0.id] },
            mentions: view.mentions.map {
                MastodonStatus.Mention(id: String($0.id), username: $0.username, url: "\(base)/@\($0.username)", acct: $0.username)
            },
            tags: view.tags.map { MastodonStatus.Tag(name: $0, url: publicURL.tagURL($0)) },
            reblog: view.reblog.map { Box(status($0.value, attachments: attachments, withSource: false)) },
            group: view.group.map { WarbleGroupReference(id: String($0.id), slug: $0.slug, name: $0.name) },
            text: withSource ? post.text : nil
        )
    }
}
