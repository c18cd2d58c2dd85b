import Foundation
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckRules

/// All loaded rules' patterns compiled once: the literals of every rule into one Aho–Corasick
/// automaton (one pass over a document finds them all), the regexes compiled for reuse. The same
/// pass finds each regex's required literals, so a regex runs only on the lines that hold one.
package struct RuleMatcher: Sendable {
    package let rules: [Rule]
    private let automaton: AhoCorasick
    /// For each automaton pattern: a rule's literal, or a regex's trigger.
    private let owners: [Owner]
    private let regexes: [(rule: Int, pattern: Int, regex: CompiledRegex)]

    private enum Owner {
        case literal(rule: Int, pattern: Int)
        /// A literal that puts the regex's search on the line where it occurs.
        case trigger(regex: Int)
        /// A literal where a match of the regex can start (`CompiledRegex.startLiterals`).
        case start(regex: Int)
    }

    package init(rules: [Rule]) throws {
        self.rules = rules
        var literals: [[UInt16]] = []
        var owners: [Owner] = []
        var regexes: [(Int, Int, CompiledRegex)] = []
        // The bundled regexes' literals were read ahead (`KnownRegexTriggers`); the others are
        // read now, side by side.
        CompiledRegex.prepareDeferred(rules.flatMap { rule in
            rule.searchPatterns.compactMap { pattern in
                if case .regex(let source) = pattern, KnownRegexTriggers.triggers(for: source) == nil { source } else { nil }
            }
        })
        for (ruleIndex, rule) in rules.enumerated() {
            for (patternIndex, pattern) in rule.searchPatterns.enumerated() {
                switch pattern {
                case .literal(let text):
                    literals.append(TextNormalizer.fold(Array(text.utf16)))
                    owners.append(.literal(rule: ruleIndex, pattern: patternIndex))
                case .regex(let source):
                    // Compiled already when its rule file was read, unless it is a bundled rule's.
                    let regex = try CompiledRegex.deferred(source, triggers: KnownRegexTriggers.triggers(for: source))
                    for trigger in regex.requiredLiterals ?? [] {
                        literals.append(trigger)
                        owners.append(.trigger(regex: regexes.count))
                    }
                    for start in regex.startLiterals ?? [] {
                        literals.append(start)
                        owners.append(.start(regex: regexes.count))
                    }
                    regexes.append((ruleIndex, patternIndex, regex))
                }
            }
        }
        automaton = AhoCorasick(patterns: literals)
        self.owners = owners
        self.regexes = regexes
    }

    /// A document's folded text and its lines: built once per document, shared by its pieces.
    package struct Subject: Sendable {
        package let folded: [UInt16]
        let lines: SourceMap
        /// Whether the folded text holds an ignorable unit (an invisible character, a pinyin
        /// reading): regexes then search such lines without them.
        let hasIgnorable: Bool

        package init(folded: [UInt16], lines: SourceMap) {
            self.folded = folded
            self.lines = lines
            hasIgnorable = folded.contains(TextNormalizer.ignorable)
        }
    }

    /// Every match of every rule within `range`, grouped by rule index and sorted by position.
    /// A regex match never crosses a line break when the regex has required literals.
    package func matches(in subject: Subject, range: Range<Int>) -> [[PatternMatch]] {
        scan(subject, range: range).matches
    }

    /// What one scan found: matches per rule, and the rules whose regex was stopped at its
    /// step limit (their matches are incomplete).
    package struct Scan: Sendable {
        package var matches: [[PatternMatch]]
        package var timedOut: Set<Int>
    }

    /// `matches(in:range:)`, also naming the rules whose regex ran out of time.
    package func scan(_ subject: Subject, range: Range<Int>) -> Scan {
        var byRule = Array(repeating: [PatternMatch](), count: rules.count)
        // Lines come in text order (matches are reported by their end), so a repeat is the last one.
        var triggeredLines = Array(repeating: [Int](), count: regexes.count)
        // Where matches can start, for the regexes that know: at their triggers or at their
        // start literals.
        var matchStarts = Array(repeating: [Int](), count: regexes.count)
        automaton.forEachMatch(in: subject.folded, range: range) { match in
            switch owners[match.pattern] {
            case .literal(let rule, let pattern):
                byRule[rule].append(PatternMatch(pattern: pattern, range: match.range))
            case .trigger(let regex):
                let line = subject.lines.lineIndex(of: match.range.lowerBound)
                if triggeredLines[regex].last != line { triggeredLines[regex].append(line) }
                if regexes[regex].regex.matchesStartAtTrigger { matchStarts[regex].append(match.range.lowerBound) }
            case .start(let regex):
                matchStarts[regex].append(match.range.lowerBound)
            }
        }
        var timedOut: Set<Int> = []
        subject.folded.withUnsafeBufferPointer { text in
            for (index, entry) in regexes.enumerated() {
                let searched: [Range<Int>] = entry.regex.requiredLiterals == nil
                    ? [range]
                    : Self.sortedUnique(triggeredLines[index]).map { subject.lines.lineRange(at: $0).clamped(to: range) }
                guard searched.contains(where: { !$0.isEmpty }) else { continue }
                // One budget of steps for this regex over this text, however many lines it searches.
                let searcher = entry.regex.searcher(over: text)
                let anchored = entry.regex.matchesStartAtTrigger || entry.regex.startLiterals != nil
                let starts = anchored ? Self.sortedUnique(matchStarts[index]) : []
                var nextStart = 0
                for lineRange in searched where !lineRange.isEmpty {
                    let scan: CompiledRegex.Scan
                    if subject.hasIgnorable, let compacted = Self.scanWithoutIgnorables(entry.regex, text: text, line: lineRange) {
                        scan = compacted
                    } else if anchored {
                        while nextStart < starts.count, starts[nextStart] < lineRange.lowerBound { nextStart += 1 }
                        let first = nextStart
                        while nextStart < starts.count, starts[nextStart] < lineRange.upperBound { nextStart += 1 }
                        scan = searcher.scan(lineRange, at: starts[first..<nextStart])
                    } else {
                        scan = searcher.scan(lineRange)
                    }
                    for found in scan.ranges {
                        byRule[entry.rule].append(PatternMatch(pattern: entry.pattern, range: found))
                    }
                    if scan.exceededLimit {
                        timedOut.insert(entry.rule)
                        break
                    }
                }
            }
        }
        func precedes(_ left: PatternMatch, _ right: PatternMatch) -> Bool {
            (left.range.lowerBound, left.range.upperBound, left.pattern) < (right.range.lowerBound, right.range.upperBound, right.pattern)
        }
        // Literal matches arrive by their end, which is nearly always their start's order too.
        for rule in byRule.indices { byRule[rule].sortIfNeeded(by: precedes) }
        return Scan(matches: byRule, timedOut: timedOut)
    }

    /// The regex's matches in a line that holds ignorable units (a page's pinyin readings, 應(yīng)急,
    /// folded to `TextNormalizer.ignorable`), searched with them left out as the literal automaton
    /// passes over them, each match mapped back to the line's offsets; nil for a line without
    /// one. Such lines are rare, so the line is copied and searched whole.
    private static func scanWithoutIgnorables(_ regex: CompiledRegex, text: UnsafeBufferPointer<UInt16>, line: Range<Int>) -> CompiledRegex.Scan? {
        guard text[line].contains(TextNormalizer.ignorable) else { return nil }
        var units: [UInt16] = []
        var offsets: [Int] = []
        units.reserveCapacity(line.count)
        offsets.reserveCapacity(line.count)
        for offset in line where text[offset] != TextNormalizer.ignorable {
            units.append(text[offset])
            offsets.append(offset)
        }
        var scan = units.withUnsafeBufferPointer { buffer in regex.searcher(over: buffer).scan(0..<buffer.count) }
        scan.ranges = scan.ranges.map { offsets[$0.lowerBound]..<(offsets[$0.upperBound - 1] + 1) }
        return scan
    }

    /// `offsets` in ascending order without repeats (they nearly always are already).
    private static func sortedUnique(_ offsets: [Int]) -> [Int] {
        guard zip(offsets, offsets.dropFirst()).contains(where: { $0 >= $1 }) else { return offsets }
        return Array(Set(offsets)).sorted()
    }

    /// Matches in a whole text (for tests and tools that have no `Document`).
    package func matches(in folded: [UInt16], range: Range<Int>) -> [[PatternMatch]] {
        matches(in: Subject(folded: folded, lines: SourceMap(utf16: folded)), range: range)
    }
}
