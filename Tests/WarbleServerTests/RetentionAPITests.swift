import Foundation
import HummingbirdTesting
import Testing
import WarbleTestSupport

@Suite("What retention does with one's own posts")
struct RetentionAPITests {
    @Test("each kind of post names its rule, duration and action from the shipped policy")
    func ownRetention() async throws {
        try await withSocialApp(["bob"]) { client, members, _ in
            // act
            let response = try await client.call(.get, "/api/v1/warble/retention", as: members["bob"])
            // validate
            #expect(response.status == .ok)
            let entries = Dictionary(uniqueKeysWithValues: response.json.array.compactMap { entry in entry["posts"].string.map { ($0, entry) } })
            #expect(Set(entries.keys) == ["public", "unlisted", "private", "direct", "deleted"])
            #expect(entries["direct"]?["rule"].string == "direct-posts")
            #expect(entries["direct"]?["action"].string == "delete")
            #expect(entries["deleted"]?["action"].string == "purge")
            #expect(entries["deleted"]?["summary"].string?.contains("from deletion") == true)
            #expect(entries.values.allSatisfy { $0["summary"].string?.isEmpty == false })
            #expect(try await client.call(.get, "/api/v1/warble/retention", as: nil).status == .unauthorized)
        }
    }
}
