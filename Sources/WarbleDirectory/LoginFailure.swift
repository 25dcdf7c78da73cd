/// Why a sign-in against the directory did not succeed, each with its own words for the person.
public enum LoginFailure: Error, Sendable, Equatable, CustomStringConvertible {
    /// Refused before asking the directory: an empty password would be an anonymous bind.
    case emptyPassword
    /// No entry matches the login name.
    case unknownUser
    /// More than one entry matches: the filter is too loose for a safe sign-in.
    case ambiguousUser(count: Int)
    /// The entry exists and the password does not match it.
    case wrongPassword
    /// The directory could not be reached or failed; the reason is for the log.
    case directoryUnavailable(reason: String)

    public var description: String {
        switch self {
        case .emptyPassword: "Enter your password."
        case .unknownUser, .wrongPassword: "The user name or password is not correct."
        case .ambiguousUser: "Your account matches more than one directory entry; ask an administrator to check the directory."
        case .directoryUnavailable: "The directory is unavailable; try again in a few minutes."
        }
    }

    /// A short, stable word for logs and the audit log.
    public var code: String {
        switch self {
        case .emptyPassword: "empty_password"
        case .unknownUser: "unknown_user"
        case .ambiguousUser: "ambiguous_user"
        case .wrongPassword: "wrong_password"
        case .directoryUnavailable: "directory_unavailable"
        }
    }
}
