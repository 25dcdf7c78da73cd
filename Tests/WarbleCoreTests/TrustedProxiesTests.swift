import Testing
import WarbleCore

@Suite("Trusted reverse proxies and X-Forwarded-For")
struct TrustedProxiesTests {
    static let proxies = try! TrustedProxies.parse("10.0.0.0/8, 127.0.0.1, fd00::/8").get()

    @Test("the client is the right-most untrusted hop, and only behind a trusted proxy", arguments: [
        ("127.0.0.1", ["203.0.113.9"], "203.0.113.9"),
        ("10.1.2.3", ["198.51.100.7, 10.9.9.9"], "198.51.100.7"),
        ("10.1.2.3", ["6.6.6.6, 198.51.100.7"], "198.51.100.7"),
        ("10.1.2.3", ["6.6.6.6", "198.51.100.7"], "198.51.100.7"),
        ("192.0.2.1", ["203.0.113.9"], "192.0.2.1"),
        ("127.0.0.1", [], "127.0.0.1"),
        ("127.0.0.1", ["10.0.0.1, 10.0.0.2"], "10.0.0.1"),
        ("127.0.0.1", ["not-an-address"], "127.0.0.1"),
        ("fd12::1", ["2001:db8::5"], "2001:db8::5"),
        ("2001:db8::1", ["203.0.113.9"], "2001:db8::1"),
    ])
    func client(remote: String, forwardedFor: [String], expected: String) {
        #expect(Self.proxies.client(remote: remote, forwardedFor: forwardedFor) == expected)
    }

    @Test("nobody is trusted by default, so the header is ignored")
    func none() {
        #expect(TrustedProxies.none.client(remote: "127.0.0.1", forwardedFor: ["203.0.113.9"]) == "127.0.0.1")
    }

    @Test("entries that are not addresses or ranges are named", arguments: ["10.0.0.0/33", "example.com", "1.2.3", "::1/129", "10.0.0.0/x"])
    func invalid(entry: String) {
        #expect(throws: TrustedProxies.InvalidEntry(entry: entry)) { try TrustedProxies.parse("127.0.0.1, \(entry)").get() }
    }

    @Test("CIDR ranges cover exactly their addresses", arguments: [
        ("10.255.255.255", true), ("11.0.0.0", false), ("127.0.0.1", true), ("127.0.0.2", false), ("fdff::1", true), ("fe80::1", false),
    ])
    func ranges(address: String, trusted: Bool) {
        #expect(Self.proxies.contains(address) == trusted)
    }
}
