import Foundation
import PlanCheckCore
import PlanCheckDocuments

/// Titles found where a page's first lines hold none of their own: a portal's metadata list, the
/// notice that issues the document, a sharing site's introduction, or the line below an outline of the document;
/// and the body's name set on the line above a title.
extension MetadataExtractor {
    /// The title a portal's metadata block gives (`标题: 济南市文化和旅游局2025年工作要点`) when the
    /// page has none of its own: the block is residue, but what it names is the document's title.
    static func labelledTitle(of document: Document, piece: Piece) -> (title: String, line: Int)? {
        var labelAlone = false
        // Lines of a page's markup left bare (`<p id="h4sia"><td …></td></p>`) and blank lines do not
        // count: a hijacked page can put dozens above the metadata.
        let lines = TextLine.lazyLines(of: document, in: piece.range).lazy
            .filter { !isMarkupOrBlank($0.trimmedText(in: document, limit: titleReadLength)) }
        for line in lines.prefix(metadataBlockLines) {
            var text = Substring(line.trimmedText(in: document, limit: titleReadLength))
            // A list that puts each field's value on the line below its name (`标题` then the title),
            // the next field's name perhaps glued to it (`…宣传周活动的通知发文机关`).
            if labelAlone {
                let title = beforeMetadataLabel(String(text)) ?? String(text)
                if title.count >= 4, title.count <= maxLabelledTitleLength { return (title, line.number) }
            }
            labelAlone = titleLabels.contains(String(text))
            if labelAlone { continue }
            if text.hasPrefix("- ") || text.hasPrefix("• ") { text = text.dropFirst(2) }
            if let title = titleCell(in: text) { return (title, line.number) }
            // A table's row flattened with its label and value in one cell: `| 标题:2013年…实施方案 | ||`.
            if text.hasPrefix("|") { text = text.dropFirst().drop { $0 == " " } }
            guard let label = titleLabels.first(where: { text.hasPrefix($0) }) else { continue }
            // `标题: 济南市…要点`, or a table's cells: `标题: | 常态开展爱国卫生运动 | ||`.
            var title = text.dropFirst(label.count).trimmingCharacters(in: labelledTitleTrim)
            title = beforeMetadataLabel(title) ?? title
            // Labelled as the title: a news item's headline names no genre; a joint notice of
            // five bodies is longer than a title of one.
            guard title.count >= 4, title.count <= maxLabelledTitleLength else { continue }
            return (title, line.number)
        }
        return nil
    }

    /// Whether a line is blank or holds only markup tags, perhaps after a list's mark (`1. <dl id="x"></dl>`).
    static func isMarkupOrBlank(_ text: String) -> Bool {
        let units = Array(text.utf16)
        return units.allSatisfy { $0 == 0x20 } || SiteResidue.isMarkupOnly(units[...])
    }

    /// A title glued to the metadata a portal prints after it, as a page copied into one line
    /// reads (`…关于开展2025年全市夏季灭蚊蝇活动的通知发布日期:2025-06-04 来源:…`): the text before the
    /// first metadata label, when it ends with a genre word (通知, 方案, 计划 …) and holds no sentence.
    static func titleBeforeMetadata(_ line: String) -> String? {
        guard let title = beforeMetadataLabel(line), title.count >= 6, title.count <= maxLabelledTitleLength else { return nil }
        let units = TextNormalizer.fold(Array(title.utf16))
        guard genreWords.contains(where: { units.count >= $0.count && units.suffix($0.count).elementsEqual($0) }),
              // A table's cells (`公开目录 | 发展规划 | 发布日期 |`) are no title.
              !units.contains(where: { Glyph.isComma($0) || Glyph.isSentenceEnd($0) || $0 == 0x7C || $0 == 0xFF5C }),
              !SiteResidue.isResidue(title) else { return nil }
        return title
    }

