/// Finds the prefix a document uses for a namespace, so readers can match `w:p` even when a
/// generator picked another prefix. Declarations are read from the root element only: Office and
/// LibreOffice declare every namespace there.
enum XMLNamespace {
    /// `"w:"` for `xmlns:w="uri"`, `""` for a default `xmlns="uri"`, nil when undeclared.
    static func prefix(of uri: String, declaredIn attributes: [String: String]) -> String? {
        for (name, value) in attributes where value == uri {
            if name == "xmlns" { return "" }
            if name.hasPrefix("xmlns:") { return String(name.dropFirst(6)) + ":" }
        }
        return nil
    }

    /// The first of `uris` that is declared, else `fallback` (the conventional prefix).
    static func prefix(ofAnyOf uris: [String], declaredIn attributes: [String: String], fallback: String) -> String {
        for uri in uris {
            if let prefix = prefix(of: uri, declaredIn: attributes) { return prefix }
        }
        return fallback
    }
}
