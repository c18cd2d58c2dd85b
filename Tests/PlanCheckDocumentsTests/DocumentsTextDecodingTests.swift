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

@Suite struct DocumentsTextDecodingTests {
    static let encodings: [(name: String, data: Data)] = [
        ("UTF-8", TextEncodingFixture.utf8(PlanFixture.text)),
        ("UTF-8", TextEncodingFixture.utf8(PlanFixture.text, bom: true)),
        ("UTF-16LE", TextEncodingFixture.utf16(PlanFixture.text, littleEndian: true)),
        ("UTF-16BE", TextEncodingFixture.utf16(PlanFixture.text, littleEndian: false)),
        ("GB18030", TextEncodingFixture.gb18030(PlanFixture.text)),
    ]

    @Test(arguments: 0..<encodings.count)
    func everyEncodingDecodesToTheSameText(index: Int) throws {
        let (name, data) = Self.encodings[index]
        let decoded = try TextDecoding.decode(data)
        #expect(decoded.encoding == name)
        #expect(decoded.text == PlanFixture.text)
        #expect(!decoded.text.hasPrefix("\u{FEFF}"))
    }

    @Test func gb18030BytesReallyAreNotUTF8() {
        let bytes = TextEncodingFixture.gb18030(PlanFixture.text)
        #expect(String(validating: bytes, as: UTF8.self) == nil)
        #expect(bytes.count < Array(PlanFixture.text.utf8).count)
    }

    @Test func gbkOnlyTextDecodesAsGB18030() throws {
        // 卫 (CE C0) 生 (C9 FA) in GB2312/GBK, which GB18030 contains.
        let decoded = try TextDecoding.decode(Data([0xCE, 0xC0, 0xC9, 0xFA, 0x0A]))
        #expect(decoded == ("卫生\n", "GB18030"))
    }

    @Test func crlfAndLoneCRBecomeLF() throws {
        let windows = PlanFixture.lines.joined(separator: "\r\n") + "\r\n"
        #expect(try TextDecoding.decode(TextEncodingFixture.utf8(windows)).text == PlanFixture.text)
        #expect(try TextDecoding.decode(TextEncodingFixture.gb18030(windows)).text == PlanFixture.text)
        #expect(try TextDecoding.decode(TextEncodingFixture.utf16(windows, littleEndian: true)).text == PlanFixture.text)
        let oldMac = PlanFixture.lines.joined(separator: "\r") + "\r"
        #expect(try TextDecoding.decode(TextEncodingFixture.utf8(oldMac)).text == PlanFixture.text)
        // A blank line written as CR CR LF stays a blank line.
        #expect(try TextDecoding.decode(TextEncodingFixture.utf8("一\r\r\n二")).text == "一\n\n二")
    }

    @Test func lineBreakNormalisationKeepsLinesAndColumns() throws {
        let text = try TextDecoding.decode(TextEncodingFixture.utf8("一、总结\r\n二、加强院感防控\r\n")).text
        let document = Document(path: "p.txt", text: text)
        let offset = Array(text.utf16).firstIndex(of: "院".utf16.first!)!
        #expect(document.sourceMap.position(of: offset) == SourcePosition(line: 2, column: 5))
    }

    @Test(arguments: [Data(), Data("   \n\r\n\t".utf8), Data([0xEF, 0xBB, 0xBF]), Data([0xFF, 0xFE]), TextEncodingFixture.utf8("\u{3000}\u{3000}\n")])
    func emptyOrBlankFilesAreErrors(data: Data) {
        #expect(throws: InputFileError(path: "plan.txt", reason: "empty file")) {
            try TextDecoding.decode(data, path: "plan.txt")
        }
    }

    @Test func nulBytesMeanBinary() {
        var bytes = Array("工作计划".utf8)
        bytes.insert(0, at: 3)
        let error = #expect(throws: InputFileError.self) { try TextDecoding.decode(Data(bytes), path: "a.txt") }
        #expect(error?.reason == "binary file (NUL bytes) — not text")
        #expect(error?.description == "a.txt: binary file (NUL bytes) — not text")
        // PNG header.
        #expect(throws: InputFileError.self) { try TextDecoding.decode(Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D])) }
    }

    @Test func invalidBytesAreErrors() {
        // 0x80 cannot start a character in UTF-8 or GB18030.
        #expect(throws: InputFileError.self) { try TextDecoding.decode(Data([0x41, 0x80, 0x42])) }
        // A UTF-8 BOM promises UTF-8.
        #expect(throws: InputFileError.self) { try TextDecoding.decode(Data([0xEF, 0xBB, 0xBF, 0xCE, 0xC0])) }
        // Odd-length UTF-16.
        #expect(throws: InputFileError.self) { try TextDecoding.decode(Data([0xFF, 0xFE, 0x6B, 0x53, 0x20])) }
    }
}
