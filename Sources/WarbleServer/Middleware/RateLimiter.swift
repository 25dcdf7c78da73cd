import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import WarbleStore

/// Fixed five-minute windows of request counts per key (a token or an address), shared by every
/// instance through PostgreSQL without a database write per request: each instance counts
/// locally and, about once a second, adds its counts to the shared row and learns the total.
/// Between two syncs a fleet of N instances may let through up to N seconds' worth of extra
/// requests, which is the price of not writing on every request.
final class RateLimiter: Service, Sendable {
    static let window: TimeInterval = 300

    /// What a request learns: whether it may go on, and the figures for its headers.
    struct Decision: Equatable {
        let allowed: Bool
        let limit: Int
        let remaining: Int
        let reset: Date
    }

    private struct State {
        var windowStart: Date
        /// Requests counted here and not yet added to the shared counters.
        var unsynced: [String: Int] = [:]
        /// Requests on their way to the shared counters (a sync is running).
        var inFlight: [String: Int] = [:]
        /// The fleet's totals as of the last sync, this instance's synced counts included.
        var shared: [String: Int] = [:]
    }

    private let repository: RateLimitRepository
    private let logger: Logger
    private let syncInterval: Duration
    private let state: Mutex<State>

    init(repository: RateLimitRepository, logger: Logger, syncInterval: Duration = .seconds(1), now: Date = Date()) {
        self.repository = repository
        self.logger = logger
        self.syncInterval = syncInterval
        state = Mutex(State(windowStart: Self.windowStart(now)))
    }

    static func windowStart(_ date: Date) -> Date {
        Date(timeIntervalSince1970: (date.timeIntervalSince1970 / window).rounded(.down) * window)
    }

    /// Counts one request for `key` unless it is over `limit` in the current window.
    func take(_ key: String, limit: Int, now: Date = Date()) -> Decision {
        let start = Self.windowStart(now)
        return state.withLock { state in
            if state.windowStart != start { state = State(windowStart: start) }
            let used = (state.shared[key] ?? 0) + (state.inFlight[key] ?? 0) + (state.unsynced[key] ?? 0)
            let reset = start.addingTimeInterval(Self.window)
            guard used < limit else { return Decision(allowed: false, limit: limit, remaining: 0, reset: reset) }
            state.unsynced[key, default: 0] += 1
            return Decision(allowed: true, limit: limit, remaining: limit - used - 1, reset: reset)
        }
    }

    /// Adds the local counts to the shared ones and takes in the fleet's totals. Counts that fail
    /// to reach the database are kept for the next try.
    func sync() async {
        let (start, counts) = state.withLock { state in
            defer {
                state.inFlight = state.unsynced
                state.unsynced = [:]
            }
            return (state.windowStart, state.unsynced)
        }
        guard !counts.isEmpty else { return }
        do {
            let totals = try await repository.add(counts, windowStart: start)
            state.withLock { state in
                guard state.windowStart == start else { return }
                state.shared.merge(totals) { _, new in new }
                state.inFlight = [:]
            }
        } catch {
            state.withLock { state in
                guard state.windowStart == start else { return }
                state.unsynced.merge(state.inFlight, uniquingKeysWith: +)
                state.inFlight = [:]
            }
            logger.warning("rate-limit counters not shared; retrying", metadata: ["error": "\(String(reflecting: error))"])
        }
    }

    func run() async {
        await cancelWhenGracefulShutdown {
            var lastCleanup = Date.distantPast
            while !Task.isCancelled {
                try? await Task.sleep(for: self.syncInterval)
                await self.sync()
                if Date().timeIntervalSince(lastCleanup) > 60 {
                    lastCleanup = Date()
                    try? await self.repository.removeWindows(before: Self.windowStart(Date()).addingTimeInterval(-Self.window))
                }
            }
        }
        // The last counts still go out on shutdown: an unstructured task is not cancelled with this one.
        await Task { await self.sync() }.value
    }
}
