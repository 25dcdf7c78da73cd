import Foundation

extension Date {
    /// A date as people type it on a command line or in a query: `2026-11-25` (midnight UTC) or
    /// a full ISO 8601 time (`2026-11-25T08:00:00Z`).
    public init?(dayOrTime text: String) {
        if let date = try? Date(text, strategy: .iso8601) {
            self = date
        } else if let date = try? Date(text + "T00:00:00Z", strategy: .iso8601) {
            self = date
        } else {
            return nil
        }
    }
}
