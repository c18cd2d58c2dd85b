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

@Suite struct RegexPrefilterTests {
    @Test(arguments: [
        ("医院感染(?!性)", ["医院感染"]),
        ("卫生(健康)?(行政)?执法", ["卫生执法", "卫生健康执法", "卫生行政执法", "卫生健康行政执法"]),
        ("(?<=[局委])年(?=工作(?:计划|要点))", ["局年工作计划", "委年工作计划", "局年工作要点", "委年工作要点"]),
        ("率(?:达|为)(?=[,，])", ["率达,", "率达，", "率为,", "率为，"]),
        ("(?<!消防)应急(预案|演练)", ["应急预案", "应急演练"]),
        ("(?<![a-z])(?<!DOC)[xX×]+(?:[.:\\-+][xX×]+)*(?![a-z光线射])(?:人次|分钟)?", ["x", "X", "×"]),
        ("(?<![0-9*])\\*{3,}(?![0-9*])", ["***"]),
        ("(?:达到|达|为)\\s*(?:%|亿元)", ["%", "亿元"]),
        ("率[^，。；\\n0-9]{0,6}?[0-9]+(?:\\.[0-9]+)?\\s*%", ["率"]),
        ("ICP[备證证]", ["ICP备", "ICP證", "ICP证"]),
        ("第\\s*\\d+\\s*页", ["第"]),
        // A character by its code: an invisible one that may stand between two words.
        ("(?<!公共)卫\\u200B*生计\\u200B*生(?!委)", ["生计"]),
        ("a\\u0062c", ["abc"]),
        // Spaces written by code in a class, which stand between the words of a literal.
        ("、[ \\u3000]、", ["、 、", "、\u{3000}、"]),
        ("、[\\t\\u3000]?、", ["、、", "、\t、", "、\u{3000}、"]),
    ])
    func namesLiteralsEveryMatchContains(_ source: String, _ expected: [String]) {
        #expect(RegexPrefilter.requiredLiterals(of: source) == Set(expected))
    }

    /// Small finite pieces are multiplied out: a year with a blank is searched as 20xx年, not 20.
    @Test func multipliesOutSmallFinitePieces() throws {
        let year = try #require(RegexPrefilter.requiredLiterals(of: "(?:19|20)[xX×_]{1,2}年"))
        #expect(year.count == 2 * (4 + 16))
        #expect(year.isSuperset(of: ["20xx年", "19_年", "20X×年"]))
        #expect(year.allSatisfy { $0.count >= 4 })
        // Past the limit it falls back to a shorter factor rather than giving up.
        let wide = try #require(RegexPrefilter.requiredLiterals(of: "(宫颈癌|乳腺癌)[、和及与]?(宫颈癌|乳腺癌)?(筛查|检查)[一二三四五六七八九十]"))
        #expect(wide.count <= RegexPrefilter.exactLimit)
        #expect(wide.allSatisfy { $0.hasPrefix("宫颈癌") || $0.hasPrefix("乳腺癌") })
    }

    @Test(arguments: ["(?i)abc", "a|.", "[^x]+", "\\p{Han}+", "(a", "x*", "\\d+%?"])
    func givesUpWhenItCannotName(_ source: String) {
        #expect(RegexPrefilter.requiredLiterals(of: source) == nil)
    }

    /// Over generated lines, a regex never matches a line that has none of its literals.
    @Test func neverSkipsALineTheRegexMatches() throws {
        let sources = [
            "(?:19|20)[xX_]{1,2}年", "[xX]+[年月]?", "率[^，]{0,3}?[0-9]+%", "(达到|为)\\s*%", "a(b|c)+d",
            "(?<=[局委])年(?=工作(?:计划|要点))", "率(?:达|为)(?=[，,])", "a(?:(?<=a)b)c", "(?<!a)b(?=c)d?",
            "x{2,3}年", "(a|b)?c{0,2}d", "a\\u0020*b\\u0020*c", "a[ \\u3000]b",
        ]
        // Words, not characters, so that the longer literals turn up in the lines now and then.
        let words = ["20", "19", "x", "X", "_", "年", "月", "率", "达", "达到", "为", "%", "，", ",", "9", "a", "b", "c", "d", " ", "局", "委", "工作", "计划", "要点"]
        var generator = SplitMix(seed: 7)
        for source in sources {
            let literals = try #require(RegexPrefilter.requiredLiterals(of: source))
            let regex = try NSRegularExpression(pattern: source)
            // Mostly the regex's own words, so that it matches often enough to test something.
            let vocabulary = words.filter { $0.unicodeScalars.allSatisfy(source.unicodeScalars.contains) } + [" ", "9", "，"]
            var matched = 0
            for _ in 0..<2000 {
                let line = (0..<8).map { _ in vocabulary[Int(generator.next() % UInt64(vocabulary.count))] }.joined()
                guard regex.firstMatch(in: line, range: NSRange(location: 0, length: (line as NSString).length)) != nil else { continue }
                matched += 1
                #expect(literals.contains { line.contains($0) }, "\(source) matched «\(line)» without \(literals)")
            }
            #expect(matched > 0, "\(source) matched none of the generated lines")
        }
    }

