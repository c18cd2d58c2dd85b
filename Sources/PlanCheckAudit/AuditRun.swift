import Foundation

/// What an audit report says about the run itself, beyond `Results`: what was checked and when.
package struct AuditRun: Sendable {
    /// The files and folders given on the command line, as typed.
    package var paths: [String]
    /// When the audit was made. Passed in, so the same inputs always give the same report.
    package var date: Date
    /// The time zone the date is shown in.
    package var timeZone: TimeZone

    package init(paths: [String], date: Date, timeZone: TimeZone = .current) {
        self.paths = paths
        self.date = date
        self.timeZone = timeZone
    }

    /// `2025年6月1日 08:30`, the way a Chinese office dates a report.
    var displayDate: String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        let time = String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
        return "\(parts.year ?? 0)年\(parts.month ?? 0)月\(parts.day ?? 0)日 \(time)"
    }

    /// `2025-06-01T08:30:00+08:00`, for machines and the `<time>` element.
    var isoDate: String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = timeZone
        return formatter.string(from: date)
    }

    private var calendar: Calendar {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }
}
