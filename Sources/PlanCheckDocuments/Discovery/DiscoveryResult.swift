/// What `Discovery.walk` found under the paths given.
package struct DiscoveryResult: Sendable, Equatable {
    /// The documents to check, sorted by display path.
    package var files: [DiscoveredFile]
    /// Files in folders that look like plans but are in a format plancheck cannot read (.rtf,
    /// .pdf), sorted by display path. They are not checked.
    package var unreadableDocuments: [DiscoveredFile]

    /// Both lists in one, sorted by display path: for a report that shows every plan, with
    /// those it could not read marked so.
    package var filesAndUnreadableDocuments: [DiscoveredFile] {
        guard !unreadableDocuments.isEmpty else { return files }
        return (files + unreadableDocuments).sorted { String.precedesInScalarOrder($0.displayPath, $1.displayPath) }
    }

    package init(files: [DiscoveredFile], unreadableDocuments: [DiscoveredFile] = []) {
        self.files = files
        self.unreadableDocuments = unreadableDocuments
    }
}
