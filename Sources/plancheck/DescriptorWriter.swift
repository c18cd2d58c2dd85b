import Foundation

/// Writes bytes to a file descriptor through interrupted and partial writes, and throws when the
/// system refuses them (a full disk, a closed pipe) — `FileHandle.write(_:)` traps there instead.
enum DescriptorWriter {
    static func writeAll(_ bytes: UnsafeRawBufferPointer, to descriptor: Int32) throws(DescriptorWriteError) {
        guard var next = bytes.baseAddress else { return }
        var remaining = bytes.count
        while remaining > 0 {
            let written = Foundation.write(descriptor, next, remaining)
            if written < 0 {
                if errno == EINTR { continue }
                throw DescriptorWriteError(code: errno)
            }
            next += written
            remaining -= written
        }
    }
}

/// The `errno` of a refused write.
struct DescriptorWriteError: Error {
    var code: Int32
    var reason: String { String(cString: strerror(code)) }
}
