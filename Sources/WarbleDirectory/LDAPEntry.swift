/// One directory entry as a search returned it: its DN and the attributes asked for, each with
/// every value it holds (as text; binary attributes such as `jpegPhoto` are read with ``bytes(_:)``).
public struct LDAPEntry: Sendable, Equatable {
    public let dn: String
    public let attributes: [String: [[UInt8]]]

    public init(dn: String, attributes: [String: [[UInt8]]]) {
        self.dn = dn
        // Attribute names are case-insensitive in LDAP.
        self.attributes = Dictionary(attributes.map { ($0.key.lowercased(), $0.value) }, uniquingKeysWith: +)
    }

    /// Every value of `attribute`, decoded as UTF-8.
    public func values(_ attribute: String) -> [String] {
        (attributes[attribute.lowercased()] ?? []).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The first value of `attribute`, decoded as UTF-8.
    public func value(_ attribute: String) -> String? { values(attribute).first }

    /// The raw bytes of the first value of `attribute`.
    public func bytes(_ attribute: String) -> [UInt8]? { attributes[attribute.lowercased()]?.first }
}
