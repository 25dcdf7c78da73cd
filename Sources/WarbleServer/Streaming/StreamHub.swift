import Foundation
import ServiceLifecycle
import Synchronization
import WarbleCore
import WarbleStore

/// This instance's end of the event channel: listens for ``DomainEvent``s from every instance and
/// hands each to every streaming connection open here. On shutdown it ends those connections.
final class StreamHub: Service, Sendable {
    private let channel: EventChannel
    private let subscribers = Mutex<[UUID: AsyncStream<DomainEvent>.Continuation]>([:])

    init(channel: EventChannel) { self.channel = channel }

    func run() async {
        await cancelWhenGracefulShutdown {
            await self.channel.listen { event in self.broadcast(event) }
        }
        let open = subscribers.withLock { subscribers in
            defer { subscribers.removeAll() }
            return Array(subscribers.values)
        }
        open.forEach { $0.finish() }
    }

    /// A stream of every event from now on; a slow reader loses the oldest beyond 1,000.
    func subscribe() -> (id: UUID, events: AsyncStream<DomainEvent>) {
        let (events, continuation) = AsyncStream<DomainEvent>.makeStream(bufferingPolicy: .bufferingNewest(1000))
        let id = UUID()
        subscribers.withLock { $0[id] = continuation }
        return (id, events)
    }

    func unsubscribe(_ id: UUID) {
        subscribers.withLock { $0.removeValue(forKey: id) }?.finish()
    }

    /// How many streaming connections this instance serves.
    var connectionCount: Int { subscribers.withLock { $0.count } }

    private func broadcast(_ event: DomainEvent) {
        subscribers.withLock { subscribers in
            for continuation in subscribers.values { continuation.yield(event) }
        }
    }
}
