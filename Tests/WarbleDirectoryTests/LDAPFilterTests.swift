import Testing
import WarbleDirectory

@Suite("RFC 4515 escaping of filter values")
struct LDAPFilterTests {
    @Test("reserved characters are escaped, other characters stand for themselves", arguments: [
        ("alice", "alice"),
        ("*", "\\2a"),
        ("*)(uid=*", "\\2a\\29\\28uid=\\2a"),
        ("a\\b", "a\\5cb"),
        ("nul\0", "nul\\00"),
        ("d'arcy", "d'arcy"),
        ("björn", "björn"),
        // RFC 4515 section 4's examples
        ("Parens R Us (for all your parenthetical needs)", "Parens R Us \\28for all your parenthetical needs\\29"),
    ])
    func escapes(input: String, expected: String) {
        #expect(LDAPFilter.escape(input) == expected)
    }

    @Test("a template's placeholder gets the escaped name")
    func fills() {
        #expect(LDAPFilter.fill("(&(objectClass=inetOrgPerson)(uid={username}))", username: "*)(|(uid=*")
            == "(&(objectClass=inetOrgPerson)(uid=\\2a\\29\\28|\\28uid=\\2a))")
    }
}