    /// The text before the first portal metadata label in `text` (trimmed), or nil when none
    /// stands after some text.
    static func beforeMetadataLabel(_ text: String) -> String? {
        let units = Array(text.utf16)
        guard let start = metadataLabels.compactMap({ units.firstRange(ofSubsequence: $0)?.lowerBound }).min(), start > 0 else { return nil }
        let before = String(decoding: units[..<start], as: UTF16.self).trimmingCharacters(in: labelledTitleTrim)
        return before.isEmpty ? nil : before
    }

    static let metadataLabels = ["发布日期", "发布时间", "发文机关", "发布机构", "发文字号", "成文日期", "索引号", "信息来源", "来源:", "来源："]
        .map { Array($0.utf16) }
    static let maxLabelledTitleLength = 2 * maxTitleLength

    /// A metadata block's labels for the document's title, and the lines a block may take.
    static let titleLabels = ["标题", "信息名称", "文件名称"]

    /// The title a portal's metadata table gives in the cell after its label, wherever in the row
    /// (`| 成文日期: | 2020-11-05 | 名 称: | 关于印发《健康花山行动实施方案》的通知 |`).
    static func titleCell(in row: Substring) -> String? {
        guard row.contains("|") else { return nil }
        let cells = row.split(separator: "|").map { $0.trimmingCharacters(in: labelledTitleTrim) }
        for (index, cell) in cells.enumerated() where index + 1 < cells.count {
            guard cellTitleLabels.contains(cell.filter { $0 != " " && $0 != "\u{3000}" }) else { continue }
            let title = cells[index + 1]
            if title.count >= 4, title.count <= maxLabelledTitleLength { return title }
        }
        return nil
    }

    private static let cellTitleLabels: Set<String> = ["标题", "名称", "信息名称", "文件名称"]
    static let metadataBlockLines = 12
    static let labelledTitleTrim = CharacterSet(charactersIn: ":：|｜ \u{3000}")

    /// The title a notice that issues the document names (`现将《牡丹江市防治慢性病中长期规划》印发给你们`,
    /// `制定了《…实施方案》。现印发给你们`) when the page has none of its own above it: the notice is
    /// the page's first lines, the document it issues follows.
    static func noticedTitle(of document: Document, piece: Piece) -> (title: String, line: Int)? {
        for line in TextLine.lazyLines(of: document, in: piece.range).prefix(noticeLines) {
            let units = Array(line.trimmedText(in: document, limit: titleReadLength).utf16)
            // Folded (印發 reads as 印发); folding keeps every unit's offset.
            let folded = TextNormalizer.fold(units)
            guard let issued = folded.firstRange(ofSubsequence: issueWord),
                  let close = folded[..<issued.lowerBound].lastIndex(of: closeMark),
                  issued.lowerBound - close <= noticeReach,
                  let open = folded[..<close].lastIndex(of: openMark) else { continue }
            let title = String(decoding: units[(open + 1)..<close], as: UTF16.self)
            guard title.count >= 4, title.count <= maxTitleLength, namesGenre(title) else { continue }
            return (title, line.number)
        }
        return nil
    }

    /// The lines a notice takes above the document, and the most characters between the title's
    /// 》 and 印发 (`》。现印发`, `》予以印发`).
    static let noticeLines = 6
    static let noticeReach = 5
    static let issueWord = Array("印发".utf16)
    static let openMark = Array("《".utf16)[0]
    static let closeMark = Array("》".utf16)[0]

