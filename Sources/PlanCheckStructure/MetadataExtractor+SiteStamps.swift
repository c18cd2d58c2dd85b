import PlanCheckCore
import PlanCheckDocuments

/// Titles and years read past the site's stamps inside a line (`InlineSiteStamp`).
extension MetadataExtractor {
    /// The title glued to the text on a first line that opens with the site's stamps, read without
    /// them when nothing else names one: a converted file's page header and counter
    /// (`第1页共12页编号:时间:…页码:第1页共12页泽口卫生院2011年公共卫生工作总结二0一一年在…`).
    static func stampedLineTitle(of document: Document, piece: Piece) -> (title: String, line: Int)? {
        guard let line = TextLine.lazyLines(of: document, in: piece.range).first(where: { !$0.trimmed(in: document.utf16).isEmpty }) else { return nil }
        let text = line.trimmedText(in: document, limit: titleReadLength)
        let units = Array(text.utf16)
        guard InlineSiteStamp.stamps(in: TextNormalizer.fold(units), range: 0..<units.count).first?.lowerBound == 0 else { return nil }
        let stripped = withoutSiteStamps(text)
        guard !SiteResidue.isResidue(stripped), let title = gluedTitle(stripped) else { return nil }
        return (title, line.number)
    }

    /// `line` without the site's stamps inside it (a converted file's page header `时间:2021年x月x日…`
    /// dates the conversion, not the text).
    static func withoutSiteStamps(_ line: String) -> String {
        let units = Array(line.utf16)
        let stamps = InlineSiteStamp.stamps(in: TextNormalizer.fold(units), range: 0..<units.count)
        guard !stamps.isEmpty else { return line }
        var kept: [UInt16] = []
        var next = 0
        for stamp in stamps {
            kept += units[next..<stamp.lowerBound]
            next = stamp.upperBound
        }
        kept += units[next...]
        return String(decoding: kept, as: UTF16.self)
    }
}
