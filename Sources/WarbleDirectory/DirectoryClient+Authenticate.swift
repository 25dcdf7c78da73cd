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
        do {
            return try await withServiceConnection { connection in
                let entries = try connection.search(base: base, scope: LDAP_SCOPE_SUBTREE, filter: filter, attributes: DirectoryPerson.attributes, sizeLimit: 2)
                guard entries.count == 1, let entry = entries.first else {
                    throw entries.isEmpty ? LoginFailure.unknownUser : LoginFailure.ambiguousUser(count: entries.count)
                }
                do {
                    try connection.bind(dn: entry.dn, password: password)
                } catch let error as LDAPError where error.isInvalidCredentials {
                    throw LoginFailure.wrongPassword
                }
                return DirectoryPerson(entry, uid: username)
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
