import Foundation
#if canImport(CZlib)
import CZlib
#elseif canImport(zlib)
import zlib
#endif

/// A read-only view of a zip archive held in memory: its central directory, and each entry's
/// bytes inflated on request with every size checked against the buffer and the limits.
///
/// plancheck reads zips itself (zlib does the inflating) because a general zip library trusts
/// offsets and lengths that a hostile file controls: ZIPFoundation's in-memory archive crashed
/// the process on a local header offset past the end of the data (found by fuzzing, see
/// Tests/PlanCheckDocumentsTests/ArchiveHardeningTests.swift). Here every offset is checked
/// before it is used, and every failure is a `ZipContainer.Failure`.
struct ZipContainer {
    struct Entry {
        let name: String
        /// General-purpose flags; bit 0 means the entry is encrypted.
        let flags: UInt16
        let method: UInt16
        let crc32: UInt32
        let compressedSize: Int
        let uncompressedSize: Int
        let localHeaderOffset: Int
        /// MS-DOS time and date of last modification, as stored; a copy of the package keeps them.
        var modifiedTime: UInt16 = 0
        var modifiedDate: UInt16 = 0

        var isEncrypted: Bool { flags & 1 != 0 }
    }

    /// Why an archive or entry cannot be read; `message` is a short English reason.
    enum Failure: Error, Equatable {
        /// Not a zip at all, truncated, or internally inconsistent.
        case corrupt(String)
        case encrypted
        case unsupported(String)
        /// An entry would inflate past a limit: `limit` names it for the message.
        case tooLarge(limit: String)
    }

    /// Limits for one archive. Real .docx/.odt packages are far inside all of them.
    struct Limits {
        /// Entries listed in the central directory; a package holds tens, with images hundreds.
        var maximumEntries = 20_000
        /// The largest entry inflated.
        var maximumEntrySize = 64 << 20
        /// Bytes inflated from all entries of one archive together.
        var maximumTotalSize = 160 << 20
        /// Inflated bytes per compressed byte, checked once an entry has inflated
        /// `ratioGrace` bytes. Document XML compresses five- to fiftyfold, very repetitive XML a
        /// few hundredfold; a bomb is built at deflate's ceiling of about 1030:1.
        var maximumRatio = 500
        var ratioGrace = 1 << 20
    }

    let entries: [Entry]
    /// Each entry's index in `entries` by name, path-trick names left out, made once: a .docx
    /// may look a part up for every one of thousands of references to it.
    private let indexByName: [String: Int]
    /// Names that more than one entry has (see `entry(named:)`).
    private let duplicatedNames: Set<String>
    private let bytes: [UInt8]
    private let centralDirectoryOffset: Int
    let limits: Limits

    init(_ data: Data, limits: Limits = Limits()) throws {
        bytes = [UInt8](data)
        self.limits = limits
        let end = try ZipContainer.endOfCentralDirectory(bytes)
        let count = Int(bytes.le16(end + 10))
        let size = Int(bytes.le32(end + 12))
        let offset = Int(bytes.le32(end + 16))
        if bytes.le16(end + 4) != 0 || bytes.le16(end + 6) != 0 {
            throw Failure.unsupported("a multi-volume (split) archive")
        }
        if count == 0xFFFF || size == 0xFFFF_FFFF || offset == 0xFFFF_FFFF {
            throw Failure.unsupported("a ZIP64 archive")
        }
        guard count <= limits.maximumEntries else { throw Failure.unsupported("more than \(limits.maximumEntries) entries") }
        guard offset <= end, size <= end - offset else { throw Failure.corrupt("the central directory lies outside the file (truncated?)") }
        centralDirectoryOffset = offset

        var entries: [Entry] = []
        entries.reserveCapacity(count)
        var position = offset
        for _ in 0..<count {
            guard position + 46 <= offset + size, bytes.le32(position) == 0x0201_4B50 else {
                throw Failure.corrupt("a broken central directory entry")
            }
            let nameLength = Int(bytes.le16(position + 28))
            let extraLength = Int(bytes.le16(position + 30))
            let commentLength = Int(bytes.le16(position + 32))
            let recordEnd = position + 46 + nameLength + extraLength + commentLength
            guard recordEnd <= offset + size else { throw Failure.corrupt("a broken central directory entry") }
            let entry = Entry(
                name: String(decoding: bytes[(position + 46)..<(position + 46 + nameLength)], as: UTF8.self),
                flags: bytes.le16(position + 8),
                method: bytes.le16(position + 10),
                crc32: bytes.le32(position + 16),
                compressedSize: Int(bytes.le32(position + 20)),
                uncompressedSize: Int(bytes.le32(position + 24)),
                localHeaderOffset: Int(bytes.le32(position + 42)),
                modifiedTime: bytes.le16(position + 12),
                modifiedDate: bytes.le16(position + 14)
            )
            entries.append(entry)
            position = recordEnd
        }
        self.entries = entries
        var indexByName: [String: Int] = [:]
        var duplicatedNames: Set<String> = []
        for (index, entry) in entries.enumerated() where !ZipContainer.isPathTrick(entry.name) {
            if indexByName.updateValue(index, forKey: entry.name) != nil { duplicatedNames.insert(entry.name) }
        }
        self.indexByName = indexByName
        self.duplicatedNames = duplicatedNames
    }

