/// An .odt content.xml made from fuzzer bytes, read as a recipe: each byte picks a block (a
/// paragraph, a heading, a list item, a table cell) or something inside the current one (text, a
/// space run, a tab, a line break), and the bytes after it pick counts and start values from
/// ranges that reach past every limit the reader sets (`text:c` of a thousand and past Int's
/// range, start values near Int64.max, prefixes of many kilobytes). Mutating bytes then mutates
/// the document's structure, not only its characters, and every result is well-formed XML.
struct OdtExpansionRecipe {
    private var bytes: UnsafeBufferPointer<UInt8>
    private var position = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    private static let numbers = ["0", "1", "2", "-1", "26", "27", "100", "1000", "32767", "32768", "2147483647",
                                  "9223372036854775807", "-9223372036854775808", "99999999999999999999", "x", ""]
    private static let formats = ["a", "A", "i", "I", "1", "一, 二, 三, ...", "①, ②, ③, ...", ""]
    private static let characters = ["院", "感", "防", "控", " ", "\t", "1", "、", "&amp;", "&#x4E2D;", "\u{3000}", "a"]

    private mutating func next() -> UInt8? {
        guard position < bytes.count else { return nil }
        defer { position += 1 }
        return bytes[position]
    }

    private mutating func number() -> String {
        Self.numbers[Int(next() ?? 0) % Self.numbers.count]
    }

    /// Element content: text, space runs, tabs and line breaks, up to the next block.
    private mutating func inline() -> String {
        var content = ""
        while let byte = next() {
            switch byte % 8 {
            case 0: content += "<text:s text:c=\"\(number())\"/>"
            case 1: content += "<text:s/>"
            case 2: content += "<text:tab/>"
            case 3: content += "<text:line-break/>"
            case 4, 5: content += Self.characters[Int(byte / 8) % Self.characters.count]
            default:
                position -= 1
                return content
            }
        }
        return content
    }

    var contentXML: String {
        var recipe = self
        let start = recipe.number()
        let format = Self.formats[Int(recipe.next() ?? 0) % Self.formats.count]
        let prefix = String(repeating: "第", count: Int(recipe.next() ?? 0) * 40)
        var body = ""
        while let byte = recipe.next() {
            switch byte % 4 {
            case 0: body += "<text:p>\(recipe.inline())</text:p>"
            case 1: body += "<text:h text:outline-level=\"\(recipe.number())\">\(recipe.inline())</text:h>"
            case 2:
                body += "<text:list text:style-name=\"L1\" text:continue-numbering=\"true\"><text:list-item text:start-value=\"\(recipe.number())\">"
                    + "<text:p>\(recipe.inline())</text:p></text:list-item></text:list>"
            default:
                let (columns, rows, cells) = (recipe.number(), recipe.number(), recipe.number())
                body += "<table:table><table:table-column table:number-columns-repeated=\"\(columns)\"/>"
                    + "<table:table-row table:number-rows-repeated=\"\(rows)\"><table:table-cell table:number-columns-repeated=\"\(cells)\">"
                    + "<text:p>\(recipe.inline())</text:p></table:table-cell></table:table-row></table:table>"
            }
        }
        return """
            <?xml version="1.0" encoding="UTF-8"?><office:document-content \
            xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" \
            xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" \
            xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" \
            xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><office:automatic-styles>\
            <text:list-style style:name="L1"><text:list-level-style-number text:level="1" style:num-format="\(format)" \
            style:num-prefix="\(prefix)" style:num-suffix="." text:start-value="\(start)"/></text:list-style>\
            </office:automatic-styles><office:body><office:text>\(body)</office:text></office:body></office:document-content>
            """
    }
}
