import Foundation
import HummingbirdTesting
import Testing
import WarbleCore
import WarbleStore
import WarbleTestSupport

@Suite("The DLP review queue: flagged posts, clearing and removing")
struct DLPReviewTests {
    @Test("a flagged post is published, queued with masked findings, and audited without the IBAN")
    func flagsIBAN() async throws {
        try await withSocialApp(["ada", "comp"]) { client, members, database in
            // setup
            let ada = try #require(members["ada"])
            let officers = try await Members.staff(members, roles: ["comp": .compliance], in: database)
            // act
            let posted = try await client.call(.post, "/api/v1/statuses", as: ada, form: ["status": "please pay \(DLPTestSupport.iban) today"])
            let queue = try await client.call(.get, "/api/v1/warble/dlp/flags", as: officers["comp"])
            // validate
            #expect(posted.status == .ok, "flag is silent: the author is not stopped")
            let id = try #require(posted.json["id"].string)
            #expect(queue.status == .ok)
            #expect(queue.json.array.count == 1)
            let flag = queue.json[0]
            #expect(flag["post_id"].string == id)
            #expect(flag["account_id"].string == ada.id)
            #expect(flag["username"].string == "ada")
            #expect(flag["state"].string == "pending")
            #expect(flag["rules"].array == [.string("iban")])
            let excerpt = try #require(flag["findings"][0]["excerpt"].string)
            #expect(excerpt.contains("•") && excerpt.hasSuffix("00"))
            #expect(!excerpt.contains("3704"))
            let flagged = try await DLPTestSupport.audited("dlp.flagged", in: database)
            #expect(flagged.map(\.target) == ["post:\(id)"])
            #expect(flagged.first?.details == ["flag_id": try #require(flag["id"].string), "rules": "iban"])
            let recorded = try await DLPTestSupport.recordedText(in: database)
            #expect(!recorded.contains(DLPTestSupport.iban) && !recorded.contains(DLPTestSupport.compactIBAN) && !recorded.contains("3704 0044"))
        }
    }

    @Test("an edit queues what it newly finds, not what already waits for review")
    func editsAreQueuedOnce() async throws {
        try await withSocialApp(["ada", "comp"]) { client, members, database in
            // setup
            let ada = try #require(members["ada"])
            let officers = try await Members.staff(members, roles: ["comp": .compliance], in: database)
            let id = try await client.post("pay \(DLPTestSupport.iban)", as: ada)
            // act
            let kept = try await client.call(.put, "/api/v1/statuses/\(id)", as: ada, form: ["status": "pay \(DLPTestSupport.iban) by Friday"])
            let added = try await client.call(.put, "/api/v1/statuses/\(id)", as: ada, form: ["status": "pay \(DLPTestSupport.iban) or GB82 WEST 1234 5698 7654 32"])
            // validate
            #expect(kept.status == .ok && added.status == .ok)
            let queue = try await client.call(.get, "/api/v1/warble/dlp/flags", as: officers["comp"])
            #expect(queue.json.strings("post_id") == [id, id])
            #expect(queue.json[0]["findings"].array.count == 2)
            #expect(try await DLPTestSupport.audited("dlp.flagged", in: database).count == 2)
        }
    }

