import WarbleConfig

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

    /// The attributes a sign-in reads with `mapping`.
    static func attributes(_ mapping: DirectoryAttributes) -> [String] { mapping.all + ["memberOf"] }

    init(_ entry: LDAPEntry, uid fallback: String, mapping: DirectoryAttributes, listedIn listingGroups: [String] = []) {
        func first(_ names: [String]) -> String? { names.lazy.compactMap(entry.value).first }
        dn = entry.dn
        uid = first(mapping.username) ?? fallback
        displayName = first(mapping.displayName) ?? uid
        email = first(mapping.email)
        title = first(mapping.title)
        department = first(mapping.department)
        let memberOf = entry.values("memberOf")
        let known = Set(memberOf.map { $0.lowercased() })
        groups = memberOf + listingGroups.filter { !known.contains($0.lowercased()) }
    }
}
