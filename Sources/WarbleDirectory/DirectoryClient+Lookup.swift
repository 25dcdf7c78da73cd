import CLDAP

extension DirectoryClient {
    /// What the directory says now about each login name, on one service connection; a name the
    /// directory no longer has is absent from the result. With `disabledFilter`, entries matching it
    /// are returned in `disabled` instead. Any directory error aborts the whole look-up, so that an
    /// outage never reads as "everyone left".
    public func lookUp(uids: [String], disabledFilter: String?) async throws -> (found: [String: DirectoryPerson], disabled: Set<String>) {
        let settings = self.settings
        let roleGroups = Array(settings.roleGroups.values)
        return try await withServiceConnection { connection in
            var found: [String: DirectoryPerson] = [:]
            var disabled = Set<String>()
            for uid in uids {
                let filter = LDAPFilter.fill(settings.userFilter, username: uid)
                let entries = try connection.search(base: settings.userBase, scope: LDAP_SCOPE_SUBTREE, filter: filter, attributes: DirectoryPerson.attributes(settings.attributes), sizeLimit: 2)
                guard entries.count == 1, let entry = entries.first else { continue }
                if let disabledFilter {
                    let matches = try connection.search(base: entry.dn, scope: LDAP_SCOPE_BASE, filter: disabledFilter, attributes: ["1.1"], sizeLimit: 1)
                    if !matches.isEmpty {
                        disabled.insert(uid)
                        continue
                    }
                }
                found[uid] = DirectoryPerson(entry, uid: uid, mapping: settings.attributes, listedIn: try connection.groups(among: roleGroups, listing: entry.dn))
            }
            return (found, disabled)
        }
    }
}
