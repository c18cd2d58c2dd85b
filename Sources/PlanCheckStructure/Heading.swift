/// The ways Chinese official documents number their headings and enumerations.
package enum NumberingStyle: String, Sendable, CaseIterable, Codable {
    /// 第一部分
    case part
    /// 一、
    case chineseComma
    /// （一） or (一)
    case chineseParen
    /// 1. or 1、 or 1．
    case arabic
    /// （1） or (1)
    case arabicParen
    /// ① ②
    case circled
    /// 一是 二是 (an enumeration inside a paragraph)
    case enumeration

    /// The style's position in `allCases`, for per-style tables and hashing: a raw-value enum
    /// hashes its string otherwise.
    var ordinal: Int {
        switch self {
        case .part: 0
        case .chineseComma: 1
        case .chineseParen: 2
        case .arabic: 3
        case .arabicParen: 4
        case .circled: 5
        case .enumeration: 6
        }
    }
}

/// A numbered heading or enumeration item found in the text.
package struct Heading: Sendable, Hashable {
    /// 1-based line (paragraph, for .docx/.odt).
    package var line: Int
    /// UTF-16 range of the numbering marker itself, e.g. `（三）`.
    package var markerRange: Range<Int>
    package var style: NumberingStyle
    /// The number the marker stands for (`三` → 3, `⑤` → 5).
    package var value: Int
    /// Nesting depth in this document, 1 = outermost style seen.
    package var level: Int
    /// The heading's text after the marker, up to the end of its sentence or line.
    package var title: String
    /// Where `title` lies in the document, when a parser found it there: structure reads the
    /// title's words on the document's units instead of converting the string back.
    var titleRange: Range<Int>?

    package init(line: Int, markerRange: Range<Int>, style: NumberingStyle, value: Int, level: Int, title: String) {
        self.line = line
        self.markerRange = markerRange
        self.style = style
        self.value = value
        self.level = level
        self.title = title
    }
}
