import PlanCheckCore

/// A horizontal bar chart laid out for inline SVG: every coordinate is computed here, so a
/// template only writes `<rect>` and `<text>` elements and needs no script or library.
package struct AuditBarChart: Sendable, Equatable {
    /// One coloured stretch of a bar; a stacked bar has several.
    package struct Segment: Sendable, Equatable {
        package var x: Int
        package var width: Int
        package var value: Int
        /// `error`, `warning`, `info`, `met`, `missing`, `not-applicable`, `unchecked`: a CSS class.
        package var style: String
        /// For the tooltip: `已覆盖 7`.
        package var title: String
    }

    package struct Bar: Sendable, Equatable {
        package var label: String
        /// Written after the bar: a count, or `7/14（50%）`.
        package var valueLabel: String
        package var y: Int
        package var textY: Int
        package var valueX: Int
        package var segments: [Segment]
    }

    package var width: Int
    package var height: Int
    /// Right edge of the labels (they are right-aligned to it).
    package var labelX: Int
    package var bars: [Bar]

    static let width = 560
    static let rowHeight = 28
    static let barHeight = 18
    /// Pixels per display column (a Chinese character is two columns) at the 13px chart font.
    static let pixelsPerColumn = 7
    /// Room after the longest bar for its value label (`14/14（100%）`).
    static let valueRoom = 96

    /// One bar per severity, longest for the largest count.
    static func severities(_ headline: AuditHeadline) -> AuditBarChart {
        let severities: [Severity] = [.error, .warning, .info]
        let largest = max(1, severities.map(headline.count(of:)).max() ?? 1)
        return chart(severities.map { severity in
            let count = headline.count(of: severity)
            return (severity.chineseLabel, "\(count)", [(count, severity.rawValue, "\(severity.chineseLabel) \(count)")], largest)
        })
    }

    /// One stacked bar per required element: met, missing, not applicable, over all documents.
    static func coverage(_ elements: [AuditElement], documents: Int) -> AuditBarChart {
        chart(elements.map { element in
            let value = element.coveragePercent.map { "\(element.met)/\(element.applicable)（\($0)%）" } ?? "不适用"
            return (element.shortTitle, value, [
                (element.met, "met", "已覆盖 \(element.met)"),
                (element.missing, "missing", "缺失 \(element.missing)"),
                (element.notApplicable, "not-applicable", "不适用 \(element.notApplicable)"),
                (element.unchecked, "unchecked", "未检查 \(element.unchecked)"),
            ], max(1, documents))
        })
    }

    /// The label column is as wide as the longest label (so short labels such as 错误 leave no
    /// empty band), within a third of the chart; bars share what is left.
    private static func chart(_ rows: [(label: String, value: String, parts: [(Int, String, String)], scale: Int)]) -> AuditBarChart {
        let measure = DisplayWidth(ambiguousIsWide: true)
        let longest = rows.map { measure.width(of: $0.label) }.max() ?? 0
        let labelX = min(width / 3, max(24, longest * pixelsPerColumn + 4))
        let barX = labelX + 8
        let barSpan = width - barX - valueRoom
        var bars: [Bar] = []
        for (index, row) in rows.enumerated() {
            let y = 6 + index * rowHeight
            var x = barX
            var segments: [Segment] = []
            for (value, style, title) in row.parts where value > 0 {
                let width = max(2, Int((Double(value) * Double(barSpan) / Double(row.scale)).rounded()))
                segments.append(Segment(x: x, width: width, value: value, style: style, title: title))
                x += width
            }
            bars.append(Bar(label: row.label, valueLabel: row.value, y: y, textY: y + barHeight - 4, valueX: x + 8, segments: segments))
        }
        return AuditBarChart(width: width, height: max(1, rows.count) * rowHeight + 8, labelX: labelX, bars: bars)
    }
}
