extension SHA256Sums {
    /// Reads SHA256SUMS lines from chunks of any size, holding only the current partial line.
    ///
    /// Each line is handed over as it completes, either read or as the
    /// ``SHA256SumsError/badLine(number:reason:)`` explaining why not; parsing continues after a
    /// bad line. Call ``finish(_:)`` at the end for a last line without a newline.
    public struct Parser {
        /// Lines longer than this are refused rather than buffered without bound.
        static let maximumLineLength = 4096

        private var partial: [UInt8] = []
        private var isSkippingLongLine = false
        private var lineNumber = 0

        public init() {}

        public mutating func parse(_ chunk: UnsafeRawBufferPointer, _ handle: (Result<Line, SHA256SumsError>) throws -> Void) rethrows {
            var start = 0
            while start < chunk.count {
                var end = start
                while end < chunk.count, chunk[end] != UInt8(ascii: "\n") { end += 1 }
                if !isSkippingLongLine {
                    partial.append(contentsOf: UnsafeRawBufferPointer(rebasing: chunk[start..<end]))
                    if partial.count > Self.maximumLineLength {
                        isSkippingLongLine = true
                        partial = []
                        try handle(.failure(.badLine(number: lineNumber + 1, reason: "longer than \(Self.maximumLineLength) bytes")))
                    }
                }
                guard end < chunk.count else { return }
                try completeLine(handle)
                start = end + 1
            }
        }

        /// Hands over a last line that had no newline, if any.
        public mutating func finish(_ handle: (Result<Line, SHA256SumsError>) throws -> Void) rethrows {
            if !partial.isEmpty || isSkippingLongLine { try completeLine(handle) }
        }

        private mutating func completeLine(_ handle: (Result<Line, SHA256SumsError>) throws -> Void) rethrows {
            lineNumber += 1
            defer {
                partial.removeAll(keepingCapacity: true)
                isSkippingLongLine = false
            }
            guard !isSkippingLongLine else { return }
            try handle(Self.line(partial, number: lineNumber))
        }

        private static func line(_ bytes: [UInt8], number: Int) -> Result<Line, SHA256SumsError> {
            func bad(_ reason: String) -> Result<Line, SHA256SumsError> { .failure(.badLine(number: number, reason: reason)) }
            guard bytes.count > 66, bytes[..<64].allSatisfy(Hex.isLowercaseDigit), bytes[64] == UInt8(ascii: " "),
                  bytes[65] == UInt8(ascii: " ") || bytes[65] == UInt8(ascii: "*")
            else { return bad("expected 64 lowercase hexadecimal digits, two spaces and a path") }
            let path = bytes[66...]
            guard !path.contains(where: { $0 < 0x20 || $0 == 0x7F }) else { return bad("the path contains a control character") }
            guard let text = String(validating: path, as: UTF8.self) else { return bad("the path is not UTF-8") }
            return .success(Line(digest: String(decoding: bytes[..<64], as: UTF8.self), path: text))
        }
    }
}
