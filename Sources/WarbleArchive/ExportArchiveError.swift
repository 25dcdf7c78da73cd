/// Why an export could not be written. Any error from ``ExportArchiveWriter`` ends the export:
/// its partial output is removed and later calls throw ``ended``.
public enum ExportArchiveError: Error, CustomStringConvertible, Sendable, Equatable {
    /// Two members with the same path.
    case duplicatePath(String)
    /// A member named like one of the files the writer adds itself (see ``ExportArchiveLayout``).
    case reservedPath(String)
    /// The manifest does not encode to a JSON object.
    case manifestNotAnObject
    /// The manifest has a key the writer fills in itself.
    case manifestKeyReserved(String)
    /// The export already finished, or failed and was removed.
    case ended

    public var description: String {
        switch self {
        case .duplicatePath(let path): "\(path) was added to the export more than once"
        case .reservedPath(let path): "\(path) is written by the export itself and cannot be added as a member"
        case .manifestNotAnObject: "the export manifest must encode to a JSON object"
        case .manifestKeyReserved(let key): "the export manifest may not set \(key.debugDescription): the export writes it"
        case .ended: "the export has already finished or failed"
        }
    }
}
