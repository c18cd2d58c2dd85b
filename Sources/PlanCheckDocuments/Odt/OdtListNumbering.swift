/// The counters of an .odt's lists as content.xml is read, and the label each numbered paragraph
/// gets.
///
/// A `text:list` opens a level (nested lists one deeper) and takes its style from its own
/// `text:style-name` or its parent's. A top-level list starts counting afresh unless it continues
/// the list before it (`text:continue-numbering`) or a list named by `text:continue-list`. Each
/// `text:list-item` counts one at its level and restarts the deeper levels; its first paragraph
/// gets the label. Headings outside lists are counted by the outline style.
struct OdtListNumbering {
    private struct Frame {
        var style: String?
        /// The counters of the list this frame belongs to (shared by its nested frames).
        var listID: Int
        /// Whether the current item's first paragraph is still to come.
        var labelPending = false
    }

    private let styles: OdtListStyles
    private var frames: [Frame] = []
    /// Counters per list, 10 levels each; nil where a level has not started (again).
    private var counters: [[Int?]] = []
    /// The style each list was started with, for a list that continues it without naming one.
    private var listStyles: [String?] = []
    private var listIDsByXMLID: [String: Int] = [:]
    private var lastTopLevelList: Int?
    private var outline: [Int?] = Array(repeating: nil, count: 10)

    init(styles: OdtListStyles) {
        self.styles = styles
    }

    mutating func beginList(_ attributes: [String: String], text: String) {
        let listID: Int
        if let parent = frames.last {
            listID = parent.listID
        } else if let continued = attributes[text + "continue-list"].flatMap({ listIDsByXMLID[$0] }) {
            listID = continued
        } else if attributes[text + "continue-numbering"] == "true", let previous = lastTopLevelList {
            listID = previous
        } else {
            counters.append(Array(repeating: nil, count: 10))
            listStyles.append(attributes[text + "style-name"])
            listID = counters.count - 1
        }
        let style = attributes[text + "style-name"] ?? frames.last?.style ?? listStyles[listID]
        if frames.isEmpty, let xmlID = attributes["xml:id"] { listIDsByXMLID[xmlID] = listID }
        frames.append(Frame(style: style, listID: listID))
    }

    mutating func endList() {
        guard let frame = frames.popLast() else { return }
        if frames.isEmpty { lastTopLevelList = frame.listID }
    }

    /// A `text:list-item` (or, with `isHeader`, a `text:list-header`, which is not numbered).
    mutating func beginItem(_ attributes: [String: String], text: String, isHeader: Bool) {
        guard !frames.isEmpty, !isHeader else { return }
        let level = min(frames.count - 1, 9)
        let frame = frames[frames.count - 1]
        var values = counters[frame.listID]
        let start = frame.style.flatMap { styles.level(level, ofStyle: $0)?.start } ?? 1
        if let override = ListLabelLimits.startValue(attributes[text + "start-value"]) {
            values[level] = override
        } else {
            // Start values are clamped (`ListLabelLimits`); wrapping all the same, so a counter can never trap.
            values[level] = values[level].map { $0 &+ 1 } ?? start
        }
        for deeper in (level + 1)..<values.count { values[deeper] = nil }
        counters[frame.listID] = values
        frames[frames.count - 1].labelPending = true
    }

    /// The label of a paragraph that starts now: the first of a list item, or a heading outside
    /// any list at `outlineLevel` (1-based); nil when it has none.
    mutating func label(outlineLevel: Int?) -> String? {
        if let index = frames.indices.last {
            guard frames[index].labelPending else { return nil }
            frames[index].labelPending = false
            guard let style = frames[index].style else { return nil }
            return Self.label(level: min(index, 9), values: counters[frames[index].listID], style: style, styles: styles)
        }
        guard let outlineLevel, (1...10).contains(outlineLevel) else { return nil }
        let level = outlineLevel - 1
        guard let definition = styles.level(level, ofStyle: OdtListStyles.outlineStyleName), definition.format != nil else { return nil }
        outline[level] = outline[level].map { $0 &+ 1 } ?? definition.start
        for deeper in (level + 1)..<outline.count { outline[deeper] = nil }
        return Self.label(level: level, values: outline, style: OdtListStyles.outlineStyleName, styles: styles)
    }

    private static func label(level: Int, values: [Int?], style: String, styles: OdtListStyles) -> String? {
        guard let definition = styles.level(level, ofStyle: style) else { return nil }
        var label = definition.prefix
        if definition.format != nil {
            let shown = (level - definition.displayLevels + 1)...level
            label += shown.map { index in
                let format = styles.level(index, ofStyle: style)?.format ?? "decimal"
                return ListNumberFormat.text(of: values[index] ?? styles.level(index, ofStyle: style)?.start ?? 1, format: format)
            }.joined(separator: ".")
        }
        label += definition.suffix
        guard !label.isEmpty else { return nil }
        label = ListLabelLimits.capped(label)
        switch definition.followedBy {
        case "listtab": return label + "\t"
        case "space": return label + " "
        default: return label
        }
    }
}
