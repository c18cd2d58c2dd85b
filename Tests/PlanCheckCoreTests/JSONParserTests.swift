import Testing
import PlanCheckCore

/// `JSONParser`: reports read back as the trees `JSONValue` wrote (issue 16).
@Suite struct JSONParserTests {
    @Test func aValueWrittenAndReadBackIsWrittenAsTheSameBytes() throws {
        let value = JSONValue.object([
            ("z", .string("末尾 key first: 顺序保留")),
            ("a", .array([.int(-3), .int(0), .int(Int.max), .null, .bool(true), .bool(false), .array([]), .object([])])),
            ("escapes", .string("\"引号\" \\ / \n\r\t\u{08}\u{0C}\u{01}\u{1F} \u{2028}\u{2029} “”…😀")),
            ("nested", .object([("deeper", .object([("k", .string(""))]))])),
        ])
        let text = value.serialized
        let read = try JSONParser.parse(Array(text.utf8))
        #expect(read == value)
        #expect(read.serialized == text)
    }

    @Test func escapesAreDecoded() throws {
        let read = try JSONParser.parse(Array(#"{"s": "\u00e9\ud83d\ude00\/\u4e2d", "n": null}"#.utf8))
        #expect(read["s"]?.stringValue == "é😀/中")
        #expect(read["n"] == .null)
        #expect(read["missing"] == nil)
    }

    @Test(arguments: [
        ("{\"a\": 1.5}", "1:8: a number with a fraction or exponent, which no plancheck report holds"),
        ("{\"a\": 1e3}", "1:8: a number with a fraction or exponent, which no plancheck report holds"),
        ("{\"a\": 1} x", "1:10: unexpected text after the JSON value"),
        ("{\n  \"a\": \"open", "2:13: a string is not closed"),
        ("[\"\\ud83d\"]", "1:9: a lone surrogate in a string"),
        ("{\"a\" 1}", "1:6: expected ':'"),
        ("[1, 2", "1:6: expected ']'"),
        ("", "1:1: the JSON ends early"),
        ("[tru]", "1:2: unexpected character"),
    ])
    func brokenJSONIsRefusedWithItsPlace(text: String, message: String) {
        do {
            _ = try JSONParser.parse(Array(text.utf8))
            Issue.record("\(text) was read")
        } catch {
            #expect(error.description == message)
        }
    }

    @Test func nestingIsBounded() {
        let deep = String(repeating: "[", count: JSONParser.maximumDepth + 1) + String(repeating: "]", count: JSONParser.maximumDepth + 1)
        #expect(throws: JSONParseError.self) { try JSONParser.parse(Array(deep.utf8)) }
        let allowed = String(repeating: "[", count: JSONParser.maximumDepth) + String(repeating: "]", count: JSONParser.maximumDepth)
        #expect((try? JSONParser.parse(Array(allowed.utf8))) != nil)
    }
}
