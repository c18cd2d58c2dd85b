import PlanCheckDocuments

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
    /// 第一条 (an article of a regulation or a 办法 attached to a plan)
    case article

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
        case .article: 7
        }
    }
}

/// A numbered heading or enumeration item found in the text.
///
/// Numbers and offsets are kept in 32 bits (a document's text is at most 64 MB, `ReadingBudget`):
/// a text can hold half a million headings, and at 88 bytes each they were most of its memory.
package struct Heading: Sendable, Hashable {
    private var lineStorage: Int32
    private var markerStart: Int32
    private var markerEnd: Int32
    private var valueStorage: Int32
    private var titleStart: Int32
    private var titleEnd: Int32
    private var levelStorage: Int16
    package var style: NumberingStyle

    /// 1-based line (paragraph, for .docx/.odt).
    package var line: Int {
        get { Int(lineStorage) }
        set { lineStorage = Int32(clamping: newValue) }
    }

    /// UTF-16 range of the numbering marker itself, e.g. `（三）`.
    package var markerRange: Range<Int> {
        get { Int(markerStart)..<Int(markerEnd) }
        set { (markerStart, markerEnd) = (Int32(clamping: newValue.lowerBound), Int32(clamping: newValue.upperBound)) }
    }

    /// The number the marker stands for (`三` → 3, `⑤` → 5).
    package var value: Int {
        get { Int(valueStorage) }
        set { valueStorage = Int32(clamping: newValue) }
    }

    /// Nesting depth in this document, 1 = outermost style seen.
    package var level: Int {
        get { Int(levelStorage) }
        set { levelStorage = Int16(clamping: newValue) }
    }

    /// Where the heading's text lies: after the marker, up to the end of its sentence or line.
    /// Kept as a range and read from the document when asked (`title(in:)`): a string for each
    /// heading was the other half of their memory.
    package var titleRange: Range<Int> {
        get { Int(titleStart)..<Int(titleEnd) }
        set { (titleStart, titleEnd) = (Int32(clamping: newValue.lowerBound), Int32(clamping: newValue.upperBound)) }
    }

    /// The heading's text after the marker, up to the end of its sentence or line.
    package func title(in document: Document) -> String {
        document.text(in: titleRange)
    }

    package init(line: Int, markerRange: Range<Int>, style: NumberingStyle, value: Int, level: Int, titleRange: Range<Int>) {
        self.lineStorage = Int32(clamping: line)
        self.markerStart = Int32(clamping: markerRange.lowerBound)
        self.markerEnd = Int32(clamping: markerRange.upperBound)
        self.style = style
        self.valueStorage = Int32(clamping: value)
        self.levelStorage = Int16(clamping: level)
        self.titleStart = Int32(clamping: titleRange.lowerBound)
        self.titleEnd = Int32(clamping: titleRange.upperBound)
    }
}
