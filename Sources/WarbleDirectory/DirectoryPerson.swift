/// What the directory says about one member of staff, read when they sign in.
public struct DirectoryPerson: Sendable, Equatable {
    public let dn: String
    /// The login name exactly as the directory holds it.
    public let uid: String
    public let displayName: String
    public let email: String?
    public let title: String?
    public let department: String?
    /// DNs of the groups the entry's `memberOf` names.
    public let groups: [String]

    /// The attributes a sign-in reads.
    static let attributes = ["uid", "cn", "displayName", "mail", "title", "departmentNumber", "ou", "memberOf"]

    init(_ entry: LDAPEntry, uid fallback: String) {
        dn = entry.dn
        uid = entry.value("uid") ?? fallback
        displayName = entry.value("displayName") ?? entry.value("cn") ?? uid
        email = entry.value("mail")
        title = entry.value("title")
        department = entry.value("departmentNumber") ?? entry.value("ou")
        groups = entry.values("memberOf")
    }
}
