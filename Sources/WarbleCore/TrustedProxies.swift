import Foundation

/// The reverse proxies whose `X-Forwarded-For` Warble believes (`http.trusted_proxies`): single
/// addresses or CIDR ranges, IPv4 or IPv6. Behind them, the client is the right-most address in
/// `X-Forwarded-For` that is not itself a trusted proxy — what sign-in throttling, rate limits and
/// the audit log then record. A request that does not come from a trusted proxy keeps its socket
/// address, whatever headers it sends.
public struct TrustedProxies: Sendable, Equatable {
    struct Range: Sendable, Equatable {
        let bytes: [UInt8]
        let prefix: Int

        func contains(_ address: [UInt8]) -> Bool {
            guard address.count == bytes.count else { return false }
            var remaining = prefix
            for (index, byte) in bytes.enumerated() where remaining > 0 {
                let bits = min(8, remaining)
                let mask = UInt8(truncatingIfNeeded: 0xFF << (8 - bits))
                guard address[index] & mask == byte & mask else { return false }
                remaining -= bits
            }
            return true
        }
    }

    let ranges: [Range]

    public static let none = TrustedProxies(ranges: [])

    /// Parses `10.0.0.0/8, 127.0.0.1, ::1`; a failure names the first entry that is not an address or range.
    public static func parse(_ text: String) -> Result<TrustedProxies, InvalidEntry> {
        var ranges: [Range] = []
        for entry in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces) }) where !entry.isEmpty {
            let parts = entry.split(separator: "/", maxSplits: 1).map(String.init)
            guard let bytes = Self.bytes(of: parts[0]) else { return .failure(InvalidEntry(entry: entry)) }
            let prefix = parts.count == 2 ? Int(parts[1]) : bytes.count * 8
            guard let prefix, (0...(bytes.count * 8)).contains(prefix) else { return .failure(InvalidEntry(entry: entry)) }
            ranges.append(Range(bytes: bytes, prefix: prefix))
        }
        return .success(TrustedProxies(ranges: ranges))
    }

    /// An entry of `http.trusted_proxies` that is neither an IP address nor a CIDR range.
    public struct InvalidEntry: Error, Equatable {
        public let entry: String

        public init(entry: String) { self.entry = entry }
    }

    public var isEmpty: Bool { ranges.isEmpty }

    public func contains(_ address: String) -> Bool {
        guard let bytes = Self.bytes(of: address) else { return false }
        return ranges.contains { $0.contains(bytes) }
    }

    /// The client's address, given the socket's peer and the `X-Forwarded-For` header(s).
    public func client(remote: String, forwardedFor: [String]) -> String {
        guard contains(remote) else { return remote }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        for hop in hops.reversed() {
            guard Self.bytes(of: hop) != nil else { return remote }
            if !contains(hop) { return hop }
        }
        return hops.first ?? remote
    }

    static func bytes(of address: String) -> [UInt8]? {
        var v4 = in_addr()
        if inet_pton(AF_INET, address, &v4) == 1 { return withUnsafeBytes(of: &v4) { Array($0) } }
        var v6 = in6_addr()
        if inet_pton(AF_INET6, address, &v6) == 1 { return withUnsafeBytes(of: &v6) { Array($0) } }
        return nil
    }
}
