/// A stretch of a document that is summary, problems or plan.
public struct Part: Sendable, Hashable {
    public var kind: PartKind
    /// UTF-16 range in the document's text.
    public var range: Range<Int>
    /// The heading line that opened the part, if one did.
    public var headingLine: Int?

    public init(kind: PartKind, range: Range<Int>, headingLine: Int? = nil) {
        self.kind = kind
        self.range = range
        self.headingLine = headingLine
    }
}

/// How plancheck read a document (or a piece of a compilation): what checks look at, and what
/// `plancheck inspect` shows rule authors.
public struct Outline: Sendable {
    public var title: String?
    /// The year the document is about; `nil` when unstated or a placeholder such as `20xx`.
    public var year: Int?
    public var kind: DocumentKind
    /// The issuing body when stated (县卫生健康局, 镇卫生院 …).
    public var issuer: String?
    public var headings: [Heading]
    public var parts: [Part]

    public init(title: String? = nil, year: Int? = nil, kind: DocumentKind, issuer: String? = nil, headings: [Heading] = [], parts: [Part] = []) {
        self.title = title
        self.year = year
        self.kind = kind
        self.issuer = issuer
        self.headings = headings
        self.parts = parts
    }

    /// The ranges of all parts of a kind, in order.
    public func ranges(of kind: PartKind) -> [Range<Int>] {
        parts.filter { $0.kind == kind }.map(\.range)
    }
}

/// One document of a compilation (`篇1 … 篇10`, `第一篇：…`), or the whole file when it is not one.
public struct Piece: Sendable, Hashable {
    /// 1-based; `nil` when the file is not a compilation.
    public var index: Int?
    /// UTF-16 range in the document's text.
    public var range: Range<Int>
    /// The piece's heading as written, e.g. `2024年乡镇卫生工作计划 篇3`.
    public var heading: String?

    public init(index: Int?, range: Range<Int>, heading: String? = nil) {
        self.index = index
        self.range = range
        self.heading = heading
    }
}
