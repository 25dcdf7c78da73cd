import Foundation

/// A `multipart/form-data` body (RFC 7578) split into its parts, as clients send uploads and
/// sometimes plain fields.
struct MultipartForm: Sendable {
    struct Part: Sendable {
        let name: String
        let fileName: String?
        let contentType: String?
        let data: [UInt8]

        var text: String { String(decoding: data, as: UTF8.self) }
    }

    /// Why a body is not well-formed multipart.
    struct Malformed: Error {
        let reason: String
    }

    let parts: [Part]

    /// The first part named `name`.
    subscript(name: String) -> Part? { parts.first { $0.name == name } }

    /// The boundary from a `Content-Type: multipart/form-data; boundary=…` header.
    static func boundary(contentType: String) -> String? {
        guard contentType.lowercased().hasPrefix("multipart/form-data") else { return nil }
        for parameter in contentType.split(separator: ";").dropFirst() {
            let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            if pair.count == 2, pair[0].lowercased() == "boundary" {
                let value = pair[1].hasPrefix("\"") && pair[1].hasSuffix("\"") && pair[1].count >= 2 ? String(pair[1].dropFirst().dropLast()) : pair[1]
                return (1...70).contains(value.count) ? value : nil
            }
        }
        return nil
    }

    init(body: [UInt8], boundary: String) throws(Malformed) {
        let delimiter = Array("--\(boundary)".utf8)
        let separator = Array("\r\n--\(boundary)".utf8)
        guard var position = Self.find(delimiter, in: body, from: 0) else { throw Malformed(reason: "no boundary in the body") }
        position += delimiter.count
        var parts: [Part] = []
        while true {
            guard position + 2 <= body.count else { throw Malformed(reason: "the body ends inside a part") }
            if body[position] == UInt8(ascii: "-"), body[position + 1] == UInt8(ascii: "-") { break }
            guard body[position] == 13, body[position + 1] == 10 else { throw Malformed(reason: "a boundary is not followed by a line end") }
            position += 2
            guard let headerEnd = Self.find(Array("\r\n\r\n".utf8), in: body, from: position) else { throw Malformed(reason: "a part has no end of headers") }
            let headers = String(decoding: body[position..<headerEnd], as: UTF8.self)
            let start = headerEnd + 4
            guard let end = Self.find(separator, in: body, from: start) else { throw Malformed(reason: "a part has no closing boundary") }
            parts.append(try Self.part(headers: headers, data: Array(body[start..<end])))
            position = end + separator.count
        }
        self.parts = parts
    }

    private static func part(headers: String, data: [UInt8]) throws(Malformed) -> Part {
        var name: String?
        var fileName: String?
        var contentType: String?
        for line in headers.components(separatedBy: "\r\n") {
            let pair = line.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2 else { continue }
            switch pair[0].lowercased() {
            case "content-disposition":
                name = parameter("name", in: pair[1])
                fileName = parameter("filename", in: pair[1])
            case "content-type":
                contentType = pair[1]
            default: break
            }
        }
        guard let name else { throw Malformed(reason: "a part has no name") }
        return Part(name: name, fileName: fileName, contentType: contentType, data: data)
    }

    /// `name="value"` (or unquoted) from a header value such as `form-data; name="file"; filename="a.png"`.
    private static func parameter(_ key: String, in value: String) -> String? {
        for item in value.split(separator: ";").dropFirst() {
            let pair = item.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            guard pair.count == 2, pair[0].lowercased() == key else { continue }
            let raw = pair[1]
            return raw.hasPrefix("\"") && raw.hasSuffix("\"") && raw.count >= 2 ? String(raw.dropFirst().dropLast()) : raw
        }
        return nil
    }

    private static func find(_ needle: [UInt8], in haystack: [UInt8], from start: Int) -> Int? {
        guard let first = needle.first, haystack.count >= needle.count else { return nil }
        var index = start
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first, haystack[index..<(index + needle.count)].elementsEqual(needle) { return index }
            index += 1
        }
        return nil
    }
}