    /// The end-of-central-directory record: the last signature within the final 64 KiB + 22
    /// bytes whose comment length reaches exactly to the end of the file.
    private static func endOfCentralDirectory(_ bytes: [UInt8]) throws -> Int {
        guard bytes.count >= 22 else { throw Failure.corrupt("too short to be a zip archive (truncated?)") }
        var candidate = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while candidate >= lowest {
            if bytes.le32(candidate) == 0x0605_4B50, candidate + 22 + Int(bytes.le16(candidate + 20)) == bytes.count {
                return candidate
            }
            candidate -= 1
        }
        throw Failure.corrupt("no end of central directory (truncated or not a zip archive)")
    }

    /// Whether a name is one a writer could only have made to escape the folder it is unpacked
    /// in (`../x`, `/x`, `C:\x`). plancheck never writes entries out, but it reads none of these
    /// either, so a trick name can never stand in for a real part.
    static func isPathTrick(_ name: String) -> Bool {
        if name.hasPrefix("/") || name.hasPrefix("\\") || name.contains("\\") || name.utf8.contains(0) { return true }
        if name.count >= 2, name.dropFirst().first == ":" { return true }
        return name.split(separator: "/", omittingEmptySubsequences: false).contains { $0 == ".." || $0 == "." }
    }

    /// The entry called `name`, ignoring path-trick names. Two entries of one name are refused:
    /// zip readers disagree on which one counts, which is how files smuggle content past checks.
    func entry(named name: String) throws -> Entry? {
        guard !duplicatedNames.contains(name) else { throw Failure.corrupt("two entries named \(name)") }
        return indexByName[name].map { entries[$0] }
    }

    /// Inflates `entry`, stopping as soon as a limit is passed. `budget` is the number of bytes
    /// still allowed for the whole archive; the bytes returned are subtracted from it.
    func contents(of entry: Entry, budget: inout Int) throws -> [UInt8] {
        guard !entry.isEncrypted else { throw Failure.encrypted }
        guard entry.uncompressedSize <= limits.maximumEntrySize else { throw Failure.tooLarge(limit: "\(limits.maximumEntrySize >> 20) MB") }
        guard entry.uncompressedSize <= budget else { throw Failure.tooLarge(limit: "\(limits.maximumTotalSize >> 20) MB for the whole package") }

        let header = entry.localHeaderOffset
        guard header <= centralDirectoryOffset - 30, bytes.le32(header) == 0x0403_4B50 else {
            throw Failure.corrupt("the entry's local header is missing (truncated?)")
        }
        let start = header + 30 + Int(bytes.le16(header + 26)) + Int(bytes.le16(header + 28))
        guard start <= centralDirectoryOffset, entry.compressedSize <= centralDirectoryOffset - start else {
            throw Failure.corrupt("the entry's data runs past the end (truncated?)")
        }
        let compressed = start..<(start + entry.compressedSize)

        let output: [UInt8]
        switch entry.method {
        case 0:
            guard entry.compressedSize == entry.uncompressedSize else { throw Failure.corrupt("a stored entry whose sizes disagree") }
            output = Array(bytes[compressed])
        case 8:
            output = try inflate(compressed, declaredSize: entry.uncompressedSize, budget: budget)
        default:
            throw Failure.unsupported("compression method \(entry.method)")
        }
        // The declared size is what the limits were checked against; inflating past it stopped
        // above, and falling short of it is corruption.
        guard output.count == entry.uncompressedSize else { throw Failure.corrupt("the entry is shorter than the size it declares") }
        guard ZipContainer.crc32(output) == entry.crc32 else { throw Failure.corrupt("checksum mismatch") }
        budget -= output.count
        return output
    }

