/// What `Discovery.walk` found under the paths given.
package struct DiscoveryResult: Sendable, Equatable {
    /// The documents to check, sorted by display path.
    package var files: DiscoveredFiles
    /// Files in folders that look like plans but are in a format plancheck cannot read (.rtf,
    /// .pdf), sorted by display path. They are not checked.
    package var unreadableDocuments: [DiscoveredFile]
    /// Folders inside the folders given that could not be read (no permission), by display path:
    /// their documents are not checked, and the user is told so.
    package var unreadableFolders: [String]

    /// Both lists in one, sorted by display path: for a report that shows every plan, with
    /// those it could not read marked so.
    package var filesAndUnreadableDocuments: [DiscoveredFile] {
        guard !unreadableDocuments.isEmpty else { return Array(files) }
        return (Array(files) + unreadableDocuments).sorted { String.precedesInScalarOrder($0.displayPath, $1.displayPath) }
    }

    package init(files: DiscoveredFiles, unreadableDocuments: [DiscoveredFile] = [], unreadableFolders: [String] = []) {
        self.files = files
        self.unreadableDocuments = unreadableDocuments
        self.unreadableFolders = unreadableFolders
    }
}
