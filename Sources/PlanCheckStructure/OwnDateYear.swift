import PlanCheckCore
import PlanCheckDocuments

/// The year a piece dates itself by when neither its title nor its opening lines name one, read
/// anywhere in the piece, in this order:
/// - a sentence that sets the year's work: `2009年全县卫生工作重点是`, `2021年爱国卫生工作的总体要求是`;
/// - the date it is signed, alone on its line: `二○一一年十一月十九日`, `2023年7月13日`;
/// - the date a government portal gives it in its metadata: `成文日期: 2024-01-30`, `发布时间:2020-10-15`.
///
/// Without a year a plan escapes every check of stale references; the other years of an undated
/// text are targets (`到2025年`) and history, so none of them is read.
enum OwnDateYear {
    static func found(in document: Document, piece: Piece, contentEnd: Int) -> (year: Int, origin: YearOrigin)? {
        let units = document.utf16
        var signed: (year: Int, origin: YearOrigin)?
        var published: (year: Int, origin: YearOrigin)?
        var previous: Range<Int>?
        for line in TextLine.lazyLines(of: document, in: piece.range) {
            let range = line.trimmed(in: units)
            guard !range.isEmpty else { continue }
            defer { previous = range }
            if let year = workYear(in: units, range: range) { return (year, YearOrigin(source: .workSentence, line: line.number)) }
            if signed == nil, range.upperBound <= contentEnd, !(previous.map { namesATime(units, line: $0) } ?? false) {
                signed = signatureYear(in: units, range: range).map { ($0, YearOrigin(source: .signature, line: line.number)) }
            }
            if published == nil {
                published = portalYear(in: units, range: range).map { ($0, YearOrigin(source: .portalDate, line: line.number)) }
            }
        }
        return signed ?? published
    }

    // MARK: The year's work

    /// `…年…工作(的)?重点是`: the year before 工作 in the same clause, when what follows 工作 names
    /// the year's aims and 是, 为 or 如下 sets them out.
    private static func workYear(in units: [UInt16], range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index + 1 < range.upperBound {
            defer { index += 1 }
            guard units[index] == gong, units[index + 1] == zuo,
                  setsOutAims(units, from: index + 2, end: range.upperBound) else { continue }
            if let year = clauseYear(in: units, before: index, start: range.lowerBound) { return year }
        }
        return nil
    }

    /// Whether `(的)?(总体要求|重点|要点|思路|目标|主要任务)(是|为|如下)` starts at `start`.
    private static func setsOutAims(_ units: [UInt16], from start: Int, end: Int) -> Bool {
        var at = start
        if at < end, units[at] == de { at += 1 }
        guard let aim = aimWords.first(where: { units.hasRun($0, at: at, end: end) }) else { return false }
        at += aim.count
        return settingWords.contains { units.hasRun($0, at: at, end: end) }
    }

    /// The year whose 年 (or 年度) stands within `clauseReach` units before `end`, in the same clause.
    private static func clauseYear(in units: [UInt16], before end: Int, start: Int) -> Int? {
        var at = end - 1
        while at >= start, end - at <= clauseReach, !Glyph.isClauseEnd(units[at]), units[at] != Glyph.lineFeed {
            if units[at] == Glyph.nian, case .year(let year)? = YearReader.token(before: at, in: units) { return year }
            at -= 1
        }
        return nil
    }

    private static let gong: UInt16 = 0x5DE5 // 工
    private static let zuo: UInt16 = 0x4F5C // 作
    private static let de: UInt16 = 0x7684 // 的
    private static let aimWords = ["总体要求", "重点", "要点", "思路", "目标", "主要任务"].map { Array($0.utf16) }
    private static let settingWords = ["是", "为", "如下"].map { Array($0.utf16) }
    /// How far before 工作 the year may stand: `2009年全县卫生` and `2024年全市交通运输安全生产`.
    private static let clauseReach = 16

    // MARK: The signature

