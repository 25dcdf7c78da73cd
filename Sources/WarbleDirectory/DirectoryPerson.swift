/// What the directory says about one member of staff, read when they sign in.
public struct DirectoryPerson: Sendable, Equatable {
    public let dn: String
    /// The login name exactly as the directory holds it.
    public let uid: String
    public let displayName: String
    public let email: String?
    public let title: String?
    public let department: String?
    /// DNs of the groups the entry belongs to: those its `memberOf` names, and those of the
    /// configured role groups that list it as `member` or `uniqueMember`.
    public let groups: [String]

    /// The attributes a sign-in reads.
    static let attributes = ["uid", "cn", "displayName", "mail", "title", "departmentNumber", "ou", "memberOf"]

    init(_ entry: LDAPEntry, uid fallback: String, listedIn listingGroups: [String] = []) {
        dn = entry.dn
        uid = entry.value("uid") ?? fallback
        displayName = entry.value("displayName") ?? entry.value("cn") ?? uid
        email = entry.value("mail")
        title = entry.value("title")
        department = entry.value("departmentNumber") ?? entry.value("ou")
        let memberOf = entry.values("memberOf")
        let known = Set(memberOf.map { $0.lowercased() })
        groups = memberOf + listingGroups.filter { !known.contains($0.lowercased()) }
    }
}
