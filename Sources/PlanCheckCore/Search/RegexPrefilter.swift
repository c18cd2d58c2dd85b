/// Finds literals that every match of a regex must contain, so the regex runs only on lines
/// where one of them occurs (issue: regexes are the slow part of a scan; most lines cannot match).
///
/// Understands the subset of ICU syntax rules use: literals, escapes, classes, groups,
/// alternation, lookarounds and quantifiers. Anything it does not understand makes it give up
/// (`nil`), and the regex then runs on every line: a prefilter may only ever skip lines where the
/// regex cannot match.
///
/// Small finite pieces are multiplied out, so `卫生(健康)?执法` names 卫生执法 and 卫生健康执法
/// rather than the 卫生 that half the lines of a plan hold; a positive lookbehind that opens a
/// sequence or a lookahead that closes one counts as text next to the match (with non-transparent
/// region bounds it lies on the searched line too).
enum RegexPrefilter {
    /// Most strings an exact set may hold before it is given up for a shorter factor.
    static let exactLimit = 64

    /// Literals of which every match contains at least one, or `nil` when none can be named.
    static func requiredLiterals(of source: String) -> Set<String>? {
        triggers(of: source)?.literals
    }

    /// `requiredLiterals(of:)`, whether every match also *starts* with one of them
    /// (`中医(?!院)`, `(?<![关热])爱卫`, `[xX×]+…`), and literals every match starts with one of
    /// when they are known (the same literals then; `达到` and `为` for `(?:达到|为)\s*%`, whose
    /// lines are found by `%`): a search need only try the places where one starts, not every
    /// position of the lines that hold a literal.
    static func triggers(of source: String) -> (literals: Set<String>, matchesStartWithOne: Bool, starts: Set<String>?)? {
        guard let found = literalTriggers(of: source) else { return nil }
        func strings(_ set: Set<Literal>) -> Set<String> {
            Set(set.map { literal in var text = ""; text.unicodeScalars.append(contentsOf: literal); return text })
        }
        return (strings(found.literals), found.matchesStartWithOne, found.starts.map(strings))
    }

    /// `triggers(of:)` as scalars, the form the parser works in.
    static func literalTriggers(of source: String) -> (literals: Set<Literal>, matchesStartWithOne: Bool, starts: Set<Literal>?)? {
        if source.includes("(?i") || source.includes("(?x") { return nil }
        var parser = Parser(Array(source.unicodeScalars))
        guard let info = parser.alternation(), parser.atEnd, let best = info.best else { return nil }
        return (best, info.bestIsPrefix, info.bestIsPrefix ? best : info.starts)
    }

    /// A literal as scalars: sets of these hash far faster than sets of Strings (no Unicode
    /// normalisation), and the prefilter of every rule regex is worked out at each start.
    typealias Literal = [Unicode.Scalar]

    private struct Parser {
        let scalars: [Unicode.Scalar]
        var position = 0

        init(_ scalars: [Unicode.Scalar]) { self.scalars = scalars }

        var atEnd: Bool { position >= scalars.count }

        /// Whether the sequence being read ends here.
        var atSequenceEnd: Bool { atEnd || scalars[position] == "|" || scalars[position] == ")" }

        /// `a|b|c`: a match contains a literal of whichever branch matched, so the union; a
        /// branch with no known literal makes the whole unknown.
        mutating func alternation() -> Info? {
            var exact: Set<Literal>? = []
            var required: Set<Literal>? = []
            var requiredIsPrefix = true
            var starts: Set<Literal>? = []
            while true {
                guard let branch = sequence() else { return nil }
                // Grown in place: a union made anew at each branch copied the set every time, which
                // over a long alternation (`覆盖|接种|知晓|…`) was quadratic.
                if let branchExact = branch.exact, exact != nil {
                    exact!.formUnion(branchExact)
                    if exact!.count > exactLimit { exact = nil }
                } else {
                    exact = nil
                }
                if let best = branch.best { required?.formUnion(best) } else { required = nil }
                requiredIsPrefix = requiredIsPrefix && branch.bestIsPrefix
                if let branchStarts = branch.starts { starts?.formUnion(branchStarts) } else { starts = nil }
                if !atEnd, scalars[position] == "|" {
                    position += 1
                    continue
                }
                return Info(exact: exact, required: required, requiredIsPrefix: required != nil && requiredIsPrefix, prefix: starts)
            }
        }