    /// The title below an outline of the document that opens the page without a 目录 label
    /// (`一、指导思想` … `(三)营造氛围`, then `乡镇慢性病综合防控示范区建设方案`): the first line after a
    /// run of numbered lines, when it is no numbered line itself and reads as a title naming its
    /// genre (no sentence: no comma, no full stop).
    static func titleAfterOutline(of document: Document, piece: Piece) -> (title: String, line: Int)? {
        var numbered = 0
        for line in TextLine.lazyLines(of: document, in: piece.range).prefix(maximumOutlineLines) {
            let text = line.trimmedText(in: document, limit: titleReadLength)
            // `……` where a site cut the outline short names nothing.
            if text.isEmpty || SiteResidue.isResidue(text) || !text.utf16.contains(where: { (0x3400...0x9FFF).contains($0) }) { continue }
            if let first = text.utf16.first, mayOpenHeading(first), !isTitleShaped(text) {
                numbered += 1
                continue
            }
            guard numbered >= minimumOutlineLines else { return nil }
            let title = titleText(text)
            let isSentence = title.utf16.contains { Glyph.isComma($0) || Glyph.isSentenceEnd($0) }
            return !isSentence && isTitleShaped(title) && namesGenre(title) ? (title, line.number) : nil
        }
        return nil
    }

    /// The title a sharing site prints over each page of a document it shows as images
    /// (`2025幼兒園春季傳染病防控工作計劃_第1頁`, `…工作方案.docx_第1页`), for a page whose text
    /// gives none: the name before the page marker, without the file's extension.
    static func pageMarkerTitle(of document: Document, piece: Piece) -> (title: String, line: Int)? {
        for line in TextLine.lazyLines(of: document, in: piece.range).prefix(pageMarkerLines) {
            var text = line.trimmedText(in: document, limit: titleReadLength)
            if text.hasPrefix("![") { text.removeFirst(2) }
            guard let marker = pageMarkers.lazy.compactMap({ text.range(of: $0) }).first else { continue }
            var name = String(text[..<marker.lowerBound])
            for suffix in [".docx", ".doc", ".pdf", ".wps", ".txt"] where name.lowercased().hasSuffix(suffix) { name.removeLast(suffix.count) }
            // Without the pinyin readings such sites put after Traditional characters (`計(jì)劃`).
            let units = Array(name.utf16)
            name = String(decoding: zip(units, TextNormalizer.fold(units)).filter { $0.1 != TextNormalizer.ignorable }.map(\.0), as: UTF16.self)
            let title = titleText(name)
            return isTitleShaped(title) && namesGenre(title) ? (title, line.number) : nil
        }
        return nil
    }

    private static let pageMarkers = ["_第1页", "_第1頁"]
    static let pageMarkerLines = 8

    /// An outline has a few entries at least, and is read for a page's first lines only.
    static let minimumOutlineLines = 4
    static let maximumOutlineLines = 80

    /// The title a sharing site's introduction names when the page has none of its own:
    /// `下面是小编为大家整理的街道工作总结及2023年工作思路,供大家参考。`, `以下是小编整理的卫生监督工作计划6篇`,
    /// `《xx年卫生中心工会的工作计划》由会员上传分享`.
    static func introducedTitle(of document: Document, piece: Piece) -> (title: String, line: Int)? {
        // A site's file panel (`ID:`, `大小:`, `页数:`, `时间:`) may stand above its introduction.
        for line in TextLine.lazyLines(of: document, in: piece.range).prefix(introductionLines) {
            let text = line.trimmedText(in: document, limit: titleReadLength)
            // `《xx年卫生中心工会的工作计划》由会员上传分享`: the file a sharing site offers, named first.
            if text.hasPrefix("《"), let close = text.range(of: "》由"),
               uploaders.contains(where: { text[close.upperBound...].hasPrefix($0) }) {
                let named = String(text[text.index(after: text.startIndex)..<close.lowerBound])
                if named.count >= 4, named.count <= maxTitleLength, namesGenre(named) { return (named, line.number) }
            }
            if let named = bracketedAfterCompiling(text) { return (named, line.number) }
            // Found on the folded line (`為你精心準備了` reads as 为你精心准备了), whose units stand where the line's do.
            let folded = TextNormalizer.fold(text)
            guard let marker = introMarkers.lazy.compactMap({ folded.range(of: $0) }).first else { continue }
            let after = text.utf16.index(text.utf16.startIndex, offsetBy: folded.utf16.distance(from: folded.utf16.startIndex, to: marker.upperBound))
            var title = text[after...].prefix { !"，,。；;！!（(".contains($0) }
            // `…工作计划6篇`, `…范文(通用5篇)`, `…工作要点4篇参考范文`: the count of pieces, and the site's
            // words after it, are the page's, not the title's.
            if let pian = title.lastIndex(of: "篇"), title.distance(from: pian, to: title.endIndex) <= maxWordsAfterCount + 1,
               pian > title.startIndex, title[title.index(before: pian)].isNumber {
                title = title[..<pian]
                while title.last?.isNumber == true { title = title.dropLast() }
            }
            let trimmed = String(title).trimmingCharacters(in: .whitespaces)
            guard trimmed.count >= 4, trimmed.count <= maxTitleLength, namesGenre(trimmed) else { continue }
            return (trimmed, line.number)
        }
        return nil
    }

