/// The streams of an OLE2 compound file (Microsoft's Compound File Binary format), the container
/// of Word 97–2003 .doc files and of the .wps files WPS Office writes.
///
/// Only what reading a document needs: the streams stored at the root, by name. The file is read
/// from bytes already in memory; every sector chain and the directory walk are bounded by the
/// file's size, so a hostile file ends in a `Failure`, never in a loop or a trap.
struct CompoundFile {
    struct Failure: Error, Equatable {
        let reason: String
    }

    static let signature: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]

    private static let endOfChain: UInt32 = 0xFFFF_FFFE
    private static let noStream: UInt32 = 0xFFFF_FFFF
    private static let entrySize = 128

    private struct Entry {
        var name: String
        /// 1 storage, 2 stream, 5 root.
        var type: UInt8
        var left: UInt32
        var right: UInt32
        var child: UInt32
        var start: UInt32
        var size: Int
    }

    private let bytes: [UInt8]
    private let sectorSize: Int
    private let miniSectorSize: Int
    private let miniStreamCutoff: Int
    private let fat: [UInt32]
    private let miniFAT: [UInt32]
    private let entries: [Entry]
    private let miniStream: [UInt8]

    /// Whether `bytes` start with the compound file signature.
    static func isCompoundFile(_ bytes: [UInt8]) -> Bool {
        bytes.count >= 512 && bytes.prefix(8).elementsEqual(signature)
    }

    init(_ bytes: [UInt8]) throws(Failure) {
        guard Self.isCompoundFile(bytes) else { throw Failure(reason: "not an OLE2 compound file (bad signature or truncated)") }
        self.bytes = bytes
        let sectorShift = Int(Self.uint16(bytes, 0x1E))
        let miniSectorShift = Int(Self.uint16(bytes, 0x20))
        guard sectorShift == 9 || sectorShift == 12, miniSectorShift == 6 else {
            throw Failure(reason: "unsupported sector size (2^\(sectorShift))")
        }
        sectorSize = 1 << sectorShift
        miniSectorSize = 1 << miniSectorShift
        miniStreamCutoff = Int(Self.uint32(bytes, 0x38))

        // The FAT's own sectors: 109 listed in the header, the rest in a chain of DIFAT sectors.
        let fatSectorCount = Int(Self.uint32(bytes, 0x2C))
        let sectorCount = (bytes.count - 512) / sectorSize + 1
        guard fatSectorCount <= sectorCount else { throw Failure(reason: "corrupt: more FAT sectors than the file holds") }
        var fatSectors: [UInt32] = []
        for index in 0..<109 where fatSectors.count < fatSectorCount {
            fatSectors.append(Self.uint32(bytes, 0x4C + 4 * index))
        }
        var difat = Self.uint32(bytes, 0x44)
        var difatSteps = 0
        while fatSectors.count < fatSectorCount, difat < Self.endOfChain - 3 {
            difatSteps += 1
            guard difatSteps <= sectorCount, let offset = Self.offset(ofSector: difat, size: sectorSize, in: bytes) else {
                throw Failure(reason: "corrupt: broken DIFAT chain")
            }
            let perSector = sectorSize / 4 - 1
            for index in 0..<perSector where fatSectors.count < fatSectorCount {
                fatSectors.append(Self.uint32(bytes, offset + 4 * index))
            }
            difat = Self.uint32(bytes, offset + 4 * perSector)
        }
        var fat: [UInt32] = []
        fat.reserveCapacity(fatSectors.count * sectorSize / 4)
        for sector in fatSectors {
            guard let offset = Self.offset(ofSector: sector, size: sectorSize, in: bytes) else {
                throw Failure(reason: "corrupt: a FAT sector lies outside the file")
            }
            for index in 0..<(sectorSize / 4) { fat.append(Self.uint32(bytes, offset + 4 * index)) }
        }
        self.fat = fat

        let directory = try Self.chain(from: Self.uint32(bytes, 0x30), fat: fat, unit: sectorSize, in: bytes, what: "directory")
        var entries: [Entry] = []
        var position = 0
        while position + Self.entrySize <= directory.count {
            entries.append(Self.entry(directory, at: position, version: Self.uint16(bytes, 0x1A)))
            position += Self.entrySize
        }
        guard let root = entries.first, root.type == 5 else { throw Failure(reason: "corrupt: no root entry") }
        self.entries = entries

        let miniFATStart = Self.uint32(bytes, 0x3C)
        let miniFATBytes = miniFATStart >= Self.endOfChain - 3 ? []
            : try Self.chain(from: miniFATStart, fat: fat, unit: sectorSize, in: bytes, what: "mini FAT")
        miniFAT = stride(from: 0, to: miniFATBytes.count - 3, by: 4).map { Self.uint32(miniFATBytes, $0) }
        let rootStream = root.start >= Self.endOfChain - 3 ? []
            : try Self.chain(from: root.start, fat: fat, unit: sectorSize, in: bytes, what: "mini stream")
        miniStream = Array(rootStream.prefix(root.size))
    }

    /// The stream called `name` directly under the root, or nil when there is none.
    func stream(named name: String) throws(Failure) -> [UInt8]? {
        guard let entry = rootChild(named: name), entry.type == 2 else { return nil }
        let data: [UInt8]
        if entry.size == 0 {
            data = []
        } else if entry.size < miniStreamCutoff {
            data = try Self.chain(from: entry.start, fat: miniFAT, unit: miniSectorSize, in: miniStream, what: name, headerSize: 0)
        } else {
            data = try Self.chain(from: entry.start, fat: fat, unit: sectorSize, in: bytes, what: name)
        }
        guard data.count >= entry.size else { throw Failure(reason: "corrupt: stream \(name) is shorter than its directory entry says") }
        return Array(data.prefix(entry.size))
    }

    /// Walks the root's children (a binary tree of siblings), each entry at most once.
    private func rootChild(named name: String) -> Entry? {
        var pending = [entries[0].child]
        var visited = Set<UInt32>()
        while let id = pending.popLast() {
            guard id != Self.noStream, Int(id) < entries.count, visited.insert(id).inserted else { continue }
            let entry = entries[Int(id)]
            if entry.name == name { return entry }
            pending.append(entry.left)
            pending.append(entry.right)
        }
        return nil
    }

    // MARK: Reading

    /// The bytes of the chain of sectors (or mini sectors) that starts at `start`.
    private static func chain(from start: UInt32, fat: [UInt32], unit: Int, in source: [UInt8], what: String,
                              headerSize: Int = 512) throws(Failure) -> [UInt8] {
        var result: [UInt8] = []
        var sector = start
        var steps = 0
        // A chain visits each sector of its source at most once; a cycle would repeat them, and
        // a FAT far larger than the file would let it gather far more bytes than the file has.
        let maximumSteps = min(fat.count, source.count / unit + 1)
        while sector != endOfChain {
            steps += 1
            guard steps <= maximumSteps, Int(sector) < fat.count else { throw Failure(reason: "corrupt: broken sector chain in \(what)") }
            let offset = headerSize == 0 ? Int(sector) * unit : (Int(sector) + 1) * unit
            guard offset < source.count else { throw Failure(reason: "corrupt: \(what) runs past the end of the file") }
            // The last sector of a file may be cut short; take what is there.
            result.append(contentsOf: source[offset..<min(offset + unit, source.count)])
            sector = fat[Int(sector)]
        }
        return result
    }

    private static func offset(ofSector sector: UInt32, size: Int, in bytes: [UInt8]) -> Int? {
        let offset = (Int(sector) + 1) * size
        return sector < endOfChain - 3 && offset + size <= bytes.count ? offset : nil
    }

    private static func entry(_ directory: [UInt8], at position: Int, version: UInt16) -> Entry {
        let nameLength = min(Int(uint16(directory, position + 0x40)), 64)
        let units = stride(from: 0, to: max(nameLength - 2, 0), by: 2).map { uint16(directory, position + $0) }
        let size = version == 3 ? Int(uint32(directory, position + 0x78))
            : Int(truncatingIfNeeded: UInt64(uint32(directory, position + 0x78)) | UInt64(uint32(directory, position + 0x7C)) << 32)
        return Entry(name: String(decoding: units, as: UTF16.self), type: directory[position + 0x42],
                     left: uint32(directory, position + 0x44), right: uint32(directory, position + 0x48),
                     child: uint32(directory, position + 0x4C), start: uint32(directory, position + 0x74),
                     size: max(size, 0))
    }

    static func uint16(_ bytes: [UInt8], _ offset: Int) -> UInt16 {
        guard offset >= 0, offset + 2 <= bytes.count else { return 0 }
        return UInt16(bytes[offset]) | UInt16(bytes[offset + 1]) << 8
    }

    static func uint32(_ bytes: [UInt8], _ offset: Int) -> UInt32 {
        guard offset >= 0, offset + 4 <= bytes.count else { return 0 }
        return UInt32(bytes[offset]) | UInt32(bytes[offset + 1]) << 8 | UInt32(bytes[offset + 2]) << 16 | UInt32(bytes[offset + 3]) << 24
    }
}