        /// A sequence of atoms: exact pieces multiplied out into runs, the most selective run or
        /// required set among them kept.
        mutating func sequence() -> Info? {
            var run: Set<Literal> = [[]]
            // Whether the run began where the sequence's match begins: only text matched from
            // there on has been multiplied into it.
            var runIsPrefix = true
            var best: Set<Literal>?
            var bestIsPrefix = false
            // What every match starts with, found from the run or part at the sequence's start.
            var prefix: Set<Literal>?
            var wholeIsExact = true
            var isFirst = true
            func consider(_ candidate: Set<Literal>?, isPrefix: Bool) {
                if let candidate = candidate.flatMap(Info.usable), Info.isBetter(candidate, than: best) {
                    best = candidate
                    bestIsPrefix = isPrefix
                }
            }
            func append(_ exact: Set<Literal>) {
                if let joined = Info.product(run, exact) {
                    run = joined
                } else {
                    if runIsPrefix { prefix = Info.usable(run) }
                    consider(run, isPrefix: runIsPrefix)
                    run = exact
                    runIsPrefix = false
                    wholeIsExact = false
                }
            }
            func breakRun(required: Info?) {
                // A part's own literals start the sequence's match only if nothing came before it.
                let requiredIsPrefix = runIsPrefix && run == [[]] && (required?.bestIsPrefix ?? false)
                if runIsPrefix { prefix = run == [[]] ? required?.starts : Info.usable(run) }
                consider(run, isPrefix: runIsPrefix)
                consider(required?.best, isPrefix: requiredIsPrefix)
                run = [[]]
                runIsPrefix = false
                wholeIsExact = false
            }
            // Plain characters read since the run was last multiplied out, appended as one string:
            // the run times c1 then c2 is the run times c1c2, also past the limit (the run is then
            // the string alone either way), and a set was made and hashed for every character.
            var pending: Literal = []
            func flush() {
                guard !pending.isEmpty else { return }
                append([pending])
                pending.removeAll(keepingCapacity: true)
            }
            while !atSequenceEnd {
                if let plain = plainCharacter() {
                    pending.append(plain)
                    isFirst = false
                    continue
                }
                flush()
                guard let atom = atom() else { return nil }
                guard let repetition = quantifier() else { return nil }
                defer { isFirst = false }
                var info: Info
                switch atom {
                case .info(let inner):
                    info = inner
                case .lookaround(let inner, let behind):
                    // Text beside the match, usable only where it touches the sequence's edge.
                    let touchesEdge = behind ? isFirst : atSequenceEnd
                    guard touchesEdge, repetition == .once, let exact = inner.exact else { continue }
                    append(exact)
                    // Text before the match: its literals no longer start where the match does.
                    if behind { runIsPrefix = false }
                    wholeIsExact = false
                    continue
                }
                switch repetition {
                case .once:
                    break
                case .optional:
                    info = Info(exact: info.exact.map { $0.union([[]]) }, required: nil)
                case .between(let low, let high):
                    info = Info(exact: info.exact.flatMap { Self.repeated($0, low, high) }, required: low > 0 ? info.best : nil,
                                requiredIsPrefix: low > 0 && info.bestIsPrefix)
                case .atLeast(let low):
                    // The first copies are text the run goes on with; what follows is unknown.
                    if low > 0, let exact = info.exact, let copies = Self.repeated(exact, low, low) {
                        append(copies)
                        breakRun(required: nil)
                    } else {
                        breakRun(required: low > 0 ? info : nil)
                    }
                    continue
                }
                if let exact = info.exact { append(exact) } else { breakRun(required: info) }
            }
            flush()
            if runIsPrefix { prefix = Info.usable(run) }
            consider(run, isPrefix: runIsPrefix)
            return Info(exact: wholeIsExact ? run : nil, required: best, requiredIsPrefix: best != nil && bestIsPrefix, prefix: prefix)
        }

        /// `set` repeated `low` to `high` times, or `nil` past the limit.
        static func repeated(_ set: Set<Literal>, _ low: Int, _ high: Int) -> Set<Literal>? {
            guard high <= 4 else { return nil }
            var result: Set<Literal> = low == 0 ? [[]] : []
            var power: Set<Literal> = [[]]
            for count in 1...max(high, 1) where high > 0 {
                guard let next = Info.product(power, set) else { return nil }
                power = next
                if count >= low { result.formUnion(power) }
                if result.count > exactLimit { return nil }
            }
            return result
        }

        /// The character at the position, read past, when it is a literal matched once: not
        /// syntax and no quantifier after it (what `atom()` and `quantifier()` read as an exact
        /// one-character string, once).
        mutating func plainCharacter() -> Unicode.Scalar? {
            let scalar = scalars[position]
            guard !Self.syntax.contains(scalar) else { return nil }
            if position + 1 < scalars.count, Self.quantifiers.contains(scalars[position + 1]) { return nil }
            position += 1
            return scalar
        }

        private static let syntax: Set<Unicode.Scalar> = ["\\", "[", "(", ".", "^", "$", "*", "+", "?", "{", ")", "|"]
        private static let quantifiers: Set<Unicode.Scalar> = ["?", "*", "+", "{"]

        enum Atom {
            case info(Info)
            /// A positive lookaround: `behind` for `(?<=…)`.
            case lookaround(Info, behind: Bool)
        }

        enum Repetition: Equatable {
            case once, optional
            case between(Int, Int)
            case atLeast(Int)
        }

