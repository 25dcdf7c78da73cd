import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WarbleTestSupport

/// Who may read what, through every read path: the post itself, its thread, the home,
/// organisation, hashtag and profile timelines, notifications, and writes that need to see it.
@Suite("Visibility on every read path")
struct VisibilityTests {
    /// `author` posts one post of each visibility, mentioning `mentioned`; `follower` follows the
    /// author, `stranger` does not, `blocked` is blocked by the author, `muter` follows and mutes.
    static let readers = ["follower", "stranger", "mentioned", "blocked"]

    /// Which readers may see each kind of post.
    static let entitled: [String: Set<String>] = [
        "public": ["follower", "stranger", "mentioned"],
        "unlisted": ["follower", "stranger", "mentioned"],
        "private": ["follower", "mentioned"],
        "direct": ["mentioned"],
    ]

    @Test("each reader sees exactly the posts they are entitled to, on every path")
    func matrix() async throws {
        try await withSocialApp(["author", "follower", "stranger", "mentioned", "blocked"]) { client, members, _ in
            let author = members["author"]!
            for name in ["follower", "blocked"] {
                #expect(try await client.call(.post, "/api/v1/accounts/\(author.id)/follow", as: members[name]!).status == .ok)
            }
            #expect(try await client.call(.post, "/api/v1/accounts/\(members["blocked"]!.id)/block", as: author).json["blocking"].bool == true)
            var posts: [String: String] = [:]
            for visibility in ["public", "unlisted", "private", "direct"] {
                posts[visibility] = try await client.post("\(visibility) for @mentioned #matrix", as: author, visibility: visibility)
            }
            let replyTarget = try await client.post("root", as: author)
            var replies: [String: String] = [:]
            for visibility in ["public", "unlisted", "private", "direct"] {
                replies[visibility] = try await client.post("reply \(visibility) @mentioned", as: author, visibility: visibility, replyTo: replyTarget)
            }

            for reader in Self.readers {
                let member = members[reader]!
                let home = Set(try await client.call(.get, "/api/v1/timelines/home?limit=40", as: member).json.ids)
                let organisation = Set(try await client.call(.get, "/api/v1/timelines/public?limit=40", as: member).json.ids)
                let tag = Set(try await client.call(.get, "/api/v1/timelines/tag/matrix", as: member).json.ids)
                let profile = try await client.call(.get, "/api/v1/accounts/\(author.id)/statuses?limit=40", as: member)
                let context = try await client.call(.get, "/api/v1/statuses/\(replyTarget)/context", as: member)
                let notified = Set(try await client.call(.get, "/api/v1/notifications", as: member).json.array.compactMap { $0["status"]["id"].string })
                for (visibility, id) in posts {
                    let allowed = Self.entitled[visibility]!.contains(reader)
                    let label = "\(reader) reading a \(visibility) post"
                    #expect((try await client.call(.get, "/api/v1/statuses/\(id)", as: member).status == .ok) == allowed, "\(label): GET")
                    #expect(profile.json.ids.contains(id) == allowed, "\(label): profile")
                    #expect(home.contains(id) == (allowed && (reader != "stranger" || visibility == "direct") && (reader != "mentioned" || ["private", "direct"].contains(visibility))), "\(label): home")
                    #expect(organisation.contains(id) == (allowed && visibility == "public"), "\(label): organisation timeline")
                    #expect(tag.contains(id) == (allowed && visibility == "public"), "\(label): hashtag timeline")
                    #expect(notified.contains(id) == (reader == "mentioned"), "\(label): notifications")
                    let favourite = try await client.call(.post, "/api/v1/statuses/\(id)/favourite", as: member)
                    #expect((favourite.status == .ok) == allowed, "\(label): favourite")
                    #expect((try await client.call(.get, "/api/v1/statuses/\(id)/favourited_by", as: member).status == .ok) == allowed, "\(label): favourited_by")
                    #expect((try await client.call(.get, "/api/v1/statuses/\(id)/context", as: member).status == .ok) == allowed, "\(label): context")
                }
                for (visibility, id) in replies {
                    let allowed = Self.entitled[visibility]!.contains(reader)
                    #expect(context.json["descendants"].ids.contains(id) == allowed, "\(reader) reading a \(visibility) reply in a thread")
                }
                #expect((context.status == .ok) == (reader != "blocked"))
            }
        }
    }

