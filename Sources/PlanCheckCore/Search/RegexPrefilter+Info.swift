extension RegexPrefilter {
    /// What is known of one part of a regex.
    struct Info {
        /// Every string the part can match, when that set is finite and small.
        var exact: Set<Literal>?
        /// Literals one of which every match of the part contains, when known.
        var required: Set<Literal>?
        /// Whether every match of the part starts with one of `required`.
        var requiredIsPrefix = false
        /// Literals one of which every match of the part starts with, when known and not
        /// already `exact` or `required`.
        var prefix: Set<Literal>?

        static let opaque = Info(exact: nil, required: nil)
        static let empty = Info(exact: [[]], required: nil)

        /// The most selective literals this part guarantees.
        var best: Set<Literal>? { exact.flatMap(Info.usable) ?? required }

        /// Whether every match of the part starts with one of `best` (an exact set is the whole
        /// match).
        var bestIsPrefix: Bool { exact.flatMap(Info.usable) != nil || requiredIsPrefix }

        /// The literals every match of the part starts with one of, when known.
        var starts: Set<Literal>? { bestIsPrefix ? best : prefix }

        /// A set can trigger a search only if none of its strings is empty.
        static func usable(_ set: Set<Literal>) -> Set<Literal>? {
            set.isEmpty || set.contains([]) ? nil : set
        }

        /// Whether `candidate` narrows the lines to search more than `current`: longer shortest
        /// string first, then fewer strings.
        static func isBetter(_ candidate: Set<Literal>, than current: Set<Literal>?) -> Bool {
            guard let current else { return true }
            let candidateLength = candidate.map(\.count).min() ?? 0
            let currentLength = current.map(\.count).min() ?? 0
            if candidateLength != currentLength { return candidateLength > currentLength }
            return candidate.count < current.count
        }

        /// Every string of `left` followed by every string of `right`, or `nil` past the limit.
        static func product(_ left: Set<Literal>, _ right: Set<Literal>) -> Set<Literal>? {
            guard left.count * right.count <= exactLimit else { return nil }
            // The empty string is the identity: every run starts as it.
            if left.count == 1, left.first!.isEmpty { return right }
            if right.count == 1, right.first!.isEmpty { return left }
            // Sized once: grown insert by insert, the set rehashed every string several times.
            var result = Set<Literal>(minimumCapacity: left.count * right.count)
            for head in left { for tail in right { result.insert(head + tail) } }
            return result
        }
    }
}
