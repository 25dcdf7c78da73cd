import CLDAP

/// A failed directory operation: libldap's result code, its text and the server's diagnostic.
public struct LDAPError: Error, CustomStringConvertible, Sendable, Equatable {
    public let code: Int32
    public let operation: String
    public let diagnostic: String?

    public init(code: Int32, operation: String, diagnostic: String? = nil) {
        self.code = code
        self.operation = operation
        // libldap fills the diagnostic with this when it has nothing to say.
        self.diagnostic = diagnostic.flatMap { $0.isEmpty || $0 == "(unknown error code)" ? nil : $0 }
    }

    /// The same error with a hint for the administrator appended to the diagnostic.
    func hinting(_ hint: String) -> LDAPError {
        LDAPError(code: code, operation: operation, diagnostic: [diagnostic, hint].compactMap { $0 }.joined(separator: "; "))
    }

    /// libldap's own words for the code.
    public var message: String { String(cString: ldap_err2string(code)) }

    public var description: String {
        var text = "\(operation) failed: \(message)"
        if let diagnostic { text += " (\(diagnostic))" }
        return text
    }

    /// The server could not be reached, or went away.
    public var isUnavailable: Bool { [LDAP_SERVER_DOWN, LDAP_CONNECT_ERROR, LDAP_TIMEOUT, LDAP_UNAVAILABLE, LDAP_BUSY].contains(code) }
    /// The DN and password did not match.
    public var isInvalidCredentials: Bool { code == LDAP_INVALID_CREDENTIALS }
}
