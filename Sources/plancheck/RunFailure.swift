/// A run that cannot go on (bad path, rule file that does not load, unwritable output): one line
/// on standard error and exit code 2.
struct RunFailure: Error, CustomStringConvertible {
    let description: String

    init(_ description: String) {
        self.description = description
    }
}
