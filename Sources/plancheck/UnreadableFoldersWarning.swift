import PlanCheckCore
import PlanCheckReporters

/// The warning on standard error that names the folders a walk could not read (no permission):
/// the run goes on without them, and a plan missing from the report should not be a mystery.
enum UnreadableFoldersWarning {
    /// The warning, one line a folder, or nil when every folder was read.
    static func text(for folders: [String], language: ReportLanguage = CommandLineLanguage.current()) -> String? {
        guard !folders.isEmpty else { return nil }
        return folders.map { folder in
            let name = VisibleControls.escaped(folder)
            return language.pick("plancheck：警告：无法读取文件夹 \(name)（没有权限），其中的文档未检查\n",
                                 "plancheck: warning: cannot read folder \(name) (permission denied); its documents are not checked\n")
        }.joined()
    }
}
