import Foundation
import Testing
import PlanCheckServe
import PlanCheckTestSupport

/// The web page's server over real HTTP: every kind of upload the issue names, good and bad.
@Suite(.serialized) struct ServeHTTPTests {
    static let docx = "城关镇卫生院2025年工作计划.docx"

    @Test func thePageAndItsFilesComeFromTheServerItself() async throws {
        try await ServerHarness.withServer { port in
            let page = try await RawHTTP.send(port: port, method: "GET", path: "/")
            #expect(page.status == 200)
            #expect(page.headers["content-type"]?.hasPrefix("text/html") == true)
            #expect(page.text.contains("工作计划检查"))
            #expect(page.text.contains("不会发送到任何网站"))
            for asset in ["/plancheck.js", "/plancheck.css"] {
                let reply = try await RawHTTP.send(port: port, method: "GET", path: asset)
                #expect(reply.status == 200, "\(asset)")
                // Nothing is fetched from the network: no address but the server's own.
                #expect(!reply.text.contains("http://") && !reply.text.contains("https://"), "\(asset)")
            }
            #expect(!page.text.contains("http://") && !page.text.contains("https://"))
            #expect(page.headers["content-security-policy"]?.contains("default-src 'self'") == true)
        }
    }

    @Test func aWordDocumentIsCheckedWithItsElementsAndFindingsPlaced() async throws {
        try await ServerHarness.withServer { port in
            let reply = try await RawHTTP.send(port: port, path: ServerHarness.path("/api/check", name: Self.docx), body: try ServerHarness.example(Self.docx))
            #expect(reply.status == 200, "\(reply.text)")
            let answer = try JSONDecoder().decode(CheckAnswer.self, from: Data(reply.body))
            #expect(answer.name == Self.docx)
            #expect(answer.linesAreParagraphs)
            #expect(answer.pieces.first?.title?.contains("城关镇卫生院") == true)
            let elements = answer.pieces.flatMap(\.elements)
            #expect(elements.contains { $0.status == "met" && !$0.evidence.isEmpty })
            #expect(elements.allSatisfy { $0.status != "missing" || $0.hint != nil })
            #expect(!answer.findings.isEmpty)
            // Errors first, then warnings, then infos.
            let ranks = answer.findings.map { ["error": 0, "warning": 1, "info": 2][$0.severity]! }
            #expect(ranks == ranks.sorted())
            // Within a level, findings on words come before those about the whole document.
            for level in ["error", "warning", "info"] {
                let placed = answer.findings.filter { $0.severity == level }.map { $0.start != nil }
                #expect(placed == placed.sorted { $0 && !$1 }, "\(level)")
            }
            // Each placed finding's offsets cut its own words out of the text, as the page does.
            let utf16 = Array(answer.text.utf16)
            for finding in answer.findings {
                guard let start = finding.start, let end = finding.end, let match = finding.match else { continue }
                #expect(String(decoding: utf16[start..<end], as: UTF16.self) == match)
            }
            #expect(answer.lineStarts.first == 0)
        }
    }

    @Test func pastedTextIsCheckedAsText() async throws {
        let text = "XX镇卫生院20xx年工作计划\n一、工作目标\n1、建档率达到%。\n"
        try await ServerHarness.withServer { port in
            let reply = try await RawHTTP.send(port: port, path: ServerHarness.path("/api/check", name: "粘贴的文本.txt"), body: Array(text.utf8))
            #expect(reply.status == 200, "\(reply.text)")
            let answer = try JSONDecoder().decode(CheckAnswer.self, from: Data(reply.body))
            #expect(answer.text == text)
            #expect(!answer.linesAreParagraphs)
            #expect(answer.findings.contains { $0.rule == "hygiene.placeholder" && $0.match == "20xx年" && $0.line == 1 })
            #expect(answer.findings.contains { $0.rule == "hygiene.empty-value" && $0.line == 3 })
        }
    }

