/// An operation did not finish within its time limit.
public struct DeadlineExceeded: Error, Sendable {
    public let seconds: Double
}

/// Runs `operation`, cancelling it and throwing ``DeadlineExceeded`` when it takes longer than
/// `seconds`. Used wherever waiting on the network must not hang a caller (start-up, readiness).
public func withDeadline<Result: Sendable>(
    seconds: Double,
    _ operation: @escaping @Sendable () async throws -> Result
) async throws -> Result {
    try await withThrowingTaskGroup(of: Result.self) { group in
        group.addTask { try await operation() }
        group.addTask {
            try await Task.sleep(for: .milliseconds(Int(seconds * 1000)))
            throw DeadlineExceeded(seconds: seconds)
        }
        defer { group.cancelAll() }
        guard let result = try await group.next() else { throw CancellationError() }
        return result
    }
}
