import Foundation
import Hummingbird
import WarbleStore

/// What clients read about the reader's own settings: preferences, markers (where they stopped
/// reading), and the people they block or mute.
struct PreferencesController {
    let markers: MarkerRepository
    let relationships: RelationshipRepository
    let presenter: MastodonPresenter

    var endpoints: RouteCollection<UserRequestContext> {
        RouteCollection(context: UserRequestContext.self)
            .get("preferences", use: preferences)
            .get("markers", use: readMarkers)
            .post("markers", use: saveMarkers)
            .get("blocks", use: { try await people($0, $1, scope: "read:blocks", list: relationships.blocked) })
            .get("mutes", use: { try await people($0, $1, scope: "read:mutes", list: relationships.muted) })
    }

    /// Mastodon's preference keys with Warble's defaults (there are no per-person settings yet).
    @Sendable func preferences(_ request: Request, context: UserRequestContext) async throws -> [String: PreferenceValue] {
        try context.require(anyOf: "read:accounts")
        return [
            "posting:default:visibility": .text("public"), "posting:default:sensitive": .flag(false), "posting:default:language": .none,
            "reading:expand:media": .text("default"), "reading:expand:spoilers": .flag(false),
        ]
    }

    /// A preference value: text, a flag, or null.
    enum PreferenceValue: Encodable {
        case text(String), flag(Bool), none

        func encode(to encoder: any Encoder) throws {
            var container = encoder.singleValueContainer()
            switch self {
            case .text(let value): try container.encode(value)
            case .flag(let value): try container.encode(value)
            case .none: try container.encodeNil()
            }
        }
    }

    struct MarkerEntity: Encodable {
        let lastReadId: String
        let version: Int
        let updatedAt: String

        init(_ marker: Marker) {
            lastReadId = String(marker.lastReadID)
            version = marker.version
            updatedAt = MastodonTime.format(marker.updatedAt)
        }
    }

    @Sendable func readMarkers(_ request: Request, context: UserRequestContext) async throws -> [String: MarkerEntity] {
        try context.require(anyOf: "read:statuses")
        let asked = request.queryValues("timeline[]") + request.queryValues("timeline")
        let timelines = asked.filter(MarkerRepository.timelines.contains)
        return Dictionary(uniqueKeysWithValues: try await markers.markers(for: context.account.id, timelines: timelines).map { ($0.timeline, MarkerEntity($0)) })
    }

    /// `home[last_read_id]=…` and/or `notifications[last_read_id]=…`, as form or JSON.
    @Sendable func saveMarkers(_ request: Request, context: UserRequestContext) async throws -> [String: MarkerEntity] {
        try context.require(anyOf: "write:statuses")
        struct Position: Decodable { let lastReadID: LenientID?; enum CodingKeys: String, CodingKey { case lastReadID = "last_read_id" } }
        struct Form: Decodable { let home: Position?; let notifications: Position? }
        let form = try await request.decode(as: Form.self, context: context)
        var saved: [String: MarkerEntity] = [:]
        for (timeline, position) in [("home", form.home), ("notifications", form.notifications)] {
            guard let position else { continue }
            guard let id = position.lastReadID?.value else {
                throw APIError(.unprocessableContent, "Validation failed: last_read_id is missing", description: "Send '\(timeline)[last_read_id]'.")
            }
            saved[timeline] = MarkerEntity(try await markers.save(for: context.account.id, timeline: timeline, lastReadID: id))
        }
        guard !saved.isEmpty else { throw APIError(.unprocessableContent, "Validation failed: no timeline given", description: "Send 'home[last_read_id]' or 'notifications[last_read_id]'.") }
        return saved
    }

    private func people(_ request: Request, _ context: UserRequestContext, scope: String, list: (Int64, Page) async throws -> [Int64]) async throws -> Response {
        try context.require(anyOf: scope, "follow")
        let query = try PageQuery(request, defaultLimit: 40, maximum: 80)
        let ids = try await list(context.account.id, query.page)
        return try query.response(try await presenter.accounts(ids: ids), cursors: ids, request: request, publicURL: presenter.publicURL)
    }
}
