import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import Testing
@testable import WarbleServer
import WarbleStore
import WarbleTestSupport

@Suite("Rate limits")
struct RateLimitTests {
    @Test("a token over its limit gets 429 with Retry-After; the headers count down; other tokens go on")
    func perToken() async throws {
        // Counting starts afresh in each five-minute window: do not straddle a boundary.
        let intoWindow = Date().timeIntervalSince1970.truncatingRemainder(dividingBy: RateLimiter.window)
        if intoWindow > RateLimiter.window - 15 { try await Task.sleep(for: .seconds(RateLimiter.window - intoWindow + 0.5)) }
        try await withSocialApp(["ana", "ben"], rateLimit: 3) { client, members, _ in
            let (ana, ben) = (try #require(members["ana"]), members["ben"]!)
            var remaining: [String?] = []
            for _ in 0..<3 {
                let response = try await client.call(.get, "/api/v1/timelines/home", as: ana)
                #expect(response.status == .ok)
                #expect(response.headers[.init("X-RateLimit-Limit")!] == "3")
                remaining.append(response.headers[.init("X-RateLimit-Remaining")!])
            }
            #expect(remaining == ["2", "1", "0"])
            let refused = try await client.call(.get, "/api/v1/timelines/home", as: ana)
            #expect(refused.status == .tooManyRequests)
            #expect(refused.json["error"].string == "Too many requests")
            #expect(refused.headers[.retryAfter].flatMap(Int.init).map { $0 >= 1 && $0 <= 300 } == true)
            #expect(refused.headers[.init("X-RateLimit-Reset")!]?.hasSuffix("Z") == true)
            #expect(try await client.call(.get, "/api/v1/timelines/home", as: ben).status == .ok)
        }
    }

    @Test("instances share their counts through the database")
    func sharedAcrossInstances() async throws {
        let testDatabase = try await TestDatabase.migrated()
        try await testDatabase.withDatabase { database in
            let now = Date()
            let first = RateLimiter(repository: RateLimitRepository(database: database), logger: Logger(label: "test"), now: now)
            let second = RateLimiter(repository: RateLimitRepository(database: database), logger: Logger(label: "test"), now: now)
            #expect(first.take("token:1", limit: 3, now: now).allowed)
            #expect(first.take("token:1", limit: 3, now: now).allowed)
            await first.sync()
            #expect(second.take("token:1", limit: 3, now: now).allowed)
            await second.sync()
            let afterSync = second.take("token:1", limit: 3, now: now)
            #expect(!afterSync.allowed, "the second instance learnt the first one's two requests")
            #expect(second.take("token:2", limit: 3, now: now).allowed)
            let nextWindow = now.addingTimeInterval(RateLimiter.window)
            #expect(second.take("token:1", limit: 3, now: nextWindow).allowed, "a new window starts from zero")
        }
    }
}
