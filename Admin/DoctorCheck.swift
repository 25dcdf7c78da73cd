import Foundation
import Logging
import WarbleConfig
import WarbleDirectory
import WarbleStore
import Yams

/// The result of one of `warblectl doctor`'s checks, and the checks themselves.
struct DoctorCheck: Encodable {
    enum Outcome: String, Encodable {
        case ok, warning, failed

        var label: String {
            switch self {
            case .ok: "ok  "
            case .warning: "warn"
            case .failed: "FAIL"
            }
        }
    }

    let name: String
    let outcome: Outcome
    let detail: String

    /// The database answers and has this build's schema.
    static func database(_ settings: DatabaseSettings) async -> DoctorCheck {
        do {
            let status = try await withDatabase(settings, logger: Logger(label: "warblectl")) { database in
                try await Migrator(database: database).status()
            }
            if !status.pending.isEmpty {
                return DoctorCheck(name: "database", outcome: .failed, detail: "\(settings.endpoint) answers, but \(status.pending.count) migration(s) are pending: run 'warblectl db migrate'")
            }
            if !status.isUpToDate {
                return DoctorCheck(name: "database", outcome: .failed, detail: "\(settings.endpoint) answers, but its schema does not match this build: run 'warblectl db status'")
            }
            return DoctorCheck(name: "database", outcome: .ok, detail: "\(settings.endpoint) answers; schema up to date (\(status.applied.count) migrations)")
        } catch {
            return DoctorCheck(name: "database", outcome: .failed, detail: "\(error)")
        }
    }

    /// The directory answers, accepts the service account and has the user base.
    static func directory(_ settings: LDAPSettings?) async -> DoctorCheck {
        guard let settings else {
            return DoctorCheck(name: "directory", outcome: .failed, detail: "ldap.url is not set: staff cannot sign in")
        }
        do {
            try await DirectoryClient(settings: settings).checkService()
            let account = settings.bindDN.map { "as \($0)" } ?? "anonymously"
            return DoctorCheck(name: "directory", outcome: .ok, detail: "\(settings.url.absoluteString) answers; bound \(account); \(settings.userBase) exists")
        } catch {
            return DoctorCheck(name: "directory", outcome: .failed, detail: "\(settings.url.absoluteString): \(error)")
        }
    }

    /// The policy folder exists and every YAML file in it parses.
    static func policies(_ settings: PolicySettings) -> DoctorCheck {
        let folder = URL(fileURLWithPath: settings.directory)
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            return DoctorCheck(name: "policies", outcome: .failed, detail: "the folder \(folder.path) (policies.dir) cannot be read")
        }
        let files = names.filter { $0.hasSuffix(".yaml") || $0.hasSuffix(".yml") }.sorted()
        guard !files.isEmpty else {
            return DoctorCheck(name: "policies", outcome: .warning, detail: "\(folder.path) holds no policy files")
        }
        for file in files {
            do {
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                _ = try Yams.compose(yaml: text)
            } catch {
                return DoctorCheck(name: "policies", outcome: .failed, detail: "\(file) is not valid YAML: \(error)")
            }
        }
        return DoctorCheck(name: "policies", outcome: .ok, detail: "\(folder.path): \(files.joined(separator: ", "))")
    }
}
