/// Everything plancheck found about one document, or one piece of a compilation.
package struct DocumentResult: Sendable {
    /// The path as the user gave it (or relative to the folder they gave).
    package var path: String
    /// 1-based piece number within a compilation; `nil` for an ordinary document.
    package var piece: Int?
    package var title: String?
    /// `nil` when the document could not be read.
    package var kind: DocumentKind?
    package var year: Int?
    package var issuer: String?
    /// The kind of body the issuer is; `nil` when the document could not be read.
    package var issuerType: IssuerType?
    /// Text encoding or container the document was read from (`UTF-8`, `GB18030`, `docx` …).
    package var encoding: String?
    package var elements: [ElementResult]
    package var findings: [Finding]
    /// Findings silenced by `plancheck-disable` comments in the document.
    package var silencedCount = 0

    package init(
        path: String, piece: Int? = nil, title: String? = nil, kind: DocumentKind? = nil, year: Int? = nil,
        issuer: String? = nil, issuerType: IssuerType? = nil, encoding: String? = nil, elements: [ElementResult] = [], findings: [Finding] = []
    ) {
        self.path = path
        self.piece = piece
        self.title = title
        self.kind = kind
        self.year = year
        self.issuer = issuer
        self.issuerType = issuerType
        self.encoding = encoding
        self.elements = elements
        self.findings = findings
    }

    /// `path` for an ordinary document, `path#N` for a piece: the id used in reports and baselines.
    package var displayName: String {
        piece.map { "\(path)#\($0)" } ?? path
    }
}
