import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WarbleTestSupport

@Suite("Search and trends")
struct SearchTests {
    @Test("full-text search is ranked, stems words, and never shows a post the reader may not see")
    func statuses() async throws {
        try await withSocialApp(["ana", "ben", "cy"]) { client, members, _ in
            let (ana, ben, cy) = (members["ana"]!, members["ben"]!, members["cy"]!)
            let weak = try await client.post("We deployed the release", as: ana)
            let strong = try await client.post("Deploy deploy deploy: the deploy runbook", as: ana)
            let secret = try await client.post("@ben deploy credentials are rotated", as: ana, visibility: "direct")
            let deleted = try await client.post("deploy that was deleted", as: ana)
            try await client.call(.delete, "/api/v1/statuses/\(deleted)", as: ana)
            let forCy = try await client.call(.get, "/api/v2/search?q=deploy&type=statuses", as: cy)
            #expect(forCy.status == .ok)
            #expect(forCy.json["statuses"].ids == [strong, weak])
            #expect(forCy.json["accounts"].array.isEmpty)
            let forBen = try await client.call(.get, "/api/v2/search?q=deploy&type=statuses", as: ben)
            #expect(Set(forBen.json["statuses"].ids) == [strong, weak, secret])
            #expect(try await client.call(.get, "/api/v2/search?q=%22the%20release%22", as: cy).json["statuses"].ids == [weak])
            #expect(try await client.call(.get, "/api/v2/search?q=deploy%20-runbook", as: cy).json["statuses"].ids == [weak])
            #expect(try await client.call(.get, "/api/v2/search?q=deploy&account_id=\(ben.id)", as: cy).json["statuses"].ids.isEmpty)
            #expect(try await client.call(.get, "/api/v2/search?q=deploy&limit=1&offset=1", as: cy).json["statuses"].ids == [weak])
            for odd in ["%26%7C%21", "(((", "'", "a:*"] {
                #expect(try await client.call(.get, "/api/v2/search?q=\(odd)", as: cy).status == .ok, "\(odd)")
            }
        }
    }

    @Test("accounts and hashtags are found by prefix; bad queries are 400s")
    func accountsAndTags() async throws {
        try await withSocialApp(["ana", "anders"]) { client, members, _ in
            let ana = try #require(members["ana"])
            try await client.post("#Rollout and #rollback and #roadmap", as: ana)
            try await client.post("#rollout again", as: ana)
            let found = try await client.call(.get, "/api/v2/search?q=%23roll", as: ana).json
            #expect(found["hashtags"].strings("name") == ["rollout", "rollback"])
            #expect(found["hashtags"][0]["url"].string?.hasSuffix("/tags/rollout") == true)
            #expect(try await client.call(.get, "/api/v2/search?q=and&type=accounts", as: ana).json["accounts"].strings("username") == ["anders"])
            #expect(try await client.call(.get, "/api/v2/search?q=", as: ana).status == .badRequest)
            #expect(try await client.call(.get, "/api/v2/search?q=x&type=everything", as: ana).status == .badRequest)
            #expect(try await client.call(.get, "/api/v2/search?q=x&account_id=abc", as: ana).status == .badRequest)
            #expect(try await client.call(.get, "/api/v2/search?q=x", as: nil).status == .unauthorized)
        }
    }

    @Test("trending hashtags rank by how many people used them this week, public posts only")
    func trends() async throws {
        try await withSocialApp(["ana", "ben", "cy"]) { client, members, _ in
            let (ana, ben, cy) = (try #require(members["ana"]), members["ben"]!, members["cy"]!)
            for member in [ana, ben, cy] { try await client.post("#popular", as: member) }
            for _ in 0..<5 { try await client.post("#chatty", as: ana) }
            try await client.post("#hidden", as: ben, visibility: "private")
            let trends = try await client.call(.get, "/api/v1/trends/tags", as: cy).json
            #expect(trends.strings("name") == ["popular", "chatty"])
            #expect(trends[0]["history"][0]["accounts"].string == "3")
            #expect(try await client.call(.get, "/api/v1/trends/tags?limit=1&offset=1", as: cy).json.strings("name") == ["chatty"])
            #expect(try await client.call(.get, "/api/v1/trends/statuses", as: cy).json.array.isEmpty)
        }
    }
}
