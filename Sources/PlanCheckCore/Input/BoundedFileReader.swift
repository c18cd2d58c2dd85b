#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads whole files with POSIX calls and a size limit checked before reading: the error says
/// exactly why a read failed, a FIFO or device given by mistake is refused instead of blocking,
/// and a multi-gigabyte file is refused rather than slurped. Every file plancheck reads (a
/// document, a rule file, a configuration, a baseline) comes through here; it opens them
/// read-only and never writes.
package enum BoundedFileReader {
    /// The bytes of the file at `path`.
    ///
    /// - Parameters:
    ///   - displayPath: names the file in errors.
    ///   - limit: the largest size read, in bytes; a file that is, or grows, larger is refused
    ///     with `tooLarge` as the reason.
    ///   - refusesEmpty: whether an empty file is an error (`empty file`).
    package static func read(path: String, displayPath: String, limit: Int, tooLarge: String, refusesEmpty: Bool) throws -> [UInt8] {
        func fail(_ reason: String) -> InputFileError { InputFileError(path: displayPath, reason: reason) }
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC)
        guard descriptor >= 0 else { throw fail(reason(forErrno: errno)) }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { throw fail(reason(forErrno: errno)) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw fail("is a directory, not a file")
        default: throw fail("not a regular file")
        }
        guard info.st_size <= limit else { throw fail(tooLarge) }
        guard info.st_size > 0 || !refusesEmpty else { throw fail("empty file") }

        /// Reads into `buffer` (retrying when interrupted): the count read, 0 at the end.
        func readSome(_ buffer: UnsafeMutableRawBufferPointer) throws -> Int {
            while true {
                let count = systemRead(descriptor, buffer.baseAddress!, buffer.count)
                if count >= 0 { return count }
                if errno != EINTR { throw fail(reason(forErrno: errno)) }
            }
        }
        var bytes = [UInt8](repeating: 0, count: Int(info.st_size))
        var filled = 0
        while filled < bytes.count {
            let count = try bytes.withUnsafeMutableBytes { try readSome(UnsafeMutableRawBufferPointer(rebasing: $0[filled...])) }
            if count == 0 { break }
            filled += count
        }
        if filled < bytes.count {
            // The file shrank since fstat.
            bytes.removeSubrange(filled...)
            guard !bytes.isEmpty || !refusesEmpty else { throw fail("empty file") }
            return bytes
        }
        // The file may have grown since fstat: read on, up to the limit. (Most files end here, at
        // the first read, without a larger buffer being made for nothing.)
        try withUnsafeTemporaryAllocation(byteCount: 4096, alignment: 1) { more in
            while true {
                let count = try readSome(more)
                if count == 0 { break }
                bytes.append(contentsOf: UnsafeRawBufferPointer(rebasing: more[..<count]))
                guard bytes.count <= limit else { throw fail(tooLarge) }
            }
        }
        guard !bytes.isEmpty || !refusesEmpty else { throw fail("empty file") }
        return bytes
    }

    #if canImport(Glibc)
    private static let systemRead = Glibc.read
    #else
    private static let systemRead = Darwin.read
    #endif

    /// A short English reason for an `errno` from opening or reading a file.
    package static func reason(forErrno code: Int32) -> String {
        switch code {
        case ENOENT: return "no such file or directory"
        case EACCES, EPERM: return "cannot read: permission denied"
        case ELOOP: return "cannot read: too many levels of symbolic links"
        case EISDIR: return "is a directory, not a file"
        default: return "cannot read: \(String(cString: strerror(code)))"
        }
    }
}
