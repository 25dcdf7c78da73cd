import Foundation
import Yams

/// The settings as text, gathered from `warble.yaml` and the environment before they are checked
/// and typed; environment variables win over the file.
public struct RawConfiguration: Sendable {
    public private(set) var values: [ConfigurationKey: SourcedValue] = [:]
    /// Unknown keys and unreadable values, reported together with the typed checks' problems.
    private(set) var problems: [ConfigurationError.Problem] = []

    /// Reads the file at `path` (if given) and then the `WARBLE_*` variables of `environment`.
    /// A missing file is an error only when `fileRequired` is set (an explicit `--config`).
    public static func load(
        path: String?,
        fileRequired: Bool,
        environment: [String: String]
    ) throws(ConfigurationError) -> RawConfiguration {
        var raw = RawConfiguration()
        if let path {
            if FileManager.default.fileExists(atPath: path) {
                // A file that cannot be read or parsed leaves nothing to check further.
                guard raw.readFile(path) else { throw ConfigurationError(problems: raw.problems) }
            } else if fileRequired {
                throw ConfigurationError(key: "config", source: nil, message: "the file \(path) does not exist")
            }
        }
        raw.readEnvironment(environment)
        return raw
    }

    /// Builds a configuration from values alone; tests use it.
    public init(_ values: [ConfigurationKey: String] = [:]) {
        for (key, text) in values { self.values[key] = SourcedValue(text: text, source: .environment(variable: key.environmentName)) }
    }

    /// Reads the file's settings; false when the file as a whole is unusable.
    private mutating func readFile(_ path: String) -> Bool {
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8)
        } catch {
            problems.append(.init(key: "config", source: nil, message: "cannot read \(path): \(error.localizedDescription)"))
            return false
        }
        let root: Node?
        do {
            root = try Yams.compose(yaml: text)
        } catch let error as YamlError {
            problems.append(.init(key: "config", source: Self.source(of: error, path: path), message: "not valid YAML: \(Self.problem(of: error))"))
            return false
        } catch {
            problems.append(.init(key: "config", source: nil, message: "\(path) is not valid YAML: \(error)"))
            return false
        }
        guard let root else { return true }
        guard case .mapping(let sections) = root else {
            problems.append(.init(key: "config", source: Self.source(root.mark, path), message: "expected sections such as 'http:' and 'database:' at the top level"))
            return false
        }
        let known = Dictionary(grouping: ConfigurationKey.all, by: \.section)
        for (sectionNode, body) in sections {
            let section = sectionNode.string ?? ""
            guard let keys = known[section] else {
                problems.append(.init(key: section, source: Self.source(sectionNode.mark, path), message: "unknown section; expected one of \(known.keys.sorted().joined(separator: ", "))"))
                continue
            }
            if case .scalar(let scalar) = body, scalar.string.isEmpty || scalar.tag == .init(.null) { continue }
            guard case .mapping(let entries) = body else {
                problems.append(.init(key: section, source: Self.source(body.mark, path), message: "expected a mapping of settings under '\(section):'"))
                continue
            }
            for (nameNode, valueNode) in entries {
                let name = nameNode.string ?? ""
                guard let key = keys.first(where: { $0.name == name }) else {
                    problems.append(.init(key: "\(section).\(name)", source: Self.source(nameNode.mark, path), message: "unknown setting; \(section) has \(keys.map(\.name).joined(separator: ", "))"))
                    continue
                }
                guard case .scalar(let scalar) = valueNode else {
                    problems.append(.init(key: key.description, source: Self.source(valueNode.mark, path), message: "expected a single value, not a list or mapping"))
                    continue
                }
                if scalar.tag == .init(.null) && scalar.style == .plain && (scalar.string.isEmpty || scalar.string == "~" || scalar.string == "null") { continue }
                values[key] = SourcedValue(text: scalar.string, source: Self.source(valueNode.mark, path) ?? .file(path: path, line: 0))
            }
        }
        return true
    }

    private mutating func readEnvironment(_ environment: [String: String]) {
        let byName = Dictionary(uniqueKeysWithValues: ConfigurationKey.all.map { ($0.environmentName, $0) })
        let sections = Set(ConfigurationKey.all.map { "WARBLE_\($0.section.uppercased())_" })
        for (variable, text) in environment where sections.contains(where: variable.hasPrefix) {
            let isFile = variable.hasSuffix("_FILE") && byName[variable] == nil
            let name = isFile ? String(variable.dropLast(5)) : variable
            guard let key = byName[name] else {
                problems.append(.init(key: variable, source: .environment(variable: variable), message: "not a Warble setting; known variables are \(ConfigurationKey.all.map(\.environmentName).joined(separator: ", ")) (each also with _FILE)"))
                continue
            }
            if isFile {
                if environment[name] != nil {
                    problems.append(.init(key: key.description, source: .environment(variable: variable), message: "set both \(name) and \(variable); set one"))
                    continue
                }
                do {
                    var contents = try String(contentsOfFile: text, encoding: .utf8)
                    while contents.hasSuffix("\n") || contents.hasSuffix("\r") { contents.removeLast() }
                    values[key] = SourcedValue(text: contents, source: .environmentFile(variable: variable, path: text))
                } catch {
                    problems.append(.init(key: key.description, source: .environment(variable: variable), message: "cannot read the file \(text)"))
                }
            } else {
                values[key] = SourcedValue(text: text, source: .environment(variable: variable))
            }
        }
    }

    private static func source(_ mark: Mark?, _ path: String) -> ConfigurationSource? {
        mark.map { .file(path: path, line: $0.line) }
    }

    private static func source(of error: YamlError, path: String) -> ConfigurationSource {
        switch error {
        case .scanner(let context, _, let mark, _), .parser(let context, _, let mark, _), .composer(let context, _, let mark, _):
            // Where the broken construct starts says more than where the parser gave up (often the end).
            .file(path: path, line: context?.mark.line ?? mark.line)
        default:
            .file(path: path, line: 0)
        }
    }

    private static func problem(of error: YamlError) -> String {
        switch error {
        case .scanner(let context, let problem, _, _), .parser(let context, let problem, _, _), .composer(let context, let problem, _, _):
            [context?.text, problem].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: ": ")
        default:
            "\(error)"
        }
    }
}
