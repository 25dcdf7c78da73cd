import Foundation

/// An export requested through the API, as it waits, runs and ends.
public struct ExportJob: Sendable, Equatable {
    public enum State: String, Sendable {
        case queued, running, done, failed
    }

    public var id: Int64
    public var requestedBy: Int64
    public var selection: ExportSelection
    public var custodianNames: [String]
    public var groupNames: [String]
    public var state: State
    public var postsDone: Int
    public var postsTotal: Int?
    public var fileName: String?
    public var sha256: String?
    public var error: String?
    public var createdAt: Date
    public var finishedAt: Date?
}
