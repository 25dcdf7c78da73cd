/// Where a configuration value came from, so that an error can send the reader to the right place.
public enum ConfigurationSource: Hashable, Sendable, CustomStringConvertible {
    case file(path: String, line: Int)
    case environment(variable: String)
    case environmentFile(variable: String, path: String)
    case builtInDefault

    public var description: String {
        switch self {
        case .file(let path, let line): "\(path) line \(line)"
        case .environment(let variable): "environment variable \(variable)"
        case .environmentFile(let variable, let path): "file \(path) named by \(variable)"
        case .builtInDefault: "built-in default"
        }
    }
}

/// A raw configuration value and its origin.
public struct SourcedValue: Hashable, Sendable {
    public let text: String
    public let source: ConfigurationSource
}
