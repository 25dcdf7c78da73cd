import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Prometheus
import Testing
import WarbleConfig
@testable import WarbleServer
import WarbleStore

@Suite("The OpenAPI document")
struct OpenAPITests {
    /// Every route the server registers, as `METHOD /path/{parameter}`.
    static func registeredRoutes() throws -> Set<String> {
        var configuration = try WarbleConfiguration(raw: RawConfiguration([.databaseURL: "postgres://placeholder@127.0.0.1/x"]))
        configuration.ldap = nil
        let logger = Logger(label: "test")
        let database = Database(settings: configuration.database, logger: logger)
        let policies = try PolicyStore(directory: TestPolicies.shipped, audit: AuditRepository(database: database), logger: logger)
        let routers = buildRouters(
            configuration: configuration, database: database, policies: policies, hub: StreamHub(channel: EventChannel(database: database)),
            limiter: RateLimiter(repository: RateLimitRepository(database: database), logger: logger), registry: PrometheusCollectorRegistry(), logger: logger
        )
        return Set((routers.http.routes + routers.webSocket.routes).map { route in
            let path = route.path.description.split(separator: "/", omittingEmptySubsequences: true).map { segment in
                segment.hasPrefix(":") ? "{\(segment.dropFirst())}" : String(segment)
            }.joined(separator: "/")
            return "\(route.method.rawValue) /\(path)"
        })
    }

    static func documentedRoutes() throws -> Set<String> {
        let document = try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any]
        let paths = document?["paths"] as? [String: [String: Any]] ?? [:]
        let methods: Set<String> = ["get", "put", "post", "delete", "patch", "head", "options"]
        return Set(paths.flatMap { path, operations in operations.keys.filter(methods.contains).map { "\($0.uppercased()) \(path)" } })
    }

    @Test("documents exactly the routes the router serves")
    func matchesRouter() throws {
        let registered = try Self.registeredRoutes()
        let documented = try Self.documentedRoutes()
        #expect(registered.subtracting(documented).sorted() == [], "served but not documented")
        #expect(documented.subtracting(registered).sorted() == [], "documented but not served")
        #expect(registered.count > 100)
    }

    @Test("is OpenAPI 3.1 with an operation id, a summary and a success response for every operation")
    func wellFormed() throws {
        let document = try #require(try JSONSerialization.jsonObject(with: Data(OpenAPIDocument.json.utf8)) as? [String: Any])
        #expect((document["openapi"] as? String)?.hasPrefix("3.1") == true)
        var operationIDs: [String] = []
        for (path, operations) in document["paths"] as? [String: [String: Any]] ?? [:] {
            for (method, value) in operations {
                guard let operation = value as? [String: Any], method != "parameters" else { continue }
                let id = operation["operationId"] as? String
                #expect(id != nil, "\(method) \(path)")
                operationIDs.append(id ?? "")
                #expect(operation["summary"] is String, "\(method) \(path)")
                let statuses = (operation["responses"] as? [String: Any])?.keys ?? [:].keys
                #expect(statuses.contains { $0.hasPrefix("2") || $0 == "101" }, "\(method) \(path)")
            }
        }
        #expect(Set(operationIDs).count == operationIDs.count, "operation ids are unique")
    }

    @Test("is served at /api/openapi.json without a token")
    func served() async throws {
        var configuration = try WarbleConfiguration(raw: RawConfiguration([.databaseURL: "postgres://placeholder@127.0.0.1/x"]))
        configuration.ldap = nil
        configuration.policies.directory = TestPolicies.shipped
        try await buildApplication(configuration: configuration, logger: Logger(label: "test")).test(.router) { client in
            try await client.execute(uri: "/api/openapi.json", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "application/json")
                #expect(String(buffer: response.body) == OpenAPIDocument.json)
            }
        }
    }
}
