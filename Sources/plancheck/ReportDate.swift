import Foundation

/// When an audit says it was made: now, or `SOURCE_DATE_EPOCH` when it is set, so the same
/// documents give a byte-identical report in a reproducible build or an archive
/// (reproducible-builds.org: a decimal count of seconds since 1970-01-01 00:00 UTC).
enum ReportDate {
    struct Moment {
        var date: Date
        var timeZone: TimeZone
    }

    /// The moment to date the report with. With `SOURCE_DATE_EPOCH` the date is shown in UTC, as
    /// the specification advises, unless `TZ` names a zone: the machine's own zone would make
    /// the bytes differ between machines.
    static func moment(environment: [String: String] = ProcessInfo.processInfo.environment, now: Date = Date()) throws -> Moment {
        guard let value = environment["SOURCE_DATE_EPOCH"] else { return Moment(date: now, timeZone: .current) }
        guard !value.isEmpty, value.utf8.allSatisfy({ (0x30...0x39).contains($0) }), let seconds = Int64(value),
              seconds <= 253_402_300_799 else {
            throw RunFailure("SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 UTC (up to the year 9999), not '\(value)'")
        }
        let zone = environment["TZ"].flatMap { TimeZone(identifier: $0) } ?? TimeZone(identifier: "UTC")!
        return Moment(date: Date(timeIntervalSince1970: TimeInterval(seconds)), timeZone: zone)
    }
}
