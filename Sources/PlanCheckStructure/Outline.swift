import PlanCheckCore

/// A stretch of a document that is summary, problems or plan.
package struct Part: Sendable, Hashable {
    package var kind: PartKind
    /// UTF-16 range in the document's text.
    package var range: Range<Int>
    /// The heading line that opened the part, if one did.
    package var headingLine: Int?

    package init(kind: PartKind, range: Range<Int>, headingLine: Int? = nil) {
        self.kind = kind
        self.range = range
        self.headingLine = headingLine
    }
}

/// How plancheck read a document (or a piece of a compilation): what checks look at, and what
/// `plancheck inspect` shows rule authors.
package struct Outline: Sendable {
    package var title: String?
    /// The 1-based line the title was read from.
    package var titleLine: Int?
    /// Where the title stands in the document (a line, or the start of one it is glued to).
    package var titleRange: Range<Int>?
    /// Where the document names its subject: the title, else an untitled page's opening sentence
    /// that states the plan's purpose (`PurposeStatement`). Topics are read there.
    package var subjectRange: Range<Int>?
    /// A titled document's opening sentence when it states the plan's purpose
    /// (`PurposeStatement.openingRange`): where topics are read when the title names none.
    package var openingRange: Range<Int>?
    /// The year the document is about; `nil` when unstated or a placeholder such as `20xx`.
    package var year: Int?
    /// Where the year was read when neither the title nor the opening names it: a sentence that
    /// sets the year's work, the date that signs the text, or its portal's date. Nil otherwise.
    package var yearOrigin: YearOrigin?
    /// The year a summary and plan plans, when its title names it after the year summarised
    /// (`2022年度工作总结与2023年度工作计划`: 2023): its plan part is of that year. Else `year`.
    package var plannedYear: Int?
    package var kind: DocumentKind
    /// The issuing body when stated (县卫生健康局, 镇卫生院 …).
    package var issuer: String?
    /// The kind of body the issuer is (read once: every element rule asks for it).
    package var issuerType: IssuerType
    package var headings: [Heading]
    package var parts: [Part]
    /// Lines a website put around the document (trimmed UTF-16 ranges): uploader lines,
    /// breadcrumbs, metadata blocks, buttons, and the line that opens the site's footer.
    package var residueLines: [Range<Int>]

    package init(title: String? = nil, titleLine: Int? = nil, year: Int? = nil, kind: DocumentKind, issuer: String? = nil, headings: [Heading] = [], parts: [Part] = [],
                 residueLines: [Range<Int>] = []) {
        self.title = title
        self.titleLine = titleLine
        self.titleRange = nil
        self.subjectRange = nil
        self.openingRange = nil
        self.year = year
        self.yearOrigin = nil
        self.plannedYear = year
        self.kind = kind
        self.issuer = issuer
        self.issuerType = IssuerReader.type(of: issuer)
        self.headings = headings
        self.parts = parts
        self.residueLines = residueLines
    }

    /// The ranges of all parts of a kind, in order.
    package func ranges(of kind: PartKind) -> [Range<Int>] {
        parts.filter { $0.kind == kind }.map(\.range)
    }
}

/// One document of a compilation (`篇1 … 篇10`, `第一篇：…`), or the whole file when it is not one.
package struct Piece: Sendable, Hashable {
    /// 1-based; `nil` when the file is not a compilation.
    package var index: Int?
    /// UTF-16 range in the document's text.
    package var range: Range<Int>
    /// The piece's heading as written, e.g. `2024年乡镇卫生工作计划 篇3`.
    package var heading: String?

    package init(index: Int?, range: Range<Int>, heading: String? = nil) {
        self.index = index
        self.range = range
        self.heading = heading
    }
}
