import Foundation
import WarbleStore

/// `posts.csv`: the columns a reviewer opens in a spreadsheet (RFC 4180: comma-separated, CRLF,
/// quoted where needed). A cell that a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
/// tab or CR first) is prefixed with `'`, so opening an export never executes what someone posted.
enum ExportCSV {
    static let header = row([
        "id", "created_at", "author_handle", "author_name", "visibility", "group", "in_reply_to_id", "conversation_id",
        "state", "deleted_at", "edited_at", "versions", "attachments", "spoiler_text", "text",
    ])

    static func row(_ record: ExportPostRecord) -> String {
        let time = { (date: Date?) in date.map { $0.formatted(.iso8601) } ?? "" }
        return row([
            record.id, time(record.createdAt), record.author.handle, record.author.displayName, record.audience.visibility,
            record.audience.group ?? "", record.inReplyToID ?? "", record.conversationID ?? "", record.state, time(record.deletedAt),
            time(record.editedAt), String(record.edits.count + 1), String(record.attachments.count), record.spoilerText, record.text,
        ])
    }

    static func row(_ cells: [String]) -> String {
        cells.map(cell).joined(separator: ",") + "\r\n"
    }

    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) { value = "'" + value }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
