import Foundation
import Hummingbird
import WarbleConfig
import WarbleCore
import WarbleStore

/// `GET /api/v1/instance` and `/api/v2/instance` (with or without a trailing slash: Mastodon.py
/// asks for `/api/v1/instance/`): what clients read to learn the server's version, limits and
/// addresses. The version string says which Mastodon API Warble speaks.
struct InstanceController {
    let instances: InstanceRepository
    let publicURL: URL
    let maxCharacters: Int
    let maxMediaSize: Int

    /// The Mastodon version whose client API Warble implements, and the API revision.
    static let mastodonVersion = "4.3.0"
    static let mastodonAPIVersion = 2
    static var version: String { "\(mastodonVersion) (compatible; Warble \(WarbleVersion.current))" }
    static let title = "Warble"
    static let description = "The organisation's internal microblog."

    var endpoints: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            // The router matches these with and without a trailing slash.
            .get("api/v1/instance", use: v1)
            .get("api/v2/instance", use: v2)
    }

    struct Limits: Encodable {
        struct Statuses: Encodable {
            let maxCharacters: Int
            let maxMediaAttachments = 4
            let charactersReservedPerUrl = 23
        }
        struct Media: Encodable {
            let supportedMimeTypes = WarbleCore.MediaType.accepted.map { $0.contentType.split(separator: ";")[0].trimmingCharacters(in: .whitespaces) }
            let imageSizeLimit: Int
            let imageMatrixLimit = 33_177_600
            let videoSizeLimit = 0
            let videoFrameRateLimit = 0
            let videoMatrixLimit = 0
        }
        struct Polls: Encodable {
            let maxOptions = 4
            let maxCharactersPerOption = 50
            let minExpiration = 300
            let maxExpiration = 2_629_746
        }
        struct Accounts: Encodable {
            let maxFeaturedTags = 10
        }
        let statuses: Statuses
        let mediaAttachments: Media
        let polls = Polls()
        let accounts = Accounts()
    }

    struct V1: ResponseEncodable {
        struct URLs: Encodable { let streamingApi: String }
        struct Stats: Encodable {
            let userCount: Int
            let statusCount: Int
            let domainCount = 0
        }
        let uri: String
        let title = InstanceController.title
        let shortDescription = InstanceController.description
        let description = InstanceController.description
        let email = ""
        let version = InstanceController.version
        let urls: URLs
        let stats: Stats
        let thumbnail: String? = nil
        let languages = ["en"]
        let registrations = false
        let approvalRequired = false
        let invitesEnabled = false
        let configuration: Limits
        let rules: [String] = []
    }

    struct V2: ResponseEncodable {
        struct Usage: Encodable {
            struct Users: Encodable { let activeMonth: Int }
            let users: Users
        }
        struct Configuration: Encodable {
            struct URLs: Encodable { let streaming: String }
            struct Translation: Encodable { let enabled = false }
            let urls: URLs
            let accounts = Limits.Accounts()
            let statuses: Limits.Statuses
            let mediaAttachments: Limits.Media
            let polls = Limits.Polls()
            let translation = Translation()
        }
        struct Registrations: Encodable {
            let enabled = false
            let approvalRequired = false
            let message: String? = nil
        }
        struct APIVersions: Encodable { let mastodon = InstanceController.mastodonAPIVersion }
        struct Contact: Encodable {
            let email = ""
            let account: String? = nil
        }
        let domain: String
        let title = InstanceController.title
        let version = InstanceController.version
        let sourceUrl = ""
        let description = InstanceController.description
        let usage: Usage
        let languages = ["en"]
        let configuration: Configuration
        let registrations = Registrations()
        let apiVersions = APIVersions()
        let contact = Contact()
        let rules: [String] = []
    }

    private var domain: String {
        publicURL.host.map { host in publicURL.port.map { "\(host):\($0)" } ?? host } ?? "localhost"
    }

    private var streamingURL: String {
        var components = URLComponents(url: publicURL, resolvingAgainstBaseURL: false)
        components?.scheme = publicURL.scheme == "https" ? "wss" : "ws"
        components?.path = ""
        return components?.string ?? ""
    }

    @Sendable func v1(_ request: Request, context: AppRequestContext) async throws -> V1 {
        let figures = try await instances.statistics()
        return V1(uri: domain, urls: .init(streamingApi: streamingURL), stats: .init(userCount: figures.accounts, statusCount: figures.posts),
                  configuration: Limits(statuses: .init(maxCharacters: maxCharacters), mediaAttachments: .init(imageSizeLimit: maxMediaSize)))
    }

    @Sendable func v2(_ request: Request, context: AppRequestContext) async throws -> V2 {
        let figures = try await instances.statistics()
        return V2(domain: domain, usage: .init(users: .init(activeMonth: figures.accounts)), configuration: .init(urls: .init(streaming: streamingURL), statuses: .init(maxCharacters: maxCharacters), mediaAttachments: .init(imageSizeLimit: maxMediaSize)))
    }
}
