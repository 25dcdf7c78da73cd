import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WarbleTestSupport

@Suite("Follows, profiles, hashtags, bookmarks, pins and notifications")
struct SocialGraphTests {
    @Test("following fills the home timeline with recent posts; unfollowing empties it; counts and lists follow")
    func follows() async throws {
        try await withSocialApp(["ana", "ben", "cy"]) { client, members, _ in
            let (ana, ben, cy) = (members["ana"]!, members["ben"]!, members["cy"]!)
            let earlier = try await client.post("before the follow", as: ben)
            let followed = try await client.call(.post, "/api/v1/accounts/\(ben.id)/follow", as: ana)
            #expect(followed.json["following"].bool == true)
            try await client.call(.post, "/api/v1/accounts/\(ben.id)/follow", as: cy)
            let later = try await client.post("after the follow", as: ben)
            #expect(try await client.call(.get, "/api/v1/timelines/home", as: ana).json.ids == [later, earlier])
            let profile = try await client.call(.get, "/api/v1/accounts/\(ben.id)", as: ana).json
            #expect(profile["followers_count"].int == 2)
            #expect(profile["statuses_count"].int == 2)
            #expect(try await client.call(.get, "/api/v1/accounts/\(ben.id)/followers", as: ana).json.ids.sorted() == [ana.id, cy.id].sorted())
            #expect(try await client.call(.get, "/api/v1/accounts/\(ana.id)/following", as: ben).json.ids == [ben.id])
            let notifications = try await client.call(.get, "/api/v1/notifications?types[]=follow", as: ben).json
            #expect(Set(notifications.array.compactMap { $0["account"]["username"].string }) == ["ana", "cy"])
            #expect(notifications[0]["status"].isNull)
            let relationships = try await client.call(.get, "/api/v1/accounts/relationships?id[]=\(ben.id)&id[]=\(cy.id)&id[]=999", as: ana).json
            #expect(relationships.array.map { $0["following"].bool } == [true, false])
            #expect(try await client.call(.post, "/api/v1/accounts/\(ana.id)/follow", as: ana).status == .forbidden)
            #expect(try await client.call(.post, "/api/v1/accounts/424242/follow", as: ana).status == .notFound)
            try await client.call(.post, "/api/v1/accounts/\(ben.id)/unfollow", as: ana)
            #expect(try await client.call(.get, "/api/v1/timelines/home", as: ana).json.array.isEmpty)
            #expect(try await client.call(.get, "/api/v1/accounts/\(ben.id)", as: ana).json["followers_count"].int == 1)
        }
    }

    @Test("look-up and search find active people by handle, name or email")
    func lookupAndSearch() async throws {
        try await withSocialApp(["ana", "anabel", "ben"]) { client, members, _ in
            let ana = try #require(members["ana"])
            #expect(try await client.call(.get, "/api/v1/accounts/lookup?acct=ben", as: ana).json["id"].string == members["ben"]!.id)
            #expect(try await client.call(.get, "/api/v1/accounts/lookup?acct=@BEN@127.0.0.1", as: ana).json["username"].string == "ben")
            for bad in ["nobody", "ben@elsewhere.example", "", "a%20b", "ben@x@y"] {
                #expect(try await client.call(.get, "/api/v1/accounts/lookup?acct=\(bad)", as: ana).status == .notFound, "\(bad)")
            }
            #expect(try await client.call(.get, "/api/v1/accounts/search?q=ana", as: ana).json.strings("username") == ["ana", "anabel"])
            #expect(try await client.call(.get, "/api/v1/accounts/search?q=ana&limit=1&offset=1", as: ana).json.strings("username") == ["anabel"])
            #expect(try await client.call(.get, "/api/v1/accounts/search?q=ana&following=true", as: ana).json.array.isEmpty)
            #expect(try await client.call(.get, "/api/v1/accounts/search?q=%25", as: ana).json.array.isEmpty, "LIKE wildcards are literal")
            #expect(try await client.call(.get, "/api/v1/accounts/abc", as: ana).status == .notFound)
        }
    }

