/// How serious a finding is. Ordered: `info < warning < error`.
package enum Severity: String, Sendable, CaseIterable, Comparable, Codable {
    case info
    case warning
    case error

    private var rank: Int {
        switch self {
        case .info: 0
        case .warning: 1
        case .error: 2
        }
    }

    package static func < (lhs: Severity, rhs: Severity) -> Bool { lhs.rank < rhs.rank }
}

extension Severity {
    /// 错误, 警告, 提示: the one Chinese name of each severity, in every report that speaks Chinese.
    package var chineseLabel: String {
        switch self {
        case .error: "错误"
        case .warning: "警告"
        case .info: "提示"
        }
    }
}
