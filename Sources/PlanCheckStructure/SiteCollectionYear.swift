import PlanCheckDocuments

/// The year a text gives itself on a sharing site's collection page (`2022年上半年疾控工作总结(共6篇)`,
/// `…工作计划优秀6篇`, `…开头(三篇)`). The site dates such a page by the year it posted it, and an older
/// document below it often names its own (`关于2012年上半年疾病预防控制工作总结`). Read only where the
/// title carries the page's count of pieces, or a line just below repeats the title with it. A
/// template's masked year below (`20xx年，我院…`) is not taken over the page's: the corpus's labels
/// judge such pages both ways.
enum SiteCollectionYear {
    /// The first year in the lines below the title of a collection page, passing over the page's
    /// own lines (its count, its piece headings, the title repeated) and the titles of documents
    /// cited (`《…2019年健康教育工作计划》`); nil when the page is no collection, or its text names
    /// no year in its opening or masks it first.
    static func ownYear(of document: Document, piece: Piece, title: (title: String, line: Int), contentEnd: Int) -> Int? {
        let lines = TextLine.lazyLines(of: document, in: piece.range.lowerBound..<max(piece.range.lowerBound, contentEnd))
            .lazy.filter { $0.number > title.line }
            .map { $0.trimmedText(in: document, limit: MetadataExtractor.openingLength) }
            .filter { !$0.isEmpty }
            .prefix(readLines)
        // The count on the title line, or on a line just below that repeats the title with it (the page's heading).
        guard isCollectionLine(title.title)
                || lines.prefix(collectionMarkLines).contains(where: { isCollectionLine($0) && $0.contains(title.title) }) else { return nil }
        for line in lines where !isCollectionLine(line) && !isPieceHeading(line) && !line.contains(title.title) {
            switch YearReader.firstToken(in: withoutCitedTitles(line)) {
            case .year(let year): return year
            case .placeholder: return nil
            case nil: continue
            }
        }
        return nil
    }

    /// `line` with the titles it cites (`《…》`) left out: their years are other documents'.
    private static func withoutCitedTitles(_ line: String) -> String {
        var kept = ""
        var depth = 0
        for character in line {
            if character == "《" { depth += 1 } else if character == "》" { depth = max(0, depth - 1) } else if depth == 0 { kept.append(character) }
        }
        return kept
    }

    /// Lines below the title read for the text's own year.
    private static let readLines = 8
    /// Lines below the title where the page's count may stand instead (a date line, the title with its count).
    private static let collectionMarkLines = 3

    /// A line ending with a collection's count of pieces: `6篇`, `(共6篇)`, `(精选17篇)`, `(三篇)`, `【5篇】`.
    static func isCollectionLine(_ line: String) -> Bool {
        var units = Array(line.utf16)
        while let last = units.last, Glyph.isSpace(last) || closers.contains(last) { units.removeLast() }
        guard units.last == Glyph.pian else { return false }
        units.removeLast()
        let count = units.reversed().prefix { Glyph.digit($0) != nil || ChineseNumeral.isNumeralUnit($0) }.count
        return (1...3).contains(count) && units.count > count
    }

    /// A piece's heading on the page: `…计划篇1`, `…总结【篇2】`, `篇一：…`, `第1篇 …`.
    static func isPieceHeading(_ line: String) -> Bool {
        let units = Array(line.utf16)
        if let pian = units.lastIndex(of: Glyph.pian) {
            let after = units[(pian + 1)...].filter { !closers.contains($0) && !Glyph.isSpace($0) }
            if (1...3).contains(after.count), after.allSatisfy({ Glyph.digit($0) != nil || ChineseNumeral.isNumeralUnit($0) }) { return true }
        }
        let opening = units.prefix(6)
        guard let pian = opening.firstIndex(of: Glyph.pian) else { return false }
        let before = opening[..<pian].filter { $0 != 0x7B2C && !Glyph.isSpace($0) && $0 != 0x3010 } // 第, 【
        return before.isEmpty || before.allSatisfy { Glyph.digit($0) != nil || ChineseNumeral.isNumeralUnit($0) }
    }

    /// Brackets that close a count: ) ） 】 ]
    private static let closers: Set<UInt16> = [0x29, 0xFF09, 0x3011, 0x5D]
}
