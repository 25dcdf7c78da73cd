import Foundation

/// Progress of long work on standard error: a bar redrawn in place on a terminal, a line every few
/// seconds otherwise (logs, CI), and nothing on standard output, which stays for results.
public final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let unit: String
    private let interactive = isatty(STDERR_FILENO) == 1
    private let lock = NSLock()
    private var lastLine = Date.distantPast

    public init(label: String, unit: String) {
        self.label = label
        self.unit = unit
    }

    /// Reports `done` out of about `total` (0 when unknown).
    public func update(_ done: Int, of total: Int) {
        lock.withLock {
            let now = Date()
            guard interactive || now.timeIntervalSince(lastLine) >= 5 else { return }
            lastLine = now
            FileHandle.standardError.write(Data(((interactive ? "\r" : "") + line(done, total) + (interactive ? "" : "\n")).utf8))
        }
    }

    /// Ends the bar with the final figure on its own line.
    public func finish(_ done: Int, of total: Int) {
        lock.withLock {
            FileHandle.standardError.write(Data(((interactive ? "\r" : "") + line(done, total) + "\n").utf8))
        }
    }

    private func line(_ done: Int, _ total: Int) -> String {
        guard total > 0 else { return "\(label): \(done) \(unit)" }
        let fraction = min(1, Double(done) / Double(total))
        let filled = Int(fraction * 30)
        let bar = String(repeating: "#", count: filled) + String(repeating: " ", count: 30 - filled)
        return "\(label) [\(bar)] \(Int(fraction * 100))% \(done)/\(total) \(unit)"
    }
}
