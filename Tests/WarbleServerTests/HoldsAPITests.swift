import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import WarbleCore
import WarbleStore
import WarbleTestSupport

@Suite("The legal holds API")
struct HoldsAPITests {
    @Test("a compliance officer places, shows and releases a hold; auditors read; admins and members cannot")
    func lifecycle() async throws {
        try await withSocialApp(["bob", "comp", "aud", "root"]) { client, members, database in
            // setup
            let staff = try await Members.staff(members, roles: ["comp": .compliance, "aud": .auditor, "root": .admin], in: database)
            let bob = try #require(members["bob"])
            let kept = try await client.post("quarterly figures", as: bob)
            // act
            let placed = try await client.call(.post, "/api/v1/warble/holds", as: staff["comp"], form: [
                "case_id": "2026-017", "reason": "Smith v. Example", "custodians[]": "bob", "from": "2020-01-01",
            ])
            // validate
            #expect(placed.status == .ok, "\(placed.json)")
            let id = try #require(placed.json["id"].string)
            #expect(placed.json["coverage"]["posts"].int == 1)
            #expect(placed.json["custodian_ids"].array.map(\.string) == [bob.id])
            #expect(try await client.call(.get, "/api/v1/warble/holds/\(id)", as: staff["aud"]).json["case_id"].string == "2026-017")
            #expect(try await client.call(.get, "/api/v1/warble/holds", as: staff["aud"]).json.strings("id") == [id])
            for who in ["aud", "root"] {
                let refused = try await client.call(.post, "/api/v1/warble/holds", as: staff[who], form: ["case_id": "x", "reason": "y"])
                #expect(refused.status == .forbidden, "\(who)")
            }
            #expect(try await client.call(.get, "/api/v1/warble/holds", as: staff["root"]).status == .forbidden)
            #expect(try await client.call(.get, "/api/v1/warble/holds", as: bob).status == .forbidden)
            // the author's delete only hides a held post
            #expect(try await client.call(.delete, "/api/v1/statuses/\(kept)", as: bob).status == .ok)
            #expect(try await client.call(.get, "/api/v1/statuses/\(kept)", as: bob).status == .notFound)
            #expect(try await client.call(.get, "/api/v1/warble/holds/\(id)", as: staff["comp"]).json["coverage"]["deleted_posts"].int == 1)
            // release
            #expect(try await client.call(.post, "/api/v1/warble/holds/\(id)/release", as: staff["comp"], form: ["reason": " "]).status == .unprocessableContent)
            let released = try await client.call(.post, "/api/v1/warble/holds/\(id)/release", as: staff["comp"], form: ["reason": "case closed"])
            #expect(released.json["active"].bool == false)
            #expect(released.json["release_reason"].string == "case closed")
            #expect(try await client.call(.post, "/api/v1/warble/holds/\(id)/release", as: staff["comp"], form: ["reason": "again"]).status == .notFound)
            #expect(try await client.call(.get, "/api/v1/warble/holds", as: staff["comp"]).json.array.isEmpty)
            #expect(try await client.call(.get, "/api/v1/warble/holds?all=true", as: staff["comp"]).json.strings("id") == [id])
            let audited = try await client.call(.get, "/api/v1/warble/audit?action=hold.*", as: staff["aud"])
            #expect(audited.json.strings("action") == ["hold.released", "hold.placed"])
            #expect(audited.json.array.last?["actor_account_id"].string == staff["comp"]?.id)
        }
    }

    @Test("bad holds are 422 with what to fix", arguments: [
        ["reason": "no case"],
        ["case_id": "C-1"],
        ["case_id": "C-1", "reason": "r", "custodians[]": "nobody-here"],
        ["case_id": "C-1", "reason": "r", "groups[]": "no-such-group"],
        ["case_id": "C-1", "reason": "r", "from": "yesterday"],
        ["case_id": "C-1", "reason": "r", "from": "2026-06-01", "to": "2026-01-01"],
    ])
    func refusals(form: [String: String]) async throws {
        try await withSocialApp(["comp"]) { client, members, database in
            let staff = try await Members.staff(members, roles: ["comp": .compliance], in: database)
            let response = try await client.call(.post, "/api/v1/warble/holds", as: staff["comp"], form: form)
            #expect(response.status == .unprocessableContent, "\(form): \(response.status)")
            #expect(response.json["error"].string?.hasPrefix("Validation failed") == true)
            #expect(try await client.call(.get, "/api/v1/warble/holds", as: staff["comp"]).json.array.isEmpty)
        }
    }
}
