/// A run that cannot go on (bad path, rule file that does not load, unwritable output): one line
/// on standard error for each thing that is wrong, and exit code 2.
struct RunFailure: Error, CustomStringConvertible {
    /// One line each; most failures have one.
    let lines: [String]

    init(_ description: String) {
        lines = [description]
    }

    init(lines: [String]) {
        self.lines = lines
    }

    var description: String { lines.joined(separator: "\n") }
}
