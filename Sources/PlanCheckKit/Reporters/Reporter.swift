/// Turns the results of a run into one output format. Reporters read `Results` and nothing else:
/// no files, no rules, no engine.
public protocol Reporter: Sendable {
    /// The whole report, ending in a newline. The same results always give the same bytes.
    func render(_ results: Results) -> String
}
