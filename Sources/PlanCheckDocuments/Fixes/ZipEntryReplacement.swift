import Foundation

/// A zip archive with one entry's contents replaced and every other byte kept: the other
/// entries' headers and compressed data are copied as they are, only offsets after the replaced
/// entry move. A .docx keeps its images, styles and signatures' bytes exactly.
enum ZipEntryReplacement {
    enum Failure: Error, Equatable {
        case unsupported(String)
    }

    /// `archive` with the entry `name` holding `contents` (deflated), or a failure for an archive
    /// this does not rewrite (ZIP64, split, an entry it cannot find).
    static func replacing(_ name: String, with contents: [UInt8], in archive: [UInt8]) throws(Failure) -> [UInt8] {
        guard let end = endOfCentralDirectory(archive) else { throw .unsupported("no end of central directory") }
        let count = Int(archive.le16(end + 10))
        let directorySize = Int(archive.le32(end + 12))
        let directoryOffset = Int(archive.le32(end + 16))
        guard archive.le16(end + 4) == 0, archive.le16(end + 6) == 0, count != 0xFFFF,
              directoryOffset != 0xFFFF_FFFF, directoryOffset + directorySize <= end else {
            throw .unsupported("a ZIP64 or split archive")
        }
        // Central directory records: where each starts and its local header's offset.
        var records: [(start: Int, length: Int, localOffset: Int, name: String)] = []
        var cursor = directoryOffset
        for _ in 0..<count {
            guard cursor + 46 <= end, archive.le32(cursor) == 0x0201_4B50 else { throw .unsupported("a damaged central directory") }
            let nameLength = Int(archive.le16(cursor + 28))
            let length = 46 + nameLength + Int(archive.le16(cursor + 30)) + Int(archive.le16(cursor + 32))
            guard cursor + length <= end else { throw .unsupported("a damaged central directory") }
            let entryName = String(decoding: archive[(cursor + 46)..<(cursor + 46 + nameLength)], as: UTF8.self)
            records.append((cursor, length, Int(archive.le32(cursor + 42)), entryName))
            cursor += length
        }
        let matching = records.filter { $0.name == name }
        guard matching.count == 1, let target = matching.first else { throw .unsupported("\(name) is missing or listed twice") }
        let local = target.localOffset
        guard local + 30 <= directoryOffset, archive.le32(local) == 0x0403_4B50 else { throw .unsupported("a damaged local header") }
        // The old entry runs to the next local header (a data descriptor included), or the directory.
        let oldEnd = records.map(\.localOffset).filter { $0 > local }.min() ?? directoryOffset
        let headerLength = 30 + Int(archive.le16(local + 26)) + Int(archive.le16(local + 28))
        guard local + headerLength <= oldEnd else { throw .unsupported("a damaged local header") }
        guard let compressed = Deflate.compress(contents) else { throw .unsupported("zlib could not compress") }
        let checksum = ZipContainer.crc32(contents)

        var header = Array(archive[local..<(local + headerLength)])
        header.setLE16(6, header.le16(6) & ~0x0008)   // sizes in the header, no data descriptor
        header.setLE16(8, 8)
        header.setLE32(14, checksum)
        header.setLE32(18, UInt32(compressed.count))
        header.setLE32(22, UInt32(contents.count))
        let newEntry = header + compressed
        let delta = newEntry.count - (oldEnd - local)

        var output = Array(archive[..<local])
        output += newEntry
        output += archive[oldEnd..<directoryOffset]
        let newDirectoryOffset = output.count
        for record in records {
            var bytes = Array(archive[record.start..<(record.start + record.length)])
            if record.localOffset > local { bytes.setLE32(42, UInt32(record.localOffset + delta)) }
            if record.start == target.start {
                bytes.setLE16(8, bytes.le16(8) & ~0x0008)
                bytes.setLE16(10, 8)
                bytes.setLE32(16, checksum)
                bytes.setLE32(20, UInt32(compressed.count))
                bytes.setLE32(24, UInt32(contents.count))
            }
            output += bytes
        }
        var tail = Array(archive[end...])
        tail.setLE32(16, UInt32(newDirectoryOffset))
        output += tail
        return output
    }

    /// The end-of-central-directory record's offset: its signature, searched from the end over
    /// the longest archive comment.
    private static func endOfCentralDirectory(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 22 else { return nil }
        var offset = bytes.count - 22
        let lowest = max(0, bytes.count - 22 - 0xFFFF)
        while offset >= lowest {
            if bytes.le32(offset) == 0x0605_4B50 { return offset }
            offset -= 1
        }
        return nil
    }
}

private extension Array where Element == UInt8 {
    func le16(_ offset: Int) -> UInt16 {
        UInt16(self[offset]) | UInt16(self[offset + 1]) << 8
    }

    func le32(_ offset: Int) -> UInt32 {
        UInt32(self[offset]) | UInt32(self[offset + 1]) << 8 | UInt32(self[offset + 2]) << 16 | UInt32(self[offset + 3]) << 24
    }

    mutating func setLE16(_ offset: Int, _ value: UInt16) {
        self[offset] = UInt8(value & 0xFF)
        self[offset + 1] = UInt8(value >> 8)
    }

    mutating func setLE32(_ offset: Int, _ value: UInt32) {
        for index in 0..<4 { self[offset + index] = UInt8((value >> (8 * UInt32(index))) & 0xFF) }
    }
}