    @Test func aCorruptFileIsRefusedInChineseAndTheServerGoesOn() async throws {
        try await ServerHarness.withServer { port in
            let corrupt = Array("PK\u{3}\u{4}这不是一个真正的 Word 文件".utf8)
            let reply = try await RawHTTP.send(port: port, path: ServerHarness.path("/api/check", name: "坏文件.docx"), body: corrupt)
            #expect(reply.status == 422)
            #expect(reply.error?.contains("无法读取「坏文件.docx」") == true, "\(reply.text)")
            // A Word 97 header over nothing a Word file holds.
            let broken: [UInt8] = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1] + (0..<2000).map { UInt8(truncatingIfNeeded: $0 * 7) }
            let old = try await RawHTTP.send(port: port, path: ServerHarness.path("/api/check", name: "旧.doc"), body: broken)
            #expect(old.status == 422)
            #expect(old.error?.contains("无法读取「旧.doc」：不是有效的 .doc 文件") == true, "\(old.text)")
            let after = try await RawHTTP.send(port: port, path: ServerHarness.path("/api/check", name: Self.docx), body: try ServerHarness.example(Self.docx))
            #expect(after.status == 200)
        }
    }

    @Test func aDocumentThatExpandsPastTheReadingLimitIsRefusedAsOnTheCommandLine() async throws {
        // A few kilobytes that inflate to 13 MB of text: the command line's cap (12 MB and four
        // times the file) holds for uploads too.
        let body = DocxFixture.document(body: DocxFixture.paragraph(String(repeating: "a", count: 13 << 20)))
        let bomb = DocxFixture.make(entries: DocxFixture.standardEntries(document: body))
        #expect(bomb.count < 1 << 20)
        try await ServerHarness.withServer { port in
            let reply = try await RawHTTP.send(port: port, path: ServerHarness.path("/api/check", name: "炸弹.docx"), body: Array(bomb))
            #expect(reply.status == 422)
            #expect(reply.error?.contains("上限") == true, "\(reply.text)")
            let after = try await RawHTTP.send(port: port, method: "GET", path: "/")
            #expect(after.status == 200)
        }
    }

    @Test func anUnknownKindOfFileIsRefusedWithWhatToDo() async throws {
        try await ServerHarness.withServer { port in
            let pdf = try await RawHTTP.send(port: port, path: ServerHarness.path("/api/check", name: "计划.pdf"), body: Array("%PDF-1.4".utf8))
            #expect(pdf.status == 415)
            #expect(pdf.error?.contains("另存为 .docx") == true, "\(pdf.text)")
            let other = try await RawHTTP.send(port: port, path: ServerHarness.path("/api/check", name: "照片.jpg"), body: [0xFF, 0xD8, 0xFF])
            #expect(other.status == 415)
            #expect(other.error?.contains(".docx") == true && other.error?.contains("照片.jpg") == true, "\(other.text)")
            let empty = try await RawHTTP.send(port: port, path: ServerHarness.path("/api/check", name: "空.txt"), body: [])
            #expect(empty.status == 400)
            #expect(empty.error?.contains("空的") == true)
        }
    }

    @Test func aFileOverTheLimitIsRefusedWhetherItsSizeIsAnnouncedOrNot() async throws {
        let configuration = ServerHarness.configuration { $0.maxUploadBytes = 1 << 20 }
        try await ServerHarness.withServer(configuration) { port in
            let big = [UInt8](repeating: 0x41, count: 3 << 20)
            let announced = try await RawHTTP.send(port: port, path: ServerHarness.path("/api/check", name: "大.txt"), body: big)
            #expect(announced.status == 413)
            #expect(announced.error?.contains("超过 1 MB 的上限") == true, "\(announced.text)")
            let chunked = try await RawHTTP.send(port: port, path: ServerHarness.path("/api/check", name: "大.txt"), body: big, chunked: true)
            #expect(chunked.status == 413)
            #expect(chunked.error?.contains("上限") == true, "\(chunked.text)")
            let small = try await RawHTTP.send(port: port, path: ServerHarness.path("/api/check", name: "小.txt"), body: Array("2025年工作计划".utf8))
            #expect(small.status == 200)
        }
    }

    @Test func aStalledUploadIsAnsweredAndAnAbortedOneForgotten() async throws {
        let configuration = ServerHarness.configuration { $0.uploadTimeout = .seconds(1) }
        try await ServerHarness.withServer(configuration) { port in
            let started = Date()
            let stalled = try await RawHTTP.partial(port: port, path: ServerHarness.path("/api/check", name: "慢.txt"), announced: 5000, sent: 100, hangUp: false)
            #expect(stalled?.status == 408)
            #expect(stalled?.error?.contains("太慢") == true)
            #expect(Date().timeIntervalSince(started) < 10)
            _ = try await RawHTTP.partial(port: port, path: ServerHarness.path("/api/check", name: "断.txt"), announced: 5000, sent: 100, hangUp: true)
            let after = try await RawHTTP.send(port: port, path: ServerHarness.path("/api/check", name: "好.txt"), body: Array("2025年工作计划".utf8))
            #expect(after.status == 200)
        }
    }

    @Test func twentyUploadsAtOnceAreAllAnswered() async throws {
        let body = try ServerHarness.example(Self.docx)
        try await ServerHarness.withServer { port in
            let statuses = try await withThrowingTaskGroup(of: Int.self) { group in
                for index in 0..<20 {
                    group.addTask {
                        try await RawHTTP.send(port: port, path: ServerHarness.path("/api/check", name: "\(index).docx"), body: body).status
                    }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.count == 20)
            #expect(statuses.allSatisfy { $0 == 200 }, "\(statuses)")
            let page = try await RawHTTP.send(port: port, method: "GET", path: "/")
            #expect(page.status == 200)
        }
    }

    @Test func theAuditOfOneDocumentIsDownloaded() async throws {
        try await ServerHarness.withServer { port in
            let reply = try await RawHTTP.send(port: port, path: ServerHarness.path("/api/audit", name: Self.docx), body: try ServerHarness.example(Self.docx))
            #expect(reply.status == 200)
            #expect(reply.headers["content-type"]?.hasPrefix("text/html") == true)
            #expect(reply.headers["content-disposition"]?.hasPrefix("attachment;") == true)
            #expect(reply.text.contains("<html"))
            #expect(reply.text.contains("城关镇卫生院"))
            let refused = try await RawHTTP.send(port: port, path: ServerHarness.path("/api/audit", name: "x.pdf"), body: [1, 2, 3])
            #expect(refused.status == 415)
        }
    }

    /// The reviewed document: the upload as a .docx package with plancheck's comments on it.
    @Test func theReviewedDocumentHoldsACommentForEachFinding() async throws {
        try await ServerHarness.withServer { port in
            let original = try ServerHarness.example(Self.docx)
            let reply = try await RawHTTP.send(port: port, path: ServerHarness.path("/api/annotate", name: Self.docx), body: original)
            #expect(reply.status == 200)
            #expect(reply.headers["content-type"]?.contains("wordprocessingml") == true)
            #expect(reply.headers["content-disposition"]?.contains(".%E5%AE%A1%E9%98%85.docx") == true) // .审阅.docx
            let reviewed = try CommentedDocx(Data(reply.body))
            let authored = reviewed.comments.values.filter { $0.author == "plancheck" }.count
            #expect(reviewed.starts.count == reviewed.ends.count)
            let checked = try await RawHTTP.send(port: port, path: ServerHarness.path("/api/check", name: Self.docx), body: original)
            let findings = checked.text.components(separatedBy: "\"rule\"").count - 1
            #expect(authored > 0)
            #expect(authored <= findings)
            let refused = try await RawHTTP.send(port: port, path: ServerHarness.path("/api/annotate", name: "计划.txt"), body: Array("一、加强院感防控。".utf8))
            #expect(refused.status == 415)
            #expect(refused.error?.contains(".docx") == true)
        }
    }
}
