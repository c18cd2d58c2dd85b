import Foundation
import PlanCheckCore
import PlanCheckDocuments

/// The kinds of line the title reader steps over: a notice's addressees, a section's label, a
/// bullet, a document number, a contact or a bare date, a site's menu, label or motto.
extension MetadataExtractor {
    /// A notice's addressees (`各区卫生健康局、教育局：`): whom it is sent to, never its name.
    static func isAddresseeList(_ line: String) -> Bool {
        let units = Array(line.utf16)
        return LineSurvey.isAddresseeList(units, 0..<units.count)
    }

    /// A section's label on a line of its own (`#### 引言`, `前言：`): the page's first section,
    /// not the document's name.
    static func isSectionLabel(_ line: String) -> Bool {
        guard mayBeSectionLabel(line) else { return false }
        let text = titleText(line).trimmingCharacters(in: CharacterSet(charactersIn: " \u{3000}:："))
        return sectionLabels.contains(text)
    }

    /// Whether a line is short enough to be a label: a label has at most four characters, and
    /// only `#`, spaces, colons and a file extension are stripped around it. Counted on the units,
    /// so the lines of a plan's body are not trimmed with Foundation (a tenth of all checking).
    static func mayBeSectionLabel(_ line: String) -> Bool {
        var kept = 0
        var hasDot = false
        for unit in line.utf16 {
            if unit == 0x2E { hasDot = true }
            if unit == 0x23 || unit == 0x20 || unit == 0x3000 || unit == 0x3A || unit == 0xFF1A { continue }
            kept += 1
            // A label's ideograph is one unit, or two for a compatibility ideograph beyond the BMP;
            // titleText strips one extension of at most five units (the bound allows more).
            if kept > 2 * sectionLabelLength + (hasDot ? 6 * 5 : 0) { return false }
        }
        return true
    }

    static let sectionLabelLength = 4

    static let sectionLabels: Set<String> = ["引言", "前言", "序言", "导言", "摘要", "内容摘要", "正文", "目录", "概述"]

    /// A list item's bullet: a title never has one, a site's counters (`• 9`, `- 约 22页`) do.
    static func startsWithBullet(_ line: String) -> Bool {
        // Told by the first scalar before any Character is compared (thousands of instructions
        // each): a Character equal to a bullet, `-` or `*` opens with it, or with U+0387, which
        // is canonically a `·`.
        guard let scalar = line.unicodeScalars.first, bulletOpeners.contains(scalar.value) else { return false }
        guard let first = line.first else { return false }
        return "•●▪◆■·・".contains(first) || ((first == "-" || first == "*") && line.dropFirst().first == " ")
    }

    static let bulletOpeners: Set<UInt32> = [0x2022, 0x25CF, 0x25AA, 0x25C6, 0x25A0, 0xB7, 0x30FB, 0x387, 0x2D, 0x2A]

    /// A document number above the title (`忠卫〔2025〕47号`, `X卫发[2024]3号`): an issuer's
    /// abbreviation, the year in brackets, a serial number and 号, on a short line of its own.
    static func isDocumentNumber(_ line: String) -> Bool {
        // The suffix first: counting the characters walks the whole line.
        guard line.hasSuffix("号"), line.count <= 24,
              let open = line.firstIndex(where: { "〔[［【(（".contains($0) }),
              let close = line[open...].firstIndex(where: { "〕]］】)）".contains($0) }) else { return false }
        let year = line[line.index(after: open)..<close]
        return year.count == 4 && year.allSatisfy(\.isNumber)
    }

    /// Units of a line read for a title (a page copied into one line is not read whole).
    static let titleReadLength = 256

    /// Lines read for a title: a site's furniture above it is a line or two.
    static let titleCandidates = 4

    static let genreWords = ["计划", "要点", "安排", "打算", "思路", "总结", "汇报", "报告", "方案", "规划", "通知", "意见", "讲话"]
        .map { Array($0.utf16) }

    /// `咨询电话:0813-6211120`: a telephone number under its label, as a hospital's page lists them
    /// above the text; never a title.
    static func isContactLine(_ line: String) -> Bool {
        // The colon is looked for among the first units only: the label is short, and a line of a
        // plan's body is not walked character by character for it.
        guard let colon = line.utf16.prefix(contactLabelReadLength).firstIndex(where: { $0 == 0x3A || $0 == 0xFF1A }) else { return false }
        let label = line[..<colon].trimmingCharacters(in: .whitespaces)
        guard label.count <= 8, label.hasSuffix("电话") || label.hasSuffix("電話") || label.hasSuffix("热线") || label.hasSuffix("熱線") else { return false }
        let number = line[line.index(after: colon)...]
        return number.contains(where: \.isNumber) && number.allSatisfy { $0.isNumber || " -—()（）、,，/".contains($0) }
    }

