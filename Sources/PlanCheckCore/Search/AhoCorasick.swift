#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Finds every occurrence of many literal patterns in one pass over UTF-16 text
/// (Aho–Corasick automaton).
///
/// Every document is walked by several automata, so the walk is kept to a few loads per unit:
/// the root's transitions are a table indexed by the unit itself; a unit that occurs in no
/// pattern (half of a plan's characters for the rule literals, most of them for the small word
/// lists) sends any state back to the root after one bit test; only the rest look up an
/// open-addressing table keyed by state and unit, following failure links.
///
/// `TextNormalizer.ignorable` (what invisible characters fold to) leaves the automaton where it
/// is, so a pattern matches across it and its match range covers it.
package struct AhoCorasick: Sendable {
    /// A pattern found at a UTF-16 range.
    package struct Match: Sendable, Hashable {
        package var pattern: Int
        package var range: Range<Int>
    }

    private let tables: AutomatonTables

    package init(patterns: [[UInt16]]) {
        // The walk passes over ignorable units, so a pattern holding one (a literal folded from a
        // regex that names a pinyin reading) is matched without it.
        tables = AutomatonTables(patterns: patterns.map { pattern in
            guard pattern.contains(TextNormalizer.ignorable) else { return pattern }
            let visible = pattern.filter { $0 != TextNormalizer.ignorable }
            return visible.isEmpty ? pattern : visible
        })
    }

    /// Whether any pattern occurs within `range`: stops at the first.
    @inlinable
    package func containsMatch(in text: some RandomAccessCollection<UInt16>, range: Range<Int>) -> Bool {
        if let found = text.withContiguousStorageIfAvailable({ containsMatch(units: $0, range: range) }) { return found }
        return Array(text).withUnsafeBufferPointer { containsMatch(units: $0, range: range) }
    }

    @usableFromInline
    func containsMatch(units: UnsafeBufferPointer<UInt16>, range: Range<Int>) -> Bool {
        var found = false
        tables.walk(units, range: range.clamped(to: 0..<units.count)) { _, _ in
            found = true
            return false
        }
        return found
    }

    /// Every occurrence (overlapping ones included) within `range`, ordered by end then pattern.
    package func matches(in text: [UInt16], range: Range<Int>) -> [Match] {
        var found: [Match] = []
        forEachMatch(in: text, range: range) { found.append($0) }
        return found
    }

    /// Where a match of `length` units ending at `position` starts: `length` units back, and
    /// further by every ignorable unit the walk passed over inside it.
    @inline(__always)
    private static func start(ofMatchEndingAt position: Int, length: Int, in units: UnsafeBufferPointer<UInt16>) -> Int {
        var start = position + 1 - length
        var cursor = position
        while cursor >= start, cursor > 0 {
            if units[cursor] == TextNormalizer.ignorable { start -= 1 }
            cursor -= 1
        }
        return max(0, start)
    }

    /// The first occurrence within `range`, in the order of `forEachMatch`, that `accept` takes:
    /// the walk stops there.
    package func firstMatch(in text: [UInt16], range: Range<Int>, where accept: (Match) -> Bool) -> Match? {
        let range = range.clamped(to: 0..<text.count)
        let tables = tables
        var found: Match?
        text.withUnsafeBufferPointer { units in
            tables.walk(units, range: range) { position, state in
                for slot in tables.outputSlots(state) {
                    let pattern = Int(tables.flatOutputs[slot])
                    let match = Match(pattern: pattern, range: Self.start(ofMatchEndingAt: position, length: Int(tables.lengths[pattern]), in: units)..<(position + 1))
                    if accept(match) {
                        found = match
                        return false
                    }
                }
                return true
            }
        }
        return found
    }

    /// Calls `body` with every occurrence within `range`, ordered by end then pattern, without
    /// collecting them.
    @inline(__always)
    package func forEachMatch(in text: [UInt16], range: Range<Int>, _ body: (Match) -> Void) {
        let range = range.clamped(to: 0..<text.count)
        let tables = tables
        text.withUnsafeBufferPointer { units in
            tables.walk(units, range: range) { position, state in
                for slot in tables.outputSlots(state) {
                    let pattern = Int(tables.flatOutputs[slot])
                    body(Match(pattern: pattern, range: Self.start(ofMatchEndingAt: position, length: Int(tables.lengths[pattern]), in: units)..<(position + 1)))
                }
                return true
            }
        }
    }
}

