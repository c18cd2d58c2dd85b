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

/// Structure read against the hand labels of the shared corpus: piece splitting, titles, and
/// agreement on kind, year and whether a plan part exists for each of the 18 documents/pieces.
@Suite(.enabled(if: SharedCorpus.isAvailable)) struct StructureCorpusTests {
    /// Each seed is read once for all tests and cases.
    private static let corpus: [String: (Document, [(piece: Piece, outline: Outline)])] = {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: SharedCorpus.seeds.path)) ?? []
        var result: [String: (Document, [(piece: Piece, outline: Outline)])] = [:]
        for file in files where file.hasSuffix(".txt") {
            guard let text = try? String(contentsOf: SharedCorpus.seed(file), encoding: .utf8) else { continue }
            let document = Document(path: file, text: text)
            result[file] = (document, OutlineBuilder.outlines(of: document))
        }
        return result
    }()

    private static func outlines(_ file: String) throws -> (Document, [(piece: Piece, outline: Outline)]) {
        try #require(corpus[file], "seed \(file) is missing")
    }

    private static func outline(for label: CorpusLabel) throws -> Outline? {
        let (_, all) = try outlines(label.file)
        return all.first { $0.piece.index == label.piece }?.outline
    }

    @Test func labelsAreReadable() throws {
        let labels = try CorpusLabel.all()
        #expect(labels.count == 18)
        #expect(labels.filter(\.hasPlanPart).count == 13)
    }

    @Test func compilationsSplitIntoTheirLabelledPieces() throws {
        let labels = try CorpusLabel.all()
        for (file, count) in [("003_6a3fd0430eaaedd6.txt", 10), ("004_3f001a65c28610ed.txt", 5)] {
            let (_, all) = try Self.outlines(file)
            #expect(all.map(\.piece.index) == Array(1...count).map(Optional.some), "\(file)")
            for (piece, outline) in all {
                let label = labels.first { $0.file == file && $0.piece == piece.index }
                #expect(outline.title == label?.title, "\(file)#\(piece.index ?? 0)")
            }
        }
        for file in ["000_0a8fdb82c11bd5c5.txt", "001_4e7b4439fa0c07a9.txt", "002_844d65bfb6070cf5.txt"] {
            let (document, all) = try Self.outlines(file)
            #expect(all.map(\.piece.index) == [nil], "\(file)")
            #expect(all.first?.piece.range == 0..<document.utf16.count)
        }
    }

    @Test func piecesCoverTheFileWithoutGaps() throws {
        for file in ["003_6a3fd0430eaaedd6.txt", "004_3f001a65c28610ed.txt"] {
            let (document, all) = try Self.outlines(file)
            let ranges = all.map(\.piece.range)
            #expect(ranges.first?.lowerBound == 0)
            #expect(ranges.last?.upperBound == document.utf16.count)
            #expect(zip(ranges, ranges.dropFirst()).allSatisfy { $0.upperBound == $1.lowerBound })
        }
    }

    @Test(arguments: (try? CorpusLabel.all().map(\.id)) ?? [])
    func agreesWithTheLabels(id: String) throws {
        let label = try #require(try CorpusLabel.all().first { $0.id == id })
        let outline = try #require(try Self.outline(for: label))
        #expect(outline.title == label.title)
        #expect(outline.kind.rawValue == label.kind)
        #expect(outline.year == label.year)
        #expect(!outline.ranges(of: .plan).isEmpty == label.hasPlanPart)
    }

    @Test func partsSitWhereTheLabelsSay() throws {
        // 004#4: the plan is 六、下步工作安排, after 五、存在问题.
        let (document, all) = try Self.outlines("004_3f001a65c28610ed.txt")
        let railway = all[3].outline
        let planStart = try #require(railway.ranges(of: .plan).first?.lowerBound)
        #expect(document.lineText(containing: planStart) == "六、下步工作安排")
        let problemsStart = try #require(railway.ranges(of: .problems).first?.lowerBound)
        #expect(document.lineText(containing: problemsStart) == "五、存在问题")
        // 000: the plan starts at the page marker that split 三、工作计划.
        let (single, only) = try Self.outlines("000_0a8fdb82c11bd5c5.txt")
        let plan = try #require(only[0].outline.ranges(of: .plan).first)
        #expect(single.lineText(containing: plan.lowerBound).hasPrefix("5、、工作计划"))
        // A plan part never reaches into the site's footer.
        #expect(!single.text(in: plan).contains("展开阅读全文"))
    }
}
