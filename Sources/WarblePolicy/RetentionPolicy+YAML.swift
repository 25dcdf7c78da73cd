import WarbleCore

extension RetentionPolicy {
    /// Reads `retention.yaml`; `file` names it in problems. Throws every problem found.
    public init(yaml: String, file: String) throws(PolicyError) {
        var reader = PolicyFileReader(file: file)
        var rules: [RetentionRule] = []
        var names: [String: Int] = [:]
        var scopes: [RetentionScope: (name: String, line: Int)] = [:]
        let keys = ["name", "scope", "keep", "action", "group", "directory_group"]
        for fields in reader.rules(of: yaml, ruleKeys: keys) {
            let name = reader.uniqueName(in: fields, seen: &names)
            let scope = Self.scope(in: fields, reader: &reader)
            let keep = Self.keep(in: fields, reader: &reader)
            let action = Self.action(in: fields, scope: scope, reader: &reader)
            if let scope, let line = fields.nodes["scope"]?.mark?.line {
                if let earlier = scopes[scope.normalised] {
                    reader.report("the rule \"\(earlier.name)\" (line \(earlier.line)) covers the same content; one rule per scope and group", field: fields.path(of: "scope"), at: fields.nodes["scope"]?.mark)
                } else {
                    scopes[scope.normalised] = (name ?? fields.path, line)
                }
            }
            if let name, let scope, let keep, let action {
                rules.append(RetentionRule(name: name, scope: scope, keep: keep, action: action))
            }
        }
        guard reader.problems.isEmpty else { throw PolicyError(problems: reader.problems) }
        self.init(rules: rules)
    }

    /// The duration of `keep:`.
    private static func keep(in fields: PolicyFileReader.Fields, reader: inout PolicyFileReader) -> RetentionDuration? {
        guard let text = reader.string("keep", in: fields) else { return nil }
        do throws(RetentionDuration.InvalidDuration) {
            return try RetentionDuration(text)
        } catch {
            reader.report(error.message, field: fields.path(of: "keep"), at: fields.nodes["keep"]?.mark)
            return nil
        }
    }

    /// The `action:`, which must be one `scope` allows.
    private static func action(in fields: PolicyFileReader.Fields, scope: RetentionScope?, reader: inout PolicyFileReader) -> RetentionAction? {
        guard let text = reader.string("action", in: fields) else { return nil }
        let mark = fields.nodes["action"]?.mark
        guard let action = RetentionAction(rawValue: text) else {
            reader.report("\"\(text)\" is not an action; use delete (hide now, purge later) or purge", field: fields.path(of: "action"), at: mark)
            return nil
        }
        if let scope, !scope.allowedActions.contains(action) {
            reader.report("\(scope.keyword) content can only be purged; use action: purge", field: fields.path(of: "action"), at: mark)
            return nil
        }
        return action
    }

    /// The rule's scope with the `group:` or `directory_group:` it needs, which other scopes must
    /// not have.
    private static func scope(in fields: PolicyFileReader.Fields, reader: inout PolicyFileReader) -> RetentionScope? {
        let group = reader.string("group", in: fields, required: false)
        let directoryGroup = reader.string("directory_group", in: fields, required: false)
        guard let keyword = reader.string("scope", in: fields) else { return nil }
        let scope: RetentionScope
        switch keyword {
        case "all_posts": scope = .allPosts
        case "direct_posts": scope = .directPosts
        case "group":
            guard let group else {
                reader.report("missing; scope: group needs the group's slug, as in /groups/<slug>", field: fields.path(of: "group"), at: fields.mark)
                return nil
            }
            guard Group.isValidSlug(group) else {
                reader.report("\"\(group)\" is not a group slug (lower-case letters, digits, - and _, as in /groups/<slug>)", field: fields.path(of: "group"), at: fields.nodes["group"]?.mark)
                return nil
            }
            scope = .group(group)
        case "directory_group":
            guard let directoryGroup else {
                reader.report("missing; scope: directory_group needs the group's DN or cn", field: fields.path(of: "directory_group"), at: fields.mark)
                return nil
            }
            scope = .directoryGroup(directoryGroup)
        case "attachments": scope = .attachments
        case "deleted_posts": scope = .deletedPosts
        case "suspended_accounts": scope = .suspendedAccounts
        case "audit_log": scope = .auditLog
        case "exports": scope = .exports
        default:
            let known = "all_posts, direct_posts, group, directory_group, attachments, deleted_posts, suspended_accounts, audit_log, exports"
            reader.report("\"\(keyword)\" is not a scope; use one of \(known)", field: fields.path(of: "scope"), at: fields.nodes["scope"]?.mark)
            return nil
        }
        for (key, value) in [("group", group), ("directory_group", directoryGroup)] where value != nil && key != scope.keyword {
            reader.report("only used with scope: \(key); remove it", field: fields.path(of: key), at: fields.nodes[key]?.mark)
        }
        return scope
    }
}
