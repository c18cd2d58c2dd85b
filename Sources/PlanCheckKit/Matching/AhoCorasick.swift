/// Finds every occurrence of many literal patterns in one pass over UTF-16 text
/// (Aho–Corasick automaton). The root's transitions are a table indexed by the unit itself —
/// most characters of a text start no pattern, so most steps are one array read — and the
/// others live in one open-addressing table keyed by state and unit.
public struct AhoCorasick: Sendable {
    /// A pattern found at a UTF-16 range.
    public struct Match: Sendable, Hashable {
        public var pattern: Int
        public var range: Range<Int>
    }

    private var transitions: [UInt64: Int32] = [:]
    /// Built from `transitions` once construction is done.
    private var rootTable: [Int32] = []
    private var table = TransitionTable()
    private var failure: [Int32] = [0]
    /// Patterns ending at each state, including those reached through failure links.
    private var outputs: [[Int32]] = [[]]
    /// `outputs` flattened for the search loop: state `s` outputs `flatOutputs[outputStarts[s]..<outputStarts[s + 1]]`
    /// (nested arrays would be retained and released at every step).
    private var flatOutputs: [Int32] = []
    private var outputStarts: [Int32] = []
    private let lengths: [Int]

    public init(patterns: [[UInt16]]) {
        lengths = patterns.map(\.count)
        var depthOrder: [[Int32]] = [[0]]
        for (index, pattern) in patterns.enumerated() where !pattern.isEmpty {
            var state: Int32 = 0
            for (depth, unit) in pattern.enumerated() {
                let key = AhoCorasick.key(state, unit)
                if let next = transitions[key] {
                    state = next
                } else {
                    let next = Int32(failure.count)
                    failure.append(0)
                    outputs.append([])
                    transitions[key] = next
                    if depthOrder.count <= depth + 1 { depthOrder.append([]) }
                    depthOrder[depth + 1].append(next)
                    state = next
                }
            }
            outputs[Int(state)].append(Int32(index))
        }
        // Breadth-first: a state's failure link points to its longest proper suffix that is a prefix.
        var children: [Int32: [(UInt16, Int32)]] = [:]
        for (key, next) in transitions {
            children[Int32(truncatingIfNeeded: key >> 16), default: []].append((UInt16(truncatingIfNeeded: key), next))
        }
        for level in depthOrder {
            for state in level {
                for (unit, child) in children[state] ?? [] {
                    if state != 0 {
                        var fallback = failure[Int(state)]
                        while fallback != 0, transitions[AhoCorasick.key(fallback, unit)] == nil {
                            fallback = failure[Int(fallback)]
                        }
                        failure[Int(child)] = transitions[AhoCorasick.key(fallback, unit)] ?? 0
                    }
                    outputs[Int(child)] += outputs[Int(failure[Int(child)])]
                }
            }
        }
        rootTable = Array(repeating: -1, count: 65536)
        table = TransitionTable(capacity: transitions.count)
        for (key, next) in transitions {
            if key >> 16 == 0 { rootTable[Int(key & 0xFFFF)] = next } else { table.insert(key, next) }
        }
        transitions = [:]
        outputStarts = [0]
        for list in outputs {
            flatOutputs += list
            outputStarts.append(Int32(flatOutputs.count))
        }
        outputs = []
    }

    /// The state after reading `unit` in `state`, following failure links.
    @inline(__always)
    private func step(_ state: Int32, _ unit: UInt16) -> Int32 {
        var state = state
        while state != 0 {
            if let next = table.value(for: AhoCorasick.key(state, unit)) { return next }
            state = failure[Int(state)]
        }
        let next = rootTable[Int(unit)]
        return next < 0 ? 0 : next
    }

    @inline(__always)
    private static func key(_ state: Int32, _ unit: UInt16) -> UInt64 {
        UInt64(UInt32(bitPattern: state)) << 16 | UInt64(unit)
    }

    /// Whether any pattern occurs within `range`: stops at the first.
    public func containsMatch(in text: some RandomAccessCollection<UInt16>, range: Range<Int>) -> Bool {
        var state: Int32 = 0
        var index = text.index(text.startIndex, offsetBy: range.lowerBound)
        for _ in range {
            state = step(state, text[index])
            index = text.index(after: index)
            if outputStarts[Int(state)] != outputStarts[Int(state) + 1] { return true }
        }
        return false
    }

    /// Every occurrence (overlapping ones included) within `range`, ordered by end then pattern.
    public func matches(in text: [UInt16], range: Range<Int>) -> [Match] {
        var found: [Match] = []
        forEachMatch(in: text, range: range) { found.append($0) }
        return found
    }

    /// Calls `body` with every occurrence within `range`, ordered by end then pattern, without
    /// collecting them.
    @inline(__always)
    public func forEachMatch(in text: [UInt16], range: Range<Int>, _ body: (Match) -> Void) {
        let range = range.clamped(to: 0..<text.count)
        text.withUnsafeBufferPointer { units in
            flatOutputs.withUnsafeBufferPointer { flat in
                outputStarts.withUnsafeBufferPointer { starts in
                    var state: Int32 = 0
                    for position in range {
                        state = step(state, units[position])
                        let first = Int(starts[Int(state)])
                        let end = Int(starts[Int(state) + 1])
                        guard first != end else { continue }
                        for slot in first..<end {
                            let pattern = Int(flat[slot])
                            body(Match(pattern: pattern, range: (position + 1 - lengths[pattern])..<(position + 1)))
                        }
                    }
                }
            }
        }
    }}

/// An open-addressing hash table from (state, unit) keys to states: far cheaper per lookup than
/// `Dictionary`, whose seeded SipHash dominated scanning.
struct TransitionTable: Sendable {
    private var keys: [UInt64] = []
    private var values: [Int32] = []
    private var mask = 0
    private static let empty = UInt64.max

    init(capacity: Int = 0) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = Array(repeating: Self.empty, count: size)
        values = Array(repeating: 0, count: size)
        mask = size - 1
    }

    @inline(__always)
    private func slot(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 32) & mask
    }

    mutating func insert(_ key: UInt64, _ value: Int32) {
        var index = slot(key)
        while keys[index] != Self.empty, keys[index] != key { index = (index + 1) & mask }
        keys[index] = key
        values[index] = value
    }

    @inline(__always)
    func value(for key: UInt64) -> Int32? {
        guard mask > 0 else { return nil }
        var index = slot(key)
        while true {
            let found = keys[index]
            if found == key { return values[index] }
            if found == Self.empty { return nil }
            index = (index + 1) & mask
        }
    }
}
