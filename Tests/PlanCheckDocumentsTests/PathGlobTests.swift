import Foundation
import Testing
@testable import PlanCheckDocuments

/// Config globs (`include:`/`ignore:`) are matched without backtracking, with the meaning the
/// regex translation they replaced gave them.
@Suite struct PathGlobTests {
    @Test func meaning() {
        #expect(PathGlob("*.docx").matches("a/b/计划.docx"))
        #expect(!PathGlob("/*.docx").matches("a/计划.docx"))
        #expect(PathGlob("/*.docx").matches("计划.docx"))
        #expect(PathGlob("drafts/").matches("x/drafts/a.txt"))
        #expect(!PathGlob("drafts/").matches("x/drafts"))
        #expect(PathGlob("a/**/b.txt").matches("a/b.txt") && PathGlob("a/**/b.txt").matches("a/x/y/b.txt"))
        #expect(!PathGlob("a/**/b.txt").matches("a/xb.txt"))
        #expect(PathGlob("a/**").matches("a/x/y") && !PathGlob("a/*").matches("a/x/y"))
        #expect(PathGlob("模板?.txt").matches("模板1.txt") && !PathGlob("模板?.txt").matches("模板/.txt"))
        #expect(PathGlob("[ab].txt").matches("[ab].txt") && !PathGlob("[ab].txt").matches("a.txt"))
    }

    /// The pattern of issue 18: a backtracking regex took over a second a path; the automaton
    /// looks at each scalar once.
    /// Found by fuzz-paths: 3,500 stars against a path of 3,000 took seconds, every state walked
    /// for every scalar. A run of stars is now a few states, and means what it meant.
    @Test func aLongRunOfStarsIsAFewStates() {
        let stars = String(repeating: "*", count: 3500)
        let path = String(repeating: "*", count: 3000) + "\u{0}"
        #expect(PathGlob(stars).matches(path))
        for (glob, path, expected) in [("***.txt", "a/b.txt", true), ("a/***", "a/b/c", true), ("a/***/c", "a/b/c", true),
                                       ("a/***/c", "a/c", false), ("a/**/c", "a/c", true), ("***", "x", true),
                                       ("******/x", "abcx", true), ("*****/x", "a/b/x", true), ("**********/x", "x", true)] {
            #expect(PathGlob(glob).matches(path) == expected, "\(glob) \(path)")
        }
    }

    @Test func manyStarsCostNoBacktracking() {
        let glob = PathGlob("*a*a*a*a*a*a*a*a*a*a*a*a*c")
        let path = String(repeating: "a", count: 200) + "b"
        let start = ContinuousClock.now
        for _ in 0..<100 { #expect(!glob.matches(path)) }
        #expect(ContinuousClock.now - start < .seconds(1))
        #expect(glob.matches(String(repeating: "a", count: 30) + "c"))
    }

    /// Random globs and paths over a small alphabet, against the regex the globs used to become.
    @Test func agreesWithTheRegexTranslationItReplaced() throws {
        var generator = SystemRandomNumberGenerator()
        let globPieces = ["a", "b", "/", "*", "**", "**/", "?", ".", "[", "院"]
        let pathPieces = ["a", "b", "/", ".", "[", "院", "ab", "a/b"]
        for _ in 0..<3000 {
            var glob = (0..<Int.random(in: 1...5, using: &generator)).map { _ in globPieces.randomElement(using: &generator)! }.joined()
            if Bool.random(using: &generator) { glob = "/" + glob }
            let path = (0..<Int.random(in: 0...6, using: &generator)).map { _ in pathPieces.randomElement(using: &generator)! }.joined()
            let regex = try #require(Self.regex(glob))
            let expected = regex.firstMatch(in: path, range: NSRange(path.startIndex..., in: path)) != nil
            #expect(PathGlob(glob).matches(path) == expected, "glob \(glob) path \(path)")
        }
    }

    /// PathFilter's former translation of a glob into an anchored regex, kept as the reference.
    static func regex(_ glob: String) -> NSRegularExpression? {
        let anchored = glob.dropLast(glob.hasSuffix("/") ? 1 : 0).contains("/")
        var pattern = glob.hasPrefix("/") ? String(glob.dropFirst()) : (anchored ? glob : "**/" + glob)
        if pattern.hasSuffix("/") { pattern += "**" }
        var regex = "^"
        let characters = Array(pattern)
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if character == "*", index + 1 < characters.count, characters[index + 1] == "*" {
                if index + 2 < characters.count, characters[index + 2] == "/" {
                    regex += "(?:.*/)?"
                    index += 3
                } else {
                    regex += ".*"
                    index += 2
                }
                continue
            }
            switch character {
            case "*": regex += "[^/]*"
            case "?": regex += "[^/]"
            default: regex += NSRegularExpression.escapedPattern(for: String(character))
            }
            index += 1
        }
        return try? NSRegularExpression(pattern: regex + "$")
    }
}
