import Synchronization

/// Service-account connections kept open between operations, so that a sign-in does not pay for a
/// TCP (and TLS) handshake each time. A connection is lent to one caller at a time and comes back
/// only if it is still bound as the service account; any directory error drops it, which is also
/// how a restarted server is reconnected to.
final class LDAPConnectionPool: Sendable {
    private let idle = Mutex<[LDAPConnection]>([])
    let capacity: Int

    init(capacity: Int) { self.capacity = capacity }

    func take() -> LDAPConnection? {
        idle.withLock { $0.popLast() }
    }

    func give(_ connection: LDAPConnection) {
        idle.withLock { connections in
            if connections.count < capacity { connections.append(connection) }
        }
    }

    var idleCount: Int { idle.withLock { $0.count } }
}
