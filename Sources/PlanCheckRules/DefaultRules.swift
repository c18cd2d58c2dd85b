/// The rule files bundled with plancheck (from the package's `rules/` folder, embedded at build time).
package enum DefaultRules {
    /// Each file's path (`rules/pack/name.yml`) and text, sorted by path.
    package static var files: [(path: String, text: String)] { embeddedDefaultRuleFiles }
}
