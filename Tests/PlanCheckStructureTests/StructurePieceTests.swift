import Testing
@testable import PlanCheckCore
@testable import PlanCheckDocuments
@testable import PlanCheckStructure
@testable import PlanCheckChecks
@testable import PlanCheckEngine
@testable import PlanCheckReporters
@testable import PlanCheckAudit
import PlanCheckTestSupport

@Suite struct StructurePieceTests {
    @Test func splitsTrailingPianHeadings() {
        let text = """
        2024年卫生院工作计划(合集两篇)
        2024年卫生院工作计划两篇
        2024年卫生院工作计划 篇1
        一、加强院感防控。
        2024年卫生院工作计划 篇2
        一、开展爱国卫生月活动。
        下载全文
        """
        let document = Document(path: "t.txt", text: text)
        let pieces = PieceSplitter.pieces(of: document)
        #expect(pieces.map(\.index) == [1, 2])
        #expect(pieces.map(\.heading) == ["2024年卫生院工作计划 篇1", "2024年卫生院工作计划 篇2"])
        // The header belongs to piece 1, the footer to the last piece, and nothing is lost.
        #expect(pieces[0].range.lowerBound == 0)
        #expect(document.text(in: pieces[0].range).hasPrefix("2024年卫生院工作计划(合集两篇)"))
        #expect(document.text(in: pieces[1].range).hasPrefix("2024年卫生院工作计划 篇2"))
        #expect(document.text(in: pieces[1].range).hasSuffix("下载全文"))
        #expect(pieces[0].range.upperBound == pieces[1].range.lowerBound)
        #expect(pieces[1].range.upperBound == document.utf16.count)
    }

    @Test func splitsLeadingDiPianHeadingsInEitherWidth() {
        let text = "范文大全\n第一篇:卫生健康局工作总结\n正文一\n第二篇：卫生健康局工作要点\n正文二\n第三篇:学校卫生工作总结\n正文三"
        let pieces = PieceSplitter.pieces(of: Document(path: "t.txt", text: text))
        #expect(pieces.map(\.index) == [1, 2, 3])
        #expect(pieces.map { PieceSplitter.headingTitle($0.heading ?? "") } == ["卫生健康局工作总结", "卫生健康局工作要点", "学校卫生工作总结"])
    }

    @Test func aSinglePianHeadingDoesNotSplit() {
        let text = "工作计划 篇1\n一、加强院感防控。"
        let pieces = PieceSplitter.pieces(of: Document(path: "t.txt", text: text))
        #expect(pieces.count == 1)
        #expect(pieces[0].index == nil)
        #expect(pieces[0].range == 0..<text.utf16.count)
    }

    @Test func headingsOutOfSequenceDoNotSplit() {
        let text = "计划 篇2\n正文\n计划 篇5\n正文"
        #expect(PieceSplitter.pieces(of: Document(path: "t.txt", text: text)).map(\.index) == [nil])
    }

    @Test func aPianEndingAParagraphIsNotAHeading() {
        let paragraph = String(repeating: "全年工作围绕健康乡镇建设展开，", count: 5) + "详见篇1"
        let text = paragraph + "\n计划 篇2\n正文"
        #expect(PieceSplitter.pieces(of: Document(path: "t.txt", text: text)).map(\.index) == [nil])
    }

    @Test func aDocumentWithoutPiecesIsOnePiece() {
        let text = "卫生院工作计划\n一、加强院感防控。"
        let pieces = PieceSplitter.pieces(of: Document(path: "t.txt", text: text))
        #expect(pieces == [Piece(index: nil, range: 0..<text.utf16.count)])
    }
}
