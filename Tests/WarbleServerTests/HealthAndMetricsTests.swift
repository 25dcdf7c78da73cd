import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
import WarbleConfig
import WarbleStore
import WarbleTestSupport
@testable import WarbleServer

@Suite("Health, readiness, metrics and errors over HTTP")
struct HealthAndMetricsTests {
    static func application(database: DatabaseSettings) throws -> some ApplicationProtocol {
        try TestApplication.make(database: database)
    }

    @Test("healthz and readyz answer 200 with a real database")
    func healthy() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await Self.application(database: testDatabase.settings).test(.router) { client in
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == #"{"status":"ok"}"#)
            }
            try await client.execute(uri: "/readyz", method: .get) { response in
                #expect(response.status == .ok)
                #expect(String(buffer: response.body) == #"{"status":"ready"}"#)
            }
        }
    }

    @Test("readyz answers 503 with the reason, within the time-out, when the database is gone; healthz stays 200")
    func notReady() async throws {
        let endpoint = DatabaseEndpoint(host: "127.0.0.1", port: try SilentListener.closedPort(), username: "nobody", password: nil, database: "x")
        try await Self.application(database: DatabaseSettings(endpoint: endpoint, connectTimeout: 0.5)).test(.router) { client in
            let started = ContinuousClock.now
            try await client.execute(uri: "/readyz", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                let body = try JSONDecoder().decode([String: String].self, from: Data(buffer: response.body))
                #expect(body["error"] == "database_unavailable")
                #expect(body["error_description"]?.contains("127.0.0.1") == true)
            }
            #expect(ContinuousClock.now - started < .seconds(3))
            try await client.execute(uri: "/healthz", method: .get) { response in
                #expect(response.status == .ok)
            }
        }
    }

    @Test("an unknown address gets a JSON 404")
    func notFound() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await Self.application(database: testDatabase.settings).test(.router) { client in
            try await client.execute(uri: "/no/such/page", method: .get) { response in
                #expect(response.status == .notFound)
                let body = try JSONDecoder().decode([String: String].self, from: Data(buffer: response.body))
                #expect(body["error"] == "Not Found")
                #expect(body["error_description"] != nil)
            }
        }
    }

    @Test("metrics count requests by route and status, and report the pool")
    func metrics() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await Self.application(database: testDatabase.settings).test(.router) { client in
            for _ in 0..<3 { try await client.execute(uri: "/healthz", method: .get) { _ in } }
            try await client.execute(uri: "/readyz", method: .get) { _ in }
            try await client.execute(uri: "/metrics", method: .get) { response in
                #expect(response.status == .ok)
                #expect(response.headers[.contentType]?.hasPrefix("text/plain") == true)
                let text = String(buffer: response.body)
                #expect(text.contains(#"warble_http_requests_total{route="/healthz",method="GET",status="200"} 3"#))
                #expect(text.contains(#"warble_http_requests_total{route="/readyz",method="GET",status="200"} 1"#))
                #expect(text.contains(#"warble_http_request_duration_seconds_count{route="/healthz",method="GET"} 3"#))
                #expect(text.contains("warble_db_pool_size 4"))
                // /readyz leased one connection; background jobs (rate-limit upkeep) may have leased more.
                let leases = text.split(separator: "\n").first { $0.hasPrefix("warble_db_pool_leases ") }.flatMap { Double($0.split(separator: " ")[1]) }
                #expect((leases ?? 0) >= 1)
            }
        }
    }
}
