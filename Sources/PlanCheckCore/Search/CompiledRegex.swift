import Foundation
#if canImport(_FoundationICU)
import _FoundationICU
#endif

/// A rule's regular expression, compiled once and shared by all worker threads; each search
/// runs on a `Searcher` of its own (a matcher holds state, so it is never shared).
///
/// On Linux the searcher drives ICU (the engine under NSRegularExpression) directly over the
/// document's UTF-16 units: NSRegularExpression would bridge the text to an NSString and copy
/// it for every line searched, and its progress callback read the clock at every position,
/// together a tenth of all checking time. Elsewhere NSRegularExpression does the work. (The
/// toolchain's ICU renames its C functions with a `swift_` prefix by macros Swift cannot see,
/// hence `swift_uregex_open` for `uregex_open`.)
///
/// A rule's author can write a regex that backtracks catastrophically (`(a+)+$` over a long run
/// of `a`): ICU would then search for longer than the universe has. A searcher's searches share
/// one budget of backtracking steps, counted rather than timed so that the same input gives the
/// same findings on a busy machine: ICU reports every 10,000 saved states of one call, and a
/// call that reports none may have made up to 10,000, so each call is charged 10,000 more than
/// it reported (a regex that backtracks a little on each of 400,000 lines is stopped too). Once
/// the budget is spent the search stops; the matches found so far are kept and the result says
/// it stopped.
package final class CompiledRegex: @unchecked Sendable {
    /// What one search found.
    package struct Scan: Sendable, Equatable {
        /// Non-overlapping, non-empty matches (UTF-16 offsets), in order.
        package var ranges: [Range<Int>]
        /// Whether the search was cut off at its time limit: `ranges` then holds only the
        /// matches found before it, and the text after them was not searched.
        package var exceededLimit: Bool
    }

    /// How many backtracking steps one rule's regex may take over one document before it is
    /// stopped: 10,000 searches of a line, about a second for a regex tuned to backtrack just
    /// under ICU's report on every line. Real rules over real plans take a few hundred searches.
    package static let stepLimit = 100_000_000

    /// How many saved states ICU counts between two calls of its match callback.
    static let stepsPerReport = 10_000

    package let source: String
    /// Literals every match contains (folded UTF-16, in a fixed order), when they can be named:
    /// the regex then only runs on lines holding one of them.
    package let requiredLiterals: [[UInt16]]?
    /// Whether every match also starts where one of `requiredLiterals` does: a search then only
    /// tries the places where one starts (see `Searcher.scan(_:at:deadline:)`).
    package let matchesStartAtTrigger: Bool
    /// When matches do not start at the required literals but every match starts with one of
    /// these (folded, in a fixed order): `(?:达到|为)\s*%` is searched on the lines that hold `%`,
    /// and only where 达到 or 为 starts.
    package let startLiterals: [[UInt16]]?
    #if canImport(_FoundationICU)
    /// The compiled pattern, only ever cloned (ICU allows cloning from several threads); compiled
    /// when first needed for a regex made with `deferred`, else at once.
    private var compiledPattern: OpaquePointer?
    /// Why the pattern did not compile, once it was tried.
    private var compileError: CompiledRegexError?
    private var compileTried = false
    private let compileLock = NSLock()
    /// Matchers that ended their searches, for the next document's searcher.
    private let matchers = MatcherPool()
    #else
    private let expression: NSRegularExpression
    #endif

    /// Whether the regex matches the empty text (a rule regex that does would match everywhere).
    package var matchesEmptyText: Bool {
        #if canImport(_FoundationICU)
        guard let compiled = try? icuPattern() else { return false }
        let nothing: [UInt16] = [0]
        return nothing.withUnsafeBufferPointer { buffer in
            var status = U_ZERO_ERROR
            guard let matcher = swift_uregex_clone(compiled, &status) else { return false }
            defer { swift_uregex_close(matcher) }
            swift_uregex_setText(matcher, buffer.baseAddress, 0, &status)
            return swift_uregex_findNext(matcher, &status) != 0
        }
        #else
        expression.firstMatch(in: "", range: NSRange(location: 0, length: 0)) != nil
        #endif
    }

    /// The compiled form of `source`, compiled once per process: the rule loader checks every
    /// regex by compiling it, and the matcher needs the same compiled regex again.
    package static func compiled(_ source: String) throws -> CompiledRegex {
        try cache.compiled(source, deferring: false)
    }

    /// `compiled(_:)` for a regex already known to compile (the bundled rules, checked by their
    /// tests): its literals are read now, and the pattern is compiled only when a document holds
    /// one of them. Compiling every bundled regex was a tenth of checking one document.
    package static func deferred(_ source: String, triggers: RegexTriggers? = nil) throws -> CompiledRegex {
        try cache.compiled(source, deferring: true, triggers: triggers)
    }

    /// `deferred(_:)` for each of `sources`, shared among the processors: reading the literals
    /// of every bundled regex is a seventh of checking one document, and the matcher that needs
    /// them waits for it. A source that does not compile is left for `deferred(_:)` to report.
    package static func prepareDeferred(_ sources: [String]) {
        let shares = min(ProcessInfo.processInfo.activeProcessorCount, 4)
        guard shares > 1, sources.count > 1 else { return }
        DispatchQueue.concurrentPerform(iterations: shares) { share in
            for index in stride(from: share, to: sources.count, by: shares) { _ = try? deferred(sources[index]) }
        }
    }

    /// Sets up what ICU builds once for its first regex (its sets of character classes: more than
    /// any one regex costs), so that a thread with time to spare pays it rather than the first
    /// document's search.
    package static func warmUp() {
        #if canImport(_FoundationICU)
        let units = Array("a".utf16)
        var status = U_ZERO_ERROR
        var parseError = UParseError()
        if let compiled = swift_uregex_open(units, Int32(units.count), 0, &parseError, &status) { swift_uregex_close(compiled) }
        #endif
    }

    /// Compiles the pattern if it was deferred, and throws why it does not compile.
    package func validate() throws {
        #if canImport(_FoundationICU)
        _ = try icuPattern()
        #endif
    }

    #if canImport(_FoundationICU)
    /// The ICU pattern, compiled the first time it is asked for.
    private func icuPattern() throws -> OpaquePointer {
        compileLock.lock()
        defer { compileLock.unlock() }
        if !compileTried {
            compileTried = true
            let units = Array(source.utf16)
            var status = U_ZERO_ERROR
            var parseError = UParseError()
            let compiled = swift_uregex_open(units, Int32(units.count), 0, &parseError, &status)
            if let compiled, status.rawValue <= U_ZERO_ERROR.rawValue {
                compiledPattern = compiled
            } else {
                if let compiled { swift_uregex_close(compiled) }
                compileError = CompiledRegexError(source: source, status: status, utf16Offset: Int(parseError.offset))
            }
        }
        if let compiledPattern { return compiledPattern }
        throw compileError ?? CompiledRegexError(source: source, reason: "not compiled")
    }
    #endif

    package convenience init(_ source: String) throws {
        try self.init(source, deferringCompilation: false)
    }

    /// `triggers`: the prefilter's reading of `source` made ahead (`RegexTriggers`), else it is read now.
    init(_ source: String, deferringCompilation: Bool, triggers known: RegexTriggers? = nil) throws {
        self.source = source
        // The bundled regexes' readings come made ahead; any other is read now (few: a user's rules).
        let triggers = known ?? RegexTriggers.read(source)
        func folded(_ literals: [String]) -> [[UInt16]] {
            var folded = literals.map { TextNormalizer.fold(Array($0.utf16)) }
            folded.sort { $0.lexicographicallyPrecedes($1) }
            // Folding can make two literals one (`Ｘ` and `X`): each is kept once (in place: this
            // runs for every trigger of every bundled regex at start).
            var kept = 0
            for index in folded.indices where kept == 0 || folded[kept - 1] != folded[index] {
                folded.swapAt(kept, index)
                kept += 1
            }
            folded.removeLast(folded.count - kept)
            return folded
        }
        self.requiredLiterals = triggers.literals.isEmpty ? nil : folded(triggers.literals)
        // Folding keeps the property: a match in folded text can only start with a literal that
        // folding leaves as it is.
        self.matchesStartAtTrigger = !triggers.literals.isEmpty && triggers.matchesStartWithOne
        self.startLiterals = matchesStartAtTrigger || triggers.literals.isEmpty ? nil : triggers.starts.map(folded)
        #if canImport(_FoundationICU)
        if !deferringCompilation { try validate() }
        #else
        do {
            expression = try NSRegularExpression(pattern: source)
        } catch {
            throw CompiledRegexError(source: source, reason: error.localizedDescription)
        }
        #endif
    }

    #if canImport(_FoundationICU)
    deinit { if let compiledPattern { swift_uregex_close(compiledPattern) } }
    #endif

    /// Non-overlapping matches within `range` of `text` (UTF-16 offsets), searching for at most
    /// `CompiledRegex.stepLimit` steps; after that the matches found so far.
    package func matches(in text: String, range: Range<Int>) -> [Range<Int>] {
        scan(text, range: range).ranges
    }

    /// Non-overlapping matches within `range` of `text` (UTF-16 offsets), stopping after `stepLimit` steps.
    package func scan(_ text: String, range: Range<Int>, stepLimit: Int = CompiledRegex.stepLimit) -> Scan {
        let units = Array(text.utf16)
        return units.withUnsafeBufferPointer { buffer in
            searcher(over: buffer, stepLimit: stepLimit).scan(range)
        }
    }

    /// A searcher of this regex over `text`, which must stay valid while the searcher is used.
    /// All its searches share one budget of `stepLimit` steps, so that the limit holds per rule
    /// and document however many lines are searched.
    package func searcher(over text: UnsafeBufferPointer<UInt16>, stepLimit: Int = CompiledRegex.stepLimit) -> Searcher {
        #if canImport(_FoundationICU)
        // A deferred pattern that does not compile finds nothing (the bundled rules' tests
        // compile every one of theirs).
        Searcher(pattern: try? icuPattern(), pool: matchers, text: text, stepLimit: stepLimit)
        #else
        Searcher(expression: expression, text: text, stepLimit: stepLimit)
        #endif
    }

    /// One thread's search of one text.
    package final class Searcher {
        /// Steps left for this searcher's searches.
        private var stepsLeft: Int
        /// Whether a search has stopped for want of steps; every later search then finds nothing.
        package private(set) var isExhausted = false
        #if canImport(_FoundationICU)
        private let matcher: OpaquePointer?
        /// Where `matcher` goes back when this searcher ends.
        private let pool: MatcherPool
        private let text: UnsafeBufferPointer<UInt16>
        /// The reports ICU has made in the current call (its count starts again at every call).
        private var reportsInCall = 0

        fileprivate init(pattern: OpaquePointer?, pool: MatcherPool, text: UnsafeBufferPointer<UInt16>, stepLimit: Int) {
            var status = U_ZERO_ERROR
            let matcher = pattern.flatMap { pool.take(cloning: $0, status: &status) }
            self.pool = pool
            self.text = text
            self.stepsLeft = stepLimit
            guard let matcher, status.rawValue <= U_ZERO_ERROR.rawValue else {
                if let matcher { swift_uregex_close(matcher) }
                self.matcher = nil
                return
            }
            self.matcher = matcher
            swift_uregex_setMatchCallback(matcher, { context, reports in
                guard let context else { return 1 }
                let searcher = Unmanaged<Searcher>.fromOpaque(context).takeUnretainedValue()
                searcher.reportsInCall = Int(reports)
                return searcher.cost(ofCallWith: Int(reports)) < searcher.stepsLeft ? 1 : 0
            }, Unmanaged.passUnretained(self).toOpaque(), &status)
        }

        deinit { if let matcher { pool.giveBack(matcher) } }

        /// Non-overlapping, non-empty matches within `range`, while steps are left.
        package func scan(_ range: Range<Int>) -> Scan {
            var result = Scan(ranges: [], exceededLimit: isExhausted)
            var status = U_ZERO_ERROR
            guard let (matcher, range) = begin(range, status: &status) else { return result }
            while status.rawValue <= U_ZERO_ERROR.rawValue, call({ swift_uregex_findNext(matcher, &status) }) != 0 {
                let found = lastMatch(matcher, in: range, status: &status)
                if !found.isEmpty { result.ranges.append(found) }
            }
            result.exceededLimit = finish(status)
            return result
        }

        /// `scan(_:)` for a regex whose every match starts at one of `starts` (ascending offsets
        /// inside `range`; see `matchesStartAtTrigger`). Each place is tried anchored, which is
        /// the attempt a scan from the start of the range makes there, and places inside a match
        /// found are passed over as the scan passes over them: the same matches, without trying
        /// every position of a long line.
        package func scan(_ range: Range<Int>, at starts: ArraySlice<Int>) -> Scan {
            var result = Scan(ranges: [], exceededLimit: isExhausted)
            var status = U_ZERO_ERROR
            guard let (matcher, range) = begin(range, status: &status) else { return result }
            var cursor = range.lowerBound
            for start in starts where start >= cursor && start < range.upperBound {
                guard status.rawValue <= U_ZERO_ERROR.rawValue else { break }
                guard call({ swift_uregex_lookingAt(matcher, Int32(start - range.lowerBound), &status) }) != 0 else { continue }
                let found = lastMatch(matcher, in: range, status: &status)
                if !found.isEmpty {
                    result.ranges.append(found)
                    cursor = found.upperBound
                }
            }
            result.exceededLimit = finish(status)
            return result
        }

        /// What a call that ICU reported on `reports` times is charged: a call may make up to
        /// one report's worth of steps without reporting.
        private func cost(ofCallWith reports: Int) -> Int {
            (reports + 1) * CompiledRegex.stepsPerReport
        }

        /// One call into ICU (it may search for several steps), charged to the budget.
        private func call(_ body: () -> UBool) -> UBool {
            guard stepsLeft > 0 else { return 0 }
            reportsInCall = 0
            let found = body()
            stepsLeft -= cost(ofCallWith: reportsInCall)
            return found
        }

        /// Whether the searches stopped for want of steps, remembering it.
        private func finish(_ status: UErrorCode) -> Bool {
            if Self.stoppedAtLimit(status) || stepsLeft <= 0 { isExhausted = true }
            return isExhausted
        }

        /// Points the matcher at `range` of the text (clamped); nil when there is nothing to
        /// search or no steps are left.
        private func begin(_ range: Range<Int>, status: inout UErrorCode) -> (matcher: OpaquePointer, range: Range<Int>)? {
            let range = range.clamped(to: 0..<text.count)
            guard let matcher, let base = text.baseAddress, !range.isEmpty, !isExhausted else { return nil }
            // The range alone is the text, as NSRegularExpression hands ICU a copy of it: a
            // lookbehind cannot see the line before (an ICU region would let it).
            swift_uregex_setText(matcher, base + range.lowerBound, Int32(clamping: range.count), &status)
            return (matcher, range)
        }

        /// The match just found, in offsets of the whole text.
        private func lastMatch(_ matcher: OpaquePointer, in range: Range<Int>, status: inout UErrorCode) -> Range<Int> {
            let start = Int(swift_uregex_start(matcher, 0, &status))
            let end = Int(swift_uregex_end(matcher, 0, &status))
            return (range.lowerBound + start)..<(range.lowerBound + max(start, end))
        }

        /// Whether a search ended because the callback stopped it for want of steps.
        private static func stoppedAtLimit(_ status: UErrorCode) -> Bool {
            status == U_REGEX_STOPPED_BY_CALLER || status == U_REGEX_TIME_OUT
        }
        #else
        private let expression: NSRegularExpression
        private let text: String

        fileprivate init(expression: NSRegularExpression, text: UnsafeBufferPointer<UInt16>, stepLimit: Int) {
            self.expression = expression
            self.text = String(decoding: text, as: UTF16.self)
            self.stepsLeft = stepLimit
        }

        /// Non-overlapping, non-empty matches within `range`, while steps are left. Foundation
        /// does not count steps: each progress report is charged as ICU's would be.
        package func scan(_ range: Range<Int>) -> Scan {
            var result = Scan(ranges: [], exceededLimit: isExhausted)
            guard !isExhausted else { return result }
            let searched = NSRange(location: range.lowerBound, length: range.count)
            stepsLeft -= CompiledRegex.stepsPerReport
            expression.enumerateMatches(in: text, options: [.reportProgress], range: searched) { match, _, stop in
                if let found = match?.range, found.location != NSNotFound, found.length > 0 {
                    result.ranges.append(found.location..<(found.location + found.length))
                }
                stepsLeft -= CompiledRegex.stepsPerReport
                if stepsLeft <= 0 { stop.pointee = true }
            }
            if stepsLeft <= 0 { isExhausted = true }
            result.exceededLimit = isExhausted
            return result
        }

        /// `scan(_:)`: NSRegularExpression cannot be asked to try given places only.
        package func scan(_ range: Range<Int>, at starts: ArraySlice<Int>) -> Scan {
            scan(range)
        }
        #endif
    }
}