    /// A site's menu of channels (`期刊 科普 SCI期刊 投稿技巧 学术 出书`): five or more short
    /// words split by spaces or bars, none naming a document's genre. A title spaced out in words
    /// (`XX县 卫生健康局 2024年 工作计划`) names its genre; one spaced out in letters has
    /// one-letter items.
    static func isMenuLine(_ line: String) -> Bool {
        // Read as units, not characters: most lines have no space or bar at all, and nothing is
        // split for them.
        let units = line.utf16
        guard units.count <= maximumMenuLineLength, units.contains(where: isMenuSeparator) else { return false }
        let items = units.split(whereSeparator: isMenuSeparator)
        return items.count >= minimumMenuItems
            && items.allSatisfy { (2...maximumMenuItemLength).contains($0.count) && !namesGenre(String(Substring($0))) }
    }

    private static func isMenuSeparator(_ unit: UInt16) -> Bool { unit == 0x20 || unit == 0x3000 || unit == 0x7C }

    private static let minimumMenuItems = 5
    private static let maximumMenuItemLength = 6
    private static let maximumMenuLineLength = 60

    /// A date alone on its line (`2018年`, `2018年12月1日`, `2024-03-05`): a page's date above the
    /// text, never its title.
    static func isBareDate(_ line: String) -> Bool {
        // Most lines fail at their first unit: no date opens with a letter.
        guard let first = line.utf16.first,
              (0x30...0x39).contains(first) || (0xFF10...0xFF19).contains(first) || bareDateUnits.contains(first) else { return false }
        var units = Array(line.utf16)
        // A portal's date banner goes on with the weekday and perhaps the solar term: `2024年04月27日 星期六 谷雨`.
        if let weekday = units.indices.dropLast().first(where: { units[$0] == 0x661F && units[$0 + 1] == 0x671F }) { // 星期
            guard weekday + 2 < units.count, weekdayUnits.contains(units[weekday + 2]) else { return false }
            let after = units[(weekday + 3)...].drop { Glyph.isSpace($0) }.reversed().drop { Glyph.isSpace($0) }
            guard after.count <= 2, after.allSatisfy({ (0x4E00...0x9FFF).contains($0) }) else { return false }
            units.removeSubrange(weekday...)
        }
        var digits = 0
        for unit in units {
            if (0x30...0x39).contains(unit) || (0xFF10...0xFF19).contains(unit) {
                digits += 1
            } else if !bareDateUnits.contains(unit) {
                return false
            }
        }
        return digits >= 4
    }

    /// The days a weekday is named by after 星期.
    private static let weekdayUnits: Set<UInt16> = Set("一二三四五六日天".utf16)

    /// 年 月 日 度 号, spaces and the separators of a written date.
    static let bareDateUnits: Set<UInt16> = Set("年月日度号 \u{3000}-/.:：".utf16)

    /// Units read for a contact line's label: eight characters and the spaces around them.
    static let contactLabelReadLength = 24

    /// A short line with no year and no genre: a site's button or name (`返回`, `动态`), or a
    /// newspaper's page (`第06版:郸城新闻`), not a title.
    static func isSiteLabel(_ line: String) -> Bool {
        // A genre and nothing else (`研究报告` above a book118 file's own title): the site's category.
        if bareGenres.contains(line.filter { $0 != " " && $0 != "\u{3000}" }) { return true }
        guard !namesGenre(line) else { return false }
        if isSlogan(line) { return true }
        // A site's name over its page (`法搜网--中国法律信息搜索网`): a document is titled by its genre.
        if line.count <= 40, siteNameEnds.contains(where: line.hasSuffix) { return true }
        guard line.utf16.count <= 24, line.count <= 12 else { return false }
        return !line.contains(where: \.isNumber) || (line.hasPrefix("第") && line.contains("版"))
    }

    private static let siteNameEnds = ["网", "網", "网站", "網站"]
    private static let bareGenres: Set<String> = ["研究报告", "报告", "计划", "总结", "方案", "范文", "工作计划", "工作总结", "工作方案", "工作要点", "实施方案"]

    /// A site's motto of four-character phrases (`薈聚奇文、博采眾長、見賢思齊`): two or more, joined
    /// by 、, commas or spaces, and nothing else.
    static func isSlogan(_ line: String) -> Bool {
        let phrases = line.split(whereSeparator: { "、，, 　".contains($0) })
        return phrases.count >= 2 && phrases.count <= 6
            && phrases.allSatisfy { $0.count == 4 && $0.unicodeScalars.allSatisfy { (0x3400...0x9FFF).contains($0.value) } }
    }
}
