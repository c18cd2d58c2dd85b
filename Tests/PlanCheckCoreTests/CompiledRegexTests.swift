import Foundation
import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
@testable import PlanCheckRules
@testable import PlanCheckChecks
@testable import PlanCheckEngine
@testable import PlanCheckReporters
@testable import PlanCheckAudit
import PlanCheckTestSupport

/// Rule regexes search a document's folded UTF-16 units in place, line by line.
@Suite struct CompiledRegexTests {
    @Test func offsetsAreUTF16UnitsOfTheWholeText() throws {
        let regex = try CompiledRegex("卫生(健康)?执法")
        let text = "一、😀卫生执法\n二、卫生健康执法"
        #expect(regex.matches(in: text, range: 0..<text.utf16.count) == [4..<8, 11..<17])
    }

    @Test func aLoneSurrogateKeepsEveryOffset() throws {
        let units: [UInt16] = [0x4E00, 0xD800, 0x4E8C, 0xDC00, 0x4E8C]
        let regex = try CompiledRegex("二")
        let scan = units.withUnsafeBufferPointer { regex.searcher(over: $0).scan(0..<units.count) }
        #expect(scan.ranges == [2..<3, 4..<5])
    }

    /// A searched line is a region with opaque bounds: lookbehind cannot see the line before,
    /// `^` and `$` hold at the line's ends, and nothing outside the range is returned.
    @Test func aRangeIsSearchedOnItsOwn() throws {
        let text = "局年工作计划\n办年工作计划"
        let units = Array(text.utf16)
        let lookbehind = try CompiledRegex("(?<=[局委院办])年")
        let anchored = try CompiledRegex("^办年|计划$")
        units.withUnsafeBufferPointer { buffer in
            let searcher = lookbehind.searcher(over: buffer)
            #expect(searcher.scan(1..<6).ranges == [])
            #expect(searcher.scan(7..<13).ranges == [8..<9])
            let anchors = anchored.searcher(over: buffer)
            #expect(anchors.scan(7..<13).ranges == [7..<9, 11..<13])
            #expect(anchors.scan(0..<5).ranges == [])
        }
    }

    @Test func emptyMatchesAreSkipped() throws {
        let regex = try CompiledRegex("x*")
        #expect(regex.matches(in: "axxb x", range: 0..<6) == [1..<3, 5..<6])
    }

    @Test func aPatternICURefusesThrows() {
        #expect(throws: CompiledRegexError.self) { try CompiledRegex("(unclosed") }
    }

    @Test func knowsWhetherItMatchesTheEmptyText() throws {
        #expect(try CompiledRegex("x*").matchesEmptyText)
        #expect(try CompiledRegex("^$").matchesEmptyText)
        #expect(try !CompiledRegex("卫生").matchesEmptyText)
        #expect(try !CompiledRegex("(?=a)").matchesEmptyText)
    }

    /// The loader and the matcher share one compiled regex per source.
    @Test func aSourceIsCompiledOnce() throws {
        let first = try CompiledRegex.compiled("应急(预案|演练)")
        #expect(try CompiledRegex.compiled("应急(预案|演练)") === first)
        #expect(try CompiledRegex.compiled("应急(预案)") !== first)
        #expect(throws: CompiledRegexError.self) { try CompiledRegex.compiled("(unclosed") }
    }

    /// A bundled rule's regex is compiled when first searched with; asked for as a checked
    /// regex later, it is compiled then and reports why it does not compile.
    @Test func aDeferredRegexCompilesWhenFirstNeeded() throws {
        let deferred = try CompiledRegex.deferred("院感(督查|自查)")
        #expect(deferred.requiredLiterals?.count == 2)
        #expect(deferred.matches(in: "每月开展院感自查。", range: 0..<9) == [4..<8])
        #expect(try CompiledRegex.compiled("院感(督查|自查)") === deferred)
        let broken = try CompiledRegex.deferred("(院感未闭合")
        #expect(broken.matches(in: "(院感未闭合", range: 0..<6).isEmpty)
        #expect(throws: CompiledRegexError.self) { try CompiledRegex.compiled("(院感未闭合") }
    }

    /// Regexes prepared side by side are the ones asked for afterwards, with the literals read
    /// one by one; a pattern that does not compile is still reported when asked for as checked.
    @Test func regexesPreparedSideBySideAreTheOnesAskedFor() throws {
        let sources = (1...24).map { "疫苗接种\($0)(?:剂|人)次" } + ["(接种未闭合"]
        CompiledRegex.prepareDeferred(sources)
        for source in sources.dropLast() {
            let prepared = try CompiledRegex.deferred(source)
            #expect(try CompiledRegex.deferred(source) === prepared)
            #expect(prepared.requiredLiterals == RegexPrefilter.requiredLiterals(of: source).map { literals in
                literals.map { TextNormalizer.fold(Array($0.utf16)) }.sorted { $0.lexicographicallyPrecedes($1) }
            })
        }
        #expect(throws: CompiledRegexError.self) { try CompiledRegex.compiled("(接种未闭合") }
    }

    /// Every bundled rule loads the same without checking its regexes as with, and each of
    /// those regexes compiles (the bundled rules skip the check at every start).
    @Test func everyBundledRegexCompiles() throws {
        let checked = try RuleLoader.standard.defaultRules()
        let unchecked = try RuleLoader.standard.defaultRules(validatingRegexes: false)
        #expect(checked.map(\.id) == unchecked.map(\.id))
        var sources = 0
        for rule in unchecked {
            for case .regex(let source) in rule.searchPatterns {
                sources += 1
                let regex = try CompiledRegex.deferred(source)
                #expect(throws: Never.self) { try regex.validate() }
                #expect(!regex.matchesEmptyText, "\(rule.id): \(source)")
            }
        }
        #expect(sources > 50)
    }

    /// A regex whose matches start with one of its literals (its required ones, or start
    /// literals of its own), tried only where one starts, finds exactly what a scan of the whole
    /// line finds: every bundled such regex over every line of the examples and the shared seed
    /// plans, folded as the engine folds them.
    @Test func tryingOnlyWhereLiteralsStartFindsWhatAScanFinds() throws {
        let folders = [SharedCorpus.packageRoot.appendingPathComponent("examples")] + (SharedCorpus.isAvailable ? [SharedCorpus.seeds] : [])
        var lines: [[UInt16]] = []
        for folder in folders {
            for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".txt") || name.hasSuffix(".md") {
                let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
                lines += text.split(separator: "\n").map { TextNormalizer.fold(Array($0.utf16)) }
            }
        }
        // The examples alone (a clone without ../shared) give 36 lines and 19 comparisons.
        #expect(lines.count >= 30)
        var compared = 0
        for rule in try RuleLoader.standard.defaultRules() {
            for case .regex(let source) in rule.searchPatterns {
                let regex = try CompiledRegex.compiled(source)
                guard let literals = regex.matchesStartAtTrigger ? regex.requiredLiterals : regex.startLiterals else { continue }
                for line in lines {
                    let starts = line.indices.filter { start in
                        literals.contains { start + $0.count <= line.count && line[start..<(start + $0.count)].elementsEqual($0) }
                    }
                    guard !starts.isEmpty else { continue }
                    line.withUnsafeBufferPointer { buffer in
                        let searcher = regex.searcher(over: buffer)
                        let everywhere = searcher.scan(0..<line.count)
                        let atStarts = searcher.scan(0..<line.count, at: starts[...])
                        #expect(atStarts == everywhere, "\(source) on «\(String(decoding: line, as: UTF16.self))»")
                    }
                    compared += 1
                }
            }
        }
        #expect(compared >= 15)
    }
}