/// The automaton's tables, built once and then only read. They live in raw memory so the search
/// loop reads them without bounds checks or reference counting; the class frees them.
final class AutomatonTables: @unchecked Sendable {
    /// One bit per UTF-16 unit: set when the unit occurs in some pattern.
    private let alphabet: UnsafeMutablePointer<UInt64>
    /// One bit per UTF-16 unit: set when some pattern starts with it. Skipping text from the root
    /// reads these 8 KB, which stay in the first-level cache, rather than the 256 KB root table.
    private let starters: UnsafeMutablePointer<UInt64>
    /// The root's transition for each unit; 0 (the root) when no pattern starts with it.
    private let root: UnsafeMutablePointer<Int32>
    /// Transitions of the other states: open addressing, each entry `key << 24 | next state`
    /// with `key = state << 16 | unit`, so a probe is one load (the table is read at every step
    /// inside a pattern, and separate key and value arrays cost two cache misses).
    private let entries: UnsafeMutablePointer<UInt64>
    private let mask: Int
    private let failure: UnsafeMutablePointer<Int32>
    /// State `s` outputs the patterns `flatOutputs[outputStarts[s]..<outputStarts[s + 1]]`,
    /// including those reached through failure links.
    private let outputStarts: UnsafeMutablePointer<Int32>
    let flatOutputs: UnsafeMutablePointer<Int32>
    let lengths: UnsafeMutablePointer<Int32>
    private let stateCount: Int
    private let outputCount: Int
    private let patternCount: Int
    private static let emptyEntry = UInt64.max
    /// States are numbered below this, so that a state fits the 24 bits of an entry's value.
    static let stateLimit = 1 << 24 - 1

