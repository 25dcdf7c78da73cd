import Foundation
import HummingbirdTesting
import Testing
import WarbleTestSupport

@Suite("Instance metadata as clients read it")
struct InstanceTests {
    @Test("v1 and v2 answer with and without a trailing slash, with a version clients parse", arguments: [
        "/api/v1/instance", "/api/v1/instance/", "/api/v2/instance", "/api/v2/instance/",
    ])
    func instance(path: String) async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await TestApplication.make(database: testDatabase.settings).test(.router) { client in
            try await client.execute(uri: path, method: .get) { response in
                #expect(response.status == .ok)
                let body = try JSONSerialization.jsonObject(with: Data(buffer: response.body)) as? [String: Any]
                #expect((body?["version"] as? String)?.hasPrefix("4.3.0 (compatible; Warble ") == true)
                if path.contains("v2") {
                    #expect((body?["api_versions"] as? [String: Any])?["mastodon"] as? Int == 2)
                    let urls = (body?["configuration"] as? [String: Any])?["urls"] as? [String: Any]
                    #expect((urls?["streaming"] as? String)?.hasPrefix("ws://") == true)
                } else {
                    #expect((body?["stats"] as? [String: Any])?["user_count"] as? Int == 0)
                    #expect(((body?["configuration"] as? [String: Any])?["statuses"] as? [String: Any])?["max_characters"] as? Int == 500)
                }
            }
        }
    }
}
