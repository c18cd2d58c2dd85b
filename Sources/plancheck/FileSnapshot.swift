import Foundation
import PlanCheckCore
import PlanCheckDocuments

/// A file's size, modification time and content hash when it was read for checking: a fix is
/// written only over the very file that was checked, never over one an editor saved meanwhile.
struct FileSnapshot: Equatable {
    let size: Int
    let modified: timespec
    let hash: UInt64

    /// The snapshot of the file at `path`, with the bytes it was taken from; nil when the file
    /// cannot be read (the check reports that).
    static func take(path: String) -> (snapshot: FileSnapshot, bytes: [UInt8])? {
        var info = stat()
        guard stat(path, &info) == 0,
              let bytes = try? BoundedFileReader.read(path: path, displayPath: path, limit: DocumentLoader.maximumFileSize,
                                                       tooLarge: "too large", refusesEmpty: true) else { return nil }
        return (FileSnapshot(size: Int(info.st_size), modified: info.st_mtim, hash: fnv1a(bytes)), bytes)
    }

    /// Size and modification time now, without reading: checked again right before the rename.
    static func unchangedMetadata(path: String, since snapshot: FileSnapshot) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && Int(info.st_size) == snapshot.size
            && info.st_mtim.tv_sec == snapshot.modified.tv_sec && info.st_mtim.tv_nsec == snapshot.modified.tv_nsec
    }

    static func == (lhs: FileSnapshot, rhs: FileSnapshot) -> Bool {
        lhs.size == rhs.size && lhs.hash == rhs.hash
            && lhs.modified.tv_sec == rhs.modified.tv_sec && lhs.modified.tv_nsec == rhs.modified.tv_nsec
    }

    /// FNV-1a, 64 bits: a change detector, not a defence against a forger.
    private static func fnv1a(_ bytes: [UInt8]) -> UInt64 {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
        }
        return hash
    }
}
