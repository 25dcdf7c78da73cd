import Foundation

/// What an uploaded file is, decided from its bytes (never from the name or the type the client
/// claims): the images and office documents Warble accepts. Anything else is refused, including
/// SVG and HTML, which a browser would run as active content.
public struct MediaType: Sendable, Equatable {
    /// Mastodon's attachment types that Warble uses.
    public enum Kind: String, Sendable {
        case image
        /// Documents are `unknown` to Mastodon clients, which then offer them as a download.
        case unknown
    }

    public let contentType: String
    public let kind: Kind
    public let fileExtension: String

    public static let jpeg = MediaType(contentType: "image/jpeg", kind: .image, fileExtension: "jpg")
    public static let png = MediaType(contentType: "image/png", kind: .image, fileExtension: "png")
    public static let gif = MediaType(contentType: "image/gif", kind: .image, fileExtension: "gif")
    public static let webp = MediaType(contentType: "image/webp", kind: .image, fileExtension: "webp")
    public static let pdf = MediaType(contentType: "application/pdf", kind: .unknown, fileExtension: "pdf")
    public static let docx = MediaType(contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document", kind: .unknown, fileExtension: "docx")
    public static let xlsx = MediaType(contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", kind: .unknown, fileExtension: "xlsx")
    public static let pptx = MediaType(contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation", kind: .unknown, fileExtension: "pptx")
    public static let odt = MediaType(contentType: "application/vnd.oasis.opendocument.text", kind: .unknown, fileExtension: "odt")
    public static let ods = MediaType(contentType: "application/vnd.oasis.opendocument.spreadsheet", kind: .unknown, fileExtension: "ods")
    public static let odp = MediaType(contentType: "application/vnd.oasis.opendocument.presentation", kind: .unknown, fileExtension: "odp")
    public static let text = MediaType(contentType: "text/plain; charset=utf-8", kind: .unknown, fileExtension: "txt")
    public static let csv = MediaType(contentType: "text/csv; charset=utf-8", kind: .unknown, fileExtension: "csv")

    /// Every type Warble accepts, as the instance document lists them.
    public static let accepted: [MediaType] = [.jpeg, .png, .gif, .webp, .pdf, .docx, .xlsx, .pptx, .odt, .ods, .odp, .text, .csv]

    /// The type of a file from its first bytes (64 KiB is plenty) and, only to tell CSV from plain
    /// text, its name; nil when Warble does not accept it.
    public static func sniff(_ bytes: ArraySlice<UInt8>, fileName: String) -> MediaType? {
        func starts(_ prefix: [UInt8], at offset: Int = 0) -> Bool {
            bytes.count >= offset + prefix.count && Array(bytes.dropFirst(offset).prefix(prefix.count)) == prefix
        }
        if starts([0xFF, 0xD8, 0xFF]) { return .jpeg }
        if starts([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]) { return .png }
        if starts(Array("GIF87a".utf8)) || starts(Array("GIF89a".utf8)) { return .gif }
        if starts(Array("RIFF".utf8)) && starts(Array("WEBP".utf8), at: 8) { return .webp }
        if starts(Array("%PDF-".utf8)) { return .pdf }
        if starts([0x50, 0x4B, 0x03, 0x04]) { return zipDocument(bytes) }
        return plainText(bytes, fileName: fileName)
    }

    /// Office Open XML names its parts (`word/…`, `xl/…`, `ppt/…`) in the archive's local headers;
    /// OpenDocument stores its `mimetype` first and uncompressed.
    private static func zipDocument(_ bytes: ArraySlice<UInt8>) -> MediaType? {
        let text = String(decoding: bytes.prefix(65_536), as: UTF8.self)
        if text.contains("mimetypeapplication/vnd.oasis.opendocument.text") { return .odt }
        if text.contains("mimetypeapplication/vnd.oasis.opendocument.spreadsheet") { return .ods }
        if text.contains("mimetypeapplication/vnd.oasis.opendocument.presentation") { return .odp }
        guard text.contains("[Content_Types].xml") else { return nil }
        if text.contains("word/") { return .docx }
        if text.contains("xl/") { return .xlsx }
        if text.contains("ppt/") { return .pptx }
        return nil
    }

    /// UTF-8 without control characters other than tabs and line ends, and not markup a browser
    /// would render.
    private static func plainText(_ bytes: ArraySlice<UInt8>, fileName: String) -> MediaType? {
        let sample = Array(bytes.prefix(65_536))
        guard !sample.isEmpty, sample.allSatisfy({ $0 >= 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) else { return nil }
        // A multi-byte character cut at the sample's end is not an error.
        guard String(validating: sample, as: UTF8.self) != nil || String(validating: sample.dropLast(3), as: UTF8.self) != nil else { return nil }
        let head = String(decoding: sample.prefix(512), as: UTF8.self).lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        guard !head.hasPrefix("<") else { return nil }
        return fileName.lowercased().hasSuffix(".csv") ? .csv : .text
    }
}
