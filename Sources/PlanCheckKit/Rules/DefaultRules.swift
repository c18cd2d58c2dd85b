/// The rule files bundled with plancheck (from the package's `rules/` folder, embedded at build time).
public enum DefaultRules {
    /// Each file's path (`rules/pack/name.yml`) and text, sorted by path.
    public static var files: [(path: String, text: String)] { embeddedDefaultRuleFiles }
}
