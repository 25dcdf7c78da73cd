import Hummingbird
import WarbleCore

/// An uploaded file as Mastodon's API shows it (the `MediaAttachment` entity).
struct MastodonMediaAttachment: ResponseEncodable, Sendable {
    struct Meta: Encodable, Sendable {
        struct Original: Encodable, Sendable {
            let width: Int
            let height: Int
            let size: String
            let aspect: Double
        }
        @NullEncoded var original: Original?
    }

    let id: String
    let type: String
    let url: String
    let previewUrl: String
    @NullEncoded var remoteUrl: String? = nil
    let textUrl: String
    let meta: Meta
    @NullEncoded var description: String?
    @NullEncoded var blurhash: String? = nil

    init(_ attachment: MediaAttachment, url: String) {
        id = String(attachment.id)
        type = attachment.kind.rawValue
        self.url = url
        previewUrl = url
        textUrl = url
        meta = Meta(original: attachment.imageSize.map {
            Meta.Original(width: $0.width, height: $0.height, size: "\($0.width)x\($0.height)", aspect: Double($0.width) / Double($0.height))
        })
        description = attachment.description.isEmpty ? nil : attachment.description
    }
}
