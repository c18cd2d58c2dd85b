import PlanCheckCore
import PlanCheckDocuments
import PlanCheckStructure
import PlanCheckRules

/// The `一、` headings are counted by the parsed sequence, which does not read those written
/// `二.` (`MixedMarker`); a number that skips or repeats among these is counted here.
extension NumberingCheck {
    /// A `一、`-level number written with a dot that does not follow the number before it at that
    /// level, either form (`一、… 二. 三. …检查工作四.医疗废物… 四.手卫生`). A page that lost a
    /// line break may have glued the number due to the text before it: it is looked for between
    /// each two, so the next one is read as the repeat it is. A return to 1 starts a new list.
    func dottedSequence(rule: Rule, headings: [Heading], mixed: [MixedMarker.Found], in context: CheckContext) -> [Finding] {
        let dotted = mixed.filter { $0.style == .chineseComma }
        guard !dotted.isEmpty else { return [] }
        typealias Marker = (range: Range<Int>, value: Int, dotted: Bool)
        var markers: [Marker] = headings.filter { $0.style == .chineseComma }.map { ($0.markerRange, $0.value, false) }
            + dotted.map { ($0.range, $0.value, true) }
        markers.sort { $0.range.lowerBound < $1.range.lowerBound }
        var findings: [Finding] = []
        var previous: Marker?
        for marker in markers {
            defer { previous = marker }
            guard var before = previous else { continue }
            if let glued = MixedMarker.glued(before.value + 1, in: context.document, range: before.range.upperBound..<marker.range.lowerBound) {
                before = (glued.range, glued.value, true)
            }
            guard marker.dotted, marker.value != before.value + 1, marker.value != 1 else { continue }
            let text = context.document.text(in: marker.range)
            let expected = NumberingMarker.marker(before.value + 1, style: .chineseComma, like: text)
            findings.append(context.finding(rule: rule, range: marker.range,
                                            message: rule.messageTemplate.filled(match: text, expected: expected, year: context.outline.year),
                                            replacement: expected))
        }
        return findings
    }
}
