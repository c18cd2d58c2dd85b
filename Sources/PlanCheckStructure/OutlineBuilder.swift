import PlanCheckCore
import PlanCheckDocuments

/// Reads a document, or one piece of a compilation, into an `Outline`: headings, parts, title,
/// year, issuer and genre.
package enum OutlineBuilder {
    /// The outline of `piece` (use `PieceSplitter.pieces(of:)` to get the pieces).
    /// `folded` is the document's text folded by `TextNormalizer`, when the caller has it.
    package static func outline(of document: Document, piece: Piece, folded: [UInt16]? = nil) -> Outline {
        let folded = folded ?? TextNormalizer.fold(document.utf16)
        let survey = LineSurvey(document, range: piece.range, folded: folded)
        let contentEnd = survey.contentEnd
        let content = piece.range.lowerBound..<max(piece.range.lowerBound, contentEnd)
        let headings = HeadingParser.headings(in: document, range: content)
        let titleLine = MetadataExtractor.titleLine(of: document, piece: piece)
        let title = titleLine?.title
        let declared = MetadataExtractor.declaredKind(ofTitle: title)
        let parts = PartDetector.parts(of: document, in: content, headings: headings, declaredKind: declared,
                                       skippingLines: titleLines(document, piece: piece, title: title)
                                           .union(linesAbove(titleLine?.line, in: document, piece: piece)))
        let placed = titleLine.map { Self.titleRange(of: $0.title, line: $0.line, in: document) }
        // A title that names a health body as the issuer, or the health system as its scope
        // (卫生健康系统), settles the setting: a 卫生健康局's plan for school health speaks of 学校 and
        // 学生 more than of itself, its 安全生产 plan of 安全生产. Else another body named in the
        // title, or in the opening as the writer, settles it the other way.
        // An untitled page's subject: its opening purpose sentence; and the clause of its first
        // sentence that names the plan (`现将2025年医院党建工作作出如下计划`), read as a title would be.
        // Else the writer a summary's first sentence names (`某区计划生育协会在区委领导下，…`).
        let opening = placed != nil ? nil : PurposeStatement.openingSentence(in: document, range: content, folded: folded)
        let subject = placed ?? PurposeStatement.range(in: document, range: content, folded: folded)
            ?? opening.flatMap { PurposeStatement.writerClause(in: $0, folded: folded) }
        let namingClause = opening.flatMap { PurposeStatement.selfNamingClause(in: $0, folded: folded) }.map { document.text(in: $0) }
        // An untitled page's first words name who writes (`2025年,医院工会将以…为指导`).
        let openingHead = opening.map { document.text(in: $0.prefix(Self.openingHeadLength)) }
        let titleIssuer = title.flatMap(IssuerReader.issuer(in:))
        let healthIssuerTitled = IssuerReader.type(of: titleIssuer) != .unknown || DomainVocabulary.namesHealthSystem(title: title)
            || DomainVocabulary.namesHealthAction(title: title)
        // A body named by its kind alone (`爱卫办2022年工作计划6篇`, a site's title over a page of
        // others' texts) outweighs the words counted, not a writer who calls itself 我校.
        let outsideWriter = !(healthIssuerTitled && !IssuerReader.isBareBody(titleIssuer))
            && (WriterSetting.titleNamesOutsideBody(title) || WriterSetting.openingNamesOutsideWriter(folded, range: content)
                || WriterSetting.metadataNamesOutsideBody(folded, residueLines: survey.residueLines,
                                                          before: min(content.upperBound, content.lowerBound + Self.metadataReach)))
        let isHealth = !outsideWriter
            && (healthIssuerTitled || DomainVocabulary.isHealthAdministration(vocabulary: survey.vocabulary, title: title))
            && MetadataExtractor.isMostlyChinese(document, in: content)
            && !MetadataExtractor.isNewsOrSpeech(title: title)
            && !MetadataExtractor.isPartyOrUnionWork(title: title ?? namingClause)
            && !(title == nil && MetadataExtractor.isPartyOrUnionWork(title: openingHead))
            && !(title == nil && MetadataExtractor.reportsOnDisclosure(opening: opening.map { document.text(in: $0) }))
            // The opening sentence of an untitled page, or that sentence read as the title.
            && !MetadataExtractor.asksForReports(opening: title ?? opening.map { document.text(in: $0) })
            && !MetadataExtractor.asksForReports(title: title)
            && !MetadataExtractor.isGuideOrSpecification(title: title)
            && !MetadataExtractor.opensAsInterpretation(headings, in: document)
            && !DomainVocabulary.isLocalGovernmentWork(title: title)
            && !NewsLead.opens(document, piece: piece, titleLine: titleLine, contentEnd: contentEnd)
        let dated = MetadataExtractor.datedYear(of: document, piece: piece, titleLine: titleLine, contentEnd: contentEnd)
        var outline = Outline(
            title: title,
            titleLine: titleLine?.line,
            year: dated?.year ?? planHeadingYear(document, parts: parts),
            kind: MetadataExtractor.kind(declared: declared, parts: parts, isHealthAdministration: isHealth),
            issuer: titleIssuer ?? MetadataExtractor.issuer(of: document, piece: piece, titleLine: titleLine, contentEnd: contentEnd),
            headings: headings,
            parts: parts,
            residueLines: survey.residueLines
        )
        outline.titleRange = placed
        outline.yearOrigin = dated?.origin
        if declared == .summaryPlan, let title, case .year(let planned)? = YearReader.lastToken(in: title) {
            outline.plannedYear = planned
        }
        outline.subjectRange = subject
        if placed != nil, let line = titleLine?.line {
            outline.openingRange = PurposeStatement.openingRange(in: document, range: content, afterLine: line, folded: folded)
        }
        return outline
    }

    /// How much of an untitled page's first sentence is read for the body that writes it.
    static let openingHeadLength = 16

    /// Without a title or an opening that names a year, the year of the plan part's heading
    /// (`三、2023年工作计划`): a plan is about the year it plans.
    private static func planHeadingYear(_ document: Document, parts: [Part]) -> Int? {
        for part in parts where part.kind == .plan {
            guard let line = part.headingLine else { continue }
            let range = document.sourceMap.lineRange(at: line - 1)
            if case .year(let year) = YearReader.firstToken(in: document.text(in: range.prefix(MetadataExtractor.titleReadLength))) {
                return year
            }
        }
        return nil
    }

    /// The title's place on its line: where its words start there, else the whole line.
    private static func titleRange(of title: String, line: Int, in document: Document) -> Range<Int> {
        let range = document.sourceMap.lineRange(at: line - 1)
        let words = Array(title.utf16)
        let units = document.utf16
        guard !words.isEmpty, words.count <= range.count else { return range }
        for start in range.lowerBound...(range.upperBound - words.count) where units[start..<start + words.count].elementsEqual(words) {
            return start..<start + words.count
        }
        return range
    }

    /// Every piece of `document` with its outline.
    /// The text is folded once for all pieces; a caller that has folded it already passes it.
    package static func outlines(of document: Document, folded: [UInt16]? = nil) -> [(piece: Piece, outline: Outline)] {
        let folded = folded ?? TextNormalizer.fold(document.utf16)
        return PieceSplitter.pieces(of: document).map { ($0, outline(of: document, piece: $0, folded: folded)) }
    }

    /// Lines that repeat the title or the piece heading: they read like part headings
    /// (`卫生健康局2021年工作总结`) but only name the document.
    /// The lines above a title near the top: a portal's column name and menu (`工作计划` over the
    /// breadcrumb `首页 > … > 工作计划`) open no part of the document under them.
    private static func linesAbove(_ titleLine: Int?, in document: Document, piece: Piece) -> Set<Int> {
        guard let titleLine, let first = TextLine.lazyLines(of: document, in: piece.range).first(where: { _ in true })?.number,
              titleLine > first, titleLine - first <= maxLinesAboveTitle else { return [] }
        return Set(first..<titleLine)
    }

    /// Units from a piece's start within which a portal prints its metadata block.
    private static let metadataReach = 1_500

    /// How far down a title may stand for the lines above it to be page furniture.
    private static let maxLinesAboveTitle = 12

    private static func titleLines(_ document: Document, piece: Piece, title: String?) -> Set<Int> {
        let names = Set([title, piece.heading].compactMap { $0 })
        guard !names.isEmpty else { return [] }
        let nameUnits = names.map { Array($0.utf16) }
        let units = document.utf16
        var lines: Set<Int> = []
        for line in TextLine.lines(of: document, in: piece.range) {
            let body = line.trimmed(in: units)
            // Most lines do not start with a name: test that on the units before copying the line out.
            guard nameUnits.contains(where: { $0.count <= body.count && units[body.prefix($0.count)].elementsEqual($0) }) else { continue }
            let text = document.text(in: body)
            if names.contains(text) || names.contains(where: { text.hasPrefix($0) && text.count <= $0.count + 8 }) {
                lines.insert(line.number)
            }
        }
        return lines
    }
}
