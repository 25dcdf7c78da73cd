import Foundation
import WarbleCore

extension DLPPolicy {
    /// Reads `dlp.yaml`; `file` names it in problems. Throws every problem found.
    public init(yaml: String, file: String) throws(PolicyError) {
        var reader = PolicyFileReader(file: file)
        var rules: [DLPRule] = []
        var names: [String: Int] = [:]
        for fields in reader.rules(of: yaml, ruleKeys: ["name", "pattern", "validator", "scope", "action", "message"]) {
            let name = reader.uniqueName(in: fields, seen: &names)
            let pattern = Self.pattern(in: fields, reader: &reader)
            var validator: DLPValidator?
            if let text = reader.string("validator", in: fields, required: false) {
                validator = DLPValidator(rawValue: text)
                if validator == nil {
                    let known = DLPValidator.allCases.map(\.rawValue).joined(separator: ", ")
                    reader.report("\"\(text)\" is not a validator; use one of \(known), or leave it out", field: fields.path(of: "validator"), at: fields.nodes["validator"]?.mark)
                }
            }
            let scope = Self.scope(in: fields, reader: &reader)
            let action = Self.action(in: fields, reader: &reader)
            if let name, let pattern, let scope, let action {
                rules.append(DLPRule(name: name, pattern: pattern, validator: validator, scope: scope, action: action))
            }
        }
        guard reader.problems.isEmpty else { throw PolicyError(problems: reader.problems) }
        self.init(rules: rules)
    }

    /// The compiled `pattern:`, which must not match empty text (it would find something in every post).
    private static func pattern(in fields: PolicyFileReader.Fields, reader: inout PolicyFileReader) -> NSRegularExpression? {
        guard let text = reader.string("pattern", in: fields) else { return nil }
        let mark = fields.nodes["pattern"]?.mark
        guard let pattern = try? NSRegularExpression(pattern: text) else {
            reader.report("\(text) is not a valid regular expression (ICU syntax; in YAML, quote it with single quotes)", field: fields.path(of: "pattern"), at: mark)
            return nil
        }
        guard pattern.firstMatch(in: "", range: NSRange(location: 0, length: 0)) == nil else {
            reader.report("\(text) matches empty text, so it would find something in every post", field: fields.path(of: "pattern"), at: mark)
            return nil
        }
        return pattern
    }

    /// `scope: all`, or fields `visibilities:` and `groups:` with at least one of them.
    private static func scope(in fields: PolicyFileReader.Fields, reader: inout PolicyFileReader) -> DLPScope? {
        guard let node = fields.nodes["scope"] else {
            reader.report("missing; use scope: all, or visibilities: and groups: under scope:", field: fields.path(of: "scope"), at: fields.mark)
            return nil
        }
        if case .scalar(let scalar) = node {
            guard scalar.string == "all" else {
                reader.report("\"\(scalar.string)\" is not a scope; use all, or visibilities: and groups: under scope:", field: fields.path(of: "scope"), at: node.mark)
                return nil
            }
            return .all
        }
        guard let limits = reader.fields(of: node, path: fields.path(of: "scope"), known: ["visibilities", "groups"]) else { return nil }
        guard limits.nodes["visibilities"] != nil || limits.nodes["groups"] != nil else {
            // Fields under scope: that are all unknown were reported as such.
            if node.mapping?.isEmpty ?? true {
                reader.report("give visibilities:, groups: or both, or write scope: all", field: limits.path, at: limits.mark)
            }
            return nil
        }
        var visibilities: Set<Visibility>?
        for item in reader.list("visibilities", in: limits) ?? [] {
            if let visibility = Visibility(rawValue: item.text) {
                visibilities = (visibilities ?? []).union([visibility])
            } else {
                let known = Visibility.allCases.map(\.rawValue).joined(separator: ", ")
                reader.report("\"\(item.text)\" is not a visibility; use \(known)", field: item.path, at: item.mark)
            }
        }
        var groups: Set<String>?
        for item in reader.list("groups", in: limits) ?? [] {
            if Group.isValidSlug(item.text) {
                groups = (groups ?? []).union([item.text])
            } else {
                reader.report("\"\(item.text)\" is not a group slug (lower-case letters, digits, - and _, as in /groups/<slug>)", field: item.path, at: item.mark)
            }
        }
        return DLPScope(visibilities: visibilities, groups: groups)
    }

    /// `action:` with the `message:` that `block` and `warn` show the author and `flag` must not have.
    private static func action(in fields: PolicyFileReader.Fields, reader: inout PolicyFileReader) -> DLPAction? {
        let message = reader.string("message", in: fields, required: false)
        guard let keyword = reader.string("action", in: fields) else { return nil }
        switch keyword {
        case "block", "warn":
            guard let message else {
                reader.report("missing; \(keyword) shows the author a message saying what to change", field: fields.path(of: "message"), at: fields.mark)
                return nil
            }
            return keyword == "block" ? .block(message: message) : .warn(message: message)
        case "flag":
            if message != nil {
                reader.report("flag is silent and the author sees no message; remove it, or use warn", field: fields.path(of: "message"), at: fields.nodes["message"]?.mark)
                return nil
            }
            return .flag
        default:
            reader.report("\"\(keyword)\" is not an action; use block, warn or flag", field: fields.path(of: "action"), at: fields.nodes["action"]?.mark)
            return nil
        }
    }
}
