import Foundation

/// Loads the policy directory (`Policies/` by default): `retention.yaml` and `dlp.yaml`, both
/// required. Other files there (this README, later policy kinds) are not read.
public enum PolicyLoader {
    public static let retentionFile = "retention.yaml"
    public static let dlpFile = "dlp.yaml"

    /// Reads and checks both files, throwing every problem of both at once; the caller keeps the
    /// policy it had when this throws.
    public static func load(directory: String) throws(PolicyError) -> PolicySet {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: directory, isDirectory: &isDirectory), isDirectory.boolValue else {
            throw PolicyError(problems: [PolicyProblem(file: directory, line: nil, field: nil, message: "not a directory; policies.dir must name the directory that holds \(retentionFile) and \(dlpFile)")])
        }
        var contents: [String: Data] = [:]
        var problems: [PolicyProblem] = []
        let retention = read(retentionFile, in: directory, contents: &contents, problems: &problems, as: RetentionPolicy.init(yaml:file:))
        let dlp = read(dlpFile, in: directory, contents: &contents, problems: &problems, as: DLPPolicy.init(yaml:file:))
        guard let retention, let dlp, problems.isEmpty else { throw PolicyError(problems: problems) }
        return PolicySet(retention: retention, dlp: dlp, digest: PolicySet.digest(of: contents))
    }

    /// One file's policy, or nil with its problems added to `problems`; its bytes go to `contents`.
    private static func read<Policy>(
        _ name: String,
        in directory: String,
        contents: inout [String: Data],
        problems: inout [PolicyProblem],
        as parse: (String, String) throws(PolicyError) -> Policy
    ) -> Policy? {
        let path = directory.hasSuffix("/") ? directory + name : "\(directory)/\(name)"
        guard let data = FileManager.default.contents(atPath: path) else {
            problems.append(PolicyProblem(file: path, line: nil, field: nil, message: "missing or unreadable; start from the file Warble ships in Policies/"))
            return nil
        }
        guard let text = String(data: data, encoding: .utf8) else {
            problems.append(PolicyProblem(file: path, line: nil, field: nil, message: "not UTF-8 text"))
            return nil
        }
        contents[name] = data
        do throws(PolicyError) {
            return try parse(text, path)
        } catch {
            problems += error.problems
            return nil
        }
    }
}
