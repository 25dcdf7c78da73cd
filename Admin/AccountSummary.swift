import Foundation
import WarbleCore

/// An account as `warblectl users` prints it.
struct AccountSummary: Encodable {
    let id: String
    let username: String
    let directoryUid: String?
    let displayName: String
    let email: String?
    let title: String?
    let department: String?
    let role: String
    let local: Bool
    let suspendedAt: Date?
    let createdAt: Date
    let lastLoginAt: Date?

    init(_ account: Account) {
        id = String(account.id)
        username = account.username
        directoryUid = account.directoryUID
        displayName = account.displayName
        email = account.email
        title = account.title
        department = account.department
        role = account.role.rawValue
        local = account.isLocal
        suspendedAt = account.suspendedAt
        createdAt = account.createdAt
        lastLoginAt = account.lastLoginAt
    }

    var line: String {
        let state = suspendedAt == nil ? "active" : "SUSPENDED"
        return [username.padding(toLength: 20, withPad: " ", startingAt: 0), role.padding(toLength: 11, withPad: " ", startingAt: 0),
                state.padding(toLength: 10, withPad: " ", startingAt: 0), displayName].joined(separator: " ")
    }
}
