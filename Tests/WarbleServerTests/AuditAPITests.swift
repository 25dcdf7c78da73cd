import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import WarbleCore
import WarbleStore
import WarbleTestSupport

@Suite("The audit log API for auditors and compliance officers")
struct AuditAPITests {
    @Test("auditors and compliance officers read it; members, admins and tokens without admin:read do not")
    func whoReads() async throws {
        try await withSocialApp(["ada", "root", "aud", "comp"]) { client, members, database in
            // setup
            let readers = try await Members.staff(members, roles: ["root": .admin, "aud": .auditor, "comp": .compliance, "ada": .member], in: database)
            // act + validate
            for (name, expected) in [("ada", HTTPResponse.Status.forbidden), ("root", .forbidden), ("aud", .ok), ("comp", .ok)] {
                let response = try await client.call(.get, "/api/v1/warble/audit", as: readers[name])
                #expect(response.status == expected, "\(name): \(response.status)")
            }
            #expect(try await client.call(.get, "/api/v1/warble/audit", as: members["aud"]).status == .forbidden)
            #expect(try await client.call(.get, "/api/v1/warble/audit", as: nil).status == .unauthorized)
        }
    }

    @Test("a post's creation, edit and deletion are audited and found by action family and target, with their hashes")
    func contentLifecycle() async throws {
        try await withSocialApp(["ada", "aud"]) { client, members, database in
            // setup
            let readers = try await Members.staff(members, roles: ["aud": .auditor], in: database)
            let ada = try #require(members["ada"])
            // act
            let id = try await client.post("first draft", as: ada, visibility: "private")
            #expect(try await client.call(.put, "/api/v1/statuses/\(id)", as: ada, form: ["status": "second draft"]).status == .ok)
            #expect(try await client.call(.delete, "/api/v1/statuses/\(id)", as: ada).status == .ok)
            // validate
            let response = try await client.call(.get, "/api/v1/warble/audit?action=post.*&target=post:\(id)", as: readers["aud"])
            #expect(response.status == .ok)
            #expect(response.json.strings("action") == ["post.deleted", "post.edited", "post.created"])
            #expect(Set(response.json.strings("actor_account_id")) == [ada.id])
            #expect(response.json.array.last?["details"]["visibility"].string == "private")
            let hashes = response.json.strings("hash")
            #expect(response.json.strings("previous_hash")[0] == hashes[1])
            #expect(hashes.allSatisfy { $0.count == 64 })
            #expect(!"\(response.json)".contains("draft"), "the audit log must not copy a post's text")
        }
    }

    @Test("pages by sequence with Link headers; bad filters are 400")
    func pagination() async throws {
        try await withSocialApp(["ada", "aud"]) { client, members, database in
            // setup
            let readers = try await Members.staff(members, roles: ["aud": .auditor], in: database)
            for index in 0..<5 { try await client.post("post \(index)", as: try #require(members["ada"])) }
            // act
            let first = try await client.call(.get, "/api/v1/warble/audit?action=post.created&limit=2", as: readers["aud"])
            let firstPage = first.json.strings("sequence")
            let next = try await client.call(.get, "/api/v1/warble/audit?action=post.created&limit=2&max_id=\(firstPage[1])", as: readers["aud"])
            let newer = try await client.call(.get, "/api/v1/warble/audit?action=post.created&limit=2&min_id=\(next.json.strings("sequence")[0])", as: readers["aud"])
            // validate
            #expect(firstPage.count == 2)
            #expect(first.headers[.init("Link")!]?.contains("max_id=\(firstPage[1])") == true)
            #expect(next.json.strings("sequence").allSatisfy { Int64($0)! < Int64(firstPage[1])! })
            #expect(newer.json.strings("sequence") == firstPage)
            for query in ["since=yesterday", "until=2026-13-45", "account_id=ada"] {
                let bad = try await client.call(.get, "/api/v1/warble/audit?\(query)", as: readers["aud"])
                #expect(bad.status == .badRequest, "\(query)")
                #expect(bad.json["error_description"].string?.isEmpty == false)
            }
        }
    }
}
