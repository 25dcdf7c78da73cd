import Foundation

/// `messages/<id>.eml`: one post as an RFC 5322 message, what archiving and eDiscovery tools
/// ingest. Threads follow `Message-ID`/`In-Reply-To`; the audience is in `To`/`Cc` (a group, the
/// organisation, the author's followers, the people mentioned); Warble's own facts are
/// `X-Warble-*` headers; the text (and every earlier version) is a UTF-8 body in base64, so no
/// line length or character can break the message.
struct ExportMessage {
    let record: ExportPostRecord
    /// The domain of addresses and message ids: the installation's public host.
    let domain: String

    func rendered() -> Data {
        var headers: [(String, String)] = [
            ("Message-ID", messageID(record.id)),
            ("Date", Self.date(record.createdAt)),
            ("From", address(name: record.author.displayName, local: record.author.handle)),
        ]
        let mentions = record.audience.mentions.map { address(name: nil, local: $0) }
        if let audience = audienceAddress {
            headers.append(("To", audience))
            if !mentions.isEmpty { headers.append(("Cc", mentions.joined(separator: ",\r\n "))) }
        } else {
            headers.append(("To", mentions.isEmpty ? "undisclosed-recipients:;" : mentions.joined(separator: ",\r\n ")))
        }
        headers.append(("Subject", Self.encodedWords(subject)))
        if let parent = record.inReplyToID {
            headers.append(("In-Reply-To", messageID(parent)))
            headers.append(("References", messageID(parent)))
        }
        headers += [
            ("X-Warble-Post-ID", record.id),
            ("X-Warble-Visibility", record.audience.visibility),
            ("X-Warble-State", record.state),
        ]
        if let group = record.audience.group { headers.append(("X-Warble-Group", group)) }
        if let conversation = record.conversationID { headers.append(("X-Warble-Conversation-ID", conversation)) }
        if let reblog = record.reblogOfID { headers.append(("X-Warble-Reblog-Of", reblog)) }
        if let edited = record.editedAt { headers.append(("X-Warble-Edited-At", edited.formatted(.iso8601))) }
        if let deleted = record.deletedAt { headers.append(("X-Warble-Deleted-At", deleted.formatted(.iso8601))) }
        headers += record.attachments.map { ("X-Warble-Attachment", "\($0.path.isEmpty ? "(not included)" : $0.path); sha256=\($0.sha256)") }
        headers += [
            ("MIME-Version", "1.0"),
            ("Content-Type", "text/plain; charset=utf-8"),
            ("Content-Transfer-Encoding", "base64"),
        ]
        var message = headers.map { "\($0.0): \($0.1)\r\n" }.joined() + "\r\n"
        message += Self.base64Lines(Data(body.utf8))
        return Data(message.utf8)
    }

    private var audienceAddress: String? {
        if let group = record.audience.group { return address(name: "Group \(group)", local: "group." + group) }
        switch record.audience.visibility {
        case "public", "unlisted": return address(name: "Everyone", local: "everyone")
        case "private": return address(name: "Followers of \(record.author.handle)", local: "followers." + record.author.handle)
        default: return nil
        }
    }

    private var subject: String {
        let source = record.spoilerText.isEmpty ? record.text : record.spoilerText
        let line = source.split(whereSeparator: \.isNewline).first.map(String.init) ?? ""
        return line.count > 70 ? String(line.prefix(70)) + "…" : line
    }

    private var body: String {
        var body = record.spoilerText.isEmpty ? record.text : "[\(record.spoilerText)]\n\n\(record.text)"
        if !record.edits.isEmpty {
            body += "\n\n-- \nEarlier versions, oldest first:\n"
            for version in record.edits {
                body += "\n[\(version.createdAt.formatted(.iso8601))]\(version.spoilerText.isEmpty ? "" : " [\(version.spoilerText)]")\n\(version.text)\n"
            }
        }
        return body.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\n", with: "\r\n")
    }

    private func messageID(_ postID: String) -> String { "<post.\(postID)@\(domain)>" }

    private func address(name: String?, local: String) -> String {
        let mailbox = "<\(local)@\(domain)>"
        guard let name, !name.isEmpty else { return mailbox }
        return "\(Self.displayName(name)) \(mailbox)"
    }

    /// A display name as a quoted string, or as encoded words when it is not plain ASCII.
    static func displayName(_ name: String) -> String {
        guard name.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }) else { return encodedWords(name) }
        return "\"" + name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// RFC 2047 `=?UTF-8?B?…?=` words of at most 75 characters, for header text that is not plain
    /// ASCII; plain ASCII without line breaks is left as it is.
    static func encodedWords(_ text: String) -> String {
        guard !text.unicodeScalars.allSatisfy({ $0.isASCII && $0.value >= 0x20 && $0.value < 0x7F }) else { return text }
        var words: [String] = []
        var chunk = ""
        for character in text {
            if chunk.utf8.count + character.utf8.count > 45 {
                words.append(chunk)
                chunk = ""
            }
            chunk.append(character)
        }
        if !chunk.isEmpty { words.append(chunk) }
        return words.map { "=?UTF-8?B?\(Data($0.utf8).base64EncodedString())?=" }.joined(separator: "\r\n ")
    }

    static func base64Lines(_ data: Data) -> String {
        let encoded = data.base64EncodedString()
        var lines: [Substring] = []
        var start = encoded.startIndex
        while start < encoded.endIndex {
            let end = encoded.index(start, offsetBy: 76, limitedBy: encoded.endIndex) ?? encoded.endIndex
            lines.append(encoded[start..<end])
            start = end
        }
        return lines.map { $0 + "\r\n" }.joined()
    }

    /// RFC 5322 `Date`: `Wed, 25 Nov 2026 07:46:44 +0000`.
    static func date(_ date: Date) -> String {
        var seconds = time_t(date.timeIntervalSince1970.rounded(.down))
        var parts = tm()
        gmtime_r(&seconds, &parts)
        let days = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let two = { (value: Int32) in value < 10 ? "0\(value)" : "\(value)" }
        return "\(days[Int(parts.tm_wday)]), \(two(parts.tm_mday)) \(months[Int(parts.tm_mon)]) \(parts.tm_year + 1900) "
            + "\(two(parts.tm_hour)):\(two(parts.tm_min)):\(two(parts.tm_sec)) +0000"
    }
}