    init(patterns: [[UInt16]]) {
        // The trie is grown straight into the search tables (the root's table and the open
        // addressing one), with each state's children in a linked list for the breadth-first
        // pass: a dictionary of transitions, sorting its edges and a list of outputs per state
        // cost most of building the rule automaton, which every run does before its first document.
        let unitCount = patterns.reduce(0) { $0 + $1.count }
        var size = 16
        while size < unitCount * 2 { size <<= 1 }
        entries = .allocate(capacity: size)
        entries.initialize(repeating: Self.emptyEntry, count: size)
        mask = size - 1
        let (entries, mask) = (entries, mask)
        // Zeroed by calloc: a block this size comes straight from the kernel already zero, and
        // most of its pages are never touched (setting 256 KB per automaton was a tenth of
        // building one).
        let root = calloc(65536, MemoryLayout<Int32>.stride)!.bindMemory(to: Int32.self, capacity: 65536)
        let alphabet = UnsafeMutablePointer<UInt64>.allocate(capacity: 1024)
        alphabet.initialize(repeating: 0, count: 1024)
        let starters = UnsafeMutablePointer<UInt64>.allocate(capacity: 1024)
        starters.initialize(repeating: 0, count: 1024)
        (self.root, self.alphabet, self.starters) = (root, alphabet, starters)
        func transition(_ state: Int32, _ unit: UInt16) -> Int32? {
            Self.transition(state, unit, root: root, entries: entries, mask: mask)
        }

        // Per state: its failure link, first child, next sibling and the unit leading to it;
        // the patterns ending at it, as a list through `nextOwn` (by pattern), in pattern order.
        var failures: [Int32] = [0]
        var firstChild: [Int32] = [-1]
        var nextSibling: [Int32] = [-1]
        var entryUnit: [UInt16] = [0]
        var ownFirst: [Int32] = [-1]
        var ownLast: [Int32] = [-1]
        var nextOwn = [Int32](repeating: -1, count: patterns.count)
        failures.reserveCapacity(unitCount + 1)
        firstChild.reserveCapacity(unitCount + 1)
        nextSibling.reserveCapacity(unitCount + 1)
        entryUnit.reserveCapacity(unitCount + 1)
        ownFirst.reserveCapacity(unitCount + 1)
        ownLast.reserveCapacity(unitCount + 1)
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state: Int32 = 0
            for unit in pattern {
                alphabet[Int(unit) >> 6] |= 1 << (UInt64(unit) & 63)
                if let next = transition(state, unit) {
                    state = next
                    continue
                }
                let next = Int32(failures.count)
                // One state per pattern character at most: sixteen million would take a rule set
                // of fifty megabytes of literals, far past what rule files (a megabyte each) hold.
                precondition(Int(next) < Self.stateLimit, "more than \(Self.stateLimit) states in a pattern automaton")
                failures.append(0)
                firstChild.append(-1)
                nextSibling.append(firstChild[Int(state)])
                firstChild[Int(state)] = next
                entryUnit.append(unit)
                ownFirst.append(-1)
                ownLast.append(-1)
                if state == 0 {
                    root[Int(unit)] = next
                    starters[Int(unit) >> 6] |= 1 << (UInt64(unit) & 63)
                } else {
                    let key = Self.key(state, unit)
                    var slot = Self.slot(key, mask: mask)
                    while entries[slot] != Self.emptyEntry { slot = (slot + 1) & mask }
                    entries[slot] = key << 24 | UInt64(UInt32(bitPattern: next))
                }
                state = next
            }
            if ownLast[Int(state)] < 0 { ownFirst[Int(state)] = Int32(index) } else { nextOwn[Int(ownLast[Int(state)])] = Int32(index) }
            ownLast[Int(state)] = Int32(index)
        }
        stateCount = failures.count

