import Hummingbird

/// A hashtag as Mastodon's API shows it, with a week of daily use and whether the reader follows it.
struct MastodonTag: ResponseEncodable {
    struct Day: Encodable {
        let day: String
        let uses: String
        let accounts: String
    }

    let name: String
    let url: String
    let history: [Day]
    let following: Bool
}
