/// What happens to a post in which a DLP rule finds something.
public enum DLPAction: Sendable, Hashable {
    /// The post is refused and the author sees the message.
    case block(message: String)
    /// The author sees the message and may post anyway after confirming; the finding is recorded.
    case warn(message: String)
    /// The post goes out and waits for compliance review; the author is not told.
    case flag

    /// The keyword used in `dlp.yaml`.
    public var keyword: String {
        switch self {
        case .block: "block"
        case .warn: "warn"
        case .flag: "flag"
        }
    }

    /// What the author is told, if anything.
    public var message: String? {
        switch self {
        case .block(let message), .warn(let message): message
        case .flag: nil
        }
    }

    /// Block beats warn beats flag when several rules find something in one post.
    var strength: Int {
        switch self {
        case .block: 3
        case .warn: 2
        case .flag: 1
        }
    }
}