    /// The year of a line that is only a written date with year, month and day (`二○一一年十一月十九日`).
    /// A portal's date banner names the weekday (`2024年04月27日 星期六`): the day it was read, not written.
    private static func signatureYear(in units: [UInt16], range: Range<Int>) -> Int? {
        guard range.count <= signatureLength, units[range.upperBound - 1] == ri else { return nil }
        var marks: [UInt16] = []
        for unit in units[range] where !Glyph.isSpace(unit) {
            if unit == Glyph.nian || unit == yue || unit == ri {
                marks.append(unit)
            } else if Glyph.digit(unit) == nil, YearReader.yearDigit(unit) == nil, unit != shi {
                return nil
            }
        }
        guard marks == [Glyph.nian, yue, ri], let nian = units[range].firstIndex(of: Glyph.nian),
              case .year(let year)? = YearReader.token(before: nian, in: units) else { return nil }
        return year
    }

    /// Whether a line ends in a field that names a time (`三、献血时间`, `报送日期：`): the date below
    /// is that event's.
    private static func namesATime(_ units: [UInt16], line: Range<Int>) -> Bool {
        var end = line.upperBound
        while end > line.lowerBound, Glyph.isColon(units[end - 1]) { end -= 1 }
        return timeFields.contains { units.hasRun($0, at: end - $0.count, end: end) }
    }

    private static let timeFields = ["时间", "日期"].map { Array($0.utf16) }
    private static let yue: UInt16 = 0x6708 // 月
    private static let ri: UInt16 = 0x65E5 // 日
    private static let shi: UInt16 = 0x5341 // 十
    private static let signatureLength = 20

    // MARK: The portal's metadata

    /// The year after a portal's date label (`成文日期: | 2020-11-05`, `发布:2021-04-25 10:34:00`).
    private static func portalYear(in units: [UInt16], range: Range<Int>) -> Int? {
        var index = range.lowerBound
        while index < range.upperBound {
            defer { index += 1 }
            guard units[index] == fa || units[index] == cheng || units[index] == sheng || units[index] == gong2,
                  let label = dateLabels.first(where: { units.hasRun($0, at: index, end: range.upperBound) }) else { continue }
            var at = index + label.count
            while at < range.upperBound, Glyph.isSpace(units[at]) || Glyph.isColon(units[at]) || labelSeparators.contains(units[at]) {
                at += 1
            }
            guard at + 5 <= range.upperBound, at > index + label.count || label.last.map(Glyph.isColon) == true else { continue }
            let digits = units[at..<(at + 4)].compactMap { Glyph.digit($0) }
            guard digits.count == 4, dateSeparators.contains(units[at + 4]) else { continue }
            let year = digits.reduce(0) { $0 * 10 + $1 }
            if (1949...2099).contains(year) { return year }
        }
        return nil
    }

    private static let fa: UInt16 = 0x53D1 // 发
    private static let cheng: UInt16 = 0x6210 // 成
    private static let sheng: UInt16 = 0x751F // 生
    private static let gong2: UInt16 = 0x516C // 公
    /// The labels a portal dates a document by; 更新时间 and a bare 时间 date the page, not the text.
    private static let dateLabels = ["成文日期", "发文日期", "发布日期", "发布时间", "生成日期", "公开日期", "发布:", "发布："]
        .map { Array($0.utf16) }
    /// What stands between a label and its value in a flattened table: `日期: | 2020-11-05`, `日期 ] 2023-06-03`.
    private static let labelSeparators: Set<UInt16> = Set("|｜[]【】".utf16)
    private static let dateSeparators: Set<UInt16> = Set("-/.年－／．".utf16)
}

/// Where a piece's year was read when its title and opening name none (`OwnDateYear`).
package struct YearOrigin: Equatable, Sendable {
    package enum Source: String, Sendable {
        /// A sentence that sets the year's work (`2009年全县卫生工作重点是`).
        case workSentence = "work-sentence"
        /// The date that signs it, alone on its line.
        case signature
        /// The date its government portal gives it (`成文日期`, `发布时间`).
        case portalDate = "portal-date"
    }

    package let source: Source
    /// The 1-based line the year was read on.
    package let line: Int
}
