import Foundation

/// How long content is kept: ISO 8601 (`P7Y`, `P1Y6M`, `P90D`, `P2W`) or shorthand (`90d`, `12w`,
/// `6m`, `7y`), at least one day and at most 100 years.
///
/// Durations count calendar days in UTC. Hours and minutes (`PT12H`) are refused: the retention
/// engine runs once a day, so a finer duration would promise what it cannot keep.
public struct RetentionDuration: Sendable, Hashable, CustomStringConvertible {
    /// Years are twelve months, so `P1Y` equals `P12M`.
    public let months: Int
    /// Weeks are seven days, so `P2W` equals `P14D` and `14d`.
    public let days: Int

    /// Reads `text` as written in a policy file.
    public init(_ text: String) throws(InvalidDuration) {
        guard let (months, days) = Self.iso8601(text) ?? Self.shorthand(text) else {
            if text.hasPrefix("P"), text.contains("T") {
                throw InvalidDuration(message: "\"\(text)\" counts hours or minutes; retention counts whole days (P1D or 1d at least)")
            }
            throw InvalidDuration(message: "\"\(text)\" is not a duration; use ISO 8601 (P7Y, P90D) or a number with d/w/m/y (90d)")
        }
        self.months = months
        self.days = days
        guard months + days > 0 else {
            throw InvalidDuration(message: "\"\(text)\" keeps nothing; a duration is at least one day (P1D or 1d)")
        }
        guard approximateDays <= 36_525 else {
            throw InvalidDuration(message: "\"\(text)\" is longer than 100 years; to keep content for good, leave it out of every rule")
        }
    }

    /// The instant before which content has outlived this duration on `date`: months are taken
    /// off first (the 31st becomes the month's last day, 29 February a year on becomes the 28th),
    /// then days, on the Gregorian calendar in UTC, keeping the time of day.
    public func cutoff(asOf date: Date) -> Date {
        // Month arithmetic is done here rather than by `Calendar.date(byAdding:)`, which on Linux
        // lands on 1 March when going back 24 months from 29 February 2028.
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .gmt
        let today = calendar.dateComponents([.year, .month, .day], from: date)
        let timeOfDay = date.timeIntervalSince(calendar.startOfDay(for: date))
        guard let year = today.year, let month = today.month, let day = today.day else { return .distantPast }
        let target = year * 12 + (month - 1) - months
        guard let firstOfMonth = calendar.date(from: DateComponents(year: target / 12, month: target % 12 + 1, day: 1)),
              let length = calendar.range(of: .day, in: .month, for: firstOfMonth)?.count
        else { return .distantPast }
        // UTC has no daylight saving time, so a day is always 86,400 seconds.
        return firstOfMonth.addingTimeInterval(Double(min(day, length) - 1 - days) * 86_400 + timeOfDay)
    }

    /// The length in days of an average Gregorian month; enough to say which of two rules keeps longer.
    var approximateDays: Double { Double(months) * 30.436875 + Double(days) }

    /// The ISO 8601 form: `P1Y6M`, `P90D`.
    public var description: String {
        var text = "P"
        if months >= 12 { text += "\(months / 12)Y" }
        if months % 12 > 0 { text += "\(months % 12)M" }
        if days > 0 { text += "\(days)D" }
        return text
    }

    /// `P1Y6M2W3D`: designators in this order, each at most once, whole numbers only.
    private static func iso8601(_ text: String) -> (months: Int, days: Int)? {
        guard text.hasPrefix("P"), text.count > 1 else { return nil }
        var months = 0, days = 0, digits = ""
        var designators = "YMWD"[...]
        for character in text.dropFirst() {
            if character.isASCII, character.isNumber {
                digits.append(character)
                continue
            }
            guard digits.count <= 6, let value = Int(digits), let position = designators.firstIndex(of: character) else { return nil }
            designators = designators[designators.index(after: position)...]
            switch character {
            case "Y": months += value * 12
            case "M": months += value
            case "W": days += value * 7
            default: days += value
            }
            digits = ""
        }
        return digits.isEmpty ? (months, days) : nil
    }

    /// `90d`, `12w`, `6m`, `7y`: digits and one lower-case unit.
    private static func shorthand(_ text: String) -> (months: Int, days: Int)? {
        let digits = text.dropLast()
        guard (1...6).contains(digits.count), digits.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(digits) else { return nil }
        switch text.last {
        case "d": return (0, value)
        case "w": return (0, value * 7)
        case "m": return (value, 0)
        case "y": return (value * 12, 0)
        default: return nil
        }
    }

    /// Why a text is not a duration, in words for the policy's author.
    public struct InvalidDuration: Error, Sendable, CustomStringConvertible {
        public let message: String
        public var description: String { message }
    }
}
