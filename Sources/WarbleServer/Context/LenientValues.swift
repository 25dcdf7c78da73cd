/// A boolean as clients send it: JSON `true`/`false`, or in a form `true`, `false`, `1`, `0`, `on`, `off`.
struct LenientBool: Decodable, Sendable {
    let value: Bool

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let bool = try? container.decode(Bool.self) {
            value = bool
        } else if let number = try? container.decode(Int.self) {
            value = number != 0
        } else {
            switch try container.decode(String.self).lowercased() {
            case "true", "1", "on", "yes": value = true
            case "false", "0", "off", "no", "": value = false
            default: throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a boolean")
            }
        }
    }
}

/// An id as clients send it: a string (as Mastodon renders ids) or a JSON number.
struct LenientID: Decodable, Sendable {
    let value: Int64

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let number = try? container.decode(Int64.self) {
            value = number
        } else if let parsed = Int64(try container.decode(String.self)) {
            value = parsed
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an id")
        }
    }
}
