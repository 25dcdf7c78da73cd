import Foundation
import WarbleArchive
import WarbleCore
import WarbleStore

/// One compliance export to make: what to select, where to write it, what signs it, and who
/// asked (for the audit log).
public struct ExportRequest: Sendable {
    public var selection: ExportSelection
    /// The names the selection was given by, for the manifest (handles and group slugs).
    public var custodianNames: [String]
    public var groupNames: [String]
    public var output: URL
    public var signingKey: ExportSigningKey
    /// The folder uploaded files are kept in (`media.dir`).
    public var mediaDirectory: URL
    /// The installation's public host: the domain of e-mail addresses and message ids.
    public var domain: String
    public var generator: String
    /// Who asked, as the audit log records it: the account (nil for `warblectl`) and address.
    public var actorAccountID: Int64?
    public var actorRole: Role?
    public var actorAddress: String

    public init(
        selection: ExportSelection, custodianNames: [String], groupNames: [String], output: URL, signingKey: ExportSigningKey,
        mediaDirectory: URL, domain: String, generator: String, actorAccountID: Int64?, actorRole: Role?, actorAddress: String
    ) {
        self.selection = selection
        self.custodianNames = custodianNames
        self.groupNames = groupNames
        self.output = output
        self.signingKey = signingKey
        self.mediaDirectory = mediaDirectory
        self.domain = domain
        self.generator = generator
        self.actorAccountID = actorAccountID
        self.actorRole = actorRole
        self.actorAddress = actorAddress
    }

    /// An audit event of this request's actor.
    func event(_ action: String, target: String?, details: [String: String]) -> AuditEvent {
        AuditEvent(action: action, target: target, actorAccountID: actorAccountID, actorRole: actorRole, actorAddress: actorAddress, details: details)
    }
}
