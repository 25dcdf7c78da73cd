import Foundation
import HTTPTypes
import HummingbirdTesting
import Testing
import WarbleTestSupport

@Suite("DLP on posting and editing: block, warn with confirmation, flag")
struct DLPStatusesTests {
    static let dlpHeader = HTTPField.Name("Warble-DLP")!

    @Test("a valid card number is blocked with the configured message, audited by rule only, and nothing is stored")
    func blocksCardNumber() async throws {
        try await withSocialApp(["ada"]) { client, members, database in
            // setup
            let ada = try #require(members["ada"])
            let message = try DLPTestSupport.shippedMessage("payment-card")
            // act
            let response = try await client.call(.post, "/api/v1/statuses", as: ada, form: ["status": "my card is \(DLPTestSupport.cardNumber), thanks"])
            // validate
            #expect(response.status == .unprocessableContent)
            #expect(response.json["error"].string == message)
            #expect(response.json["error_description"].string?.contains("payment-card") == true)
            #expect(response.headers[Self.dlpHeader] == "block")
            #expect(try await DLPTestSupport.postCount(of: ada, in: database) == 0)
            let blocked = try await DLPTestSupport.audited("dlp.blocked", in: database)
            #expect(blocked.map(\.details["rules"]) == ["payment-card"])
            #expect(blocked.first?.actorAccountID == Int64(ada.id))
            #expect(try await DLPTestSupport.audited("post.created", in: database).isEmpty)
            #expect(try await !DLPTestSupport.recordedText(in: database).contains("1111 1111"))
        }
    }

    @Test("a number that fails the Luhn check posts; so does text with nothing to find")
    func passesLookAlikes() async throws {
        try await withSocialApp(["ada"]) { client, members, database in
            // setup
            let ada = try #require(members["ada"])
            // act
            let id = try await client.post("order \(DLPTestSupport.notACardNumber) shipped", as: ada)
            let plain = try await client.post("lunch at noon?", as: ada)
            // validate
            #expect(!id.isEmpty && !plain.isEmpty)
            #expect(try await DLPTestSupport.postCount(of: ada, in: database) == 2)
            #expect(try await DLPTestSupport.audited("dlp.*", in: database).isEmpty)
        }
    }

    @Test("an edit that adds a card number is refused and the post keeps its text; the content warning is checked too")
    func blocksOnEditAndSpoiler() async throws {
        try await withSocialApp(["ada"]) { client, members, database in
            // setup
            let ada = try #require(members["ada"])
            let id = try await client.post("first version", as: ada)
            // act
            let edit = try await client.call(.put, "/api/v1/statuses/\(id)", as: ada, form: ["status": "card \(DLPTestSupport.cardNumber)"])
            let spoiler = try await client.call(.post, "/api/v1/statuses", as: ada, form: ["status": "see the warning", "spoiler_text": DLPTestSupport.cardNumber])
            let editedSpoiler = try await client.call(.put, "/api/v1/statuses/\(id)", as: ada, form: ["spoiler_text": "card \(DLPTestSupport.cardNumber)"])
            // validate
            #expect(edit.status == .unprocessableContent)
            #expect(edit.json["error"].string == (try DLPTestSupport.shippedMessage("payment-card")))
            #expect(spoiler.status == .unprocessableContent)
            #expect(editedSpoiler.status == .unprocessableContent)
            let source = try await client.call(.get, "/api/v1/statuses/\(id)/source", as: ada)
            #expect(source.json["text"].string == "first version")
            #expect(source.json["spoiler_text"].string == "")
            #expect(try await client.call(.get, "/api/v1/statuses/\(id)/history", as: ada).json.array.count == 1)
            #expect(try await DLPTestSupport.postCount(of: ada, in: database) == 1)
            let blocked = try await DLPTestSupport.audited("dlp.blocked", in: database)
            #expect(blocked.count == 3)
            #expect(blocked.compactMap(\.target).sorted() == ["post:\(id)", "post:\(id)"])
        }
    }

