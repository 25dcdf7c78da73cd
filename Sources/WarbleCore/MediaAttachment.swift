import Foundation

/// An uploaded file as stored: what it is, where its bytes are, and the post it belongs to.
public struct MediaAttachment: Sendable, Equatable {
    public var id: Int64
    public var accountID: Int64
    public var postID: Int64?
    public var kind: MediaType.Kind
    public var contentType: String
    public var fileName: String
    public var size: Int
    public var sha256: String
    public var storageKey: String
    public var description: String
    public var imageSize: ImageSize?

    public init(
        id: Int64, accountID: Int64, postID: Int64?, kind: MediaType.Kind, contentType: String, fileName: String, size: Int, sha256: String,
        storageKey: String, description: String, imageSize: ImageSize?
    ) {
        self.id = id
        self.accountID = accountID
        self.postID = postID
        self.kind = kind
        self.contentType = contentType
        self.fileName = fileName
        self.size = size
        self.sha256 = sha256
        self.storageKey = storageKey
        self.description = description
        self.imageSize = imageSize
    }
}
