import Foundation

/// The descriptor a file report is written to, and how it is put in place at the end.
///
/// A regular file (or a new one) is written to a temporary file beside it that is renamed over it
/// at the end, so an interrupted run never leaves half a report over a good one; the temporary file
/// takes the permission bits of the file it replaces, so a private 0600 report stays private. A
/// symbolic link is followed: the file it points to is replaced, the link stays. A character
/// device (`/dev/null`, a terminal) or a FIFO (`-o /proc/self/fd/1` in a pipeline) is written
/// through: renaming a file over it would put a regular file where the device or pipe was.
struct ReportDestination {
    let descriptor: Int32
    /// The path as the user gave it, for messages.
    let displayPath: String
    /// For an atomic replacement: the temporary file and the path it is renamed to.
    private let replacement: (temporary: String, target: String)?

    init(path: String) throws {
        func failure(_ reason: String) -> RunFailure { RunFailure("cannot write \(path): \(reason)") }
        displayPath = path
        var info = stat()
        if stat(path, &info) == 0 {
            switch info.st_mode & S_IFMT {
            case S_IFCHR, S_IFIFO:
                let descriptor = open(path, O_WRONLY | O_CLOEXEC)
                guard descriptor >= 0 else { throw failure(String(cString: strerror(errno))) }
                self.descriptor = descriptor
                replacement = nil
                return
            case S_IFREG:
                // Replace the file a link points to, not the link.
                let target = Self.resolvingLinks(path)
                (descriptor, replacement) = try Self.temporaryFile(beside: target, mode: info.st_mode & 0o7777, failure: failure)
                return
            case S_IFDIR:
                throw failure("is a folder")
            default:
                throw failure("not a regular file, a character device or a FIFO")
            }
        }
        // A new file: created with the usual permissions (0666 less the umask).
        (descriptor, replacement) = try Self.temporaryFile(beside: path, mode: nil, failure: failure)
    }

    /// Puts the report in place: renames the temporary file over the target, or closes the device.
    func finish() throws {
        guard let replacement else {
            close(descriptor)
            return
        }
        // fsync would make the rename durable across a power cut, at a cost on every run; a
        // report can be written again.
        close(descriptor)
        if rename(replacement.temporary, replacement.target) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(replacement.temporary)
            throw RunFailure("cannot write \(displayPath): \(reason)")
        }
    }

    /// Drops a half-written report (the run failed): the target is left as it was.
    func abandon() {
        close(descriptor)
        if let replacement { unlink(replacement.temporary) }
    }

    /// `.name.PID.tmp` beside `target`, opened for writing; `mode`, when given, is set on it
    /// whatever the umask, as the file it is to replace had it.
    private static func temporaryFile(beside target: String, mode: mode_t?,
                                      failure: (String) -> RunFailure) throws -> (Int32, (temporary: String, target: String)) {
        let url = URL(fileURLWithPath: target)
        let folder = url.deletingLastPathComponent().path
        let temporary = folder + "/.\(url.lastPathComponent).\(getpid()).tmp"
        // O_EXCL and O_NOFOLLOW: a stale temporary file (a crashed run's), or a link planted in
        // its place, is removed rather than written through.
        let flags = O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC
        var descriptor = open(temporary, flags, 0o666)
        if descriptor < 0, errno == EEXIST {
            unlink(temporary)
            descriptor = open(temporary, flags, 0o666)
        }
        guard descriptor >= 0 else {
            throw failure("cannot create a file in \(folder): \(String(cString: strerror(errno)))")
        }
        if let mode, fchmod(descriptor, mode) != 0 {
            let reason = String(cString: strerror(errno))
            close(descriptor)
            unlink(temporary)
            throw failure("cannot keep its permissions: \(reason)")
        }
        return (descriptor, (temporary, target))
    }

    /// The path with every symbolic link resolved, or the path itself when it cannot be.
    private static func resolvingLinks(_ path: String) -> String {
        guard let resolved = realpath(path, nil) else { return path }
        defer { free(resolved) }
        return String(cString: resolved)
    }
}