    @Test("compliance clears a flag with a reason: the post stays and the review is audited; a review is final")
    func clears() async throws {
        try await withSocialApp(["ada", "comp"]) { client, members, database in
            // setup
            let ada = try #require(members["ada"])
            let officers = try await Members.staff(members, roles: ["comp": .compliance], in: database)
            let postID = try await client.post("refund to \(DLPTestSupport.iban)", as: ada)
            let flagID = try #require(try await client.call(.get, "/api/v1/warble/dlp/flags", as: officers["comp"]).json[0]["id"].string)
            // act
            let missingReason = try await client.call(.post, "/api/v1/warble/dlp/flags/\(flagID)/clear", as: officers["comp"])
            let blankReason = try await client.call(.post, "/api/v1/warble/dlp/flags/\(flagID)/clear", as: officers["comp"], form: ["reason": "   "])
            let cleared = try await client.call(.post, "/api/v1/warble/dlp/flags/\(flagID)/clear", as: officers["comp"], form: ["reason": "the company's own account"])
            let again = try await client.call(.post, "/api/v1/warble/dlp/flags/\(flagID)/remove", as: officers["comp"], form: ["reason": "changed my mind"])
            // validate
            #expect(missingReason.status == .unprocessableContent)
            #expect(blankReason.status == .unprocessableContent)
            #expect(cleared.status == .ok)
            #expect(cleared.json["state"].string == "cleared")
            #expect(cleared.json["reason"].string == "the company's own account")
            #expect(cleared.json["reviewer_account_id"].string == officers["comp"]?.id)
            #expect(again.status == .unprocessableContent)
            #expect(try await client.call(.get, "/api/v1/statuses/\(postID)", as: ada).status == .ok)
            #expect(try await client.call(.get, "/api/v1/warble/dlp/flags", as: officers["comp"]).json.array.isEmpty, "the default view is what is pending")
            #expect(try await client.call(.get, "/api/v1/warble/dlp/flags?state=cleared", as: officers["comp"]).json.ids == [flagID])
            let audited = try await DLPTestSupport.audited("dlp.cleared", in: database)
            #expect(audited.count == 1)
            #expect(audited.first?.actorAccountID == Int64(try #require(officers["comp"]).id))
            #expect(audited.first?.actorRole == .compliance)
            #expect(audited.first?.target == "post:\(postID)")
            #expect(audited.first?.details["reason"] == "the company's own account")
            #expect(try await DLPTestSupport.audited("dlp.removed", in: database).isEmpty)
        }
    }

