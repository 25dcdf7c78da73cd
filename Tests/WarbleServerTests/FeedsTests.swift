import Foundation
import FoundationXML
import Hummingbird
import HummingbirdTesting
import Testing
import WarbleTestSupport

@Suite("Atom feeds")
struct FeedsTests {
    @Test("a person's, a hashtag's and an open group's feeds list public posts only, escaped, for signed-in readers")
    func feeds() async throws {
        try await withSocialApp(["ana", "ben"]) { client, members, _ in
            let (ana, ben) = (try #require(members["ana"]), members["ben"]!)
            try await client.post("Release notes <b>&</b> #launch", as: ana)
            try await client.post("followers only #launch", as: ana, visibility: "private")
            let group = try await client.call(.post, "/api/v1/warble/groups", as: ana, form: ["name": "Ops"]).json["id"].string!
            try await client.call(.post, "/api/v1/statuses", as: ana, form: ["status": "group news", "group_id": group])
            let closed = try await client.call(.post, "/api/v1/warble/groups", as: ana, form: ["name": "Board", "privacy": "closed"]).json["id"].string!
            try await client.call(.post, "/api/v1/statuses", as: ana, form: ["status": "board news", "group_id": closed])

            let feed = try await client.execute(uri: "/@ana.atom", method: .get, headers: ben.bearer) { $0 }
            #expect(feed.status == .ok)
            #expect(feed.headers[.contentType]?.hasPrefix("application/atom+xml") == true)
            let xml = String(buffer: feed.body)
            #expect(xml.hasPrefix("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
            #expect(xml.contains("Release notes &lt;b&gt;&amp;&lt;/b&gt;"))
            #expect(xml.contains("&amp;lt;b&amp;gt;"), "HTML content is escaped once more inside the XML")
            #expect(!xml.contains("followers only"))
            #expect(!xml.contains("board news"))
            #expect(xml.contains("<category term=\"launch\"/>"))
            #expect(try XMLDocument(xmlString: xml).rootElement()?.elements(forName: "entry").count == 2)

            let tagFeed = String(buffer: try await client.execute(uri: "/tags/launch.atom", method: .get, headers: ben.bearer) { $0.body })
            #expect(tagFeed.contains("Release notes") && !tagFeed.contains("followers only"))
            let groupFeed = String(buffer: try await client.execute(uri: "/groups/ops.atom", method: .get, headers: ben.bearer) { $0.body })
            #expect(groupFeed.contains("group news"))
            #expect(try await client.execute(uri: "/groups/board.atom", method: .get, headers: ben.bearer) { $0.status } == .notFound)
            #expect(try await client.execute(uri: "/@ana.atom", method: .get) { $0.status } == .unauthorized)
            #expect(try await client.execute(uri: "/@nobody.atom", method: .get, headers: ben.bearer) { $0.status } == .notFound)
            #expect(try await client.execute(uri: "/ana.atom", method: .get, headers: ben.bearer) { $0.status } == .notFound)
        }
    }
}