    @Test("a warning refuses the post until the author confirms; the confirmed post is stored and audited")
    func warnsUntilConfirmed() async throws {
        try await withSocialApp(["ada"]) { client, members, database in
            // setup
            let ada = try #require(members["ada"])
            let text = "the staging password: hunter2-staging"
            // act
            let warned = try await client.call(.post, "/api/v1/statuses", as: ada, form: ["status": text])
            let declined = try await client.call(.post, "/api/v1/statuses", as: ada, form: ["status": text, "dlp_confirmed": "false"])
            let badConfirmation = try await client.call(.post, "/api/v1/statuses", as: ada, form: ["status": text, "dlp_confirmed": "maybe"])
            let countBefore = try await DLPTestSupport.postCount(of: ada, in: database)
            let confirmed = try await client.call(.post, "/api/v1/statuses", as: ada, form: ["status": text, "dlp_confirmed": "true"])
            // validate
            #expect(warned.status == .unprocessableContent)
            #expect(warned.json["error"].string == (try DLPTestSupport.shippedMessage("password-assignment")))
            #expect(warned.json["error_description"].string?.contains("dlp_confirmed=true") == true)
            #expect(warned.json["error_description"].string?.contains("password-assignment") == true)
            #expect(warned.headers[Self.dlpHeader] == "warn")
            #expect(declined.status == .unprocessableContent)
            #expect(badConfirmation.status == .badRequest)
            #expect(countBefore == 0)
            #expect(confirmed.status == .ok)
            let id = try #require(confirmed.json["id"].string)
            let audited = try await DLPTestSupport.audited("dlp.warned_confirmed", in: database)
            #expect(audited.map(\.target) == ["post:\(id)"])
            #expect(audited.first?.details["rules"] == "password-assignment")
            #expect(try await !DLPTestSupport.recordedText(in: database).contains("hunter2"))
            #expect(try await DLPTestSupport.audited("dlp.flagged", in: database).isEmpty, "a confirmed warning is not queued")
        }
    }

    @Test("an edit that triggers a warning needs the same confirmation")
    func warnsOnEdit() async throws {
        try await withSocialApp(["ada"]) { client, members, database in
            // setup
            let ada = try #require(members["ada"])
            let id = try await client.post("draft", as: ada)
            // act
            let warned = try await client.call(.put, "/api/v1/statuses/\(id)", as: ada, form: ["status": "pwd=letmein"])
            let confirmed = try await client.call(.put, "/api/v1/statuses/\(id)", as: ada, form: ["status": "pwd=letmein", "dlp_confirmed": "1"])
            // validate
            #expect(warned.status == .unprocessableContent)
            #expect(confirmed.status == .ok)
            let source = try await client.call(.get, "/api/v1/statuses/\(id)/source", as: ada)
            #expect(source.json["text"].string == "pwd=letmein")
            #expect(try await DLPTestSupport.audited("dlp.warned_confirmed", in: database).map(\.target) == ["post:\(id)"])
        }
    }

    @Test("a rule scoped to a group and a visibility applies to those posts only, and to replies in the group")
    func scopedRule() async throws {
        // setup
        let folder = try TestPolicies.folder(dlp: """
            version: 1
            rules:
              - name: client-codes
                pattern: '\\bCLT-\\d{6}\\b'
                scope:
                  visibilities: [public]
                  groups: [deal-desk]
                action: block
                message: "Client codes stay out of the deal desk's public posts."
            """)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await withSocialApp(["ada", "ben"], policies: folder.path) { client, members, _ in
            let (ada, ben) = (try #require(members["ada"]), try #require(members["ben"]))
            let group = try await GroupsTests.create(client, ada, name: "Deal Desk", privacy: "open")
            let root = try await client.call(.post, "/api/v1/statuses", as: ada, form: ["status": "kick-off", "group_id": group])
            let rootID = try #require(root.json["id"].string)
            // act
            let inGroup = try await client.call(.post, "/api/v1/statuses", as: ada, form: ["status": "deal CLT-123456", "group_id": group])
            let privateInGroup = try await client.call(.post, "/api/v1/statuses", as: ada, form: ["status": "deal CLT-123456", "group_id": group, "visibility": "private"])
            let outside = try await client.call(.post, "/api/v1/statuses", as: ada, form: ["status": "deal CLT-123456"])
            let reply = try await client.call(.post, "/api/v1/statuses", as: ada, form: ["status": "re CLT-123456", "in_reply_to_id": rootID])
            let notMember = try await client.call(.post, "/api/v1/statuses", as: ben, form: ["status": "deal CLT-123456", "group_id": group])
            // validate
            #expect(inGroup.status == .unprocessableContent)
            #expect(inGroup.json["error"].string == "Client codes stay out of the deal desk's public posts.")
            #expect(privateInGroup.status == .ok)
            #expect(outside.status == .ok)
            #expect(reply.status == .unprocessableContent, "a reply to a group post is in the group")
            #expect(notMember.status == .forbidden, "a non-member is refused for membership, not by DLP")
        }
    }
}
