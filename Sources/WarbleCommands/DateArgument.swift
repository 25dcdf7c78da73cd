import ArgumentParser
import Foundation
import WarbleCore

/// A date on the command line: `2026-11-25` (midnight UTC) or a full ISO 8601 time
/// (`2026-11-25T08:00:00Z`).
public struct DateArgument: ExpressibleByArgument, Sendable {
    public let date: Date

    public init?(argument: String) {
        guard let date = Date(dayOrTime: argument) else { return nil }
        self.date = date
    }

    public static var defaultCompletionKind: CompletionKind { .default }
}
