import Foundation

/// Turns raw text settings into typed values, collecting every problem instead of stopping at the
/// first, so that one start-up attempt reports all that is wrong.
struct SettingsReader {
    let raw: RawConfiguration
    private(set) var problems: [ConfigurationError.Problem] = []

    init(raw: RawConfiguration) {
        self.raw = raw
        self.problems = raw.problems
    }

    mutating func fail(_ key: ConfigurationKey, _ message: String) {
        problems.append(.init(key: key.description, source: raw.values[key]?.source, message: message))
    }

    /// The text of `key`, or nil when it is not set or blank.
    func text(_ key: ConfigurationKey) -> String? {
        guard let value = raw.values[key]?.text.trimmingCharacters(in: .whitespaces), !value.isEmpty else { return nil }
        return value
    }

    mutating func string(_ key: ConfigurationKey, default fallback: String) -> String {
        text(key) ?? fallback
    }

    mutating func required(_ key: ConfigurationKey, expected: String) -> String? {
        guard let value = text(key) else {
            fail(key, "missing; set it in warble.yaml or \(key.environmentName) (expected \(expected))")
            return nil
        }
        return value
    }

    mutating func integer(_ key: ConfigurationKey, default fallback: Int, in range: ClosedRange<Int>) -> Int {
        guard let value = text(key) else { return fallback }
        guard let number = Int(value), range.contains(number) else {
            fail(key, "'\(shown(key, value))' is not a whole number from \(range.lowerBound) to \(range.upperBound)")
            return fallback
        }
        return number
    }

    /// A duration in seconds: `5`, `2.5`, `5s`, `500ms`, `1m`.
    mutating func seconds(_ key: ConfigurationKey, default fallback: Double, in range: ClosedRange<Double>) -> Double {
        guard let value = text(key) else { return fallback }
        let units: [(String, Double)] = [("ms", 0.001), ("s", 1), ("m", 60), ("h", 3600)]
        var number: Double?
        if let plain = Double(value) {
            number = plain
        } else if let (suffix, scale) = units.first(where: { value.hasSuffix($0.0) }), let head = Double(value.dropLast(suffix.count)) {
            number = head * scale
        }
        guard let number, range.contains(number) else {
            fail(key, "'\(value)' is not a duration from \(range.lowerBound) to \(range.upperBound) seconds (for example 5, 5s or 500ms)")
            return fallback
        }
        return number
    }

    mutating func boolean(_ key: ConfigurationKey, default fallback: Bool) -> Bool {
        guard let value = text(key)?.lowercased() else { return fallback }
        switch value {
        case "true", "yes", "on", "1": return true
        case "false", "no", "off", "0": return false
        default:
            fail(key, "'\(value)' is not true or false")
            return fallback
        }
    }

    mutating func choice(_ key: ConfigurationKey, default fallback: String, from choices: [String]) -> String {
        guard let value = text(key)?.lowercased() else { return fallback }
        guard choices.contains(value) else {
            fail(key, "'\(value)' is not one of \(choices.joined(separator: ", "))")
            return fallback
        }
        return value
    }

    /// An absolute URL whose scheme is one of `schemes`.
    mutating func url(_ key: ConfigurationKey, schemes: [String], value: String) -> URL? {
        guard let url = URL(string: value), let scheme = url.scheme?.lowercased(), schemes.contains(scheme),
              let host = url.host, !host.isEmpty
        else {
            fail(key, "'\(shown(key, value))' is not a URL of the form \(schemes.map { "\($0)://host[:port]" }.joined(separator: " or "))")
            return nil
        }
        return url
    }

    /// What an error may show of a value: nothing of a secret.
    func shown(_ key: ConfigurationKey, _ value: String) -> String {
        key.isSecret ? "(hidden)" : value
    }
}
