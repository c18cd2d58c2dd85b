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

/// Word 97–2003 .doc files, made by LibreOffice from `Fixtures/plan.html`
/// (`scripts/make-doc-fixtures.sh`): a writer other than plancheck, so the reader is tested
/// against the format as others write it.
@Suite struct DocumentsDocReaderTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures")

    private func planBytes() throws -> [UInt8] {
        [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent("plan.doc")))
    }

    @Test func readsParagraphsTablesLinksAndBreaks() throws {
        let paragraphs = try DocReader.read(try planBytes(), path: "plan.doc").paragraphs
        #expect(paragraphs == [
            "青山县卫生健康局2025年工作计划",
            "一、指导思想",
            // A link is a field: its code (HYPERLINK "…") is dropped, its text kept.
            "以人民健康为中心，坚持预防为主，详见青山县卫健委网站通知。",
            "二、重点工作",
            "（一）加强院感防控",
            // A manual line break stays inside its paragraph.
            "1.落实预检分诊制度 每月开展感控督查。",
            // Each cell is a paragraph; a row's end mark is none, as in a .docx.
            "项目", "目标", "两癌筛查", "完成率达到95%",
            "（二）开展爱国卫生月活动，完成xx家单位除四害。",
            "Plan ID: QS-2025-01",
        ])
    }

    @Test func fieldsAndMarksAreReadAsWordShowsThem() throws {
        func text(_ string: String) -> [UInt16] {
            // ^ begin, | separator, $ end, ¶ paragraph, ¤ cell, ↵ line break, ~ non-breaking hyphen.
            let marks: [Character: UInt16] = ["^": 0x13, "|": 0x14, "$": 0x15, "¶": 0x0D, "¤": 0x07, "↵": 0x0B, "~": 0x1E]
            return string.flatMap { character in marks[character].map { [$0] } ?? Array(String(character).utf16) }
        }
        let paragraphs = try DocReader.paragraphs(of: text("一、目标^ PAGE |3$页¶详见^ HYPERLINK \"x\" ^ REF a |内|$链接|网站$。¶甲¤乙¤¤0~6岁↵儿童¶^ BROKEN¶下一段")).paragraphs
        #expect(paragraphs == ["一、目标3页", "详见网站。", "甲", "乙", "", "0-6岁 儿童", "", "下一段"])
    }

    @Test func thePieceTableIsReadAfterItsPropertyModifiersAndBadOnesAreRefused() {
        func le16(_ value: Int) -> [UInt8] { [UInt8(value & 0xFF), UInt8((value >> 8) & 0xFF)] }
        func le32(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8((value >> (8 * $0)) & 0xFF) } }
        // Two pieces: characters 0..<5 as UTF-16 at 0x800, 5..<9 compressed at byte 0x1000.
        let table = le32(0) + le32(5) + le32(9) + [0, 0] + le32(0x800) + [0, 0] + [0, 0] + le32(0x4000_2000) + [0, 0]
        let pcdt: [UInt8] = [0x02] + le32(UInt32(table.count)) + table
        let prc: [UInt8] = [0x01] + le16(2) + [0xAA, 0xBB]
        let expected = [DocReader.Piece(first: 0, end: 5, location: 0x800), DocReader.Piece(first: 5, end: 9, location: 0x4000_2000)]
        #expect(DocReader.pieces(inClx: pcdt) == expected)
        #expect(DocReader.pieces(inClx: prc + prc + pcdt) == expected)
        // A negative modifier size (it would step back for ever), a short table, no table.
        #expect(DocReader.pieces(inClx: [0x01] + le16(-3) + pcdt) == nil)
        #expect(DocReader.pieces(inClx: Array(pcdt.dropLast())) == nil)
        #expect(DocReader.pieces(inClx: prc) == nil)
    }

    @Test func aDocIsCheckedLikeAnyDocumentAndAWpsInTheSameFormatToo() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let engine = try Engine(rules: try RuleLoader.standard.defaultRules())
        for name in ["青山县计划.doc", "青山县计划.WPS"] {
            let url = try folder.write(Data(try planBytes()), to: name)
            let result = try #require(engine.checkFile(DiscoveredFile(url: url, displayPath: name)).first)
            #expect(result.encoding == "doc")
            #expect(result.title == "青山县卫生健康局2025年工作计划")
            let placeholder = try #require(result.findings.first { $0.ruleID == "hygiene.placeholder" })
            #expect(placeholder.match == "xx家")
            #expect(placeholder.span?.start == SourcePosition(line: 11, column: 16))
            #expect(result.elements.first { $0.ruleID == "health.infection-control" }?.status == .met)
        }
        // A .docx saved under the old name is read for what it is.
        let disguised = try folder.write(DocxFixture.sample, to: "另存为.wps")
        let docx = try #require(engine.checkFile(DiscoveredFile(url: disguised, displayPath: "另存为.wps")).first)
        #expect(docx.encoding == "docx")
        #expect(docx.title == "某镇卫生院2025年工作计划")
        // A folder walk takes them as documents now.
        #expect(try Discovery.walk(["."], relativeTo: folder.url).files.count == 3)
    }

    /// `lists.docx` (scripts/make-list-fixture.py) and LibreOffice's `lists.doc` of it: heading
    /// styles, Chinese and decimal list levels, a restart, a start override and a bullet list.
    @Test func headingStylesAndListNumbersReadAsInTheDocx() throws {
        let docx = try DocxReader.read(try Data(contentsOf: Self.fixtures.appendingPathComponent("lists.docx")), path: "lists.docx")
        let doc = try DocReader.read([UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent("lists.doc"))), path: "lists.doc")
        #expect(docx.paragraphs == [
            "青山县卫生健康局2025年工作计划",
            "一、总体要求", "坚持预防为主，加强院感防控。",
            "二、重点任务", "（一）院感防控", "1.\t落实预检分诊", "2.\t开展感控督查", "（二）爱国卫生", "1.\t开展爱国卫生月活动",
            "五、保障措施", "不编号的要点", "计划小节", "完成xx家单位除四害。",
        ])
        #expect(docx.headingLevels == [2: 1, 4: 1, 10: 1, 12: 2])
        #expect(doc.paragraphs == docx.paragraphs)
        #expect(doc.headingLevels == docx.headingLevels)
    }

    @Test func theDocxExampleSavedAsDocGivesTheSameFindings() throws {
        let engine = try Engine(rules: try RuleLoader.standard.defaultRules())
        let name = "城关镇卫生院2025年工作计划"
        let docx = SharedCorpus.packageRoot.appendingPathComponent("examples/\(name).docx")
        let doc = Self.fixtures.appendingPathComponent("\(name).doc")
        func findings(_ url: URL) throws -> [String] {
            let result = try #require(engine.checkFile(DiscoveredFile(url: url, displayPath: "plan")).first)
            return result.findings.map { "\($0.ruleID) \($0.span.map { "\($0.start.line):\($0.start.column)" } ?? "-") \($0.message)" }
                + result.elements.map { "\($0.ruleID) \($0.status.rawValue)" }
        }
        let expected = try findings(docx)
        #expect(expected.contains { $0.hasPrefix("hygiene.") || $0.hasPrefix("currency.") })
        #expect(try findings(doc) == expected)
        // Line for line the same text, table included.
        #expect(try DocumentLoader.load(fileAt: doc, displayPath: "plan").text == DocumentLoader.load(fileAt: docx, displayPath: "plan").text)
    }

    /// The WordDocument stream of the fixture: the sector that starts with Word's magic number.
    private func wordStreamOffset(_ bytes: [UInt8]) throws -> Int {
        try #require(stride(from: 512, to: bytes.count - 4, by: 512).first { bytes[$0] == 0xEC && bytes[$0 + 1] == 0xA5 })
    }

    @Test func encryptedOldAndForeignFilesAreNamedErrors() throws {
        let plan = try planBytes()
        let word = try wordStreamOffset(plan)
        func reason(_ bytes: [UInt8], kind: String = ".doc") -> String? {
            do {
                _ = try DocReader.read(bytes, path: "x\(kind)", kind: kind)
                return nil
            } catch let error as InputFileError {
                #expect(error.path == "x\(kind)")
                return error.reason
            } catch {
                return "\(error)"
            }
        }
        var encrypted = plan
        encrypted[word + 0x0A] |= 0x00
        encrypted[word + 0x0B] |= 0x01
        #expect(reason(encrypted) == "encrypted (password-protected): save it without a password")
        var word95 = plan
        word95[word + 2] = 0x65
        word95[word + 3] = 0x00
        #expect(reason(word95) == "Word 6/95 format (too old to read): save it as .docx")
        #expect(reason(Array("PK\u{3}\u{4}rest of a zip".utf8) + [UInt8](repeating: 0, count: 600), kind: ".wps")
                == "this .wps file is a .docx inside: rename it to .docx")
        #expect(reason(Array("{\\rtf1 旧计划}".utf8)) == "this .doc file is RTF inside: save it as .docx")
        #expect(reason(Array("MIME-Version: 1.0\r\nContent-Type: multipart/related".utf8)) == "this .doc file is a web page (HTML) inside: save it as .docx")
        #expect(reason(Array("<HTML><body>旧计划</body></HTML>".utf8)) == "this .doc file is a web page (HTML) inside: save it as .docx")
        #expect(reason(Array("工作计划".utf8)) == "not a valid .doc file: not an OLE2 compound file (bad signature or truncated)")
        // A compound file without a WordDocument stream (an old-format .wps, an Excel file).
        var renamed = plan
        let name: [UInt8] = Array("WordDocument".utf16).flatMap { [UInt8($0 & 0xFF), 0] }
        func namesTheStream(at start: Int) -> Bool { plan[start..<(start + name.count)].elementsEqual(name) }
        for start in stride(from: 0, to: plan.count - name.count, by: 2) where namesTheStream(at: start) {
            renamed[start] = UInt8(ascii: "X")
        }
        #expect(reason(renamed, kind: ".wps") == "this .wps file is in an older WPS format plancheck cannot read: save it as .docx")
        // A sector chain that loops back on itself: the WordDocument stream's first sector made
        // to point to itself in the FAT.
        var looped = plan
        let entry = try #require(stride(from: 0, to: plan.count - 128, by: 128).first(where: namesTheStream))
        let first = Int(CompoundFile.uint32(plan, entry + 0x74))
        let fat = (Int(CompoundFile.uint32(plan, 0x4C)) + 1) * 512
        for byte in 0..<4 { looped[fat + 4 * first + byte] = UInt8((first >> (8 * byte)) & 0xFF) }
        #expect(reason(looped) == "not a valid .doc file: corrupt: broken sector chain in WordDocument")
        #expect(reason(renamed) == "not a Word document (no WordDocument stream)")
    }

    /// Truncated and corrupted copies of a real file: each one reads or fails with a
    /// `InputFileError`, never traps or hangs (the loops are bounded by the file's size).
    @Test(.timeLimit(.minutes(1)), arguments: ["plan.doc", "lists.doc"])
    func damagedFilesFailCleanly(_ name: String) throws {
        let plan = [UInt8](try Data(contentsOf: Self.fixtures.appendingPathComponent(name)))
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        var outcomes = (read: 0, failed: 0)
        for round in 0..<400 {
            var damaged = plan
            if round % 4 == 0 {
                damaged = Array(plan.prefix(next() % plan.count))
            } else {
                for _ in 0..<(1 + next() % 8) {
                    damaged[next() % damaged.count] = UInt8(truncatingIfNeeded: next())
                }
            }
            do {
                _ = try DocReader.read(damaged, path: "damaged.doc")
                outcomes.read += 1
            } catch is InputFileError {
                outcomes.failed += 1
            }
        }
        #expect(outcomes.read + outcomes.failed == 400)
        #expect(outcomes.failed > 50)
    }
}
