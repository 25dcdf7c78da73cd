import Foundation
import WarbleDirectory

/// Why a sign-in was refused, in words for the person signing in; internal causes go to the log.
public enum SignInError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The directory refused (wrong password, unknown user…) or could not be asked.
    case directory(LoginFailure)
    /// Too many failures for this user name or from this address; try again after `retryAfter` seconds.
    case lockedOut(retryAfter: Int)
    /// Warble has suspended the account.
    case suspended
    /// No directory is configured (`ldap.url`).
    case noDirectory

    public var description: String {
        switch self {
        case .directory(let failure): failure.description
        case .lockedOut(let seconds): "Too many failed sign-ins. Try again in \(max(1, (seconds + 59) / 60)) minute(s)."
        case .suspended: "This account is suspended. Ask an administrator."
        case .noDirectory: "Sign-in with a directory password is not configured on this server."
        }
    }

    /// Whether the cause is an outage rather than the person's input.
    public var isUnavailable: Bool {
        switch self {
        case .directory(.directoryUnavailable), .noDirectory: true
        default: false
        }
    }
}
