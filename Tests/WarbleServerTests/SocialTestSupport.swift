import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import WarbleConfig
import WarbleCore
import WarbleServer
import WarbleStore
import WarbleTestSupport

/// A JSON document read without a schema, for asserting on API responses.
enum JSON: Equatable, Decodable {
    case null, bool(Bool), number(Double), string(String), array([JSON]), object([String: JSON])

    init(_ data: Data) throws {
        self = try JSONDecoder().decode(JSON.self, from: data)
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if let value = try? container.decode([JSON].self) {
            self = .array(value)
        } else {
            self = .object(try container.decode([String: JSON].self))
        }
    }

    subscript(key: String) -> JSON {
        if case .object(let object) = self { return object[key] ?? .null }
        return .null
    }

    subscript(index: Int) -> JSON {
        if case .array(let array) = self, array.indices.contains(index) { return array[index] }
        return .null
    }

    var string: String? { if case .string(let value) = self { value } else { nil } }
    var bool: Bool? { if case .bool(let value) = self { value } else { nil } }
    var int: Int? { if case .number(let value) = self { Int(value) } else { nil } }
    var array: [JSON] { if case .array(let value) = self { value } else { [] } }
    var isNull: Bool { self == .null }
    /// The `id` of every element of an array.
    var ids: [String] { strings("id") }
    /// The string at `key` in every element of an array.
    func strings(_ key: String) -> [String] { array.compactMap { $0[key].string } }
}

/// A response as the tests look at it.
struct APIResponse {
    let status: HTTPResponse.Status
    let headers: HTTPFields
    let json: JSON
}

/// A signed-in member of the test organisation: a local account with a personal token.
struct Member: Sendable {
    let id: String
    let username: String
    let token: String

    var bearer: HTTPFields { [.authorization: "Bearer \(token)"] }
}

/// Local accounts and tokens made straight in the database, so that these tests need no directory.
enum Members {
    static func make(_ names: [String], in database: TestDatabase, scopes: [String] = ["read", "write", "follow"]) async throws -> [String: Member] {
        try await database.withDatabase { database in
            var members: [String: Member] = [:]
            for name in names {
                guard let account = try await AccountRepository(database: database).createLocal(username: name, displayName: name.capitalized, role: .member, passwordHash: "x") else {
                    throw MissingTestService(message: "could not create the test account \(name)")
                }
                let token = try await TokenRepository(database: database).issue(kind: "personal", applicationID: nil, accountID: account.id, scopes: scopes).token
                members[name] = Member(id: String(account.id), username: name, token: token)
            }
            return members
        }
    }
}

extension Members {
    /// Gives the named members a role and a new token with the admin scopes as well.
    static func staff(_ members: [String: Member], roles: [String: Role], in database: TestDatabase, scopes: [String] = ["read", "write", "admin:read", "admin:write"]) async throws -> [String: Member] {
        try await database.withDatabase { database in
            var staff: [String: Member] = [:]
            for (name, role) in roles {
                let member = try #require(members[name])
                try await AccountRepository(database: database).setRole(id: Int64(member.id)!, role: role)
                let token = try await TokenRepository(database: database).issue(kind: "personal", applicationID: nil, accountID: Int64(member.id)!, scopes: scopes).token
                staff[name] = Member(id: member.id, username: name, token: token)
            }
            return staff
        }
    }
}

extension TestClientProtocol {
    /// Sends a request as `member` (a form body when `form` is given) and reads the JSON answer.
    @discardableResult
    func call(_ method: HTTPRequest.Method, _ uri: String, as member: Member?, form: [String: String]? = nil, headers: HTTPFields = [:]) async throws -> APIResponse {
        var all = member?.bearer ?? [:]
        all.append(contentsOf: headers)
        if form != nil { all[.contentType] = "application/x-www-form-urlencoded" }
        return try await execute(uri: uri, method: method, headers: all, body: form?.formBody) { response in
            APIResponse(status: response.status, headers: response.headers, json: response.body.readableBytes == 0 ? .null : try JSON(Data(buffer: response.body)))
        }
    }

    /// Posts `text` as `member` and returns the new post's id.
    @discardableResult
    func post(_ text: String, as member: Member, visibility: String = "public", replyTo: String? = nil) async throws -> String {
        var form = ["status": text, "visibility": visibility]
        form["in_reply_to_id"] = replyTo
        let response = try await call(.post, "/api/v1/statuses", as: member, form: form)
        #expect(response.status == .ok, "posting '\(text)' answered \(response.status): \(response.json)")
        return response.json["id"].string ?? ""
    }
}

/// The whole application on a fresh database with local members and no directory, with the
/// policy files in `policies` (the repository's `Policies/` unless a test passes its own folder).
func withSocialApp(
    _ names: [String], maxCharacters: Int = 500, maxMediaSize: Int = 1_048_576, rateLimit: Int = 1000, policies: String = TestPolicies.shipped,
    exports: ExportSettings? = nil, _ body: @Sendable (any TestClientProtocol, [String: Member], TestDatabase) async throws -> Void
) async throws {
    let database = try await TestDatabase.migrated()
    let members = try await Members.make(names, in: database)
    var configuration = try WarbleConfiguration(raw: RawConfiguration([.databaseURL: "postgres://placeholder@127.0.0.1/x"]))
    configuration.database = database.settings
    configuration.ldap = nil
    configuration.posts.maxCharacters = maxCharacters
    configuration.http.rateLimit = rateLimit
    configuration.media = MediaSettings(directory: FileManager.default.temporaryDirectory.appendingPathComponent("warble-media-\(UUID().uuidString)").path, maxSize: maxMediaSize)
    configuration.policies.directory = policies
    configuration.exports = exports ?? ExportSettings(
        directory: FileManager.default.temporaryDirectory.appendingPathComponent("warble-exports-\(UUID().uuidString)").path
    )
    let app = try buildApplication(configuration: configuration, logger: Logger(label: "test"))
    try await app.test(.router) { client in try await body(client, members, database) }
}