    /// Raw DEFLATE through zlib, in chunks, never producing more than the declared size (plus one
    /// byte, to notice a lie), the entry cap, the remaining budget, or the ratio allows.
    private func inflate(_ range: Range<Int>, declaredSize: Int, budget: Int) throws -> [UInt8] {
        var stream = z_stream()
        guard inflateInit2_(&stream, -MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw Failure.corrupt("cannot start inflating")
        }
        defer { inflateEnd(&stream) }
        var output = [UInt8]()
        output.reserveCapacity(declaredSize)
        var chunk = [UInt8](repeating: 0, count: 64 << 10)
        let ceiling = declaredSize + 1
        return try bytes.withUnsafeBufferPointer { input in
            stream.next_in = UnsafeMutablePointer(mutating: input.baseAddress! + range.lowerBound)
            stream.avail_in = UInt32(range.count)
            while true {
                let (status, produced) = chunk.withUnsafeMutableBufferPointer { buffer -> (Int32, Int) in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = UInt32(min(buffer.count, ceiling - output.count))
                    let before = stream.avail_out
                    let status = CZlibShim.inflate(&stream, Z_NO_FLUSH)
                    return (status, Int(before - stream.avail_out))
                }
                output += chunk[..<produced]
                if output.count > limits.maximumEntrySize { throw Failure.tooLarge(limit: "\(limits.maximumEntrySize >> 20) MB") }
                if output.count > budget { throw Failure.tooLarge(limit: "\(limits.maximumTotalSize >> 20) MB for the whole package") }
                if output.count > limits.ratioGrace, output.count / max(1, range.count) > limits.maximumRatio {
                    throw Failure.tooLarge(limit: "a compression ratio of \(limits.maximumRatio):1")
                }
                switch status {
                case Z_STREAM_END:
                    return output
                case Z_OK where output.count < ceiling:
                    continue
                case Z_OK:
                    throw Failure.tooLarge(limit: "its declared size of \(declaredSize) bytes")
                case Z_BUF_ERROR where stream.avail_in == 0:
                    throw Failure.corrupt("the compressed data ends early (truncated?)")
                default:
                    throw Failure.corrupt("invalid compressed data")
                }
            }
        }
    }

    static func crc32(_ bytes: [UInt8]) -> UInt32 {
        bytes.withUnsafeBufferPointer { buffer in
            var checksum: uLong = 0
            var offset = 0
            // zlib takes a 32-bit length.
            while offset < buffer.count {
                let count = min(buffer.count - offset, 1 << 30)
                checksum = CZlibShim.crc32(checksum, buffer.baseAddress! + offset, uInt(count))
                offset += count
            }
            return UInt32(truncatingIfNeeded: checksum)
        }
    }
}

/// zlib's free functions, named apart from the Swift methods of the same names.
private enum CZlibShim {
    static func inflate(_ stream: inout z_stream, _ flush: Int32) -> Int32 {
        #if canImport(CZlib)
        CZlib.inflate(&stream, flush)
        #else
        zlib.inflate(&stream, flush)
        #endif
    }

    static func crc32(_ checksum: uLong, _ bytes: UnsafePointer<UInt8>, _ count: uInt) -> uLong {
        #if canImport(CZlib)
        CZlib.crc32(checksum, bytes, count)
        #else
        zlib.crc32(checksum, bytes, count)
        #endif
    }
}

private extension Array where Element == UInt8 {
    func le16(_ offset: Int) -> UInt16 {
        UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    func le32(_ offset: Int) -> UInt32 {
        UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16 | UInt32(self[offset + 3]) << 24
    }
}