    @Test("pages: max_id, since_id, min_id and limit, with Link headers that reach every post once")
    func pagination() async throws {
        try await withSocialApp(["ana"]) { client, members, _ in
            let ana = members["ana"]!
            var ids: [String] = []
            for number in 1...7 { ids.append(try await client.post("post \(number)", as: ana)) }
            let newest = Array(ids.reversed())
            let first = try await client.call(.get, "/api/v1/timelines/home?limit=3", as: ana)
            #expect(first.json.ids == Array(newest[0..<3]))
            let link = try #require(first.headers[.init("Link")!])
            #expect(link.contains("max_id=\(newest[2])>; rel=\"next\""))
            #expect(link.contains("min_id=\(newest[0])>; rel=\"prev\""))
            #expect(link.contains("limit=3"))
            var seen: [String] = []
            var next: String? = "/api/v1/timelines/home?limit=3"
            while let uri = next {
                let page = try await client.call(.get, uri, as: ana)
                seen += page.json.ids
                next = page.headers[.init("Link")!].flatMap { header in
                    header.split(separator: ",").first { $0.contains("rel=\"next\"") }
                        .flatMap { $0.split(separator: "<").last?.split(separator: ">").first }
                        .map { String($0).replacingOccurrences(of: "http://127.0.0.1:8080", with: "") }
                }
                if page.json.array.isEmpty { next = nil }
            }
            #expect(seen == newest)
            #expect(try await client.call(.get, "/api/v1/timelines/home?since_id=\(ids[3])", as: ana).json.ids == Array(newest[0..<3]))
            #expect(try await client.call(.get, "/api/v1/timelines/home?min_id=\(ids[3])&limit=2", as: ana).json.ids == [ids[5], ids[4]])
            #expect(try await client.call(.get, "/api/v1/timelines/home?max_id=\(ids[3])&since_id=\(ids[0])", as: ana).json.ids == [ids[2], ids[1]])
            #expect(try await client.call(.get, "/api/v1/timelines/home?limit=0", as: ana).json.array.count == 1)
            #expect(try await client.call(.get, "/api/v1/timelines/home?limit=1000", as: ana).json.array.count == 7)
            #expect(try await client.call(.get, "/api/v1/timelines/home?max_id=abc", as: ana).status == .badRequest)
            let empty = try await client.call(.get, "/api/v1/timelines/home?since_id=\(newest[0])", as: ana)
            #expect(empty.json.array.isEmpty)
            #expect(empty.headers[.init("Link")!] == nil)
        }
    }

    @Test("hashtags: normalised timelines, follow puts tagged public posts on home, and tag info")
    func hashtags() async throws {
        try await withSocialApp(["ana", "ben"]) { client, members, _ in
            let (ana, ben) = (members["ana"]!, members["ben"]!)
            let followedTag = try await client.call(.post, "/api/v1/tags/Release/follow", as: ana)
            #expect(followedTag.json["following"].bool == true)
            #expect(followedTag.json["name"].string == "release")
            let tagged = try await client.post("shipping #RELEASE today", as: ben)
            try await client.post("quiet #release", as: ben, visibility: "unlisted")
            #expect(try await client.call(.get, "/api/v1/timelines/home", as: ana).json.ids == [tagged])
            #expect(try await client.call(.get, "/api/v1/timelines/tag/Release", as: ana).json.ids == [tagged])
            let info = try await client.call(.get, "/api/v1/tags/release", as: ben).json
            #expect(info["following"].bool == false)
            #expect(info["history"][0]["uses"].string == "2")
            #expect(info["history"].array.count == 7)
            #expect(try await client.call(.get, "/api/v1/followed_tags", as: ana).json.strings("name") == ["release"])
            try await client.call(.post, "/api/v1/tags/release/unfollow", as: ana)
            #expect(try await client.call(.get, "/api/v1/followed_tags", as: ana).json.array.isEmpty)
            for bad in ["123", "a-b", "%3Cscript%3E"] {
                #expect(try await client.call(.get, "/api/v1/timelines/tag/\(bad)", as: ana).status == .notFound, "\(bad)")
            }
        }
    }

