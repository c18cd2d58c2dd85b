/// Everything plancheck found about one document, or one piece of a compilation.
public struct DocumentResult: Sendable {
    /// The path as the user gave it (or relative to the folder they gave).
    public var path: String
    /// 1-based piece number within a compilation; `nil` for an ordinary document.
    public var piece: Int?
    public var title: String?
    /// `plan`, `summary`, `summary+plan` or `other`; `nil` when the document could not be read.
    public var kind: String?
    public var year: Int?
    public var issuer: String?
    /// Text encoding or container the document was read from (`UTF-8`, `GB18030`, `docx` …).
    public var encoding: String?
    public var elements: [ElementResult]
    public var findings: [Finding]
    /// Stable hashes of the piece's substantial paragraphs (sorted), for finding near-duplicate
    /// submissions across documents. Empty for a document that could not be read.
    public var paragraphFingerprints: [UInt64]
    /// Findings silenced by `plancheck-disable` comments in the document.
    public var silencedCount = 0

    public init(
        path: String, piece: Int? = nil, title: String? = nil, kind: String? = nil, year: Int? = nil,
        issuer: String? = nil, encoding: String? = nil, elements: [ElementResult] = [], findings: [Finding] = [],
        paragraphFingerprints: [UInt64] = []
    ) {
        self.path = path
        self.piece = piece
        self.title = title
        self.kind = kind
        self.year = year
        self.issuer = issuer
        self.encoding = encoding
        self.elements = elements
        self.findings = findings
        self.paragraphFingerprints = paragraphFingerprints
    }

    /// `path` for an ordinary document, `path#N` for a piece: the id used in reports and baselines.
    public var displayName: String {
        piece.map { "\(path)#\($0)" } ?? path
    }
}
