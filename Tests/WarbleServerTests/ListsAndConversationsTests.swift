import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WarbleTestSupport

@Suite("Lists and conversations")
struct ListsAndConversationsTests {
    @Test("a list holds followed people only, has its own timeline, and belongs to its owner")
    func lists() async throws {
        try await withSocialApp(["owner", "ann", "bo", "other"]) { client, members, _ in
            let (owner, ann, bo, other) = (try #require(members["owner"]), members["ann"]!, members["bo"]!, members["other"]!)
            for person in [ann, bo] { try await client.call(.post, "/api/v1/accounts/\(person.id)/follow", as: owner) }
            let created = try await client.call(.post, "/api/v1/lists", as: owner, form: ["title": "Team", "replies_policy": "list"])
            #expect(created.json["title"].string == "Team")
            let id = try #require(created.json["id"].string)
            #expect(try await client.call(.post, "/api/v1/lists/\(id)/accounts", as: owner, form: ["account_ids[]": ann.id]).status == .ok)
            #expect(try await client.call(.post, "/api/v1/lists/\(id)/accounts", as: owner, form: ["account_ids[]": other.id]).status == .unprocessableContent)
            #expect(try await client.call(.get, "/api/v1/lists/\(id)/accounts", as: owner).json.ids == [ann.id])
            #expect(try await client.call(.get, "/api/v1/accounts/\(ann.id)/lists", as: owner).json.strings("title") == ["Team"])
            let annPost = try await client.post("from ann", as: ann)
            try await client.post("from bo", as: bo)
            let replyToOutsider = try await client.post("@other hi", as: ann, replyTo: try await client.post("outsider", as: other))
            let timeline = try await client.call(.get, "/api/v1/timelines/list/\(id)", as: owner).json.ids
            #expect(timeline == [annPost], "bo is not on the list, and replies to non-members follow the 'list' policy")
            #expect(!timeline.contains(replyToOutsider))
            let renamed = try await client.call(.put, "/api/v1/lists/\(id)", as: owner, form: ["title": "Core team", "replies_policy": "followed"])
            #expect(renamed.json["title"].string == "Core team")
            #expect(try await client.call(.put, "/api/v1/lists/\(id)", as: owner, form: ["replies_policy": "all"]).status == .unprocessableContent)
            #expect(try await client.call(.get, "/api/v1/lists/\(id)", as: other).status == .notFound)
            #expect(try await client.call(.get, "/api/v1/timelines/list/\(id)", as: other).status == .notFound)
            #expect(try await client.call(.delete, "/api/v1/lists/\(id)", as: other).status == .notFound)
            #expect(try await client.call(.delete, "/api/v1/lists/\(id)/accounts?account_ids[]=\(ann.id)", as: owner).status == .ok)
            #expect(try await client.call(.get, "/api/v1/lists/\(id)/accounts", as: owner).json.ids.isEmpty)
            #expect(try await client.call(.post, "/api/v1/lists", as: owner, form: ["title": " "]).status == .unprocessableContent)
            #expect(try await client.call(.delete, "/api/v1/lists/\(id)", as: owner).status == .ok)
            #expect(try await client.call(.get, "/api/v1/lists", as: owner).json.array.isEmpty)
        }
    }

    @Test("direct posts form conversations for their participants only, with unread state, read and hide")
    func conversations() async throws {
        try await withSocialApp(["ann", "bo", "cy"]) { client, members, _ in
            let (ann, bo, cy) = (try #require(members["ann"]), members["bo"]!, members["cy"]!)
            let first = try await client.post("@bo a private word", as: ann, visibility: "direct")
            let answer = try await client.post("@ann sure", as: bo, visibility: "direct", replyTo: first)
            let forBo = try await client.call(.get, "/api/v1/conversations", as: bo).json
            #expect(forBo.array.count == 1)
            #expect(forBo[0]["last_status"]["id"].string == answer)
            #expect(forBo[0]["accounts"].ids == [ann.id])
            #expect(forBo[0]["unread"].bool == true)
            #expect(try await client.call(.get, "/api/v1/conversations", as: cy).json.array.isEmpty)
            let id = try #require(forBo[0]["id"].string)
            #expect(try await client.call(.post, "/api/v1/conversations/\(id)/read", as: cy).status == .notFound)
            let read = try await client.call(.post, "/api/v1/conversations/\(id)/read", as: bo)
            #expect(read.json["unread"].bool == false)
            #expect(try await client.call(.delete, "/api/v1/conversations/\(id)", as: ann).status == .ok)
            #expect(try await client.call(.get, "/api/v1/conversations", as: ann).json.array.isEmpty)
            try await client.post("@ann one more", as: bo, visibility: "direct", replyTo: answer)
            #expect(try await client.call(.get, "/api/v1/conversations", as: ann).json.array.count == 1, "a new post brings a hidden conversation back")
            #expect(try await client.call(.get, "/api/v1/conversations", as: bo).json[0]["unread"].bool == false, "one's own post is not unread")
        }
    }
}