    /// The title in book-title marks that a site's preface says it compiled (`小编为你整理了多篇相关的
    /// 《区卫健局2024年工作总结和2024年工作谋划》`), read on the folded line so that a Traditional
    /// copy with readings glued to it (`整理了多篇相關(guān)的《…》`) reads alike; the title as written.
    static func bracketedAfterCompiling(_ text: String) -> String? {
        let units = Array(text.utf16)
        let folded = TextNormalizer.fold(units)
        guard let compiled = folded.firstRange(of: compilingWord),
              let open = folded[compiled.upperBound...].prefix(compiledTitleDistance).firstIndex(of: 0x300A), // 《
              let close = folded[(open + 1)...].firstIndex(of: 0x300B) else { return nil } // 》
        let named = String(decoding: units[(open + 1)..<close], as: UTF16.self).trimmingCharacters(in: .whitespaces)
        guard named.count >= 4, named.count <= maxTitleLength, namesGenre(named) else { return nil }
        return named
    }

    private static let compilingWord = Array("整理".utf16)

    /// How far after 整理 the 《 may open (`整理了多篇相关的《`, with readings glued on).
    private static let compiledTitleDistance = 24

    /// The first lines read for a sharing site's introduction.
    static let introductionLines = 8

    /// Who a sharing site says uploaded the file it names (`《…》由会员上传分享`).
    static let uploaders = ["会员", "用户", "网友"]

    /// What a sharing site's introduction says before the title it offers.
    /// `参考范文`: the site's words after its count of pieces.
    private static let maxWordsAfterCount = 6

    static let introMarkers = ["为大家整理的", "为大家收集整理的", "为大家精心整理的", "为您整理的", "为大家带来的", "整理的关于", "小编整理的", "给大家整理的",
                               "为你精心准备了", "为您精心准备了"]

    /// A line that is only a body's name (`五角场街道办事处`, `某县卫生健康局`): short, naming no
    /// genre and no year, ending in what names a body.
    static func isBodyName(_ line: String) -> Bool {
        let text = titleText(line)
        // Folded and without the pinyin readings a sharing site glues on: `邵陽市第二人民醫(yī)院`.
        let units = TextNormalizer.fold(Array(text.utf16)).filter { $0 != TextNormalizer.ignorable }
        guard (3...maxBodyNameLength).contains(units.count), !namesGenre(text),
              !text.unicodeScalars.contains(where: { $0.properties.numericType == .decimal }) else { return false }
        return bodySuffixes.contains { units.count >= $0.count && units.suffix($0.count).elementsEqual($0) }
    }

    static let maxBodyNameLength = 24
    static let bodySuffixes = ["办事处", "人民政府", "委员会", "卫生健康局", "卫生局", "卫健委", "卫健局", "卫生院", "服务中心",
                               "疾病预防控制中心", "保健院", "医院", "办公室"].map { TextNormalizer.fold(Array($0.utf16)) }
}