        /// The character of `\u` and four hex digits at `position`, which it passes; nil (and
        /// `position` unmoved) for any other form.
        mutating func codedScalar() -> Unicode.Scalar? {
            guard position + 4 <= scalars.count else { return nil }
            let digits = String(String.UnicodeScalarView(scalars[position..<position + 4]))
            guard digits.unicodeScalars.allSatisfy(\.properties.isASCIIHexDigit), let code = UInt32(digits, radix: 16),
                  let scalar = Unicode.Scalar(code) else { return nil }
            position += 4
            return scalar
        }

        mutating func atom() -> Atom? {
            let scalar = scalars[position]
            position += 1
            switch scalar {
            case "\\":
                guard !atEnd else { return nil }
                let escaped = scalars[position]
                position += 1
                if "bBAzZG".unicodeScalars.contains(escaped) { return .info(.empty) }
                if "dDsSwWntr".unicodeScalars.contains(escaped) { return .info(.opaque) }
                // `\u200B`: one character by its code, as the rules write invisible ones.
                if escaped == "u", let coded = codedScalar() { return .info(Info(exact: [[coded]], required: nil)) }
                if "pPxuNQEk0123456789".unicodeScalars.contains(escaped) { return nil }
                return .info(Info(exact: [[escaped]], required: nil))
            case "[":
                return characterClass().map { .info($0) }
            case "(":
                return group()
            case ".":
                return .info(.opaque)
            case "^", "$":
                return .info(.empty)
            case "*", "+", "?", "{", ")", "|":
                return nil
            default:
                return .info(Info(exact: [[scalar]], required: nil))
            }
        }

        /// `(…)`, `(?:…)` and the four lookarounds; other group kinds are not understood.
        mutating func group() -> Atom? {
            enum Kind { case plain, ahead, behind, negative }
            var kind = Kind.plain
            if !atEnd, scalars[position] == "?" {
                position += 1
                guard !atEnd else { return nil }
                switch scalars[position] {
                case ":": position += 1
                case "=": position += 1; kind = .ahead
                case "!": position += 1; kind = .negative
                case "<":
                    position += 1
                    guard !atEnd else { return nil }
                    switch scalars[position] {
                    case "=": kind = .behind
                    case "!": kind = .negative
                    default: return nil
                    }
                    position += 1
                default: return nil
                }
            }
            guard let inner = alternation(), !atEnd, scalars[position] == ")" else { return nil }
            position += 1
            switch kind {
            case .plain: return .info(inner)
            case .ahead: return .lookaround(inner, behind: false)
            case .behind: return .lookaround(inner, behind: true)
            case .negative: return .info(.empty)
            }
        }

        /// `\t`, `\n`, `\r`: the characters they stand for.
        private static let controls: [Unicode.Scalar: Unicode.Scalar] = ["t": "\t", "n": "\n", "r": "\r"]

        /// `[abc]`: one of its characters; negated or ranged classes name none.
        mutating func characterClass() -> Info? {
            var members: Set<Literal> = []
            var plain = true
            if !atEnd, scalars[position] == "^" {
                plain = false
                position += 1
            }
            var first = true
            while !atEnd {
                let scalar = scalars[position]
                position += 1
                if scalar == "]", !first {
                    return plain && members.count <= 16 ? Info(exact: members, required: nil) : .opaque
                }
                first = false
                if scalar == "\\" {
                    guard !atEnd else { return nil }
                    let escaped = scalars[position]
                    position += 1
                    if let control = Self.controls[escaped] {
                        members.insert([control])
                    } else if escaped == "u", let coded = codedScalar() {
                        members.insert([coded])
                    } else if "dDsSwWpPxuNQEk".unicodeScalars.contains(escaped) {
                        plain = false
                    } else {
                        members.insert([escaped])
                    }
                } else if scalar == "-", !members.isEmpty, !atEnd, scalars[position] != "]" {
                    plain = false
                } else if scalar == "[" {
                    return nil
                } else {
                    members.insert([scalar])
                }
            }
            return nil
        }

        /// The quantifier after an atom, if any; `nil` for one it cannot read.
        mutating func quantifier() -> Repetition? {
            guard !atEnd else { return .once }
            var repetition: Repetition
            switch scalars[position] {
            case "?":
                position += 1
                repetition = .optional
            case "*":
                position += 1
                repetition = .atLeast(0)
            case "+":
                position += 1
                repetition = .atLeast(1)
            case "{":
                var digits = ""
                position += 1
                while !atEnd, scalars[position] != "}" {
                    digits.unicodeScalars.append(scalars[position])
                    position += 1
                }
                guard !atEnd else { return nil }
                position += 1
                let bounds = digits.split(separator: ",", omittingEmptySubsequences: false)
                guard let low = Int(bounds.first ?? ""), low >= 0, bounds.count <= 2 else { return nil }
                if bounds.count == 1 {
                    repetition = .between(low, low)
                } else if bounds[1].isEmpty {
                    repetition = .atLeast(low)
                } else {
                    guard let high = Int(bounds[1]), high >= low else { return nil }
                    repetition = .between(low, high)
                }
            default:
                return .once
            }
            // Lazy and possessive forms do not change what is required.
            if !atEnd, scalars[position] == "?" || scalars[position] == "+" { position += 1 }
            return repetition
        }
    }
}
