import Foundation
import Hummingbird
import WarbleCore
import WarbleStore

/// `/api/v1/warble/exports…`: compliance officers request exports, which run in the background
/// (``ExportJobService``); they and auditors follow the progress and download the signed archive.
/// Requests and downloads are audited.
struct ExportsController {
    let jobs: ExportJobRepository
    let accounts: AccountRepository
    let groups: GroupRepository
    let holds: HoldRepository
    let audit: AuditRepository
    let directory: URL
    let signingKeyConfigured: Bool

    var endpoints: RouteCollection<UserRequestContext> {
        RouteCollection(context: UserRequestContext.self)
            .get(use: list)
            .post(use: create)
            .get(":id", use: show)
            .get(":id/download", use: download)
    }

    struct ExportForm: Decodable {
        let custodians: [String]?
        let groups: [String]?
        let holdID: String?
        let from: String?
        let to: String?
        let query: String?
        let includeDeleted: LenientBool?

        enum CodingKeys: String, CodingKey {
            case custodians, groups, from, to, query
            case holdID = "hold_id"
            case includeDeleted = "include_deleted"
        }
    }

    @Sendable func list(_ request: Request, context: UserRequestContext) async throws -> [WarbleExport] {
        try ComplianceAccess.require(context, write: false, on: "exports")
        return try await jobs.list(limit: 100).map(WarbleExport.init)
    }

    @Sendable func show(_ request: Request, context: UserRequestContext) async throws -> WarbleExport {
        try ComplianceAccess.require(context, write: false, on: "exports")
        return WarbleExport(try await job(context))
    }

    @Sendable func create(_ request: Request, context: UserRequestContext) async throws -> Response {
        try ComplianceAccess.require(context, write: true, on: "exports")
        guard signingKeyConfigured else {
            throw APIError(.unprocessableContent, "Exports are not configured", description: "Set exports.signing_key (see 'warblectl export keygen').")
        }
        let form = try await request.decode(as: ExportForm.self, context: context)
        var custodianIDs: [Int64] = []
        for name in form.custodians ?? [] {
            guard let account = try await accounts.find(username: name) else { throw APIError(.unprocessableContent, "Validation failed: no account '\(name)'") }
            custodianIDs.append(account.id)
        }
        var groupIDs: [Int64] = []
        for slug in form.groups ?? [] {
            guard let group = try await groups.find(slug: slug) else { throw APIError(.unprocessableContent, "Validation failed: no group '\(slug)'") }
            groupIDs.append(group.id)
        }
        var holdID: Int64?
        if let text = form.holdID, !text.isEmpty {
            guard let id = Int64(text), let hold = try await holds.find(id: id), hold.isActive else {
                throw APIError(.unprocessableContent, "Validation failed: no active hold '\(text)'")
            }
            holdID = id
        }
        guard !custodianIDs.isEmpty || !groupIDs.isEmpty || holdID != nil else {
            throw APIError(.unprocessableContent, "Validation failed: name at least one custodian, group or hold")
        }
        let from = try HoldsController.date(form.from, name: "from")
        let to = try HoldsController.date(form.to, name: "to")
        if let from, let to, from >= to { throw APIError(.unprocessableContent, "Validation failed: 'from' must be before 'to'") }
        let selection = ExportSelection(
            custodianIDs: custodianIDs, groupIDs: groupIDs, from: from, to: to, query: form.query.flatMap { $0.isEmpty ? nil : $0 },
            includeDeleted: form.includeDeleted?.value ?? false, holdID: holdID
        )
        let job = try await jobs.enqueue(selection, custodianNames: form.custodians ?? [], groupNames: form.groups ?? [], requestedBy: context.account.id)
        let body = try JSONEncoder.mastodon.encode(WarbleExport(job))
        return Response(status: .accepted, headers: [.contentType: "application/json; charset=utf-8"], body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    @Sendable func download(_ request: Request, context: UserRequestContext) async throws -> Response {
        try ComplianceAccess.require(context, write: false, on: "exports")
        let job = try await job(context)
        guard job.state == .done else {
            throw APIError(.conflict, "The export is not ready", description: "Its state is '\(job.state.rawValue)'; download it once it is 'done'.")
        }
        guard let name = job.fileName else {
            throw APIError(.gone, "The export's file is gone", description: "\(job.error ?? "It was removed"); request it again.")
        }
        let file = directory.appendingPathComponent(name)
        guard let handle = try? FileHandle(forReadingFrom: file) else {
            throw APIError(.gone, "The export's file is gone", description: "It was removed from exports.dir (retention or an operator); request it again.")
        }
        try await audit.append(AuditEvent(
            action: "export.downloaded", target: name, actorAccountID: context.account.id, actorRole: context.account.role,
            actorAddress: context.clientAddress, details: ["job": String(job.id), "sha256": job.sha256 ?? ""]
        ))
        let size = (try? FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int) ?? nil
        return .download(handle, size: size, contentType: "application/gzip", fileName: name)
    }

    private func job(_ context: UserRequestContext) async throws -> ExportJob {
        guard let id = context.parameters.get("id", as: Int64.self), let job = try await jobs.find(id: id) else { throw APIError(.notFound, "Record not found") }
        return job
    }
}