        // Breadth-first: a state's failure link points to its longest proper suffix that is a
        // prefix; a state outputs its own patterns, then those of its failure link (shallower,
        // so already counted).
        var order: [Int32] = [0]
        order.reserveCapacity(stateCount)
        var counts = [Int32](repeating: 0, count: stateCount)
        var head = 0
        while head < order.count {
            let state = order[head]
            head += 1
            var child = firstChild[Int(state)]
            while child >= 0 {
                order.append(child)
                if state != 0 {
                    let unit = entryUnit[Int(child)]
                    var fallback = failures[Int(state)]
                    while fallback != 0, transition(fallback, unit) == nil { fallback = failures[Int(fallback)] }
                    failures[Int(child)] = transition(fallback, unit) ?? 0
                }
                var own: Int32 = 0
                var pattern = ownFirst[Int(child)]
                while pattern >= 0 { own += 1; pattern = nextOwn[Int(pattern)] }
                counts[Int(child)] = own + counts[Int(failures[Int(child)])]
                child = nextSibling[Int(child)]
            }
        }
        failure = .allocate(capacity: stateCount)
        failure.initialize(from: failures, count: stateCount)
        let outputStarts = UnsafeMutablePointer<Int32>.allocate(capacity: stateCount + 1)
        self.outputStarts = outputStarts
        var start: Int32 = 0
        for state in 0..<stateCount {
            outputStarts[state] = start
            start += counts[state]
        }
        outputStarts[stateCount] = start
        outputCount = Int(start)
        let flatOutputs = UnsafeMutablePointer<Int32>.allocate(capacity: max(1, outputCount))
        self.flatOutputs = flatOutputs
        for state in order {
            var slot = Int(outputStarts[Int(state)])
            var pattern = ownFirst[Int(state)]
            while pattern >= 0 {
                flatOutputs[slot] = pattern
                slot += 1
                pattern = nextOwn[Int(pattern)]
            }
            let inheritedFrom = Int(failures[Int(state)])
            for inherited in Int(outputStarts[inheritedFrom])..<Int(outputStarts[inheritedFrom + 1]) where state != 0 {
                flatOutputs[slot] = flatOutputs[inherited]
                slot += 1
            }
        }
        patternCount = patterns.count
        lengths = .allocate(capacity: max(1, patternCount))
        lengths.initialize(from: patterns.map { Int32($0.count) }, count: patternCount)
    }

    /// The state `unit` leads to from `state` without following failure links, if any.
    @inline(__always)
    private static func transition(_ state: Int32, _ unit: UInt16, root: UnsafeMutablePointer<Int32>,
                                   entries: UnsafeMutablePointer<UInt64>, mask: Int) -> Int32? {
        guard state != 0 else {
            let next = root[Int(unit)]
            return next == 0 ? nil : next
        }
        let key = Self.key(state, unit)
        var slot = Self.slot(key, mask: mask)
        while true {
            let entry = entries[slot]
            if entry >> 24 == key { return Int32(truncatingIfNeeded: entry & 0xFF_FFFF) }
            if entry == Self.emptyEntry { return nil }
            slot = (slot + 1) & mask
        }
    }

    deinit {
        alphabet.deallocate()
        starters.deallocate()
        free(root)
        entries.deallocate()
        failure.deallocate()
        outputStarts.deallocate()
        flatOutputs.deallocate()
        lengths.deallocate()
    }

    /// Runs the automaton over `range` of `units`, calling `visit` with the position and the
    /// state after each unit where some pattern ends; stops when `visit` returns false.
    @inline(__always)
    func walk(_ units: UnsafeBufferPointer<UInt16>, range: Range<Int>, _ visit: (Int, Int32) -> Bool) {
        var state: Int32 = 0
        var position = range.lowerBound
        while position < range.upperBound {
            if state == 0 {
                position = skipToPatternStart(units, from: position, to: range.upperBound)
                guard position < range.upperBound else { return }
            }
            state = step(state, units[position])
            if hasOutput(state), !visit(position, state) { return }
            position += 1
        }
    }

    /// The state after reading `unit` in `state`, following failure links.
    @inline(__always)
    func step(_ state: Int32, _ unit: UInt16) -> Int32 {
        let index = Int(unit)
        var state = state
        if state != 0 {
            guard alphabet[index >> 6] & (1 << UInt64(index & 63)) != 0 else {
                return unit == TextNormalizer.ignorable ? state : 0
            }
            repeat {
                let key = Self.key(state, unit)
                var slot = Self.slot(key, mask: mask)
                while true {
                    let entry = entries[slot]
                    if entry >> 24 == key { return Int32(truncatingIfNeeded: entry & 0xFF_FFFF) }
                    if entry == Self.emptyEntry { break }
                    slot = (slot + 1) & mask
                }
                state = failure[Int(state)]
            } while state != 0
        }
        return root[index]
    }

    /// From the root, the first position at or after `start` whose unit starts some pattern
    /// (`end` when none does): the units before it leave the automaton at the root.
    @inline(__always)
    func skipToPatternStart(_ units: UnsafeBufferPointer<UInt16>, from start: Int, to end: Int) -> Int {
        var position = start
        while position < end {
            let unit = Int(units[position])
            if starters[unit >> 6] & (1 << UInt64(unit & 63)) != 0 { break }
            position += 1
        }
        return position
    }

    @inline(__always)
    func hasOutput(_ state: Int32) -> Bool {
        outputStarts[Int(state)] != outputStarts[Int(state) + 1]
    }

    @inline(__always)
    func outputSlots(_ state: Int32) -> Range<Int> {
        Int(outputStarts[Int(state)])..<Int(outputStarts[Int(state) + 1])
    }

    @inline(__always)
    private static func key(_ state: Int32, _ unit: UInt16) -> UInt64 {
        UInt64(UInt32(bitPattern: state)) << 16 | UInt64(unit)
    }

    @inline(__always)
    private static func slot(_ key: UInt64, mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }
}
