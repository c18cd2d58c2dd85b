/// A node of a rule or configuration file, with where it starts for errors. plancheck reads
/// every value as a string (`YAMLFields`), so a scalar is its text: no tags, no styles.
package struct YAMLNode: Sendable {
    package enum Content: Sendable {
        case scalar(String)
        case sequence([YAMLNode])
        case mapping([(key: YAMLNode, value: YAMLNode)])
    }

    /// A 1-based position in the file; the column counts Unicode scalars, as libyaml does.
    package struct Mark: Sendable, Equatable {
        package var line: Int
        package var column: Int
    }

    package var content: Content
    package var mark: Mark
    /// The file this node was read from when it is not the file being decoded: a pack's
    /// defaults (`_pack.yml`) merged into a rule. Errors about the node name that file.
    package var file: String?

    init(content: Content, mark: Mark) {
        self.content = content
        self.mark = mark
    }

    /// This node and every node under it, marked as read from `file`.
    func read(from file: String) -> YAMLNode {
        var node = self
        node.file = file
        switch content {
        case .scalar: break
        case .sequence(let items): node.content = .sequence(items.map { $0.read(from: file) })
        case .mapping(let pairs): node.content = .mapping(pairs.map { ($0.key.read(from: file), $0.value.read(from: file)) })
        }
        return node
    }
}
