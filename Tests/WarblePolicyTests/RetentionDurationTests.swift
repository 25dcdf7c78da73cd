import Foundation
import Testing
import WarblePolicy

@Suite("Retention durations")
struct RetentionDurationTests {
    @Test(
        "ISO 8601 and shorthand read as months and days",
        arguments: [
            ("P7Y", 84, 0, "P7Y"), ("P1Y6M", 18, 0, "P1Y6M"), ("P90D", 0, 90, "P90D"), ("P2W", 0, 14, "P14D"),
            ("P12M", 12, 0, "P1Y"), ("P1Y2M3W4D", 14, 25, "P1Y2M25D"), ("90d", 0, 90, "P90D"), ("12w", 0, 84, "P84D"),
            ("6m", 6, 0, "P6M"), ("7y", 84, 0, "P7Y"), ("100y", 1200, 0, "P100Y"), ("P1D", 0, 1, "P1D"),
        ]
    )
    func good(text: String, months: Int, days: Int, canonical: String) throws {
        // act
        let duration = try RetentionDuration(text)

        // validate
        #expect(duration.months == months)
        #expect(duration.days == days)
        #expect(duration.description == canonical)
    }

    @Test(
        "anything else is refused with a reason",
        arguments: [
            ("9 years", "is not a duration"), ("", "is not a duration"), ("P", "is not a duration"), ("30", "is not a duration"),
            ("30D", "is not a duration"), ("p7y", "is not a duration"), ("-30d", "is not a duration"), ("+5d", "is not a duration"),
            ("P1.5Y", "is not a duration"), ("P1D1Y", "is not a duration"), ("P1Y1Y", "is not a duration"), ("P7Y ", "is not a duration"),
            ("1234567d", "is not a duration"), ("PT12H", "hours or minutes"), ("P1DT2H", "hours or minutes"),
            ("0d", "keeps nothing"), ("P0Y0D", "keeps nothing"), ("101y", "longer than 100 years"), ("P99Y24M", "longer than 100 years"),
        ]
    )
    func bad(text: String, reason: String) {
        // act
        let error = #expect(throws: RetentionDuration.InvalidDuration.self) { try RetentionDuration(text) }

        // validate
        #expect(error?.message.contains(reason) == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("\"\(text)\"") == true)
    }

    @Test(
        "the cutoff is calendar arithmetic in UTC, across leap days and month ends",
        arguments: [
            ("2024-02-29T12:00:00Z", "P1Y", "2023-02-28T12:00:00Z"),
            ("2028-02-29T00:00:00Z", "P4Y", "2024-02-29T00:00:00Z"),
            ("2028-02-29T00:00:00Z", "P2Y", "2026-02-28T00:00:00Z"),
            ("2000-02-29T00:00:00Z", "P100Y", "1900-02-28T00:00:00Z"),
            ("2024-01-31T23:59:59Z", "P13M", "2022-12-31T23:59:59Z"),
            ("2025-03-01T00:00:00Z", "1y", "2024-03-01T00:00:00Z"),
            ("2024-03-31T08:30:00Z", "1m", "2024-02-29T08:30:00Z"),
            ("2023-03-31T08:30:00Z", "1m", "2023-02-28T08:30:00Z"),
            ("2024-03-01T00:00:00Z", "1d", "2024-02-29T00:00:00Z"),
            ("2023-03-01T00:00:00Z", "1d", "2023-02-28T00:00:00Z"),
            ("2024-03-31T00:00:00Z", "P1M1D", "2024-02-28T00:00:00Z"),
            ("2025-01-15T00:00:00Z", "30d", "2024-12-16T00:00:00Z"),
            ("2024-12-31T23:59:59Z", "P2W", "2024-12-17T23:59:59Z"),
            ("2031-06-15T06:00:00Z", "P7Y", "2024-06-15T06:00:00Z"),
        ]
    )
    func cutoff(asOf: String, keep: String, expected: String) throws {
        // setup
        let date = try Date(asOf, strategy: .iso8601)
        let duration = try RetentionDuration(keep)

        // act
        let cutoff = duration.cutoff(asOf: date)

        // validate
        #expect(cutoff == (try Date(expected, strategy: .iso8601)))
    }

    @Test("spellings of one length are equal")
    func equality() throws {
        // act
        let spellings = try ["P1Y", "P12M", "12m", "1y"].map(RetentionDuration.init)

        // validate
        #expect(Set(spellings).count == 1)
        #expect(try RetentionDuration("P2W") == RetentionDuration("14d"))
        #expect(try RetentionDuration("P1M") != RetentionDuration("30d"))
    }
}
