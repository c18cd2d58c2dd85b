/// Finds literals that every match of a regex must contain, so the regex runs only on lines
/// where one of them occurs (issue: regexes are the slow part of a scan; most lines cannot match).
///
/// Understands the subset of ICU syntax rules use: literals, escapes, classes, groups,
/// alternation, lookarounds and quantifiers. Anything it does not understand makes it give up
/// (`nil`), and the regex then runs on every line: a prefilter may only ever skip lines where the
/// regex cannot match.
enum RegexPrefilter {
    /// Literals of which every match contains at least one, or `nil` when none can be named.
    static func requiredLiterals(of source: String) -> Set<String>? {
        if source.contains("(?i") || source.contains("(?x") { return nil }
        var parser = Parser(Array(source.unicodeScalars))
        guard let result = parser.alternation(), parser.atEnd else { return nil }
        return result
    }

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var atEnd: Bool { position >= scalars.count }

        /// `a|b|c`: a match contains a literal of whichever branch matched, so the union; a
        /// branch with no known literal makes the whole unknown.
        mutating func alternation() -> Set<String>?? {
            var union: Set<String> = []
            var known = true
            while true {
                guard let branch = sequence() else { return nil }
                if let literals = branch { union.formUnion(literals) } else { known = false }
                if position < scalars.count, scalars[position] == "|" {
                    position += 1
                    continue
                }
                return known && !union.isEmpty ? union : .some(nil)
            }
        }

        /// A sequence of atoms: the best required factor among them (a single long literal run
        /// beats a set of single characters).
        mutating func sequence() -> Set<String>?? {
            var best: Set<String>?
            var run = ""
            func consider(_ candidate: Set<String>) {
                guard !candidate.isEmpty else { return }
                if let current = best {
                    let candidateScore = candidate.map(\.count).min()! * 10 - candidate.count
                    let currentScore = current.map(\.count).min()! * 10 - current.count
                    if candidateScore > currentScore { best = candidate }
                } else {
                    best = candidate
                }
            }
            func endRun() {
                if !run.isEmpty { consider([run]) }
                run = ""
            }
            while position < scalars.count, scalars[position] != "|", scalars[position] != ")" {
                guard let atom = atom() else { return nil }
                let quantifier = self.quantifier()
                guard let required = quantifier else { return nil }
                switch atom {
                case .literal(let scalar) where required == .once:
                    run.unicodeScalars.append(scalar)
                case .literal(let scalar) where required == .atLeastOnce:
                    run.unicodeScalars.append(scalar)
                    endRun()
                case .set(let literals) where required != .optional:
                    endRun()
                    if let literals { consider(literals) }
                default:
                    endRun()
                }
            }
            endRun()
            return .some(best)
        }

        enum Atom {
            case literal(Unicode.Scalar)
            /// A group or class: the literals one of which it must contain (`nil`: unknown).
            case set(Set<String>?)
            /// Matches something but names no literal (`.`, `\d`, anchors, lookarounds).
            case opaque
        }

        enum Repetition { case once, atLeastOnce, optional }

        mutating func atom() -> Atom? {
            let scalar = scalars[position]
            position += 1
            switch scalar {
            case "\\":
                guard position < scalars.count else { return nil }
                let escaped = scalars[position]
                position += 1
                if "dDsSwWbBAzZGntr".unicodeScalars.contains(escaped) { return .opaque }
                if "pPxuNQEk0123456789".unicodeScalars.contains(escaped) { return nil }
                return .literal(escaped)
            case "[":
                return characterClass()
            case "(":
                var lookaround = false
                if position < scalars.count, scalars[position] == "?" {
                    position += 1
                    guard position < scalars.count else { return nil }
                    switch scalars[position] {
                    case ":": position += 1
                    case "=", "!": position += 1; lookaround = true
                    case "<":
                        position += 1
                        guard position < scalars.count, scalars[position] == "=" || scalars[position] == "!" else { return nil }
                        position += 1
                        lookaround = true
                    default: return nil
                    }
                }
                let inner = alternation()
                guard position < scalars.count, scalars[position] == ")" else { return nil }
                position += 1
                guard let inner else { return nil }
                return lookaround ? .opaque : .set(inner)
            case ".", "^", "$":
                return .opaque
            case "*", "+", "?", "{", ")", "|":
                return nil
            default:
                return .literal(scalar)
            }
        }

        /// `[abc]`: one of its characters; negated or ranged classes name none.
        mutating func characterClass() -> Atom? {
            var members: Set<String> = []
            var plain = true
            if position < scalars.count, scalars[position] == "^" {
                plain = false
                position += 1
            }
            var first = true
            while position < scalars.count {
                let scalar = scalars[position]
                position += 1
                if scalar == "]", !first { return plain ? .set(members) : .opaque }
                first = false
                if scalar == "\\" {
                    guard position < scalars.count else { return nil }
                    let escaped = scalars[position]
                    position += 1
                    if "dDsSwWpP".unicodeScalars.contains(escaped) { plain = false } else { members.insert(String(escaped)) }
                } else if scalar == "-", !members.isEmpty, position < scalars.count, scalars[position] != "]" {
                    plain = false
                } else if scalar == "[" {
                    return nil
                } else {
                    members.insert(String(scalar))
                }
            }
            return nil
        }

        /// The quantifier after an atom, if any; `nil` for one it cannot read.
        mutating func quantifier() -> Repetition? {
            guard position < scalars.count else { return .once }
            var repetition: Repetition
            switch scalars[position] {
            case "?", "*":
                position += 1
                repetition = .optional
            case "+":
                position += 1
                repetition = .atLeastOnce
            case "{":
                var digits = ""
                position += 1
                while position < scalars.count, scalars[position] != "}" {
                    digits.unicodeScalars.append(scalars[position])
                    position += 1
                }
                guard position < scalars.count else { return nil }
                position += 1
                let minimum = Int(digits.split(separator: ",", omittingEmptySubsequences: false).first ?? "") ?? -1
                guard minimum >= 0 else { return nil }
                repetition = minimum == 0 ? .optional : .atLeastOnce
            default:
                return .once
            }
            // Lazy and possessive forms do not change what is required.
            if position < scalars.count, scalars[position] == "?" || scalars[position] == "+" { position += 1 }
            return repetition
        }
    }
}
