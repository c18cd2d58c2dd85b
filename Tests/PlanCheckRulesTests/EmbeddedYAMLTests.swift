import Testing
@testable import PlanCheckRules

/// The bundled rules are loaded from node trees the build read (`embed-rules`, with Yams); a
/// run must see exactly what composing each file's text with `YAMLDocument` sees, or the bundled
/// rules would differ from the same files given with `--rules`.
@Suite struct EmbeddedYAMLTests {
    /// A node written out whole: its kind, position, text and children, in order.
    private func outline(_ node: YAMLNode?) -> String {
        guard let node else { return "none" }
        let mark = "\(node.mark.line):\(node.mark.column)"
        switch node.content {
        case .scalar(let text): return "s\(mark)\(text.debugDescription)"
        case .sequence(let items): return "q\(mark)[" + items.map(outline).joined(separator: ",") + "]"
        case .mapping(let pairs): return "m\(mark){" + pairs.map { outline($0.key) + "=" + outline($0.value) }.joined(separator: ",") + "}"
        }
    }

    @Test func everyBundledFileReadsBackAsItsTextComposes() throws {
        let files = DefaultRules.files
        let trees = DefaultRules.trees
        #expect(files.map(\.path) == trees.map(\.path))
        #expect(files.count > 20)
        for (file, tree) in zip(files, trees) {
            let composed = outline(try YAMLDocument.compose(file.text, file: file.path))
            #expect(outline(tree.root()) == composed, "\(file.path)")
        }
    }

    @Test func anEmptyShapeIsNoDocument() {
        #expect(EmbeddedYAML.root(shape: "", scalars: []) == nil)
    }

    @Test func aShapeReadsBackWithItsMarksAndScalarsInOrder() {
        // id: a.b / list: [x, 'y z'] as the build writes it.
        let root = EmbeddedYAML.root(shape: "m1,1,2;s1,1;s1,5;s2,1;q2,7,2;s2,8;s2,11;", scalars: ["id", "a.b", "list", "x", "y z"])
        #expect(outline(root) == #"m1:1{s1:1"id"=s1:5"a.b",s2:1"list"=q2:7[s2:8"x",s2:11"y z"]}"#)
    }
}
