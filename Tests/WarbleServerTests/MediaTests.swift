import Foundation
import Hummingbird
import HummingbirdTesting
import Testing
@testable import WarbleServer
import WarbleTestSupport

@Suite("Uploads, attachments and signed file links")
struct MediaTests {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8) + [0, 0, 0, 4, 0, 0, 0, 2, 8, 6, 0, 0, 0, 1, 2, 3]

    static func multipart(_ file: [UInt8], name: String = "photo.png", description: String? = nil, boundary: String = "warble-boundary") -> (HTTPFields, ByteBuffer) {
        var body = Array("--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(name)\"\r\nContent-Type: application/octet-stream\r\n\r\n".utf8)
        body += file
        if let description {
            body += Array("\r\n--\(boundary)\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\n\(description)".utf8)
        }
        body += Array("\r\n--\(boundary)--\r\n".utf8)
        return ([.contentType: "multipart/form-data; boundary=\(boundary)"], ByteBuffer(bytes: body))
    }

    static func upload(_ client: some TestClientProtocol, _ member: Member, _ file: [UInt8], name: String = "photo.png", description: String? = nil) async throws -> APIResponse {
        var (headers, body) = multipart(file, name: name, description: description)
        headers.append(contentsOf: member.bearer)
        return try await client.execute(uri: "/api/v2/media", method: .post, headers: headers, body: body) { response in
            APIResponse(status: response.status, headers: response.headers, json: try JSON(Data(buffer: response.body)))
        }
    }

    /// The path and query of an absolute link the server made.
    static func path(_ url: String?) -> String {
        guard let url, let components = URLComponents(string: url) else { return "/" }
        return components.percentEncodedPath + "?" + (components.percentEncodedQuery ?? "")
    }

    @Test("an image is sniffed, measured, described, attached, and served only through a genuine link to those who may see the post")
    func imageLifecycle() async throws {
        try await withSocialApp(["ana", "ben", "cy"]) { client, members, _ in
            let (ana, ben, cy) = (try #require(members["ana"]), members["ben"]!, members["cy"]!)
            let uploaded = try await Self.upload(client, ana, Self.png, name: "../../etc/passwd", description: "A tiny test image")
            #expect(uploaded.status == .ok, "\(uploaded.json)")
            #expect(uploaded.json["type"].string == "image")
            #expect(uploaded.json["meta"]["original"]["width"].int == 4)
            #expect(uploaded.json["description"].string == "A tiny test image")
            let mediaID = try #require(uploaded.json["id"].string)
            #expect(uploaded.json["url"].string?.contains("/media/\(mediaID)/passwd.png?") == true)

            let post = try await client.call(.post, "/api/v1/statuses", as: ana, form: ["status": "@ben look", "visibility": "direct", "media_ids[]": mediaID])
            #expect(post.status == .ok, "\(post.json)")
            #expect(post.json["media_attachments"].ids == [mediaID])
            let postID = try #require(post.json["id"].string)
            let forBen = try await client.call(.get, "/api/v1/statuses/\(postID)", as: ben)
            let link = Self.path(forBen.json["media_attachments"][0]["url"].string)
            let file = try await client.execute(uri: link, method: .get) { $0 }
            #expect(file.status == .ok)
            #expect(Array(buffer: file.body) == Self.png)
            #expect(file.headers[.contentType] == "image/png")
            #expect(file.headers[.init("X-Content-Type-Options")!] == "nosniff")
            #expect(file.headers[.contentDisposition]?.hasPrefix("inline") == true)

            let asCy = link.replacingOccurrences(of: "viewer=\(ben.id)", with: "viewer=\(cy.id)")
            #expect(try await client.execute(uri: asCy, method: .get) { $0.status } == .notFound, "a link is bound to its reader")
            let tampered = String(link.dropLast()) + (link.hasSuffix("0") ? "1" : "0")
            #expect(try await client.execute(uri: tampered, method: .get) { $0.status } == .notFound)
            #expect(try await client.execute(uri: "/media/\(mediaID)/passwd.png", method: .get) { $0.status } == .notFound)
            try await client.call(.delete, "/api/v1/statuses/\(postID)", as: ana)
            #expect(try await client.execute(uri: link, method: .get) { $0.status } == .notFound, "a deleted post's files stop being served")

            #expect(try await client.call(.post, "/api/v1/statuses", as: ana, form: ["status": "again", "media_ids[]": mediaID]).status == .unprocessableContent)
            let other = try await Self.upload(client, cy, Self.png)
            let foreign = try #require(other.json["id"].string)
            #expect(try await client.call(.post, "/api/v1/statuses", as: ana, form: ["status": "not mine", "media_ids[]": foreign]).status == .unprocessableContent)
            #expect(try await client.call(.get, "/api/v1/media/\(foreign)", as: ana).status == .notFound)
            let described = try await client.call(.put, "/api/v1/media/\(foreign)", as: cy, form: ["description": "new words"])
            #expect(described.json["description"].string == "new words")
            let onlyMedia = try await client.call(.post, "/api/v1/statuses", as: cy, form: ["status": "", "media_ids[]": foreign])
            #expect(onlyMedia.status == .ok, "a post with a file needs no text")
            try await client.post("words only", as: cy)
            let withFiles = try await client.call(.get, "/api/v1/accounts/\(cy.id)/statuses?only_media=true", as: ana)
            #expect(withFiles.json.ids == [onlyMedia.json["id"].string ?? ""])
        }
    }

    @Test("unsupported, empty, oversized and malformed uploads are refused")
    func refusals() async throws {
        try await withSocialApp(["ana"], maxMediaSize: 2048) { client, members, _ in
            let ana = try #require(members["ana"])
            let svg = Array("<svg xmlns='http://www.w3.org/2000/svg'><script>alert(1)</script></svg>".utf8)
            #expect(try await Self.upload(client, ana, svg, name: "cat.png").status == .unprocessableContent)
            #expect(try await Self.upload(client, ana, [0x7F, 0x45, 0x4C, 0x46, 2, 1], name: "tool.pdf").status == .unprocessableContent)
            #expect(try await Self.upload(client, ana, [], name: "empty.txt").status == .unprocessableContent)
            #expect(try await Self.upload(client, ana, Self.png + [UInt8](repeating: 0, count: 4096)).status == .contentTooLarge)
            let tooLong = try await Self.upload(client, ana, Self.png, description: String(repeating: "d", count: 1501))
            #expect(tooLong.status == .unprocessableContent)
            let document = try await Self.upload(client, ana, Array("%PDF-1.4\n%…".utf8), name: "minutes")
            #expect(document.json["type"].string == "unknown")
            #expect(document.json["url"].string?.contains("/minutes.pdf?") == true)
            let broken = try await client.execute(
                uri: "/api/v2/media", method: .post,
                headers: ana.bearer + [.contentType: "multipart/form-data; boundary=xyz"], body: ByteBuffer(string: "--xyz\r\nno headers end")
            ) { $0.status }
            #expect(broken == .badRequest)
            let notMultipart = try await client.call(.post, "/api/v2/media", as: ana, form: ["file": "x"])
            #expect(notMultipart.status == .unprocessableContent)
            let manyIDs = (1...5).map { "media_ids[]=\($0)" }.joined(separator: "&")
            let tooMany = try await client.execute(uri: "/api/v1/statuses", method: .post, headers: ana.bearer + [.contentType: "application/x-www-form-urlencoded"],
                                                   body: ByteBuffer(string: "status=x&\(manyIDs)")) { $0.status }
            #expect(tooMany == .unprocessableContent)
        }
    }

    @Test("multipart parsing: quoted boundaries, several parts, and plain fields for ordinary forms")
    func multipartParsing() throws {
        #expect(MultipartForm.boundary(contentType: "multipart/form-data; boundary=\"a b\"") == "a b")
        #expect(MultipartForm.boundary(contentType: "application/json") == nil)
        let body = Array("preamble\r\n--b\r\nContent-Disposition: form-data; name=\"status\"\r\n\r\nhello\r\nworld\r\n--b\r\nContent-Disposition: form-data; name=\"media_ids[]\"\r\n\r\n7\r\n--b--\r\n".utf8)
        let form = try MultipartForm(body: body, boundary: "b")
        #expect(form["status"]?.text == "hello\r\nworld")
        #expect(ClientBodyDecoder.formEncoded(form) == "status=hello%0D%0Aworld&media_ids%5B%5D=7")
        #expect(throws: MultipartForm.Malformed.self) { try MultipartForm(body: Array("--b\r\nContent-Disposition: form-data\r\n\r\nx\r\n--b--".utf8), boundary: "b") }
        #expect(throws: MultipartForm.Malformed.self) { try MultipartForm(body: Array("no boundary".utf8), boundary: "b") }
    }
}

extension HTTPFields {
    static func + (left: HTTPFields, right: HTTPFields) -> HTTPFields {
        var all = left
        all.append(contentsOf: right)
        return all
    }
}