    @Test(arguments: [
        ("中医(?!院|医院)", true),
        ("(?<![关热])爱卫", true),
        ("(?:19|20)[xX×_]{1,2}年", true),
        ("(?<![a-z])(?<!DOC)[xX×]+(?:[.:\\-+][xX×]+)*(?![a-z光线射])", true),
        ("率[^，。；\\n0-9]{0,6}?[0-9]+(?:\\.[0-9]+)?\\s*%", true),
        ("(城乡)?环境卫生(集中|综合)?(整治|整洁行动)", true),
        ("率(?:达|为)(?=[,，])", true),
        ("a|b.*c", true),
        ("(?:foo)?bar", true),
        // A lookbehind's text lies before the match.
        ("(?<=[局委])年(?=工作(?:计划|要点))", false),
        // The literals chosen come after something of unknown length.
        ("(宣传|普及)[^。]{0,30}健康理念", false),
        ("(?:达到|达|为)\\s*(?:%|亿元)", false),
        ("x*abc", false),
        ("a|.b", false),
    ])
    func tellsWhetherEveryMatchStartsWithALiteral(_ source: String, _ expected: Bool) throws {
        let triggers = try #require(RegexPrefilter.triggers(of: source))
        #expect(triggers.matchesStartWithOne == expected)
    }

    @Test(arguments: [
        ("(?:达到|达|为)\\s*(?:%|亿元)", ["达到", "达", "为"]),
        ("(宣传|普及)[^。]{0,30}健康理念", ["宣传", "普及"]),
        ("(?:局)?年\\s*工作", ["年", "局年"]),
        ("(?:电话|热线)\\s*[(（]\\s*[)）]", ["电话", "热线"]),
        ("中医(?!院|医院)", ["中医"]),
        // What comes first is unknown, empty or before the match.
        ("(?<=[局委])年(?=工作(?:计划|要点))", nil),
        ("x*abc", nil),
        ("a|.b", nil),
        ("(?:达到)?\\s*%", nil),
    ] as [(String, [String]?)])
    func namesWhatEveryMatchStartsWith(_ source: String, _ expected: [String]?) throws {
        let triggers = try #require(RegexPrefilter.triggers(of: source))
        #expect(triggers.starts == expected.map(Set.init))
    }

    /// Over generated lines, every match of a regex said to start with a literal does start
    /// with one: the regex's own words in the lines, and every bundled rule's regex.
    @Test func matchesStartWithALiteralWhenSaidTo() throws {
        let own = [
            "(?:19|20)[xX_]{1,2}年", "[xX]+[年月]?", "率[^，]{0,3}?[0-9]+%", "a(b|c)+d", "率(?:达|为)(?=[，,])",
            "(?<!a)b(?=c)d?", "x{2,3}年", "(a|b)?c{0,2}d", "(?:20)?x+", "(a|bb)+c",
            "(?:达到|达|为)\\s*(?:%|亿元)", "(宣传|普及)[^。]{0,3}健康", "(?:局)?年\\s*工作", "(a|b)c*d+",
        ]
        let bundled = try RuleLoader.standard.defaultRules().flatMap(\.searchPatterns).compactMap { pattern -> String? in
            if case .regex(let source) = pattern { return source }
            return nil
        }
        var generator = SplitMix(seed: 19)
        var tested = 0
        for source in own + bundled {
            guard let triggers = RegexPrefilter.triggers(of: source), let starts = triggers.starts else { continue }
            tested += 1
            let regex = try NSRegularExpression(pattern: source)
            // The literals' own characters and a few others, so that partial literals turn up too.
            let literals = triggers.literals.union(starts)
            let vocabulary = Array(Set(literals.flatMap { $0.map(String.init) })) + Array(literals) + ["9", "，", " ", "院", "%"]
            for _ in 0..<400 {
                let line = (0..<10).map { _ in vocabulary[Int(generator.next() % UInt64(vocabulary.count))] }.joined()
                let text = line as NSString
                for match in regex.matches(in: line, range: NSRange(location: 0, length: text.length)) where match.range.length > 0 {
                    let rest = text.substring(from: match.range.location)
                    #expect(starts.contains { rest.hasPrefix($0) }, "\(source) matched «\(text.substring(with: match.range))» in «\(line)»")
                }
            }
        }
        #expect(tested >= 15)
    }
}
