/// CSV as Excel and WPS read it, for every CSV plancheck writes (`check --format csv`, the
/// audit's CSV): RFC 4180 quoting (a cell with `,` `"` or a line break is quoted, quotes doubled),
/// CRLF line ends. A cell that starts with `=` `+` `-` `@`, a tab or a carriage return gets a
/// leading `'`, so text from a document can never run as a formula (CSV injection). "Starts" is
/// judged by Unicode scalar after any leading format characters, marks and controls (U+0600,
/// U+FEFF, a combining accent…), which a spreadsheet may skip or join to what follows.
package enum CSVCell {
    /// One row, ending in CRLF.
    package static func row(_ cells: [String]) -> String {
        cells.map(encode).joined(separator: ",") + "\r\n"
    }

    /// Whether the first scalar that is not a format character, mark or other control is one a
    /// spreadsheet reads as the start of a formula (tab and CR count as such themselves).
    package static func startsLikeAFormula(_ text: String) -> Bool {
        for scalar in text.unicodeScalars {
            if "=+-@\t\r".unicodeScalars.contains(scalar) { return true }
            switch scalar.properties.generalCategory {
            case .format, .nonspacingMark, .enclosingMark, .spacingMark, .control: continue
            default: return false
            }
        }
        return false
    }

    /// One cell, quoted where it must be.
    package static func encode(_ text: String) -> String {
        var text = text
        if startsLikeAFormula(text) {
            text = "'" + text
        }
        guard text.unicodeScalars.contains(where: { "\",\r\n".unicodeScalars.contains($0) }) else { return text }
        var quoted = "\""
        for scalar in text.unicodeScalars {
            if scalar == "\"" { quoted += "\"" }
            quoted.unicodeScalars.append(scalar)
        }
        return quoted + "\""
    }
}
