/// CSV as Excel and WPS read it, for every CSV plancheck writes (`check --format csv`, the
/// audit's CSV): RFC 4180 quoting (a cell with `,` `"` or a line break is quoted, quotes doubled),
/// CRLF line ends. A cell that starts with `=` `+` `-` `@`, a tab or a carriage return gets a
/// leading `'`, so text from a document can never run as a formula (CSV injection).
package enum CSVCell {
    /// One row, ending in CRLF.
    package static func row(_ cells: [String]) -> String {
        cells.map(encode).joined(separator: ",") + "\r\n"
    }

    /// One cell, quoted where it must be.
    package static func encode(_ text: String) -> String {
        var text = text
        if let first = text.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) {
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
