import CLDAP
import Foundation

/// One libldap session. Every method blocks the calling thread until the server answers, so only
/// ``DirectoryClient`` uses it, from its thread pool. It is handed between threads only through
/// ``LDAPConnectionPool``, which lends it to one thread at a time: hence the unchecked Sendable.
final class LDAPConnection: @unchecked Sendable {
    private let handle: OpaquePointer
    /// The DN of the last successful bind; nil before any.
    private(set) var boundDN: String?

    /// libldap initialises its global state on first use, and that is not safe when the first
    /// uses come from several threads at once; Swift runs this exactly once, before any session.
    private static let libraryInitialised: Void = {
        var version = LDAP_VERSION3
        ldap_set_option(nil, LDAP_OPT_PROTOCOL_VERSION, &version)
        ldap_set_option(nil, LDAP_OPT_REFERRALS, nil)
    }()

    /// Prepares a session for `url` (`ldap://` or `ldaps://`) with its TLS settings; libldap
    /// connects on the first operation, except with StartTLS, which connects and upgrades here.
    init(url: String, timeout: Double, tls: TLSOptions = TLSOptions()) throws(LDAPError) {
        Self.libraryInitialised
        var handle: OpaquePointer?
        let code = ldap_initialize(&handle, url)
        guard code == LDAP_SUCCESS, let handle else { throw LDAPError(code: code, operation: "opening \(url)") }
        self.handle = handle
        var version = LDAP_VERSION3
        ldap_set_option(handle, LDAP_OPT_PROTOCOL_VERSION, &version)
        // LDAP_OPT_OFF is a null pointer: referrals are not chased.
        ldap_set_option(handle, LDAP_OPT_REFERRALS, nil)
        var limit = timeval(tv_sec: Int(timeout), tv_usec: Int((timeout - timeout.rounded(.down)) * 1_000_000))
        ldap_set_option(handle, LDAP_OPT_NETWORK_TIMEOUT, &limit)
        ldap_set_option(handle, LDAP_OPT_TIMEOUT, &limit)
        try configureTLS(tls)
    }

    /// The TLS settings of one session.
    struct TLSOptions: Sendable {
        var caFile: String?
        var startTLS = false
        var skipVerification = false
    }

    private func configureTLS(_ tls: TLSOptions) throws(LDAPError) {
        if let caFile = tls.caFile {
            ldap_set_option(handle, LDAP_OPT_X_TLS_CACERTFILE, caFile)
        }
        var requirement = tls.skipVerification ? LDAP_OPT_X_TLS_NEVER : LDAP_OPT_X_TLS_DEMAND
        ldap_set_option(handle, LDAP_OPT_X_TLS_REQUIRE_CERT, &requirement)
        // Per-session TLS options take effect only in a new TLS context.
        var isServer: Int32 = 0
        ldap_set_option(handle, LDAP_OPT_X_TLS_NEWCTX, &isServer)
        if tls.startTLS {
            let code = ldap_start_tls_s(handle, nil, nil)
            guard code == LDAP_SUCCESS else { throw error(code, "StartTLS") }
        }
    }

    deinit {
        ldap_unbind_ext_s(handle, nil, nil)
    }

    /// A simple bind. An empty password is refused here: to the server it would be an anonymous
    /// bind that "succeeds" whatever the DN.
    func bind(dn: String, password: String) throws(LDAPError) {
        guard !password.isEmpty else {
            throw LDAPError(code: LDAP_INVALID_CREDENTIALS, operation: "bind as \(dn)", diagnostic: "empty password refused")
        }
        var bytes = Array(password.utf8)
        let code = bytes.withUnsafeMutableBufferPointer { buffer -> Int32 in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                var credential = berval(bv_len: ber_len_t(buffer.count), bv_val: pointer)
                // A nil mechanism is a simple bind (LDAP_SASL_SIMPLE does not import into Swift).
                return ldap_sasl_bind_s(handle, dn, nil, &credential, nil, nil, nil)
            }
        }
        for index in bytes.indices { bytes[index] = 0 }
        boundDN = nil
        guard code == LDAP_SUCCESS else { throw error(code, "bind as \(dn)") }
        boundDN = dn
    }

    /// A search; `scope` is `LDAP_SCOPE_BASE`, `LDAP_SCOPE_ONELEVEL` or `LDAP_SCOPE_SUBTREE`.
    func search(base: String, scope: Int32, filter: String, attributes: [String], sizeLimit: Int32) throws(LDAPError) -> [LDAPEntry] {
        var result: OpaquePointer?
        var names: [UnsafeMutablePointer<CChar>?] = attributes.map { strdup($0) } + [nil]
        defer { names.forEach { free($0) } }
        let code = names.withUnsafeMutableBufferPointer { pointer in
            ldap_search_ext_s(handle, base, scope, filter, attributes.isEmpty ? nil : pointer.baseAddress, 0, nil, nil, nil, sizeLimit, &result)
        }
        defer { if let result { ldap_msgfree(result) } }
        guard code == LDAP_SUCCESS else { throw error(code, "search of \(base) for \(filter)") }
        var entries: [LDAPEntry] = []
        var entry = ldap_first_entry(handle, result)
        while let current = entry {
            entries.append(read(current))
            entry = ldap_next_entry(handle, current)
        }
        return entries
    }

    private func read(_ entry: OpaquePointer) -> LDAPEntry {
        var dn = ""
        if let pointer = ldap_get_dn(handle, entry) {
            dn = String(cString: pointer)
            ldap_memfree(pointer)
        }
        var attributes: [String: [[UInt8]]] = [:]
        var cursor: OpaquePointer?
        var name = ldap_first_attribute(handle, entry, &cursor)
        while let current = name {
            let key = String(cString: current)
            if let values = ldap_get_values_len(handle, entry, current) {
                let count = Int(ldap_count_values_len(values))
                attributes[key] = (0..<count).compactMap { index in
                    values[index].map { value in
                        Array(UnsafeRawBufferPointer(start: value.pointee.bv_val, count: Int(value.pointee.bv_len)))
                    }
                }
                ldap_value_free_len(values)
            }
            ldap_memfree(current)
            name = ldap_next_attribute(handle, entry, cursor)
        }
        if let cursor { ber_free(cursor, 0) }
        return LDAPEntry(dn: dn, attributes: attributes)
    }

    private func error(_ code: Int32, _ operation: String) -> LDAPError {
        var diagnostic: UnsafeMutablePointer<CChar>?
        ldap_get_option(handle, LDAP_OPT_DIAGNOSTIC_MESSAGE, &diagnostic)
        defer { if let diagnostic { ldap_memfree(diagnostic) } }
        return LDAPError(code: code, operation: operation, diagnostic: diagnostic.map { String(cString: $0) })
    }
}
