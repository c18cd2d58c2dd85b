/// A rule or config file that cannot be used, with where and why: `file:line:column: reason`.
package struct RuleLoadError: Error, Sendable, CustomStringConvertible, Equatable {
    package var file: String
    /// 1-indexed; `nil` when the problem is the file as a whole.
    package var line: Int?
    package var column: Int?
    package var reason: String

    package init(file: String, line: Int? = nil, column: Int? = nil, reason: String) {
        self.file = file
        self.line = line
        self.column = column
        self.reason = reason
    }

    package var description: String {
        switch (line, column) {
        case let (line?, column?): "\(file):\(line):\(column): \(reason)"
        case let (line?, nil): "\(file):\(line): \(reason)"
        default: "\(file): \(reason)"
        }
    }
}
