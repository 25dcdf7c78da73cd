import Foundation
import ServiceLifecycle
import Synchronization
import WarbleCore
import WarbleStore

/// This instance's end of the event channel: listens for ``DomainEvent``s from every instance and
/// hands each to every streaming connection open here, and to this instance's own observers (the
/// policy store hears reload events here), so that an instance holds one listening connection. On
/// shutdown it ends the streaming connections.
final class StreamHub: Service, Sendable {
    private let channel: EventChannel
    private let subscribers = Mutex<[UUID: AsyncStream<DomainEvent>.Continuation]>([:])
    private let observers = Mutex<[@Sendable (DomainEvent) -> Void]>([])

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

    /// Hands every event from now on to `observer` as well, for as long as the hub runs. Observers
    /// are this instance's services, not streaming connections, and are not counted as such.
    func observe(_ observer: @escaping @Sendable (DomainEvent) -> Void) {
        observers.withLock { $0.append(observer) }
    }

    private func broadcast(_ event: DomainEvent) {
        for observer in observers.withLock({ $0 }) { observer(event) }
        subscribers.withLock { subscribers in
            for continuation in subscribers.values { continuation.yield(event) }
        }
    }
}
