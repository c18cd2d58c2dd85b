import PlanCheckCore

/// Reads the main text of a Word 97–2003 binary document (.doc), and of a .wps file WPS Office
/// wrote in the same format: one line per paragraph, like a .docx.
///
/// The text is found through the piece table (the `Clx` in the table stream), so a document
/// saved with fast saves reads in order. Field codes are dropped and their results kept; each
/// table cell is a paragraph (a row's end mark is none, as in a .docx); a manual line break
/// becomes a space. Each paragraph takes its
/// heading level from its style (`DocStyleSheet`) and, in an automatically numbered list, starts
/// with the label Word draws (`DocListTables`). Headers, footers, footnotes, comments and text
/// boxes (stored after the main text) are not read.
package enum DocReader {
    /// Extracts the paragraphs of a .doc file's bytes.
    ///
    /// - Parameters:
    ///   - path: names the file in a thrown `InputFileError` or `DocumentTooLargeError`.
    ///   - kind: the extension the file came with (`.doc`, `.wps`), for the messages.
    package static func read(_ bytes: [UInt8], path: String = "", kind: String = ".doc") throws -> ExtractedParagraphs {
        func fail(_ reason: String) -> InputFileError { InputFileError(path: path, reason: reason) }
        let container: CompoundFile
        do {
            container = try CompoundFile(bytes)
        } catch {
            if let inside = disguise(of: bytes) {
                throw fail("this \(kind) file is \(inside.rawValue) inside: \(inside == .docx ? "rename it to .docx" : "save it as .docx")")
            }
            throw fail("not a valid \(kind) file: \(error.reason)")
        }
        do {
            guard let word = try container.stream(named: "WordDocument") else {
                throw fail(kind == ".wps" ? "this .wps file is in an older WPS format plancheck cannot read: save it as .docx"
                                          : "not a Word document (no WordDocument stream)")
            }
            let fib = try DocFileInformationBlock(word, fail: fail)
            guard let table = try container.stream(named: fib.usesTable1 ? "1Table" : "0Table") else {
                throw fail("not a valid \(kind) file: its table stream is missing")
            }
            let text = try mainText(word: word, table: table, fib: fib, fail: fail)
            let styles = DocStyleSheet(table: table, range: fib.range(ofPair: DocFileInformationBlock.styleSheet))
            let properties = DocParagraphProperties(word: word, table: table,
                                                    plcfBtePapx: fib.range(ofPair: DocFileInformationBlock.paragraphProperties))
            var numbering = DocListTables.numbering(table: table, lists: fib.range(ofPair: DocFileInformationBlock.lists),
                                                    overrides: fib.range(ofPair: DocFileInformationBlock.listOverrides))
            let result = try paragraphs(of: text.units, budget: ReadingBudget(path: path, fileSize: bytes.count)) { mark in
                // The paragraph's properties are those of the run that holds its mark.
                guard let run = text.position(of: mark).flatMap(properties.run(at:)) else { return ParagraphProperties() }
                // A row's end mark is no paragraph a reader sees (a .docx has none).
                guard !run.sprms.isRowEnd else { return ParagraphProperties(isRowEnd: true) }
                let level = run.sprms.outlineLevel.map { (0...8).contains($0) ? $0 + 1 : nil } ?? styles.headingLevel(ofStyle: run.style)
                let styled = styles.numbering(ofStyle: run.style)
                guard let list = run.sprms.listFormatOverride ?? styled?.listFormatOverride, list > 0 else {
                    return ParagraphProperties(headingLevel: level)
                }
                let label = numbering.label(numID: String(list), level: run.sprms.listLevel ?? styled?.level ?? 0)
                return ParagraphProperties(label: label, headingLevel: level)
            }
            guard result.hasText else { throw fail("empty document (no text)") }
            return result
        } catch let failure as CompoundFile.Failure {
            throw fail("not a valid \(kind) file: \(failure.reason)")
        }
    }

    /// What a file named .doc holds when it is not one: Word and document sites save other
    /// formats under that name.
    enum Disguise: String {
        case docx = "a .docx"
        case rtf = "RTF"
        case webPage = "a web page (HTML)"
    }

    static func disguise(of bytes: [UInt8]) -> Disguise? {
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .docx }
        if bytes.starts(with: Array("{\\rtf".utf8)) { return .rtf }
        let opening = String(decoding: bytes.prefix(1024), as: UTF8.self).lowercased()
        if opening.contains("<html") || opening.contains("mime-version:") { return .webPage }
        return nil
    }

    /// The main text, and where each piece of it lies in the WordDocument stream.
    struct MainText {
        var units: [UInt16] = []
        /// Per piece: its first unit, the stream position of that unit, bytes per unit.
        var pieces: [(unit: Int, position: Int, width: Int)] = []

        /// The stream position of unit `index`. Pieces are in text order: found by bisection, as a
        /// hostile file may hold a great many.
        func position(of index: Int) -> Int? {
            guard index < units.count else { return nil }
            var low = 0
            var high = pieces.count
            while low < high {
                let middle = (low + high) / 2
                if pieces[middle].unit <= index { low = middle + 1 } else { high = middle }
            }
            guard low > 0 else { return nil }
            let piece = pieces[low - 1]
            return piece.position + (index - piece.unit) * piece.width
        }
    }

    /// The main text as UTF-16 units, piece by piece.
    private static func mainText(word: [UInt8], table: [UInt8], fib: DocFileInformationBlock,
                                 fail: (String) -> InputFileError) throws -> MainText {
        guard fib.clxOffset >= 0, fib.clxLength > 0, fib.clxOffset + fib.clxLength <= table.count else {
            throw fail("not a valid .doc file: no piece table")
        }
        let clx = Array(table[fib.clxOffset..<(fib.clxOffset + fib.clxLength)])
        guard let pieces = pieces(inClx: clx) else { throw fail("not a valid .doc file: broken piece table") }
        var text = MainText()
        for piece in pieces {
            let first = piece.first
            let end = min(piece.end, fib.mainTextLength)
            guard end > first else { continue }
            let location = piece.location
            let count = end - first
            // Legitimate pieces never hold more characters than the stream has bytes; a hostile
            // table that repeats one piece could otherwise ask for gigabytes.
            guard text.units.count + count <= word.count else { throw fail("not a valid .doc file: its pieces overlap") }
            if location & 0x4000_0000 != 0 {
                // "Compressed": one byte a character, in Windows-1252.
                let offset = Int(location & 0x3FFF_FFFF) / 2
                guard offset + count <= word.count else { throw fail("not a valid .doc file: text runs past its stream") }
                text.pieces.append((text.units.count, offset, 1))
                text.units += word[offset..<(offset + count)].map(windows1252)
            } else {
                let offset = Int(location)
                guard offset + 2 * count <= word.count else { throw fail("not a valid .doc file: text runs past its stream") }
                text.pieces.append((text.units.count, offset, 2))
                for index in 0..<count { text.units.append(CompoundFile.uint16(word, offset + 2 * index)) }
            }
            if end >= fib.mainTextLength { break }
        }
        return text
    }

    struct Piece: Equatable {
        /// Character positions: the piece holds `first..<end`.
        var first: Int
        var end: Int
        /// Where its text is in the WordDocument stream; bit 30 set: one byte a character.
        var location: UInt32
    }

    /// The pieces of a `Clx`: property modifiers (Prc) first, then the piece table (Pcdt); nil
    /// when it is malformed.
    static func pieces(inClx clx: [UInt8]) -> [Piece]? {
        var position = 0
        while position < clx.count, clx[position] == 0x01 {
            let size = Int(Int16(bitPattern: CompoundFile.uint16(clx, position + 1)))
            // A negative size would step back, and loop, forever.
            guard size >= 0 else { return nil }
            position += 3 + size
        }
        guard position < clx.count, clx[position] == 0x02 else { return nil }
        let length = Int(CompoundFile.uint32(clx, position + 1))
        let start = position + 5
        guard length >= 4, start + length <= clx.count, (length - 4) % 12 == 0 else { return nil }
        let count = (length - 4) / 12
        return (0..<count).map { piece in
            Piece(first: Int(CompoundFile.uint32(clx, start + 4 * piece)),
                  end: Int(CompoundFile.uint32(clx, start + 4 * (piece + 1))),
                  location: CompoundFile.uint32(clx, start + 4 * (count + 1) + 8 * piece + 2))
        }
    }

    /// What a paragraph's properties add to its text.
    struct ParagraphProperties {
        /// The list label drawn before it.
        var label: String?
        var headingLevel: Int?
        /// A table row's end mark: left out when empty, as it always is.
        var isRowEnd = false
    }

    /// Splits the text into paragraphs: field codes out, field results in, control marks
    /// turned into what a reader sees. `properties` gives, in order, the properties of the
    /// paragraph whose mark is at each index. Each paragraph counts against `budget` as it is
    /// finished: the text is no longer than its stream, but a label before every one-character
    /// paragraph would multiply it.
    static func paragraphs(of text: [UInt16], budget: ReadingBudget = ReadingBudget(path: ""),
                           properties: (Int) -> ParagraphProperties = { _ in ParagraphProperties() }) throws -> ExtractedParagraphs {
        var result = ExtractedParagraphs()
        var paragraph: [UInt16] = []
        /// Per open field, whether its code (before the separator) is still being read.
        var fields: [Bool] = []
        func endParagraph(at mark: Int) throws {
            let found = properties(mark)
            if !(found.isRowEnd && paragraph.isEmpty) {
                let line = (found.label ?? "") + String(decoding: paragraph, as: UTF16.self)
                try budget.spendText(line.utf8.count + 1)
                result.append(line, headingLevel: found.headingLevel)
            }
            paragraph.removeAll(keepingCapacity: true)
        }
        for (index, unit) in text.enumerated() {
            switch unit {
            case 0x13: fields.append(true)
            case 0x14: if !fields.isEmpty { fields[fields.count - 1] = false }
            case 0x15: _ = fields.popLast()
            // A paragraph mark ends the paragraph even inside a field's code, and the code: a
            // field left open by a damaged file must not swallow the rest of the document.
            case 0x0D, 0x07, 0x0C:
                try endParagraph(at: index)
                fields.removeAll { $0 }
            case _ where fields.contains(true): continue
            case 0x0B: paragraph.append(0x20)
            case 0x09: paragraph.append(0x09)
            case 0x1E: paragraph.append(0x2D)
            case ..<0x20: continue
            default: paragraph.append(unit)
            }
        }
        if !paragraph.isEmpty { try endParagraph(at: text.count) }
        return result
    }

    /// Windows-1252 differs from Latin-1 only in 0x80–0x9F.
    private static func windows1252(_ byte: UInt8) -> UInt16 {
        let high: [UInt16] = [
            0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
            0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
        ]
        return (0x80...0x9F).contains(byte) ? high[Int(byte) - 0x80] : UInt16(byte)
    }
}
