import Yams

/// Walks one policy file's YAML and notes a problem, with its line, for every field that is
/// missing, unknown or of the wrong kind, so one pass finds every mistake in the file.
struct PolicyFileReader {
    /// A YAML mapping whose keys were checked against those its place allows.
    struct Fields {
        /// Where the mapping is, such as `rules[2]`; empty at the top of the file.
        let path: String
        /// Where the mapping starts: missing fields are reported there.
        let mark: Mark?
        let nodes: [String: Node]

        func path(of key: String) -> String { path.isEmpty ? key : "\(path).\(key)" }
    }

    let file: String
    private var found: [(problem: PolicyProblem, order: Int)] = []

    init(file: String) {
        self.file = file
    }

    /// The problems noted so far, by line.
    var problems: [PolicyProblem] {
        found.sorted { ($0.problem.line ?? 0, $0.order) < ($1.problem.line ?? 0, $1.order) }.map(\.problem)
    }

    mutating func report(_ message: String, field: String?, at mark: Mark?) {
        let problem = PolicyProblem(file: file, line: mark?.line, column: mark?.column, field: field, message: message)
        found.append((problem, found.count))
    }

    /// The rules of a file that must read `version: 1` and `rules:`, each checked to have only
    /// the keys in `ruleKeys`; empty (with the problems noted) when there are none to read.
    mutating func rules(of yaml: String, ruleKeys: [String]) -> [Fields] {
        guard let root = parse(yaml) else { return [] }
        guard let top = fields(of: root, path: "", known: ["version", "rules"]) else { return [] }
        if let version = top.nodes["version"] {
            if version.int != 1 {
                report("expected 1, the version of the format this Warble reads", field: "version", at: version.mark)
            }
        } else {
            report("missing; the file starts with version: 1", field: "version", at: top.mark)
        }
        guard let rules = top.nodes["rules"] else {
            report("missing; list the rules under rules: (rules: [] for none)", field: "rules", at: top.mark)
            return []
        }
        guard case .sequence(let items) = rules else {
            report("expected a list of rules, each starting with '- name:'", field: "rules", at: rules.mark)
            return []
        }
        return items.enumerated().compactMap { index, item in fields(of: item, path: "rules[\(index)]", known: ruleKeys) }
    }

    /// The mapping `node` with its keys checked against `known`; nil (noted) when it is not one.
    mutating func fields(of node: Node, path: String, known: [String]) -> Fields? {
        guard case .mapping(let mapping) = node else {
            report("expected fields (\(known.joined(separator: ", ")))", field: path.isEmpty ? nil : path, at: node.mark)
            return nil
        }
        var nodes: [String: Node] = [:]
        for (key, value) in mapping {
            let name = key.scalar?.string ?? ""
            guard known.contains(name) else {
                let field = path.isEmpty ? name : "\(path).\(name)"
                report("unknown field; expected one of \(known.joined(separator: ", "))", field: field, at: key.mark)
                continue
            }
            nodes[name] = value
        }
        return Fields(path: path, mark: mapping.mark, nodes: nodes)
    }

    /// The text of `key`, noted as a problem when it is absent (if `required`), empty, or not text.
    mutating func string(_ key: String, in fields: Fields, required: Bool = true) -> String? {
        guard let node = fields.nodes[key] else {
            if required { report("missing; this field is required", field: fields.path(of: key), at: fields.mark) }
            return nil
        }
        guard case .scalar(let scalar) = node, !scalar.string.isEmpty, scalar.tag != .init(.null) || scalar.style != .plain else {
            report("expected a single value, not empty, a list or fields", field: fields.path(of: key), at: node.mark)
            return nil
        }
        return scalar.string
    }

    /// The rule's `name`, noted as a problem when missing or taken by an earlier rule, whose line
    /// `seen` keeps.
    mutating func uniqueName(in fields: Fields, seen: inout [String: Int]) -> String? {
        guard let name = string("name", in: fields) else { return nil }
        let mark = fields.nodes["name"]?.mark
        if let earlier = seen[name] {
            report("\"\(name)\" is already the name of the rule on line \(earlier); names must be unique", field: fields.path(of: "name"), at: mark)
            return nil
        }
        seen[name] = mark?.line ?? 0
        return name
    }

    /// The items of the list at `key`, each with its mark and path; nil (noted) when absent,
    /// empty or not a list of single values.
    mutating func list(_ key: String, in fields: Fields) -> [(text: String, mark: Mark?, path: String)]? {
        guard let node = fields.nodes[key] else { return nil }
        guard case .sequence(let sequence) = node, !sequence.isEmpty else {
            report("expected a list of one or more values, such as [a, b]", field: fields.path(of: key), at: node.mark)
            return nil
        }
        var items: [(text: String, mark: Mark?, path: String)] = []
        for (index, item) in sequence.enumerated() {
            let path = "\(fields.path(of: key))[\(index)]"
            guard case .scalar(let scalar) = item else {
                report("expected a single value", field: path, at: item.mark)
                continue
            }
            items.append((scalar.string, item.mark, path))
        }
        return items
    }

    /// The document's root, or nil with the problem noted when the text is not YAML or is empty.
    private mutating func parse(_ yaml: String) -> Node? {
        do {
            guard let root = try Yams.compose(yaml: yaml) else {
                report("the file is empty; it starts with version: 1", field: nil, at: nil)
                return nil
            }
            return root
        } catch let error as YamlError {
            switch error {
            case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _), .composer(let context, let problem, let mark, _):
                // The line the parser gave up on, and the one where the broken construct started.
                var text = problem
                if let context, !context.text.isEmpty {
                    let start = context.mark.line == mark.line ? "" : " that starts on line \(context.mark.line)"
                    text = "\(context.text)\(start): \(problem)"
                }
                report("not valid YAML: \(text)", field: nil, at: mark)
            case .duplicatedKeysInMapping(let duplicates, let context):
                report("\(duplicates.joined(separator: ", ")) given twice in one place; keep one", field: nil, at: context.mark)
            default:
                report("not valid YAML: \(error)", field: nil, at: nil)
            }
        } catch {
            report("not valid YAML: \(error)", field: nil, at: nil)
        }
        return nil
    }
}
