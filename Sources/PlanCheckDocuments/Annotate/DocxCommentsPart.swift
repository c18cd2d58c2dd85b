/// word/comments.xml: the comments' own text. An existing part keeps every byte of its
/// comments; the new ones are added before its end tag, in its own prefix.
struct DocxCommentsPart {
    static let contentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"
    static let wordNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    /// The part as it was, or nil when the document had none.
    private let existing: [UInt8]?
    /// Where the root's end tag begins in `existing`.
    private let insertionPoint: Int
    private let w: String
    /// The largest numeric `w:id` among the existing comments.
    let largestID: Int

    init(existing bytes: [UInt8]?, archive: PackageArchive, entry: String) throws {
        existing = bytes
        guard let bytes else {
            insertionPoint = 0
            w = "w:"
            largestID = -1
            return
        }
        var prefix = "w:"
        var largest = -1
        var rootEnd = bytes.count
        var depth = 0
        try archive.scanXMLLocated(bytes, entry: entry) { event, range in
            switch event {
            case let .start(_, attributes):
                depth += 1
                if depth == 1 {
                    prefix = XMLNamespace.prefix(of: Self.wordNamespace, declaredIn: attributes) ?? "w:"
                }
                if let id = attributes[prefix + "id"].flatMap({ Int($0) }), id > largest { largest = id }
            case .end:
                if depth == 1 { rootEnd = range.lowerBound }
                depth -= 1
            case .text:
                break
            }
        }
        insertionPoint = rootEnd
        w = prefix
        largestID = largest
    }

    /// The part with `comments` (id and paragraphs) added.
    func adding(_ comments: [(id: Int, paragraphs: [String])]) -> [UInt8] {
        let added = comments.map(element).joined()
        guard let existing else {
            return Array(("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\r\n"
                + "<w:comments xmlns:w=\"\(Self.wordNamespace)\">\(added)</w:comments>").utf8)
        }
        return Array(existing[..<insertionPoint]) + Array(added.utf8) + Array(existing[insertionPoint...])
    }

    /// One `w:comment`: a paragraph for each line, in a run of plain text. No date is written,
    /// so the same document and rules give the same bytes.
    private func element(_ comment: (id: Int, paragraphs: [String])) -> String {
        let paragraphs = comment.paragraphs.map { text in
            "<\(w)p><\(w)r><\(w)t xml:space=\"preserve\">\(XMLText.escaped(text))</\(w)t></\(w)r></\(w)p>"
        }
        return "<\(w)comment \(w)id=\"\(comment.id)\" \(w)author=\"\(CommentAuthor.name)\" \(w)initials=\"\(CommentAuthor.initials)\">"
            + paragraphs.joined() + "</\(w)comment>"
    }
}
