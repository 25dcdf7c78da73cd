import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WarbleTestSupport

@Suite("Posts through the Mastodon API: write, read, edit, delete, threads, idempotency")
struct StatusesTests {
    @Test("a post links mentions, tags and URLs, notifies the mentioned, and reads back the same")
    func createAndRead() async throws {
        try await withSocialApp(["ana", "ben"]) { client, members, _ in
            let (ana, ben) = (members["ana"]!, members["ben"]!)
            let created = try await client.call(.post, "/api/v1/statuses", as: ana, form: [
                "status": "Hi @ben and @nobody, #Launch <b>now</b> https://intranet.example/x", "spoiler_text": "launch", "language": "en",
            ])
            #expect(created.status == .ok)
            let id = try #require(created.json["id"].string)
            #expect(created.json["content"].string?.contains(#"class="u-url mention">@<span>ben</span>"#) == true)
            #expect(created.json["content"].string?.contains("&lt;b&gt;now&lt;/b&gt;") == true)
            #expect(created.json["content"].string?.contains("@nobody") == true)
            #expect(created.json["mentions"].array.map { $0["acct"].string } == ["ben"])
            #expect(created.json["tags"][0]["name"].string == "launch")
            #expect(created.json["sensitive"].bool == true)
            #expect(created.json["spoiler_text"].string == "launch")
            #expect(created.json["language"].string == "en")
            #expect(created.json["in_reply_to_id"].isNull)
            #expect(created.json["created_at"].string?.hasSuffix("Z") == true)
            #expect(created.json["account"]["statuses_count"].int == 1)

            let read = try await client.call(.get, "/api/v1/statuses/\(id)", as: ben)
            #expect(read.status == .ok)
            #expect(read.json["content"] == created.json["content"])
            let notifications = try await client.call(.get, "/api/v1/notifications", as: ben)
            #expect(notifications.json.strings("type") == ["mention"])
            #expect(notifications.json[0]["status"]["id"].string == id)
            #expect(notifications.json[0]["account"]["username"].string == "ana")
        }
    }