    @Test("bookmarks and favourites lists, pins on the profile, and their limits")
    func bookmarksFavouritesPins() async throws {
        try await withSocialApp(["ana", "ben"]) { client, members, _ in
            let (ana, ben) = (members["ana"]!, members["ben"]!)
            let one = try await client.post("one", as: ben)
            let two = try await client.post("two", as: ben)
            try await client.call(.post, "/api/v1/statuses/\(two)/bookmark", as: ana)
            let bookmarked = try await client.call(.post, "/api/v1/statuses/\(one)/bookmark", as: ana)
            #expect(bookmarked.json["bookmarked"].bool == true)
            #expect(try await client.call(.get, "/api/v1/bookmarks", as: ana).json.ids == [one, two], "most recently bookmarked first")
            try await client.call(.post, "/api/v1/statuses/\(one)/unbookmark", as: ana)
            #expect(try await client.call(.get, "/api/v1/bookmarks", as: ana).json.ids == [two])
            let favourited = try await client.call(.post, "/api/v1/statuses/\(one)/favourite", as: ana)
            #expect(favourited.json["favourited"].bool == true)
            #expect(favourited.json["favourites_count"].int == 1)
            #expect(try await client.call(.get, "/api/v1/favourites", as: ana).json.ids == [one])
            #expect(try await client.call(.get, "/api/v1/statuses/\(one)/favourited_by", as: ben).json.ids == [ana.id])
            let unfavourited = try await client.call(.post, "/api/v1/statuses/\(one)/unfavourite", as: ana)
            #expect(unfavourited.json["favourites_count"].int == 0)

            #expect(try await client.call(.post, "/api/v1/statuses/\(one)/pin", as: ana).status == .forbidden, "only one's own posts")
            #expect(try await client.call(.post, "/api/v1/statuses/\(one)/pin", as: ben).json["pinned"].bool == true)
            #expect(try await client.call(.get, "/api/v1/accounts/\(ben.id)/statuses?pinned=true", as: ana).json.ids == [one])
            for number in 1...4 {
                let id = try await client.post("pin \(number)", as: ben)
                #expect(try await client.call(.post, "/api/v1/statuses/\(id)/pin", as: ben).status == .ok)
            }
            let sixth = try await client.post("one too many", as: ben)
            #expect(try await client.call(.post, "/api/v1/statuses/\(sixth)/pin", as: ben).status == .forbidden)
            let direct = try await client.post("@ana secret", as: ben, visibility: "direct")
            #expect(try await client.call(.post, "/api/v1/statuses/\(direct)/pin", as: ben).status == .forbidden)
            try await client.call(.post, "/api/v1/statuses/\(one)/unpin", as: ben)
            #expect(try await client.call(.get, "/api/v1/accounts/\(ben.id)/statuses?pinned=true", as: ana).json.ids.count == 4)
            #expect(try await client.call(.get, "/api/v1/accounts/\(ben.id)/statuses?exclude_replies=true&limit=40", as: ana).json.ids.count == 8)
        }
    }

    @Test("notifications: one, filtered, dismissed, cleared; never another person's")
    func notifications() async throws {
        try await withSocialApp(["ana", "ben"]) { client, members, _ in
            let (ana, ben) = (members["ana"]!, members["ben"]!)
            let post = try await client.post("hello", as: ana)
            try await client.call(.post, "/api/v1/statuses/\(post)/favourite", as: ben)
            try await client.call(.post, "/api/v1/accounts/\(ana.id)/follow", as: ben)
            try await client.post("@ana ping", as: ben)
            let all = try await client.call(.get, "/api/v1/notifications", as: ana).json
            #expect(all.array.compactMap { $0["type"].string } == ["mention", "follow", "favourite"])
            #expect(try await client.call(.get, "/api/v1/notifications?exclude_types[]=mention&exclude_types[]=follow", as: ana).json.array.count == 1)
            #expect(try await client.call(.get, "/api/v1/notifications?types[]=poll", as: ana).json.array.isEmpty)
            let id = try #require(all[0]["id"].string)
            #expect(try await client.call(.get, "/api/v1/notifications/\(id)", as: ana).json["type"].string == "mention")
            #expect(try await client.call(.get, "/api/v1/notifications/\(id)", as: ben).status == .notFound)
            #expect(try await client.call(.post, "/api/v1/notifications/\(id)/dismiss", as: ben).status == .notFound)
            #expect(try await client.call(.post, "/api/v1/notifications/\(id)/dismiss", as: ana).status == .ok)
            #expect(try await client.call(.get, "/api/v1/notifications", as: ana).json.array.count == 2)
            #expect(try await client.call(.post, "/api/v1/notifications/clear", as: ana).status == .ok)
            #expect(try await client.call(.get, "/api/v1/notifications", as: ana).json.array.isEmpty)
        }
    }

    @Test("a read-only token cannot write, and a token without 'follow' cannot follow")
    func scopes() async throws {
        try await withSocialApp(["ana", "ben"]) { client, members, testDatabase in
            let readOnly = try await Members.make(["reader"], in: testDatabase, scopes: ["read"])["reader"]!
            let post = try await client.post("hi", as: members["ana"]!)
            #expect(try await client.call(.post, "/api/v1/statuses", as: readOnly, form: ["status": "x"]).status == .forbidden)
            #expect(try await client.call(.post, "/api/v1/statuses/\(post)/favourite", as: readOnly).status == .forbidden)
            #expect(try await client.call(.post, "/api/v1/accounts/\(members["ana"]!.id)/follow", as: readOnly).status == .forbidden)
            #expect(try await client.call(.get, "/api/v1/timelines/home", as: readOnly).status == .ok)
        }
    }
}
