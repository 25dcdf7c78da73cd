import Foundation
import WarbleCore
import WarbleStore

/// Turns what an author typed into what is stored: checks the length, resolves mentions to local
/// accounts, and renders the HTML with links for mentions, hashtags and URLs.
struct PostComposer: Sendable {
    let accounts: AccountRepository
    let publicURL: URL
    let maxCharacters: Int

    struct Composed: Sendable {
        let content: String
        let mentionedAccountIDs: [Int64]
        let tags: [String]
    }

    /// A post needs text unless it carries files.
    func compose(text: String, spoilerText: String, hasMedia: Bool = false) async throws -> Composed {
        guard hasMedia || !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw APIError(.unprocessableContent, "Validation failed: Text can't be blank", description: "Write something in 'status'.")
        }
        let parsed = PostText(text)
        let length = parsed.weightedLength + spoilerText.count
        guard length <= maxCharacters else {
            throw APIError(.unprocessableContent, "Validation failed: Text character limit of \(maxCharacters) exceeded",
                           description: "The post and its content warning have \(length) characters; the limit is \(maxCharacters) (a link counts as \(PostText.linkWeight)).")
        }
        let host = publicURL.host?.lowercased()
        let local = parsed.mentions.filter { $0.domain == nil || $0.domain == host }.map(\.username)
        let found = try await accounts.find(usernames: local).filter { !$0.isSuspended }
        let byName = Dictionary(found.map { ($0.username.lowercased(), $0) }, uniquingKeysWith: { first, _ in first })
        let base = publicURL.baseString
        let links = PostText.Links(
            profile: { username, domain in
                guard domain == nil || domain == host, let account = byName[username.lowercased()] else { return nil }
                return "\(base)/@\(account.username)"
            },
            tag: { [publicURL] in publicURL.tagURL($0) }
        )
        let mentioned = local.compactMap { byName[$0]?.id }
        return Composed(content: parsed.html(links: links), mentionedAccountIDs: mentioned, tags: parsed.hashtags)
    }
}
