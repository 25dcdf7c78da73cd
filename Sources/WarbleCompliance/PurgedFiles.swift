import Foundation
import Logging

/// Deletes the files of purged uploads once their rows are gone: a file already missing is not an
/// error; one that cannot be deleted is logged (nothing serves it any more).
struct PurgedFiles {
    let directory: URL
    let logger: Logger

    /// Returns how many files were deleted.
    @discardableResult
    func remove(_ storageKeys: [String]) -> Int {
        var removed = 0
        for key in storageKeys {
            let file = directory.appendingPathComponent(key)
            do {
                try FileManager.default.removeItem(at: file)
                removed += 1
            } catch CocoaError.fileNoSuchFile {
                continue
            } catch {
                logger.error("could not delete a purged file", metadata: ["file": "\(file.path)", "error": "\(error)"])
            }
        }
        return removed
    }
}
