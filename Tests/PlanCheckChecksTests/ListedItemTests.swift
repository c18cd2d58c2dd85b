import Testing
@testable import PlanCheckChecks
@testable import PlanCheckCore

/// An element named only as one item of the basic public health services' list (corpus/real
/// fresh-197, fresh-481) is that programme's part, not work of its own (`except-in-lists`).
@Suite struct ListedItemTests {
    private let closings = [TextNormalizer.fold(Array("公共卫生服务项目".utf16))]

    private func isItem(_ word: String, in text: String) -> Bool {
        let folded = TextNormalizer.fold(Array(text.utf16))
        let start = text.utf16.distance(from: text.utf16.startIndex, to: text.range(of: word)!.lowerBound.samePosition(in: text.utf16)!)
        return ListedItem.isItem(start..<start + word.utf16.count, closedByAnyOf: closings, in: folded, within: 0..<folded.count)
    }

    @Test func anItemOfTheProgrammesListIsItsPart() {
        let text = "全面开展了建立居民健康档案、健康教育、免疫规划、传染病防治、慢性病管理等9项基本公共卫生服务项目。"
        #expect(isItem("健康教育", in: text))
        #expect(isItem("慢性病", in: text))
        // The closing itself is not an item.
        #expect(!isItem("基本公共卫生", in: text))
    }

    @Test func otherListsAndOtherClausesAreNot() {
        // A list closed by other words.
        #expect(!isItem("健康教育", in: "开展健康档案、健康教育、免疫规划、慢性病管理等工作。"))
        // Two items are no list of the programme.
        #expect(!isItem("健康教育", in: "做好健康档案、健康教育等公共卫生服务项目。"))
        // A comma ends the list: the element stands in a clause of its own.
        #expect(!isItem("健康教育", in: "每季度开展健康教育讲座1次，落实健康档案、免疫规划、慢性病管理等基本公共卫生服务项目。"))
    }
}
