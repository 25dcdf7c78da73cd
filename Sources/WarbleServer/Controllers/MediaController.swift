import Crypto
import Foundation
import Hummingbird
import Logging
import WarbleCore
import WarbleStore

/// Uploads (`POST /api/v2/media` and `/api/v1/media`, multipart with `file` and `description`),
/// their descriptions (`GET`/`PUT /api/v1/media/:id`), and the signed links that serve the files
/// (`GET /media/:id/:name`). What a file is comes from its bytes; only images and office
/// documents are taken.
struct MediaController {
    let media: MediaRepository
    let files: MediaFiles
    let links: MediaLinks
    let presenter: MastodonPresenter
    let maxSize: Int

    var uploads: RouteCollection<UserRequestContext> {
        RouteCollection(context: UserRequestContext.self)
            .post("v2/media", use: upload)
            .post("v1/media", use: upload)
            .get("v1/media/:id", use: show)
            .put("v1/media/:id", use: describe)
    }

    var downloads: RouteCollection<AppRequestContext> {
        RouteCollection(context: AppRequestContext.self)
            .get("media/:id/:name", use: download)
    }

    /// The longest description (alt text) Mastodon takes.
    static let maxDescription = 1500

    @Sendable func upload(_ request: Request, context: UserRequestContext) async throws -> MastodonMediaAttachment {
        try context.require(anyOf: "write:media")
        guard let boundary = MultipartForm.boundary(contentType: request.headers[.contentType] ?? "") else {
            throw APIError(.unprocessableContent, "Validation failed: File is missing", description: "Send the file as multipart/form-data in a part named 'file'.")
        }
        let body: ByteBuffer
        do {
            body = try await request.body.collect(upTo: maxSize + 64 * 1024)
        } catch {
            throw Self.tooLarge(maxSize)
        }
        let form: MultipartForm
        do {
            form = try MultipartForm(body: Array(buffer: body), boundary: boundary)
        } catch {
            throw APIError(.badRequest, "invalid_request", description: "The multipart body is malformed: \(error.reason).")
        }
        guard let file = form["file"], !file.data.isEmpty else {
            throw APIError(.unprocessableContent, "Validation failed: File is missing", description: "Send the file in a part named 'file'.")
        }
        guard file.data.count <= maxSize else { throw Self.tooLarge(maxSize) }
        let description = form["description"]?.text ?? ""
        guard !description.contains("\0") else { throw APIError.nulCharacter }
        guard description.count <= Self.maxDescription else {
            throw APIError(.unprocessableContent, "Validation failed: Description is too long (maximum is \(Self.maxDescription) characters)")
        }
        let fileName = Self.safeName(file.fileName ?? "file")
        guard let type = WarbleCore.MediaType.sniff(file.data.prefix(65_536), fileName: fileName) else {
            throw APIError(.unprocessableContent, "Validation failed: File content type is not supported",
                           description: "Upload an image (JPEG, PNG, GIF, WebP) or a document (PDF, Word, Excel, PowerPoint, OpenDocument, text, CSV).")
        }
        let id = try await media.nextID()
        let key = MediaFiles.storageKey(id: id)
        try files.write(file.data, storageKey: key)
        let attachment = MediaAttachment(
            id: id, accountID: context.account.id, postID: nil, kind: type.kind, contentType: type.contentType, fileName: Self.named(fileName, type: type),
            size: file.data.count, sha256: SHA256.hash(data: file.data).map { String(format: "%02x", $0) }.joined(), storageKey: key,
            description: description, imageSize: ImageSize.read(file.data.prefix(65_536), type: type)
        )
        do {
            return try await presenter.attachment(try await media.insert(attachment), viewer: context.account.id)
        } catch {
            files.remove(storageKey: key)
            throw error
        }
    }

    @Sendable func show(_ request: Request, context: UserRequestContext) async throws -> MastodonMediaAttachment {
        try context.require(anyOf: "read:statuses", "write:media")
        guard let id = context.parameters.get("id", as: Int64.self), let found = try await media.find(id: id), found.accountID == context.account.id else {
            throw Self.notFound
        }
        return try await presenter.attachment(found, viewer: context.account.id)
    }

    struct DescriptionForm: Decodable {
        let description: String?
    }

    @Sendable func describe(_ request: Request, context: UserRequestContext) async throws -> MastodonMediaAttachment {
        try context.require(anyOf: "write:media")
        let form = try await request.decode(as: DescriptionForm.self, context: context)
        let description = form.description ?? ""
        guard description.count <= Self.maxDescription else {
            throw APIError(.unprocessableContent, "Validation failed: Description is too long (maximum is \(Self.maxDescription) characters)")
        }
        guard let id = context.parameters.get("id", as: Int64.self),
              let updated = try await media.describe(id: id, owner: context.account.id, description: description) else { throw Self.notFound }
        return try await presenter.attachment(updated, viewer: context.account.id)
    }

    /// Serves a file to a genuine, unexpired link, while its reader may still see the post.
    /// Images show inline; documents download; nothing is ever run by the browser.
    @Sendable func download(_ request: Request, context: AppRequestContext) async throws -> Response {
        let query = request.uri.queryParameters
        guard let id = context.parameters.get("id", as: Int64.self),
              let viewer = query["viewer"].flatMap({ Int64(String($0)) }), let expires = query["expires"].flatMap({ Int64(String($0)) }),
              let signature = query["signature"].map(String.init),
              try await links.verify(id: id, viewer: viewer, expires: expires, signature: signature),
              try await media.canFetch(id, viewer: viewer), let found = try await media.find(id: id) else {
            throw APIError(.notFound, "Record not found", description: "The link is wrong or has expired; reload the post to get a new one.")
        }
        let body = try await FileIO().loadFile(path: files.path(storageKey: found.storageKey), context: context)
        let disposition = found.kind == .image ? "inline" : "attachment"
        let headers: HTTPFields = [
            .contentType: found.contentType,
            .contentDisposition: "\(disposition); filename=\"\(found.fileName)\"",
            .cacheControl: "private, max-age=86400, immutable",
            .contentSecurityPolicy: "default-src 'none'; sandbox",
            .init("X-Content-Type-Options")!: "nosniff",
        ]
        return Response(status: .ok, headers: headers, body: body)
    }

    static let notFound = APIError(.notFound, "Record not found", description: "You have no upload with that id.")

    static func tooLarge(_ limit: Int) -> APIError {
        APIError(.contentTooLarge, "Validation failed: File file size must be less than \(limit / 1_048_576) MB", description: "The file is larger than this server takes.")
    }

    /// The client's file name reduced to what is safe in a header and a path: no folders, quotes or control characters.
    static func safeName(_ name: String) -> String {
        let base = name.split(whereSeparator: { $0 == "/" || $0 == "\\" }).last.map(String.init) ?? ""
        let kept = base.filter { !$0.isNewline && $0 != "\"" && $0 != "\0" && $0.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F } }
        let trimmed = String(kept.prefix(120)).trimmingCharacters(in: .whitespaces)
        return trimmed.isEmpty || trimmed.hasPrefix(".") ? "file" + trimmed : trimmed
    }

    /// The name with the extension the content really has.
    static func named(_ name: String, type: WarbleCore.MediaType) -> String {
        let stem = (name as NSString).deletingPathExtension
        return "\(stem.isEmpty ? "file" : stem).\(type.fileExtension)"
    }
}
