import Foundation

/// Who may find, read and join a group.
public enum GroupPrivacy: String, Sendable, CaseIterable, Codable {
    /// Everyone in the organisation finds and reads it, and joins with one click.
    case open
    /// Everyone finds it; only members read it; joining needs a group admin's approval.
    case closed
    /// Only members know it exists; a group admin adds people.
    case secret
}

/// A group of people who post to a shared timeline.
public struct Group: Sendable, Equatable {
    public var id: Int64
    public var slug: String
    public var name: String
    public var description: String
    public var privacy: GroupPrivacy
    public var membersCount: Int
    public var createdAt: Date

    public init(id: Int64, slug: String, name: String, description: String, privacy: GroupPrivacy, membersCount: Int, createdAt: Date) {
        self.id = id
        self.slug = slug
        self.name = name
        self.description = description
        self.privacy = privacy
        self.membersCount = membersCount
        self.createdAt = createdAt
    }

    /// Whether `slug` is a well-formed group address: lower-case letters, digits, `-` and `_`.
    public static func isValidSlug(_ slug: String) -> Bool {
        !slug.isEmpty && slug.count <= 64 && slug.first.map { $0.isASCII && ($0.isLowercase || $0.isNumber) } == true
            && slug.allSatisfy { $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "-" || $0 == "_") }
    }

    /// A slug derived from a group's name: `Platform Team` → `platform-team`.
    public static func slug(from name: String) -> String {
        let folded = name.applyingTransform(StringTransform("Any-Latin; Latin-ASCII"), reverse: false) ?? name
        var slug = ""
        for character in folded.lowercased() {
            if character.isASCII && (character.isLetter || character.isNumber) {
                slug.append(character)
            } else if !slug.isEmpty && slug.last != "-" {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return String(slug.prefix(64))
    }
}

/// One person's place in a group.
public struct GroupMembership: Sendable, Equatable {
    public enum Role: String, Sendable { case member, admin }
    public enum State: String, Sendable { case active, pending }

    public var role: Role
    public var state: State

    public init(role: Role, state: State) {
        self.role = role
        self.state = state
    }

    public var isActive: Bool { state == .active }
    public var isAdmin: Bool { state == .active && role == .admin }
}
