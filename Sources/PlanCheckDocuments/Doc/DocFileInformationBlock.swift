import PlanCheckCore

/// The fields of a .doc's File Information Block (the head of its WordDocument stream) that
/// `DocReader` needs, found by walking its variable-length parts rather than by fixed offsets.
struct DocFileInformationBlock {
    let usesTable1: Bool
    /// Characters of main text: the document body, before headers, footnotes and the rest.
    let mainTextLength: Int
    let clxOffset: Int
    let clxLength: Int
    /// Where the pairs of offsets and lengths into the table stream start, and how many.
    private let pairsStart: Int
    private let pairCount: Int
    private let header: [UInt8]

    init(_ word: [UInt8], fail: (String) -> InputFileError) throws {
        guard word.count >= 154, CompoundFile.uint16(word, 0) == 0xA5EC else { throw fail("not a valid .doc file: bad header") }
        let version = CompoundFile.uint16(word, 2)
        // Word 97 is 193 (0xC1); Word 6 and 95 files have no piece table of this kind.
        guard version >= 0xC1 else { throw fail("Word 6/95 format (too old to read): save it as .docx") }
        let flags = CompoundFile.uint16(word, 0x0A)
        guard flags & 0x0100 == 0 else { throw fail("encrypted (password-protected): save it without a password") }
        usesTable1 = flags & 0x0200 != 0
        var position = 32
        let shorts = Int(CompoundFile.uint16(word, position))
        position += 2 + 2 * shorts
        let longs = Int(CompoundFile.uint16(word, position))
        let longsStart = position + 2
        guard longs >= 4 else { throw fail("not a valid .doc file: short header") }
        mainTextLength = Int(CompoundFile.uint32(word, longsStart + 12))
        position = longsStart + 4 * longs
        let pairs = Int(CompoundFile.uint16(word, position))
        let pairsStart = position + 2
        // fcClx / lcbClx are the 34th pair of FibRgFcLcb97.
        guard pairs > 33, pairsStart + 34 * 8 <= word.count else { throw fail("not a valid .doc file: short header") }
        clxOffset = Int(CompoundFile.uint32(word, pairsStart + 33 * 8))
        clxLength = Int(CompoundFile.uint32(word, pairsStart + 33 * 8 + 4))
        self.pairsStart = pairsStart
        pairCount = pairs
        header = Array(word.prefix(pairsStart + 8 * pairs))
    }

    /// The part of the table stream that pair `index` of FibRgFcLcb97 points to.
    func range(ofPair index: Int) -> Range<Int> {
        guard index < pairCount else { return 0..<0 }
        let offset = Int(CompoundFile.uint32(header, pairsStart + 8 * index))
        return offset..<(offset + Int(CompoundFile.uint32(header, pairsStart + 8 * index + 4)))
    }

    static let styleSheet = 1
    static let paragraphProperties = 13
    static let lists = 73
    static let listOverrides = 74
}