    @Test("bad posts are refused with a 422 that says why, and nothing is stored")
    func refusals() async throws {
        try await withSocialApp(["ana"], maxCharacters: 30) { client, members, _ in
            let ana = members["ana"]!
            let cases: [([String: String], HTTPResponse.Status, String)] = [
                (["status": "   "], .unprocessableContent, "Text can't be blank"),
                (["status": String(repeating: "a", count: 31)], .unprocessableContent, "character limit of 30"),
                (["status": "hi", "spoiler_text": String(repeating: "w", count: 29)], .unprocessableContent, "character limit"),
                (["status": "hi", "visibility": "everyone"], .unprocessableContent, "Visibility"),
                (["status": "hi", "in_reply_to_id": "12345"], .notFound, "Record not found"),
                (["status": "hi", "in_reply_to_id": "abc"], .badRequest, "invalid_request"),
                (["status": "hi", "language": "<script>"], .unprocessableContent, "Language"),
                (["status": "a\u{0}b"], .badRequest, "invalid_request"),
            ]
            for (form, status, message) in cases {
                let response = try await client.call(.post, "/api/v1/statuses", as: ana, form: form)
                #expect(response.status == status, "\(form)")
                #expect(response.json["error"].string?.contains(message) == true, "\(form): \(response.json)")
            }
            #expect(try await client.post("https://example.com/\(String(repeating: "x", count: 100))", as: ana) != "", "a long link counts as 23")
            let mine = try await client.call(.get, "/api/v1/accounts/\(ana.id)/statuses", as: ana)
            #expect(mine.json.array.count == 1)
            #expect(try await client.call(.get, "/api/v2/search?q=a%00b", as: ana).status == .badRequest)
            let json = try await client.execute(uri: "/api/v1/statuses", method: .post, headers: ana.bearer + [.contentType: "application/json"],
                                                body: ByteBuffer(string: #"{"status": "a\u0000b"}"#)) { $0.status }
            #expect(json == .badRequest)
            let anonymous = try await client.call(.post, "/api/v1/statuses", as: nil, form: ["status": "hi"])
            #expect(anonymous.status == .unauthorized)
        }
    }

    @Test("a retried post with the same Idempotency-Key is stored once")
    func idempotency() async throws {
        try await withSocialApp(["ana", "ben"]) { client, members, _ in
            let (ana, ben) = (members["ana"]!, members["ben"]!)
            let key: HTTPFields = [.init("Idempotency-Key")!: "retry-1"]
            let first = try await client.call(.post, "/api/v1/statuses", as: ana, form: ["status": "once"], headers: key)
            let second = try await client.call(.post, "/api/v1/statuses", as: ana, form: ["status": "once"], headers: key)
            #expect(first.json["id"].string != nil)
            #expect(first.json["id"] == second.json["id"])
            let other = try await client.call(.post, "/api/v1/statuses", as: ben, form: ["status": "mine"], headers: key)
            #expect(other.json["id"].string != first.json["id"].string, "keys belong to their author")
            let timeline = try await client.call(.get, "/api/v1/accounts/\(ana.id)/statuses", as: ana)
            #expect(timeline.json.array.count == 1)
        }
    }

    @Test("an edit keeps the earlier versions in the history; only the author may edit or delete")
    func editAndDelete() async throws {
        try await withSocialApp(["ana", "ben"]) { client, members, _ in
            let (ana, ben) = (members["ana"]!, members["ben"]!)
            let id = try await client.post("first #one", as: ana)
            try await client.call(.post, "/api/v1/statuses/\(id)/reblog", as: ben)
            let edited = try await client.call(.put, "/api/v1/statuses/\(id)", as: ana, form: ["status": "second #two @ben"])
            #expect(edited.status == .ok)
            #expect(edited.json["edited_at"].string != nil)
            #expect(edited.json["tags"].array.map { $0["name"].string } == ["two"])
            #expect(edited.json["mentions"].array.map { $0["username"].string } == ["ben"])
            let history = try await client.call(.get, "/api/v1/statuses/\(id)/history", as: ben)
            #expect(history.json.array.map { $0["content"].string?.hasPrefix("<p>first") == true } == [true, false])
            #expect(history.json.array.count == 2)
            let source = try await client.call(.get, "/api/v1/statuses/\(id)/source", as: ana)
            #expect(source.json["text"].string == "second #two @ben")
            let kinds = try await client.call(.get, "/api/v1/notifications", as: ben).json.strings("type")
            #expect(Set(kinds) == ["update", "mention"])

            #expect(try await client.call(.put, "/api/v1/statuses/\(id)", as: ben, form: ["status": "hijack"]).status == .notFound)
            #expect(try await client.call(.delete, "/api/v1/statuses/\(id)", as: ben).status == .notFound)
            let deleted = try await client.call(.delete, "/api/v1/statuses/\(id)", as: ana)
            #expect(deleted.status == .ok)
            #expect(deleted.json["text"].string == "second #two @ben", "delete answers with the source for redrafting")
            #expect(try await client.call(.get, "/api/v1/statuses/\(id)", as: ana).status == .notFound)
            #expect(try await client.call(.get, "/api/v1/statuses/\(id)", as: ben).status == .notFound)
            #expect(try await client.call(.delete, "/api/v1/statuses/\(id)", as: ana).status == .notFound)
            #expect(try await client.call(.get, "/api/v1/timelines/home", as: ben).json.array.isEmpty, "the reblog of a deleted post goes too")
        }
    }

    @Test("deleted posts stay in the database for retention to decide")
    func deletionKeepsRow() async throws {
        try await withSocialApp(["ana"]) { client, members, database in
            let id = try await client.post("keep me", as: members["ana"]!)
            try await client.call(.delete, "/api/v1/statuses/\(id)", as: members["ana"]!)
            let text = try await database.withDatabase { try await $0.rows("SELECT text FROM posts WHERE id = \(Int64(id)!) AND deleted_at IS NOT NULL").first?.decode(String.self) }
            #expect(text == "keep me")
        }
    }

    @Test("context lists visible ancestors and descendants in order")
    func threads() async throws {
        try await withSocialApp(["ana", "ben", "cy"]) { client, members, _ in
            let (ana, ben, cy) = (members["ana"]!, members["ben"]!, members["cy"]!)
            let root = try await client.post("root", as: ana)
            let reply = try await client.post("@ana reply", as: ben, replyTo: root)
            let secret = try await client.post("@ben only for ben", as: ana, visibility: "direct", replyTo: reply)
            let deeper = try await client.post("deeper", as: cy, replyTo: reply)
            let forCy = try await client.call(.get, "/api/v1/statuses/\(reply)/context", as: cy)
            #expect(forCy.json["ancestors"].ids == [root])
            #expect(forCy.json["descendants"].ids == [deeper])
            let forBen = try await client.call(.get, "/api/v1/statuses/\(reply)/context", as: ben)
            #expect(forBen.json["descendants"].ids == [secret, deeper])
            let replyJSON = try await client.call(.get, "/api/v1/statuses/\(reply)", as: cy).json
            #expect(replyJSON["in_reply_to_id"].string == root)
            #expect(replyJSON["in_reply_to_account_id"].string == ana.id)
            #expect(try await client.call(.get, "/api/v1/statuses/\(secret)/context", as: cy).status == .notFound)
        }
    }
}
