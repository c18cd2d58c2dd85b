import PlanCheckReporters

/// The warning on standard error that names the folders a walk could not read (no permission):
/// the run goes on without them, and a plan missing from the report should not be a mystery.
enum UnreadableFoldersWarning {
    /// The warning, one line a folder, or nil when every folder was read.
    static func text(for folders: [String]) -> String? {
        guard !folders.isEmpty else { return nil }
        return folders.map { "plancheck: warning: cannot read folder \(VisibleControls.escaped($0)) (permission denied); its documents are not checked\n" }.joined()
    }
}
