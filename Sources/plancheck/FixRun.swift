import Foundation
import PlanCheckCore
import PlanCheckDocuments

/// `check --fix`: makes the substitutions that findings offer in the files they were found in,
/// or with `--dry-run` shows them as a unified diff. Each file is written whole or not at all.
struct FixRun {
    let messages: FixMessages
    let dryRun: Bool

    struct Outcome {
        /// The edits made (or that would be made), by document path.
        var applied: [String: [FixEdit]] = [:]
        /// What stopped a file from being fixed, one line each.
        var notes: [String] = []
        /// `--dry-run`'s unified diff of every file that would change.
        var diff = ""

        var appliedCount: Int { applied.values.reduce(0) { $0 + $1.count } }
    }

    /// Snapshots of the files a fix could be written to, taken before they are checked.
    static func snapshots(of files: [DiscoveredFile]) -> [String: FileSnapshot] {
        var snapshots: [String: FileSnapshot] = [:]
        for file in files where file.contents == nil && fixableFormat(of: file) != nil {
            snapshots[file.displayPath] = FileSnapshot.take(path: file.url.path)?.snapshot
        }
        return snapshots
    }

    /// `text` or `docx`, the formats a fix is written in; nil for others.
    static func fixableFormat(of file: DiscoveredFile) -> String? {
        let name = DocumentFormat.format(forExtension: file.url.pathExtension.lowercased())?.name
        return name == DocumentFormat.text.name || name == DocumentFormat.docx.name ? name : nil
    }

    func apply(_ edits: [String: [FixEdit]], files: [DiscoveredFile], snapshots: [String: FileSnapshot]) -> Outcome {
        var outcome = Outcome()
        for file in files {
            guard let fileEdits = edits[file.displayPath], !fileEdits.isEmpty else { continue }
            let path = file.displayPath
            if file.contents != nil {
                outcome.notes.append(messages.standardInput())
                continue
            }
            guard let format = Self.fixableFormat(of: file) else {
                outcome.notes.append(messages.unsupported(path))
                continue
            }
            // The file as it is now must be the file that was checked, byte for byte.
            guard let snapshot = snapshots[path], let now = FileSnapshot.take(path: file.url.path), now.snapshot == snapshot else {
                outcome.notes.append(messages.changedDuringCheck(path))
                continue
            }
            let fixed: (bytes: [UInt8], applied: [FixEdit])
            do {
                fixed = format == DocumentFormat.docx.name
                    ? try DocxFix.apply(fileEdits, to: now.bytes)
                    : try TextFileFix.apply(fileEdits, to: now.bytes)
            } catch let refusal as TextFileFix.Refusal {
                if case .encodingNotReproducible(let encoding) = refusal { outcome.notes.append(messages.encodingNotReproducible(path, encoding: encoding)) }
                continue
            } catch let refusal as DocxFix.Refusal {
                if case .notRewritable(let reason) = refusal { outcome.notes.append(messages.notRewritable(path, reason: reason)) }
                continue
            } catch {
                continue
            }
            guard !fixed.applied.isEmpty else { continue }
            if dryRun {
                let lastLineOpen = format == DocumentFormat.text.name && !Self.endsWithLineBreak(now.bytes)
                outcome.diff += UnifiedDiff.render(path: path, old: Self.lines(of: now.bytes, format: format),
                                                   new: Self.lines(of: fixed.bytes, format: format), endsWithoutNewline: lastLineOpen)
            } else if let note = write(fixed.bytes, to: file.url.path, displayPath: path, snapshot: snapshot) {
                outcome.notes.append(note)
                continue
            }
            outcome.applied[path] = fixed.applied
        }
        return outcome
    }

    /// Writes beside the file and renames over it (its permissions kept), unless the file changed
    /// since the snapshot; a note when it is not written.
    private func write(_ bytes: [UInt8], to path: String, displayPath: String, snapshot: FileSnapshot) -> String? {
        let destination: ReportDestination
        do {
            destination = try ReportDestination(path: path)
        } catch {
            return messages.cannotWrite(displayPath, reason: "\(error)")
        }
        var written = 0
        while written < bytes.count {
            let result = bytes.withUnsafeBytes { Foundation.write(destination.descriptor, $0.baseAddress! + written, bytes.count - written) }
            if result < 0, errno == EINTR { continue }
            guard result > 0 else {
                let reason = String(cString: strerror(errno))
                destination.abandon()
                return messages.cannotWrite(displayPath, reason: reason)
            }
            written += result
        }
        // A save in the moments since the file was read again wins over the fix.
        guard FileSnapshot.unchangedMetadata(path: path, since: snapshot) else {
            destination.abandon()
            return messages.changedDuringCheck(displayPath)
        }
        do {
            try destination.finish()
        } catch {
            return messages.cannotWrite(displayPath, reason: "\(error)")
        }
        return nil
    }

    /// Whether a text file's last line ends with a line break.
    static func endsWithLineBreak(_ bytes: [UInt8]) -> Bool {
        guard let text = try? TextDecoding.decode(bytes).text else { return true }
        return text.hasSuffix("\n")
    }

    /// The lines plancheck reads in a file, for the diff: a text file's lines, a .docx's paragraphs.
    static func lines(of bytes: [UInt8], format: String) -> [String] {
        if format == DocumentFormat.docx.name {
            return (try? DocxReader.read(Data(bytes)).paragraphs) ?? []
        }
        guard let text = try? TextDecoding.decode(bytes).text else { return [] }
        // A final line break ends the last line; it does not start another.
        return text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init).dropLast(text.hasSuffix("\n") ? 1 : 0)
    }
}
