/// One include or ignore glob, matched against a relative path without backtracking.
///
/// The glob becomes a small automaton over Unicode scalars, run as a set of states (as Thompson's
/// construction does): each scalar of the path is looked at once, against every state at once, so
/// a match costs at most (path length × glob length) steps however many `*` the glob has. A
/// backtracking regex, as before, took over a second a path for `*a*a*a*a*a*a*a*a*a*a*a*a*c`.
///
/// `*` matches within a folder name, `**` across folders, `**/` zero or more whole folders, `?`
/// one scalar other than `/`; every other character, `[` and `]` included, matches itself.
/// As in .gitignore, a glob with no `/` except at its end matches at any depth, a leading `/`
/// anchors it at the base, and a trailing `/` means everything below.
package struct PathGlob: Sendable {
    private enum Accepts: Sendable {
        case scalar(Unicode.Scalar)
        case notSlash
        case any

        func accepts(_ scalar: Unicode.Scalar) -> Bool {
            switch self {
            case .scalar(let expected): scalar == expected
            case .notSlash: scalar != "/"
            case .any: true
            }
        }
    }

    private struct State: Sendable {
        /// States reached without reading anything.
        var empty: [Int] = []
        /// States reached by reading one scalar it accepts.
        var steps: [(Accepts, Int)] = []
    }

    private var states: [State] = []
    /// The state in which the whole path has matched: one past the last.
    private var accepting: Int { states.count }

    package init(_ glob: String) {
        let anchored = glob.dropLast(glob.hasSuffix("/") ? 1 : 0).contains("/")
        var pattern = glob.hasPrefix("/") ? String(glob.dropFirst()) : (anchored ? glob : "**/" + glob)
        if pattern.hasSuffix("/") { pattern += "**" }
        let scalars = Self.collapsingStarRuns(Array(pattern.unicodeScalars))
        var index = 0
        while index < scalars.count {
            let next = states.count + 1
            switch scalars[index] {
            case "*" where index + 1 < scalars.count && scalars[index + 1] == "*":
                if index + 2 < scalars.count, scalars[index + 2] == "/" {
                    // `**/`: skip, or any text ending in `/` (two states: before and inside).
                    states.append(State(empty: [next, next + 1]))
                    states.append(State(steps: [(.any, next), (.scalar("/"), next + 1)]))
                    index += 3
                } else {
                    states.append(State(empty: [next], steps: [(.any, next - 1)]))
                    index += 2
                }
                continue
            case "*":
                states.append(State(empty: [next], steps: [(.notSlash, next - 1)]))
            case "?":
                states.append(State(steps: [(.notSlash, next)]))
            case let scalar:
                states.append(State(steps: [(.scalar(scalar), next)]))
            }
            index += 1
        }
    }

    /// A run of stars means what a short one does (`***` what `**` does, `******/` what
    /// `****/` does): kept short, so a glob of thousands of stars is a few states, not thousands
    /// walked for every scalar of every path.
    private static func collapsingStarRuns(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        var result: [Unicode.Scalar] = []
        result.reserveCapacity(scalars.count)
        var index = 0
        while index < scalars.count {
            guard scalars[index] == "*" else { result.append(scalars[index]); index += 1; continue }
            var end = index
            while end < scalars.count, scalars[end] == "*" { end += 1 }
            let run = end - index
            // Stars pair from the left: before a `/` an even run ends in `**/` (zero or more
            // folders) and an odd one in `*/`, after any text; elsewhere any run of two or more
            // is any text.
            let beforeSlash = end < scalars.count && scalars[end] == "/"
            let kept = beforeSlash ? (run <= 4 ? run : (run.isMultiple(of: 2) ? 4 : 3)) : min(run, 2)
            result += Array(repeating: "*", count: kept)
            index = end
        }
        return result
    }

    /// Whether the whole of `path` matches.
    package func matches(_ path: String) -> Bool {
        var current = [Bool](repeating: false, count: states.count + 1)
        var next = current
        add(0, to: &current)
        for scalar in path.unicodeScalars {
            for index in next.indices { next[index] = false }
            var any = false
            for state in states.indices where current[state] {
                for (accepts, target) in states[state].steps where accepts.accepts(scalar) {
                    add(target, to: &next)
                    any = true
                }
            }
            guard any else { return false }
            swap(&current, &next)
        }
        return current[accepting]
    }

    /// Marks `state` and every state reached from it without reading.
    private func add(_ state: Int, to set: inout [Bool]) {
        guard !set[state] else { return }
        set[state] = true
        guard state < states.count else { return }
        for target in states[state].empty { add(target, to: &set) }
    }
}
