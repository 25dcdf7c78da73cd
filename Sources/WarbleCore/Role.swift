/// What a person may do in Warble. Separation of duties: an administrator manages people and
/// settings but cannot export content or release holds; a compliance officer manages retention,
/// holds and exports but not people or roles; an auditor only reads.
public enum Role: String, Sendable, Codable, CaseIterable {
    case member
    case admin
    case compliance
    case auditor

    /// The role for someone in `groups` (directory group DNs), given which group grants which role.
    /// One person in several role groups gets the first in the order admin, compliance, auditor;
    /// nobody gets two, so duties stay separate.
    public static func from(groups: Set<String>, mapping: [Role: String]) -> Role {
        let normalised = Set(groups.map(DistinguishedName.normalise))
        for role in [Role.admin, .compliance, .auditor] {
            if let group = mapping[role], normalised.contains(DistinguishedName.normalise(group)) { return role }
        }
        return .member
    }
}
