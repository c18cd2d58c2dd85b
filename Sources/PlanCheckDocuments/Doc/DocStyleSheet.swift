/// The paragraph styles of a .doc (its `STSH`): which are headings, and which number their
/// paragraphs through a list.
///
/// Word's built-in heading styles carry the style identifiers 1–9 whatever their name (标题 1 in
/// a Chinese Word), so a style is a heading by that identifier, by the outline level it sets,
/// or by the style it is based on.
struct DocStyleSheet {
    private struct Style {
        var identifier: Int
        var base: Int?
        var sprms = DocSprms.Paragraph()
    }

    private var styles: [Int: Style] = [:]

    init() {}

    /// Reads the style sheet at `range` of the table stream; a style that does not parse is
    /// left out.
    init(table: [UInt8], range: Range<Int>) {
        guard range.lowerBound >= 0, range.upperBound <= table.count, range.count >= 6 else { return }
        let headerSize = Int(CompoundFile.uint16(table, range.lowerBound))
        let count = Int(CompoundFile.uint16(table, range.lowerBound + 2))
        let baseSize = Int(CompoundFile.uint16(table, range.lowerBound + 4))
        guard baseSize >= 10 else { return }
        var position = range.lowerBound + 2 + headerSize
        for index in 0..<count {
            guard position + 2 <= range.upperBound else { break }
            let size = Int(CompoundFile.uint16(table, position))
            let start = position + 2
            position = start + size
            guard size >= baseSize + 2, position <= range.upperBound else { continue }
            let identifier = Int(CompoundFile.uint16(table, start) & 0x0FFF)
            let kindAndBase = CompoundFile.uint16(table, start + 2)
            // Only paragraph styles (kind 1) number paragraphs or make headings.
            guard kindAndBase & 0x000F == 1 else { continue }
            let base = Int(kindAndBase >> 4)
            var style = Style(identifier: identifier, base: base == 0x0FFF ? nil : base)
            // The name (a length, the characters, a terminating 0), then the paragraph UPX,
            // which starts on an even offset: its size, the style index, the sprms.
            let nameLength = Int(CompoundFile.uint16(table, start + baseSize))
            var upx = start + baseSize + 2 + 2 * nameLength + 2
            if (upx - start) % 2 == 1 { upx += 1 }
            let upxSize = Int(CompoundFile.uint16(table, upx))
            if upxSize >= 2, upx + 2 + upxSize <= position {
                style.sprms = DocSprms.paragraph(in: table, (upx + 4)..<(upx + 2 + upxSize))
            }
            styles[index] = style
        }
    }

    /// The heading level (1 = top) style `index` gives, or nil for body text.
    func headingLevel(ofStyle index: Int) -> Int? {
        var current: Int? = index
        // Based-on chains are short; the bound guards against a cycle in a hostile file.
        for _ in 0..<16 {
            guard let at = current, let style = styles[at] else { return nil }
            if let outline = style.sprms.outlineLevel { return (0...8).contains(outline) ? outline + 1 : nil }
            if (1...9).contains(style.identifier) { return style.identifier }
            current = style.base
        }
        return nil
    }

    /// The list (1-based list format override) and level style `index` numbers its paragraphs
    /// with, inherited through its base styles; nil when it numbers none.
    func numbering(ofStyle index: Int) -> (listFormatOverride: Int, level: Int?)? {
        var current: Int? = index
        for _ in 0..<16 {
            guard let at = current, let style = styles[at] else { return nil }
            if let list = style.sprms.listFormatOverride { return (list, style.sprms.listLevel) }
            current = style.base
        }
        return nil
    }
}
