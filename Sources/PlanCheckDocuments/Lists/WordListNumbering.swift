/// Word's automatic list numbering: of a .docx (`word/numbering.xml`), or of a .doc (its list
/// tables, read by `DocListTables` into the same model).
///
/// Word draws `一、` `（一）` `1.` in front of a paragraph from its list and level; the label is
/// not in the paragraph's text. Plans are often numbered this way, and plancheck reads a document as its
/// author sees it, so the reader puts each label back in front of its paragraph. Counters run in
/// document order: one set per abstract list, a deeper level restarting after a shallower one,
/// and a `w:startOverride` restarting a level where its list instance is first used.
struct WordListNumbering {
    struct Level: Equatable {
        var start = 1
        /// `w:numFmt`: decimal, chineseCounting, bullet …
        var format = "decimal"
        /// `w:lvlText`: `%1、`, `（%1）`, `%1.%2` …
        var text = ""
        /// `w:suff`: what follows the label: tab (Word's default), space or nothing.
        var suffix = "tab"
        /// `w:pStyle`: the paragraph style this level belongs to, for style-linked lists.
        var style: String?
    }

    private struct Instance {
        var abstractID: String
        var startOverrides: [Int: Int] = [:]
    }

    static let levelCount = 9

    private var levels: [String: [Int: Level]] = [:]
    private var instances: [String: Instance] = [:]
    /// Current value per level of each abstract list; nil where a level has not started (again).
    private var counters: [String: [Int?]] = [:]
    /// Instances whose start overrides have been applied.
    private var startedInstances: Set<String> = []

    init() {}

    /// Lists already read: `levels` by abstract list id, and each list instance's abstract list
    /// and start overrides.
    init(levels: [String: [Int: Level]], instances: [String: (abstractID: String, startOverrides: [Int: Int])]) {
        self.levels = levels
        self.instances = instances.mapValues { Instance(abstractID: $0.abstractID, startOverrides: $0.startOverrides) }
    }

    /// Reads the lists of numbering.xml.
    init(xml bytes: [UInt8], archive: PackageArchive) throws {
        var w = "w:"
        var depth = 0
        var abstractID: String?
        var level: (index: Int, value: Level)?
        var instance: (id: String, value: Instance)?
        var overrideLevel: Int?
        var levels: [String: [Int: Level]] = [:]
        var instances: [String: Instance] = [:]
        try archive.scanXML(bytes, entry: "word/numbering.xml") { event in
            switch event {
            case let .start(name, attributes):
                depth += 1
                if depth == 1 {
                    w = XMLNamespace.prefix(ofAnyOf: DocxStyles.wordNamespaces, declaredIn: attributes, fallback: "w:")
                    return
                }
                let value = attributes[w + "val"]
                switch name {
                case w + "abstractNum": abstractID = attributes[w + "abstractNumId"]
                case w + "lvl" where abstractID != nil:
                    if let index = attributes[w + "ilvl"].flatMap({ Int($0) }), (0..<Self.levelCount).contains(index) {
                        level = (index, Level())
                    }
                case w + "start" where level != nil: level?.value.start = ListLabelLimits.startValue(value) ?? 1
                case w + "numFmt" where level != nil: level?.value.format = value ?? "decimal"
                case w + "lvlText" where level != nil: level?.value.text = value ?? ""
                case w + "suff" where level != nil: level?.value.suffix = value ?? "tab"
                case w + "pStyle" where level != nil: level?.value.style = value
                case w + "num":
                    if let id = attributes[w + "numId"] { instance = (id, Instance(abstractID: "")) }
                case w + "abstractNumId" where instance != nil: instance?.value.abstractID = value ?? ""
                case w + "lvlOverride" where instance != nil: overrideLevel = attributes[w + "ilvl"].flatMap { Int($0) }
                case w + "startOverride" where instance != nil:
                    if let overrideLevel, let start = ListLabelLimits.startValue(value) { instance?.value.startOverrides[overrideLevel] = start }
                default: break
                }
            case let .end(name):
                depth -= 1
                switch name {
                case w + "lvl":
                    if let abstractID, let finished = level { levels[abstractID, default: [:]][finished.index] = finished.value }
                    level = nil
                case w + "abstractNum": abstractID = nil
                case w + "lvlOverride": overrideLevel = nil
                case w + "num":
                    if let finished = instance { instances[finished.id] = finished.value }
                    instance = nil
                default: break
                }
            case .text:
                break
            }
        }
        self.levels = levels
        self.instances = instances
    }

    /// The level of list `numID` that a style-linked paragraph of `style` takes when its style
    /// names no level: the one whose `w:pStyle` is that style, else the first.
    func level(ofStyle style: String, inList numID: String) -> Int {
        guard let abstractID = instances[numID]?.abstractID, let levels = levels[abstractID] else { return 0 }
        return levels.filter { $0.value.style == style }.map(\.key).min() ?? 0
    }

    /// The label Word draws before the next paragraph of list `numID` at `level` (0-based), with
    /// the suffix that follows it, advancing the counters; nil for a bullet, an empty label, an
    /// unknown list and `numId` 0 (which turns a style's numbering off).
    mutating func label(numID: String, level: Int) -> String? {
        guard let instance = instances[numID], let levels = levels[instance.abstractID],
              (0..<Self.levelCount).contains(level), let definition = levels[level] else { return nil }
        var values = counters[instance.abstractID] ?? Array(repeating: nil, count: Self.levelCount)
        if startedInstances.insert(numID).inserted {
            for (overridden, start) in instance.startOverrides where (0..<Self.levelCount).contains(overridden) {
                values[overridden] = start &- 1
                for deeper in (overridden + 1)..<Self.levelCount { values[deeper] = nil }
            }
        }
        // Start values are clamped (`ListLabelLimits`); wrapping all the same, so a counter can never trap.
        values[level] = values[level].map { $0 &+ 1 } ?? definition.start
        for deeper in (level + 1)..<Self.levelCount { values[deeper] = nil }
        counters[instance.abstractID] = values
        guard definition.format != "bullet" else { return nil }

        var label = ""
        // Characters in `label`: the template is walked only as far as the longest label, not to
        // the end of a template of a megabyte for every paragraph of the list.
        var length = 0
        var characters = definition.text.makeIterator()
        while length < ListLabelLimits.maximumLength, let character = characters.next() {
            guard character == "%" else {
                label.append(character)
                length += 1
                continue
            }
            guard let digit = characters.next() else {
                label.append(character)
                break
            }
            guard let number = digit.wholeNumberValue, (1...Self.levelCount).contains(number) else {
                label.append(character)
                label.append(digit)
                length += 2
                continue
            }
            let shown = levels[number - 1]
            let value = values[number - 1] ?? shown?.start ?? 1
            let text = ListNumberFormat.text(of: value, format: shown?.format ?? "decimal")
            label += text
            length += text.count
        }
        guard !label.isEmpty else { return nil }
        label = ListLabelLimits.capped(label)
        switch definition.suffix {
        case "nothing": break
        case "space": label += " "
        default: label += "\t"
        }
        return label
    }
}
