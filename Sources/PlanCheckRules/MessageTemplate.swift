
/// A rule message with its placeholders found: `{match}`, `{expected}`, `{year}`, `{period}`.
///
/// A rule splits its message once when it is made (`Rule.messageTemplate`); each finding then
/// only joins the pieces, rather than scanning the message and decoding its bytes again.
package struct MessageTemplate: Sendable, Hashable {
    private enum Name: Hashable {
        case match, expected, year, period
    }

    private enum Piece: Hashable {
        case text(String)
        /// A known placeholder, and how it is written (kept when there is no value for it).
        case placeholder(Name, written: String)
    }

    private let pieces: [Piece]

    /// Splits `template` at its placeholders. A name that is not a placeholder stays as
    /// written, and so does everything after a brace that is never closed.
    package init(_ template: String) {
        // Braces are ASCII, so they never occur inside another character: the message is read
        // as UTF-8 (reading it by Character was a tenth of loading the bundled rules).
        let bytes = template.utf8
        guard bytes.contains(UInt8(ascii: "{")) else {
            self.pieces = [.text(template)]
            return
        }
        var pieces: [Piece] = []
        var text = ""
        var rest = template[...]
        while let open = rest.utf8.firstIndex(of: UInt8(ascii: "{")),
              let close = rest.utf8[open...].firstIndex(of: UInt8(ascii: "}")) {
            let afterClose = rest.utf8.index(after: close)
            let written = String(rest[open..<afterClose])
            let name: Name? = switch rest[rest.utf8.index(after: open)..<close] {
            case "match": .match
            case "expected": .expected
            case "year": .year
            case "period": .period
            default: nil
            }
            text += rest[..<open]
            if let name {
                if !text.isEmpty { pieces.append(.text(text)) }
                text = ""
                pieces.append(.placeholder(name, written: written))
            } else {
                text += written
            }
            rest = rest[afterClose...]
        }
        text += rest
        if !text.isEmpty || pieces.isEmpty { pieces.append(.text(text)) }
        self.pieces = pieces
    }

    /// The message with each placeholder that has a value replaced by it; `{year}` without a
    /// year reads 未知年份.
    package func filled(match: String? = nil, expected: String? = nil, year: Int? = nil, period: String? = nil) -> String {
        if pieces.count == 1, case .text(let text) = pieces[0] { return text }
        var result = ""
        for piece in pieces {
            switch piece {
            case .text(let text):
                result += text
            case .placeholder(let name, let written):
                let value = switch name {
                case .match: match
                case .expected: expected
                case .year: year.map(String.init) ?? "未知年份"
                case .period: period
                }
                result += value ?? written
            }
        }
        return result
    }

    /// `template` filled at once, for a message that is not a rule's.
    static func fill(_ template: String, match: String? = nil, expected: String? = nil, year: Int? = nil,
                     period: String? = nil) -> String {
        MessageTemplate(template).filled(match: match, expected: expected, year: year, period: period)
    }
}
