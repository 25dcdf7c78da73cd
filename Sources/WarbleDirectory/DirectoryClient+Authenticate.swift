import CLDAP

extension DirectoryClient {
    /// Search-then-bind: as the service account, find the one entry whose attribute matches
    /// `username` (escaped per RFC 4515 into `ldap.user_filter`), then bind as that entry with
    /// `password`. Returns what the directory says about the person.
    public func authenticate(username: String, password: String) async throws(LoginFailure) -> DirectoryPerson {
        guard !password.isEmpty else { throw .emptyPassword }
        guard !username.isEmpty else { throw .unknownUser }
        let filter = LDAPFilter.fill(settings.userFilter, username: username)
        let base = settings.userBase
        let roleGroups = Array(settings.roleGroups.values)
        do {
            return try await withServiceConnection { connection in
                let entries = try connection.search(base: base, scope: LDAP_SCOPE_SUBTREE, filter: filter, attributes: DirectoryPerson.attributes(settings.attributes), sizeLimit: 2)
                guard entries.count == 1, let entry = entries.first else {
                    throw entries.isEmpty ? LoginFailure.unknownUser : LoginFailure.ambiguousUser(count: entries.count)
                }
                // Read as the service account: after the user's bind the connection is theirs.
                let listing = try connection.groups(among: roleGroups, listing: entry.dn)
                do {
                    try connection.bind(dn: entry.dn, password: password)
                } catch let error as LDAPError where error.isInvalidCredentials {
                    throw LoginFailure.wrongPassword
                }
                return DirectoryPerson(entry, uid: username, mapping: settings.attributes, listedIn: listing)
            }
        } catch let failure as LoginFailure {
            throw failure
        } catch let error as LDAPError where error.code == LDAP_SIZELIMIT_EXCEEDED {
            throw .ambiguousUser(count: 2)
        } catch {
            throw .directoryUnavailable(reason: String(describing: error))
        }
    }
}

extension LDAPConnection {
    /// Those of `candidates` (group DNs) that list `dn` as `member` or `uniqueMember`: group
    /// membership for directories that keep no `memberOf` on people. A group that does not exist
    /// lists nobody.
    func groups(among candidates: [String], listing dn: String) throws(LDAPError) -> [String] {
        let filter = "(|(member=\(LDAPFilter.escape(dn)))(uniqueMember=\(LDAPFilter.escape(dn))))"
        var listing: [String] = []
        for group in candidates {
            do {
                if try !search(base: group, scope: LDAP_SCOPE_BASE, filter: filter, attributes: ["1.1"], sizeLimit: 1).isEmpty {
                    listing.append(group)
                }
            } catch where error.code == LDAP_NO_SUCH_OBJECT {
                continue
            }
        }
        return listing
    }
}
