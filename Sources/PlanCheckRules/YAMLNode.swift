/// A node of a rule or configuration file, with where it starts for errors. plancheck reads
/// every value as a string (`YAMLFields`), so a scalar is its text: no tags, no styles.
struct YAMLNode: Sendable {
    enum Content: Sendable {
        case scalar(String)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    /// A 1-based position in the file; the column counts Unicode scalars, as libyaml does.
    struct Mark: Sendable, Equatable {
        var line: Int
        var column: Int
    }

    var content: Content
    var mark: Mark
}
