import Hummingbird

/// A notification as Mastodon's API shows it.
struct MastodonNotification: ResponseEncodable, Sendable {
    let id: String
    let type: String
    let createdAt: String
    let account: MastodonAccount
    @NullEncoded var status: MastodonStatus?
}
