import Foundation
import Testing
@testable import PlanCheckKit

@Suite struct RegexPrefilterTests {
    @Test(arguments: [
        ("医院感染(?!性)", ["医院感染"]),
        ("(?:19|20)[xX×_]{1,2}年", ["19", "20"]),
        ("(?<![a-z])(?<!DOC)[xX×]+(?:[.:\\-+][xX×]+)*(?![a-z光线射])(?:人次|分钟)?", ["x", "X", "×"]),
        ("(?<![0-9*])\\*{3,}(?![0-9*])", ["*"]),
        ("(?:达到|达|为)\\s*(?:%|亿元)", ["%", "亿元"]),
        ("率[^，。；\\n0-9]{0,6}?[0-9]+(?:\\.[0-9]+)?\\s*%", ["率"]),
        ("ICP[备證证]", ["ICP"]),
        ("(宫颈癌|乳腺癌)[、和及与]?(宫颈癌|乳腺癌)?(筛查|检查)", ["宫颈癌", "乳腺癌"]),
    ])
    func namesLiteralsEveryMatchContains(_ source: String, _ expected: [String]) {
        #expect(RegexPrefilter.requiredLiterals(of: source) == Set(expected))
    }

    @Test(arguments: ["(?i)abc", "a|.", "[^x]+", "\\p{Han}+", "(a", "x*", "\\d+%?"])
    func givesUpWhenItCannotName(_ source: String) {
        #expect(RegexPrefilter.requiredLiterals(of: source) == nil)
    }

    /// Over generated lines, a regex never matches a line that has none of its literals.
    @Test func neverSkipsALineTheRegexMatches() throws {
        let sources = ["(?:19|20)[xX_]{1,2}年", "[xX]+[年月]?", "率[^，]{0,3}?[0-9]+%", "(达到|为)\\s*%", "a(b|c)+d"]
        let alphabet = Array("20xX_年月率达到为%，9abcd ")
        var generator = SplitMix(seed: 7)
        for source in sources {
            let literals = try #require(RegexPrefilter.requiredLiterals(of: source))
            let regex = try NSRegularExpression(pattern: source)
            for _ in 0..<300 {
                let line = String((0..<12).map { _ in alphabet[Int(generator.next() % UInt64(alphabet.count))] })
                let matches = regex.firstMatch(in: line, range: NSRange(location: 0, length: (line as NSString).length)) != nil
                if matches { #expect(literals.contains { line.contains($0) }, "\(source) matched «\(line)» without \(literals)") }
            }
        }
    }
}
