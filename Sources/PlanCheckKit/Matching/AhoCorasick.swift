/// Finds every occurrence of many literal patterns in one pass over UTF-16 text
/// (Aho–Corasick automaton; transitions in one hash table keyed by state and unit).
public struct AhoCorasick: Sendable {
    /// A pattern found at a UTF-16 range.
    public struct Match: Sendable, Hashable {
        public var pattern: Int
        public var range: Range<Int>
    }

    private var transitions: [UInt64: Int32] = [:]
    private var failure: [Int32] = [0]
    /// Patterns ending at each state, including those reached through failure links.
    private var outputs: [[Int32]] = [[]]
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
            let unit = text[index]
            index = text.index(after: index)
            while true {
                if let next = transitions[AhoCorasick.key(state, unit)] {
                    state = next
                    break
                }
                if state == 0 { break }
                state = failure[Int(state)]
            }
            if !outputs[Int(state)].isEmpty { return true }
        }
        return false
    }

    /// Every occurrence (overlapping ones included) within `range`, ordered by end then pattern.
    public func matches(in text: [UInt16], range: Range<Int>) -> [Match] {
        var found: [Match] = []
        var state: Int32 = 0
        for position in range {
            let unit = text[position]
            while true {
                if let next = transitions[AhoCorasick.key(state, unit)] {
                    state = next
                    break
                }
                if state == 0 { break }
                state = failure[Int(state)]
            }
            for pattern in outputs[Int(state)] {
                let length = lengths[Int(pattern)]
                found.append(Match(pattern: Int(pattern), range: (position + 1 - length)..<(position + 1)))
            }
        }
        return found
    }
}
