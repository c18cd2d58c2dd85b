/// Why shards' reports cannot be joined: one line naming the report file that is wrong.
package struct ReportMergeError: Error, CustomStringConvertible, Equatable {
    package let description: String

    init(_ description: String) { self.description = description }

    static func notAReport(_ file: String, _ what: String) -> ReportMergeError {
        ReportMergeError("\(file): not a plancheck JSON or SARIF report (\(what))")
    }
}
