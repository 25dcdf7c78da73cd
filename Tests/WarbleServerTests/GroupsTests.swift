import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WarbleStore
import WarbleTestSupport

@Suite("Groups: open, closed and secret, membership, admins and group timelines")
struct GroupsTests {
    static func create(_ client: some TestClientProtocol, _ member: Member, name: String, privacy: String) async throws -> String {
        let response = try await client.call(.post, "/api/v1/warble/groups", as: member, form: ["name": name, "privacy": privacy, "description": "About \(name)"])
        #expect(response.status == .ok, "\(response.json)")
        return response.json["id"].string ?? ""
    }

    @Test("an open group: anyone joins, posts reach members' home timelines and the organisation timeline")
    func openGroup() async throws {
        try await withSocialApp(["owner", "joiner", "outsider"]) { client, members, database in
            let (owner, joiner, outsider) = (try #require(members["owner"]), members["joiner"]!, members["outsider"]!)
            let created = try await client.call(.post, "/api/v1/warble/groups", as: owner, form: ["name": "Platform Team"])
            #expect(created.json["slug"].string == "platform-team")
            #expect(created.json["privacy"].string == "open")
            #expect(created.json["membership"]["role"].string == "admin")
            let id = try #require(created.json["id"].string)
            let joined = try await client.call(.post, "/api/v1/warble/groups/\(id)/join", as: joiner)
            #expect(joined.json["membership"]["state"].string == "active")
            #expect(joined.json["members_count"].int == 2)
            let post = try await client.call(.post, "/api/v1/statuses", as: owner, form: ["status": "Welcome to the group", "group_id": id])
            #expect(post.json["group"]["slug"].string == "platform-team")
            let postID = try #require(post.json["id"].string)
            #expect(try await client.call(.get, "/api/v1/timelines/home", as: joiner).json.ids == [postID])
            #expect(try await client.call(.get, "/api/v1/timelines/home", as: outsider).json.ids.isEmpty)
            #expect(try await client.call(.get, "/api/v1/timelines/public", as: outsider).json.ids == [postID])
            #expect(try await client.call(.get, "/api/v1/warble/groups/\(id)/statuses", as: outsider).json.ids == [postID])
            #expect(try await client.call(.post, "/api/v1/statuses", as: outsider, form: ["status": "not a member", "group_id": id]).status == .forbidden)
            let reply = try await client.call(.post, "/api/v1/statuses", as: outsider, form: ["status": "a reply joins the thread", "in_reply_to_id": postID])
            #expect(reply.json["group"]["id"].string == id, "a reply to a group post is in the group")
            #expect(try await client.call(.get, "/api/v1/warble/groups/\(id)/members", as: outsider).json.ids.sorted() == [owner.id, joiner.id].sorted())
            try await client.call(.post, "/api/v1/warble/groups/\(id)/leave", as: joiner)
            #expect(try await client.call(.get, "/api/v1/timelines/home", as: joiner).json.ids.isEmpty)
            let actions = try await database.withDatabase { try await AuditRepository(database: $0).recent().map(\.action) }
            #expect(actions.contains("group.created"))
        }
    }

    @Test("a closed group: everyone finds it, joining is a request a group admin approves, and only members read it")
    func closedGroup() async throws {
        try await withSocialApp(["owner", "applicant", "outsider"]) { client, members, _ in
            let (owner, applicant, outsider) = (try #require(members["owner"]), members["applicant"]!, members["outsider"]!)
            let id = try await Self.create(client, owner, name: "Deal Desk", privacy: "closed")
            let secretPost = try await client.post("pricing for the big deal", as: owner)
            let inGroup = try await client.call(.post, "/api/v1/statuses", as: owner, form: ["status": "group only #pricing", "group_id": id]).json["id"].string!
            #expect(try await client.call(.get, "/api/v1/warble/groups", as: outsider).json.strings("slug") == ["deal-desk"])
            #expect(try await client.call(.get, "/api/v1/statuses/\(inGroup)", as: outsider).status == .notFound)
            #expect(try await client.call(.get, "/api/v1/timelines/public", as: outsider).json.ids == [secretPost])
            #expect(try await client.call(.get, "/api/v1/timelines/tag/pricing", as: outsider).json.ids.isEmpty)
            #expect(try await client.call(.get, "/api/v2/search?q=group", as: outsider).json["statuses"].ids.isEmpty)
            #expect(try await client.call(.get, "/api/v1/warble/groups/\(id)/statuses", as: outsider).status == .forbidden)
            let requested = try await client.call(.post, "/api/v1/warble/groups/\(id)/join", as: applicant)
            #expect(requested.json["membership"]["state"].string == "pending")
            #expect(try await client.call(.get, "/api/v1/statuses/\(inGroup)", as: applicant).status == .notFound)
            #expect(try await client.call(.get, "/api/v1/warble/groups/\(id)/requests", as: applicant).status == .forbidden)
            #expect(try await client.call(.get, "/api/v1/warble/groups/\(id)/requests", as: owner).json.ids == [applicant.id])
            #expect(try await client.call(.post, "/api/v1/warble/groups/\(id)/requests/\(applicant.id)/authorize", as: applicant).status == .forbidden)
            #expect(try await client.call(.post, "/api/v1/warble/groups/\(id)/requests/\(applicant.id)/authorize", as: owner).status == .ok)
            #expect(try await client.call(.get, "/api/v1/statuses/\(inGroup)", as: applicant).status == .ok)
            #expect(try await client.call(.get, "/api/v1/timelines/home", as: applicant).json.ids == [inGroup])
            #expect(try await client.call(.post, "/api/v1/warble/groups/\(id)/leave", as: owner).status == .unprocessableContent, "the last admin stays")
            try await client.call(.post, "/api/v1/warble/groups/\(id)/admins/\(applicant.id)", as: owner)
            #expect(try await client.call(.post, "/api/v1/warble/groups/\(id)/leave", as: owner).status == .ok)
        }
    }

    @Test("a secret group is invisible to non-members, cannot be joined, and admins add people")
    func secretGroup() async throws {
        try await withSocialApp(["owner", "invitee", "outsider"]) { client, members, _ in
            let (owner, invitee, outsider) = (try #require(members["owner"]), members["invitee"]!, members["outsider"]!)
            let id = try await Self.create(client, owner, name: "M&A", privacy: "secret")
            #expect(try await client.call(.get, "/api/v1/warble/groups", as: outsider).json.array.isEmpty)
            #expect(try await client.call(.get, "/api/v1/warble/groups/\(id)", as: outsider).status == .notFound)
            #expect(try await client.call(.post, "/api/v1/warble/groups/\(id)/join", as: outsider).status == .notFound)
            #expect(try await client.call(.post, "/api/v1/statuses", as: outsider, form: ["status": "x", "group_id": id]).status == .notFound)
            #expect(try await client.call(.post, "/api/v1/warble/groups/\(id)/members/\(invitee.id)", as: outsider).status == .notFound)
            #expect(try await client.call(.post, "/api/v1/warble/groups/\(id)/members/\(invitee.id)", as: owner).json["members_count"].int == 2)
            #expect(try await client.call(.get, "/api/v1/warble/groups?member=true", as: invitee).json.strings("slug") == ["m-a"])
            let post = try await client.call(.post, "/api/v1/statuses", as: invitee, form: ["status": "target list", "group_id": id]).json["id"].string!
            #expect(try await client.call(.get, "/api/v1/statuses/\(post)", as: owner).status == .ok)
            #expect(try await client.call(.get, "/api/v1/statuses/\(post)", as: outsider).status == .notFound)
            #expect(try await client.call(.delete, "/api/v1/warble/groups/\(id)/members/\(invitee.id)", as: owner).status == .ok)
            #expect(try await client.call(.get, "/api/v1/statuses/\(post)", as: invitee).status == .notFound, "a removed member loses access")
        }
    }

    @Test("bad group input is refused with 422s, and slugs are unique")
    func refusals() async throws {
        try await withSocialApp(["owner"]) { client, members, _ in
            let owner = try #require(members["owner"])
            _ = try await Self.create(client, owner, name: "Ops", privacy: "open")
            let cases: [[String: String]] = [
                ["name": ""], ["name": String(repeating: "n", count: 101)], ["name": "X", "privacy": "hidden"],
                ["name": "X", "slug": "Bad Slug"], ["name": "Ops"], ["name": "X", "description": String(repeating: "d", count: 2001)],
            ]
            for form in cases {
                #expect(try await client.call(.post, "/api/v1/warble/groups", as: owner, form: form).status == .unprocessableContent, "\(form)")
            }
            #expect(try await client.call(.get, "/api/v1/warble/groups/abc", as: owner).status == .notFound)
            #expect(try await client.call(.get, "/api/v1/warble/groups/1", as: owner).status == .notFound)
        }
    }
}
