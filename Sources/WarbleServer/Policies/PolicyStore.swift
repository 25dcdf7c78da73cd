import Foundation
import Logging
import ServiceLifecycle
import Synchronization
import WarbleCore
import WarblePolicy
import WarbleStore

/// The policies in force on this instance, read from `policies.dir`: loaded when the server is
/// built (a folder with problems stops the start), reloaded on SIGHUP and when `warblectl policy
/// apply` asks every instance to (its event reaches the instance's ``StreamHub``). A reload that
/// finds a problem changes nothing. Every change of the policy in force is recorded in the audit
/// log (`policy.applied`, with the files' digest) before it takes effect.
final class PolicyStore: Service, Sendable {
    /// What made the store read the folder, as the log and the audit row name it.
    enum Trigger: String, Sendable {
        case start
        case hangup = "sighup"
        /// The reload event `warblectl policy apply` sends to every instance.
        case apply
    }

    let directory: String
    private let policies: Mutex<PolicySet>
    /// Whether the policy loaded at start is recorded in the audit log.
    private let recordedAtStart = Mutex(false)
    private let audit: AuditRepository
    private let logger: Logger
    /// Reload requests, which ``run()`` takes one at a time.
    private let requests: AsyncStream<Trigger>
    private let requester: AsyncStream<Trigger>.Continuation

    /// Loads the folder; throws every problem in it.
    init(directory: String, audit: AuditRepository, logger: Logger) throws(PolicyError) {
        self.directory = directory
        policies = Mutex(try PolicyLoader.load(directory: directory))
        self.audit = audit
        self.logger = logger
        (requests, requester) = AsyncStream.makeStream(of: Trigger.self, bufferingPolicy: .bufferingNewest(4))
    }

    /// The policies in force now.
    var current: PolicySet { policies.withLock { $0 } }

    /// Asks ``run()`` to read the folder again.
    func requestReload(_ trigger: Trigger) {
        requester.yield(trigger)
    }

    /// Reloads when any instance hears `warblectl policy apply`'s event.
    func reloadOnEvents(from hub: StreamHub) {
        hub.observe { [requester] event in
            if event.kind == .policiesChanged { requester.yield(.apply) }
        }
    }

    /// Records the policy in force if the audit log's last `policy.applied` names another, then
    /// reloads on SIGHUP and on request, one at a time, until the server shuts down.
    func run() async {
        let hangups = HangupSignal.observe { [requester] in requester.yield(.hangup) }
        defer { hangups.cancel() }
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled, await !self.recordAtStart(within: 30) {
                try? await Task.sleep(for: .seconds(5))
            }
            for await trigger in self.requests {
                await self.reload(trigger)
            }
        }
    }

    /// Reads the folder again and puts what it holds in force. A folder with problems changes
    /// nothing: the problems are logged and the last good policy stays. Returns whether the
    /// folder's policy is in force now.
    @discardableResult
    func reload(_ trigger: Trigger) async -> Bool {
        let loaded: PolicySet
        do {
            loaded = try PolicyLoader.load(directory: directory)
        } catch {
            for problem in error.problems {
                logger.error("policy problem", metadata: ["problem": "\(problem)"])
            }
            logger.error("policy reload refused; the policy in force stays", metadata: [
                "trigger": "\(trigger.rawValue)", "problems": "\(error.problems.count)", "digest": "\(current.digest)",
            ])
            return false
        }
        let previous = current.digest
        guard loaded.digest != previous else {
            logger.info("policy reloaded; unchanged", metadata: ["trigger": "\(trigger.rawValue)", "digest": "\(previous)"])
            return true
        }
        do {
            try await record(loaded, trigger: trigger)
        } catch {
            logger.error("policy reload refused: the audit log could not record it; the policy in force stays", metadata: [
                "trigger": "\(trigger.rawValue)", "error": "\(String(reflecting: error))",
            ])
            return false
        }
        policies.withLock { $0 = loaded }
        logger.notice("policy applied", metadata: Self.details(of: loaded, trigger: trigger).mapValues { .string($0) })
        return true
    }

    /// Tries once, for at most `seconds`, to record the policy loaded at start, and returns
    /// whether it is recorded. The server tries before it accepts requests, so that the audit log
    /// names the policy ahead of the posts it governs; ``run()`` keeps trying until it is.
    @discardableResult
    func recordAtStart(within seconds: Double) async -> Bool {
        guard !recordedAtStart.withLock({ $0 }) else { return true }
        do {
            try await withDeadline(seconds: seconds) { try await self.record(self.current, trigger: .start) }
        } catch {
            logger.warning("could not record the policy in force in the audit log", metadata: ["error": "\(String(reflecting: error))"])
            return false
        }
        recordedAtStart.withLock { $0 = true }
        logger.info("policy in force", metadata: Self.details(of: current, trigger: .start).mapValues { .string($0) })
        return true
    }

    /// Appends `policy.applied` unless the newest such row has this digest already (another
    /// instance applied the same files, or this one restarted with them).
    private func record(_ policies: PolicySet, trigger: Trigger) async throws {
        var details = Self.details(of: policies, trigger: trigger)
        details["directory"] = directory
        details["instance"] = ProcessInfo.processInfo.hostName
        try await audit.appendIfChanged(AuditEvent(action: "policy.applied", target: "policies", details: details), comparing: "digest")
    }

    /// What the log and the audit row say about a policy.
    private static func details(of policies: PolicySet, trigger: Trigger) -> [String: String] {
        [
            "digest": policies.digest, "retention_rules": String(policies.retention.rules.count),
            "dlp_rules": String(policies.dlp.rules.count), "trigger": trigger.rawValue,
        ]
    }
}
