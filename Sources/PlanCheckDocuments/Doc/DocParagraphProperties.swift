/// The paragraph properties of a .doc's text, from the formatted disk pages (FKPs) its
/// `PlcBtePapx` points to: for each run of text bytes, its style and the sprms that matter here.
struct DocParagraphProperties {
    struct Run: Equatable {
        /// The run covers these positions of the WordDocument stream.
        var start: Int
        var end: Int
        /// The paragraph style (an index into the style sheet).
        var style: Int
        var sprms: DocSprms.Paragraph
    }

    private(set) var runs: [Run] = []

    init() {}

    /// Reads the runs; a part that does not parse is left out, so a damaged table costs the
    /// headings and list labels it held, not the text.
    init(word: [UInt8], table: [UInt8], plcfBtePapx: Range<Int>) {
        guard plcfBtePapx.lowerBound >= 0, plcfBtePapx.upperBound <= table.count, plcfBtePapx.count >= 12,
              (plcfBtePapx.count - 4) % 8 == 0 else { return }
        let count = (plcfBtePapx.count - 4) / 8
        var runs: [Run] = []
        var seenPages = Set<Int>()
        for index in 0..<count {
            let page = Int(CompoundFile.uint32(table, plcfBtePapx.lowerBound + 4 * (count + 1) + 4 * index) & 0x3F_FFFF)
            guard seenPages.insert(page).inserted else { continue }
            runs += Self.runs(ofPage: page, in: word)
        }
        self.runs = runs.sorted { $0.start < $1.start }
    }

    /// The run that holds the byte at `position` of the WordDocument stream.
    func run(at position: Int) -> Run? {
        var low = 0
        var high = runs.count
        while low < high {
            let middle = (low + high) / 2
            if runs[middle].end <= position { low = middle + 1 } else { high = middle }
        }
        return low < runs.count && runs[low].start <= position ? runs[low] : nil
    }

    /// One 512-byte page: `crun` text positions, then per run a word offset to its properties.
    private static func runs(ofPage page: Int, in word: [UInt8]) -> [Run] {
        let base = page * 512
        guard base >= 0, base + 512 <= word.count else { return [] }
        let count = Int(word[base + 511])
        guard count > 0, 4 * (count + 1) + 13 * count <= 511 else { return [] }
        var runs: [Run] = []
        for index in 0..<count {
            let start = Int(CompoundFile.uint32(word, base + 4 * index))
            let end = Int(CompoundFile.uint32(word, base + 4 * (index + 1)))
            let offset = 2 * Int(word[base + 4 * (count + 1) + 13 * index])
            guard end > start else { continue }
            guard offset > 0, offset < 511 else {
                runs.append(Run(start: start, end: end, style: 0, sprms: DocSprms.Paragraph()))
                continue
            }
            // PapxInFkp: a size byte (in words; 0 means the next byte holds it), then the style
            // and the sprms.
            var size = 2 * Int(word[base + offset]) - 1
            var data = base + offset + 1
            if word[base + offset] == 0 {
                size = 2 * Int(word[base + offset + 1])
                data += 1
            }
            guard size >= 2, data + size <= base + 511 else { continue }
            let style = Int(CompoundFile.uint16(word, data))
            runs.append(Run(start: start, end: end, style: style, sprms: DocSprms.paragraph(in: word, (data + 2)..<(data + size))))
        }
        return runs
    }
}