    @Test("reblogs: others may share only public and unlisted posts, and a reblog never widens who sees a post")
    func reblogs() async throws {
        try await withSocialApp(["author", "sharer", "reader"]) { client, members, _ in
            let (author, sharer, reader) = (members["author"]!, members["sharer"]!, members["reader"]!)
            try await client.call(.post, "/api/v1/accounts/\(author.id)/follow", as: sharer)
            try await client.call(.post, "/api/v1/accounts/\(sharer.id)/follow", as: reader)
            let open = try await client.post("open", as: author)
            let closed = try await client.post("followers only", as: author, visibility: "private")
            let reblog = try await client.call(.post, "/api/v1/statuses/\(open)/reblog", as: sharer)
            #expect(reblog.status == .ok)
            #expect(reblog.json["reblog"]["id"].string == open)
            #expect(reblog.json["reblog"]["reblogged"].bool == true)
            #expect(try await client.call(.post, "/api/v1/statuses/\(open)/reblog", as: sharer).json["id"] == reblog.json["id"], "reblogging twice is one reblog")
            #expect(try await client.call(.post, "/api/v1/statuses/\(closed)/reblog", as: sharer).status == .forbidden)
            #expect(try await client.call(.post, "/api/v1/statuses/\(closed)/reblog", as: author).status == .ok, "authors may share their own private posts")
            let home = try await client.call(.get, "/api/v1/timelines/home", as: reader).json
            #expect(home.array.map { $0["reblog"]["id"].string } == [open])
            #expect(try await client.call(.get, "/api/v1/statuses/\(closed)", as: reader).status == .notFound)
            let by = try await client.call(.get, "/api/v1/statuses/\(open)/reblogged_by", as: reader).json
            #expect(by.ids == [sharer.id])
            #expect(try await client.call(.get, "/api/v1/statuses/\(open)", as: reader).json["reblogs_count"].int == 1)
            #expect(try await client.call(.get, "/api/v1/notifications?types[]=reblog", as: author).json.array.count == 1)
            try await client.call(.post, "/api/v1/statuses/\(open)/unreblog", as: sharer)
            #expect(try await client.call(.get, "/api/v1/timelines/home", as: reader).json.array.isEmpty)
        }
    }

    @Test("a blocked reader cannot follow, see or act on the blocker's posts, and the block ends follows both ways")
    func blocks() async throws {
        try await withSocialApp(["author", "pest"]) { client, members, _ in
            let (author, pest) = (members["author"]!, members["pest"]!)
            try await client.call(.post, "/api/v1/accounts/\(author.id)/follow", as: pest)
            try await client.call(.post, "/api/v1/accounts/\(pest.id)/follow", as: author)
            let id = try await client.post("hello", as: author)
            try await client.call(.post, "/api/v1/accounts/\(pest.id)/block", as: author)
            let relationship = try await client.call(.get, "/api/v1/accounts/relationships?id[]=\(author.id)", as: pest).json[0]
            #expect(relationship["blocked_by"].bool == true)
            #expect(relationship["following"].bool == false)
            #expect(relationship["followed_by"].bool == false)
            #expect(try await client.call(.post, "/api/v1/accounts/\(author.id)/follow", as: pest).status == .forbidden)
            #expect(try await client.call(.get, "/api/v1/statuses/\(id)", as: pest).status == .notFound)
            #expect(try await client.call(.post, "/api/v1/statuses/\(id)/reblog", as: pest).status == .notFound)
            #expect(try await client.call(.post, "/api/v1/statuses", as: pest, form: ["status": "@author hi", "in_reply_to_id": id]).status == .notFound)
            try await client.post("@author you there?", as: pest)
            #expect(try await client.call(.get, "/api/v1/notifications", as: author).json.array.allSatisfy { $0["account"]["id"].string != pest.id })
            #expect(try await client.call(.get, "/api/v1/timelines/public", as: author).json.array.allSatisfy { $0["account"]["id"].string != pest.id })
        }
    }

    @Test("muting hides a person's posts from timelines and, when asked, their notifications")
    func mutes() async throws {
        try await withSocialApp(["reader", "loud"]) { client, members, _ in
            let (reader, loud) = (members["reader"]!, members["loud"]!)
            try await client.call(.post, "/api/v1/accounts/\(loud.id)/follow", as: reader)
            let id = try await client.post("noise", as: loud)
            let muted = try await client.call(.post, "/api/v1/accounts/\(loud.id)/mute", as: reader, form: ["notifications": "1"])
            #expect(muted.json["muting"].bool == true)
            #expect(muted.json["muting_notifications"].bool == true)
            try await client.post("@reader more noise", as: loud)
            #expect(try await client.call(.get, "/api/v1/timelines/home", as: reader).json.array.isEmpty)
            #expect(try await client.call(.get, "/api/v1/timelines/public", as: reader).json.array.isEmpty)
            #expect(try await client.call(.get, "/api/v1/statuses/\(id)", as: reader).status == .ok, "a muted person's post can still be opened")
            let kinds = try await client.call(.get, "/api/v1/notifications", as: reader).json.strings("type")
            #expect(!kinds.contains("mention"))
            try await client.call(.post, "/api/v1/accounts/\(loud.id)/unmute", as: reader)
            #expect(try await client.call(.get, "/api/v1/timelines/home", as: reader).json.ids.count == 2)
        }
    }

    @Test("a suspended author's posts disappear from every path")
    func suspended() async throws {
        try await withSocialApp(["author", "reader"]) { client, members, database in
            let (author, reader) = (members["author"]!, members["reader"]!)
            try await client.call(.post, "/api/v1/accounts/\(author.id)/follow", as: reader)
            let id = try await client.post("before suspension", as: author)
            try await database.withDatabase { try await $0.execute("UPDATE accounts SET suspended_at = now() WHERE id = \(Int64(author.id)!)") }
            #expect(try await client.call(.get, "/api/v1/statuses/\(id)", as: reader).status == .notFound)
            #expect(try await client.call(.get, "/api/v1/timelines/home", as: reader).json.array.isEmpty)
            #expect(try await client.call(.get, "/api/v1/timelines/public", as: reader).json.array.isEmpty)
            #expect(try await client.call(.get, "/api/v1/accounts/\(author.id)", as: reader).status == .notFound)
        }
    }
}