    @Test("compliance removes a flagged post: it is hidden from everyone, kept for retention, and audited with the reviewer as actor")
    func removes() async throws {
        try await withSocialApp(["ada", "ben", "comp"]) { client, members, database in
            // setup
            let (ada, ben) = (try #require(members["ada"]), try #require(members["ben"]))
            let officers = try await Members.staff(members, roles: ["comp": .compliance], in: database)
            let postID = try await client.post("wire it to \(DLPTestSupport.iban)", as: ada)
            let flagID = try #require(try await client.call(.get, "/api/v1/warble/dlp/flags", as: officers["comp"]).json[0]["id"].string)
            // act
            let removed = try await client.call(.post, "/api/v1/warble/dlp/flags/\(flagID)/remove", as: officers["comp"], form: ["reason": "customer data"])
            // validate
            #expect(removed.status == .ok)
            #expect(removed.json["state"].string == "removed")
            #expect(try await client.call(.get, "/api/v1/statuses/\(postID)", as: ada).status == .notFound)
            #expect(try await client.call(.get, "/api/v1/statuses/\(postID)", as: ben).status == .notFound)
            let kept = try await database.withDatabase { try await $0.rows("SELECT count(*)::int FROM posts WHERE id = \(Int64(postID)!) AND deleted_at IS NOT NULL").first?.decode(Int.self) }
            #expect(kept == 1)
            let audited = try await DLPTestSupport.audited("dlp.removed", in: database)
            #expect(audited.map(\.target) == ["post:\(postID)"])
            #expect(audited.first?.actorAccountID == Int64(try #require(officers["comp"]).id))
            #expect(audited.first?.details["post_hidden"] == "true")
            #expect(try await client.call(.get, "/api/v1/warble/dlp/flags?state=removed", as: officers["comp"]).json.ids == [flagID])
        }
    }

    @Test("administrators, auditors and members may not read or review the queue")
    func separationOfDuties() async throws {
        try await withSocialApp(["ada", "root", "aud", "cy"]) { client, members, database in
            // setup
            let officers = try await Members.staff(members, roles: ["root": .admin, "aud": .auditor, "ada": .member], in: database)
            try await client.post("pay \(DLPTestSupport.iban)", as: try #require(members["cy"]))
            let flagID = try await database.withDatabase { try await $0.rows("SELECT id FROM dlp_flags").first?.decode(Int64.self) }
            let path = "/api/v1/warble/dlp/flags/\(try #require(flagID))"
            // act + validate
            for name in ["root", "aud", "ada"] {
                #expect(try await client.call(.get, "/api/v1/warble/dlp/flags", as: officers[name]).status == .forbidden, "\(name)")
                #expect(try await client.call(.post, "\(path)/clear", as: officers[name], form: ["reason": "fine"]).status == .forbidden, "\(name)")
                #expect(try await client.call(.post, "\(path)/remove", as: officers[name], form: ["reason": "gone"]).status == .forbidden, "\(name)")
            }
            #expect(try await client.call(.get, "/api/v1/warble/dlp/flags", as: nil).status == .unauthorized)
            #expect(try await DLPTestSupport.audited("dlp.cleared", in: database).isEmpty)
            #expect(try await DLPTestSupport.audited("dlp.removed", in: database).isEmpty)
        }
    }

    @Test("bad requests: a token without the admin scopes, an unknown state, an unknown or malformed flag id")
    func badInput() async throws {
        try await withSocialApp(["comp"]) { client, members, database in
            // setup
            let plain = try #require(members["comp"])
            let officers = try await Members.staff(members, roles: ["comp": .compliance], in: database)
            let officer = try #require(officers["comp"])
            let readOnly = Member(id: plain.id, username: plain.username, token: try await database.withDatabase {
                try await TokenRepository(database: $0).issue(kind: "personal", applicationID: nil, accountID: Int64(plain.id)!, scopes: ["admin:read"]).token
            })
            // act + validate
            #expect(try await client.call(.get, "/api/v1/warble/dlp/flags", as: plain).status == .forbidden, "no admin:read")
            #expect(try await client.call(.get, "/api/v1/warble/dlp/flags", as: readOnly).status == .ok)
            #expect(try await client.call(.post, "/api/v1/warble/dlp/flags/1/clear", as: readOnly, form: ["reason": "x"]).status == .forbidden, "no admin:write")
            let badState = try await client.call(.get, "/api/v1/warble/dlp/flags?state=open", as: officer)
            #expect(badState.status == .badRequest)
            #expect(badState.json["error_description"].string?.contains("pending") == true)
            #expect(try await client.call(.get, "/api/v1/warble/dlp/flags?max_id=abc", as: officer).status == .badRequest)
            #expect(try await client.call(.post, "/api/v1/warble/dlp/flags/42/clear", as: officer, form: ["reason": "x"]).status == .notFound)
            #expect(try await client.call(.post, "/api/v1/warble/dlp/flags/abc/remove", as: officer, form: ["reason": "x"]).status == .notFound)
            let tooLong = String(repeating: "x", count: 2001)
            #expect(try await client.call(.post, "/api/v1/warble/dlp/flags/42/clear", as: officer, form: ["reason": tooLong]).status == .unprocessableContent)
        }
    }

    @Test("the queue pages newest first with Link headers")
    func pagination() async throws {
        try await withSocialApp(["ada", "comp"]) { client, members, database in
            // setup
            let officers = try await Members.staff(members, roles: ["comp": .compliance], in: database)
            for index in 0..<3 { try await client.post("invoice \(index): \(DLPTestSupport.iban)", as: try #require(members["ada"])) }
            // act
            let first = try await client.call(.get, "/api/v1/warble/dlp/flags?limit=2", as: officers["comp"])
            let ids = first.json.ids
            let next = try await client.call(.get, "/api/v1/warble/dlp/flags?limit=2&max_id=\(ids.last ?? "")", as: officers["comp"])
            let all = try await client.call(.get, "/api/v1/warble/dlp/flags?state=all", as: officers["comp"])
            // validate
            #expect(ids.count == 2)
            #expect(first.headers[.init("Link")!]?.contains("max_id=\(ids[1])") == true)
            #expect(next.json.ids.count == 1)
            #expect(all.json.ids == ids + next.json.ids)
        }
    }
}
