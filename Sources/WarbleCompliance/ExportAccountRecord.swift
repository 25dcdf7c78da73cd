import Foundation
import WarbleCore

/// One line of an export's `accounts.jsonl`: an author or a person mentioned, as the directory
/// described them.
struct ExportAccountRecord: Encodable {
    let id: String
    let handle: String
    let displayName: String
    let email: String?
    let directoryUID: String?
    let title: String?
    let department: String?
    let role: String
    let createdAt: Date
    let suspendedAt: Date?

    enum CodingKeys: String, CodingKey {
        case id, handle, email, title, department, role
        case displayName = "display_name"
        case directoryUID = "directory_uid"
        case createdAt = "created_at"
        case suspendedAt = "suspended_at"
    }

    init(_ account: Account) {
        id = String(account.id)
        handle = account.username
        displayName = account.displayName
        email = account.email
        directoryUID = account.directoryUID
        title = account.title
        department = account.department
        role = account.role.rawValue
        createdAt = account.createdAt
        suspendedAt = account.suspendedAt
    }
}
