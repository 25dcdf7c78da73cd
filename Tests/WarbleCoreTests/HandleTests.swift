import Testing
import WarbleCore

@Suite("Handles derived from directory login names")
struct HandleTests {
    @Test("login names become handles of letters, digits and _", arguments: [
        ("alice", "alice"),
        ("d'arcy", "darcy"),
        ("björn", "bjorn"),
        ("Zoë(qa)*o'hara\\lab", "zoeqaoharalab"),
        ("chris (ops)", "chrisops"),
        ("first.last", "firstlast"),
        ("snake_case", "snake_case"),
        ("***", "user"),
        ("Łukasz", "lukasz"),
        ("a-very-long-login-name-that-goes-on-and-on", "averylongloginnamethatgoesonan"),
    ])
    func derives(login: String, expected: String) {
        let handle = Handle.derive(from: login)
        #expect(handle == expected)
        #expect(Handle.isValid(handle))
    }

    @Test("alternatives stay within the length limit")
    func alternatives() {
        #expect(Handle.alternative("darcy", number: 2) == "darcy2")
        let long = String(repeating: "a", count: 30)
        #expect(Handle.alternative(long, number: 12).count == 30)
        #expect(Handle.alternative(long, number: 12).hasSuffix("12"))
    }

    @Test("invalid handles are recognised", arguments: ["", "a b", "d'arcy", "björn", String(repeating: "x", count: 31)])
    func invalid(text: String) {
        #expect(!Handle.isValid(text))
    }
}

@Suite("Roles from directory groups")
struct RoleTests {
    let mapping: [Role: String] = [
        .admin: "cn=warble-admins,ou=groups,dc=warble,dc=example",
        .compliance: "cn=warble-compliance,ou=groups,dc=warble,dc=example",
        .auditor: "cn=warble-auditors,ou=groups,dc=warble,dc=example",
    ]

    @Test("membership decides the role; DNs compare case- and space-insensitively")
    func fromGroups() {
        #expect(Role.from(groups: [], mapping: mapping) == .member)
        #expect(Role.from(groups: ["CN=Warble-Admins, OU=groups, DC=warble, DC=example"], mapping: mapping) == .admin)
        #expect(Role.from(groups: ["cn=warble-auditors,ou=groups,dc=warble,dc=example", "cn=sales,ou=groups,dc=warble,dc=example"], mapping: mapping) == .auditor)
        #expect(Role.from(groups: ["cn=sales,ou=groups,dc=warble,dc=example"], mapping: mapping) == .member)
    }

    @Test("someone in several role groups gets exactly one role, in a fixed order")
    func several() {
        let all = Set(mapping.values)
        #expect(Role.from(groups: all, mapping: mapping) == .admin)
        #expect(Role.from(groups: [mapping[.auditor]!, mapping[.compliance]!], mapping: mapping) == .compliance)
    }

    @Test("no mapping means everyone is a member")
    func noMapping() {
        #expect(Role.from(groups: ["cn=warble-admins,ou=groups,dc=warble,dc=example"], mapping: [:]) == .member)
    }
}

@Suite("OAuth scopes")
struct ScopesTests {
    @Test("broad scopes cover granular ones, not the other way round")
    func covers() {
        #expect(Scopes.covers(["read"], "read:accounts"))
        #expect(Scopes.covers(["read:accounts"], "read:accounts"))
        #expect(!Scopes.covers(["read:accounts"], "read"))
        #expect(!Scopes.covers(["write"], "read:accounts"))
        #expect(Scopes.covers(["admin:read"], "admin:read"))
    }

    @Test("lists split on spaces and plus signs")
    func parse() {
        #expect(Scopes.parse("read write+follow") == ["read", "write", "follow"])
        #expect(Scopes.parse("  ").isEmpty)
    }
}
