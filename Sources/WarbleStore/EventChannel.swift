import Foundation
import Logging
import PostgresNIO
import WarbleCore

/// Publishes ``DomainEvent``s with PostgreSQL `NOTIFY` and listens for them, so that an event
/// raised on one instance reaches the streaming clients of every instance. Publishing happens
/// after the change has committed (a `NOTIFY` inside the writing transaction would serialise
/// every commit); an event lost in a crash only delays a client until it next reads its timeline.
public struct EventChannel: Sendable {
    public static let name = "warble_events"
    let database: Database

    public init(database: Database) { self.database = database }

    /// Sends the events; a failure is logged, never thrown, because the change itself is done.
    public func publish(_ events: DomainEvent...) async {
        for event in events where event.kind != .notified || !event.accountIDs.isEmpty {
            do {
                try await send(event)
            } catch {
                database.logger.warning("could not publish an event", metadata: ["event": "\(event.kind.rawValue)", "error": "\(String(reflecting: error))"])
            }
        }
    }

    /// Sends one event, throwing when it could not: for callers whose whole job is the event,
    /// such as `warblectl policy apply`.
    public func send(_ event: DomainEvent) async throws {
        let payload = String(decoding: try JSONEncoder().encode(event), as: UTF8.self)
        try await database.execute("SELECT pg_notify(\(Self.name), \(payload))")
    }

    /// Listens on a dedicated connection and hands every event to `deliver` until the task is
    /// cancelled; a lost connection is re-opened after `retryDelay`.
    public func listen(retryDelay: Duration = .seconds(1), deliver: @Sendable (DomainEvent) async -> Void) async {
        let decoder = JSONDecoder()
        while !Task.isCancelled {
            do {
                try await database.withDedicatedConnection { connection in
                    try await connection.listen(on: Self.name) { notifications in
                        for try await notification in notifications {
                            guard let event = try? decoder.decode(DomainEvent.self, from: Data(notification.payload.utf8)) else { continue }
                            await deliver(event)
                        }
                    }
                }
            } catch {
                if Task.isCancelled { return }
                database.logger.warning("event listener lost its connection; retrying", metadata: ["error": "\(String(reflecting: error))"])
            }
            try? await Task.sleep(for: retryDelay)
        }
    }
}
