import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
import WarbleTestSupport

@Suite("Markers, preferences, block and mute lists, and the features Warble does not have")
struct PreferencesTests {
    @Test("markers are saved per timeline, versioned, and read back; bad input is a 422")
    func markers() async throws {
        try await withSocialApp(["ana", "ben"]) { client, members, _ in
            let (ana, ben) = (try #require(members["ana"]), members["ben"]!)
            let saved = try await client.call(.post, "/api/v1/markers", as: ana, form: ["home[last_read_id]": "123"])
            #expect(saved.json["home"]["last_read_id"].string == "123")
            #expect(saved.json["home"]["version"].int == 1)
            let again = try await client.call(.post, "/api/v1/markers", as: ana, form: ["home[last_read_id]": "456", "notifications[last_read_id]": "7"])
            #expect(again.json["home"]["version"].int == 2)
            let read = try await client.call(.get, "/api/v1/markers?timeline[]=home&timeline[]=notifications&timeline[]=other", as: ana).json
            #expect(read["home"]["last_read_id"].string == "456")
            #expect(read["notifications"]["last_read_id"].string == "7")
            #expect(try await client.call(.get, "/api/v1/markers?timeline[]=home", as: ben).json == .object([:]))
            #expect(try await client.call(.post, "/api/v1/markers", as: ana, form: ["home[last_read_id]": "x"]).status == .badRequest)
            #expect(try await client.call(.post, "/api/v1/markers", as: ana, form: [:]).status == .unprocessableContent)
        }
    }

    @Test("the block and mute lists, preferences, and empty lists for absent features")
    func listsAndDefaults() async throws {
        try await withSocialApp(["ana", "ben", "cy"]) { client, members, _ in
            let (ana, ben, cy) = (try #require(members["ana"]), members["ben"]!, members["cy"]!)
            try await client.call(.post, "/api/v1/accounts/\(ben.id)/block", as: ana)
            try await client.call(.post, "/api/v1/accounts/\(cy.id)/mute", as: ana)
            #expect(try await client.call(.get, "/api/v1/blocks", as: ana).json.ids == [ben.id])
            #expect(try await client.call(.get, "/api/v1/mutes", as: ana).json.ids == [cy.id])
            #expect(try await client.call(.get, "/api/v1/preferences", as: ana).json["posting:default:visibility"].string == "public")
            #expect(try await client.call(.get, "/api/v1/custom_emojis", as: nil).json == .array([]))
            for path in ["v1/follow_requests", "v1/announcements", "v1/filters", "v2/filters", "v1/endorsements", "v1/featured_tags", "v1/domain_blocks", "v2/suggestions"] {
                #expect(try await client.call(.get, "/api/\(path)", as: ana).json == .array([]), "\(path)")
                #expect(try await client.call(.get, "/api/\(path)", as: nil).status == .unauthorized, "\(path)")
            }
        }
    }
}
