/// The rule files bundled with plancheck (from the package's `rules/` folder, embedded at build time).
package enum DefaultRules {
    /// Each file's path (`rules/pack/name.yml`) and text, sorted by path.
    package static var files: [(path: String, text: String)] { embeddedDefaultRuleFiles }

    /// Each file's node tree as the build read it, in the order of `files`.
    package static var trees: [Tree] {
        embeddedDefaultRuleFilesNodes.map { Tree(path: $0.path, shape: $0.shape, scalars: $0.scalars) }
    }

    /// One bundled file's nodes, built when asked for (on the thread loading that file).
    package struct Tree: Sendable {
        package let path: String
        let shape: String
        let scalars: [String]

        /// The root node `YAMLDocument.compose` makes of the file's text.
        package func root() -> YAMLNode? { EmbeddedYAML.root(shape: shape, scalars: scalars) }
    }
}
