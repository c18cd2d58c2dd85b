import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import ZIPFoundation
import PlanCheckDocuments
import PlanCheckTestSupport

/// Comments written into an .odt (`OdtCommentWriter`), read back with Foundation's XML parser:
/// each `office:annotation` by plancheck is closed by its `office:annotation-end`, and the text
/// between them is the words asked for, through ODF's white-space rules, spaces, tabs, breaks
/// and entities.
@Suite struct OdtCommentWriterTests {
    /// content.xml's annotations by name: author, comment text and the words anchored.
    final class Annotations: NSObject, XMLParserDelegate {
        var found: [String: (author: String, text: String, words: String)] = [:]
        var open: Set<String> = []
        var inside: String?
        var depth = 0
        var element = ""
        var ends: [String] = []

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            if inside != nil {
                depth += 1
                element = name
                if name == "text:p", let inside, found[inside]?.text.isEmpty == false { found[inside]?.text += "\n" }
                if name == "text:s", let inside { found[inside]?.text += String(repeating: " ", count: Int(attributes["text:c"] ?? "1") ?? 1) }
                if name == "text:tab", let inside { found[inside]?.text += "\t" }
                return
            }
            switch name {
            case "office:annotation":
                let name = attributes["office:name"] ?? "unnamed-\(found.count)"
                found[name] = ("", "", "")
                inside = name
                depth = 0
            case "office:annotation-end":
                if let name = attributes["office:name"] { open.remove(name); ends.append(name) }
            case "text:s":
                add(String(repeating: " ", count: Int(attributes["text:c"] ?? "1") ?? 1))
            case "text:tab": add("\t")
            case "text:line-break": add(" ")
            default: break
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard let current = inside else { return }
            if depth == 0 {
                inside = nil
                open.insert(current)
            } else {
                depth -= 1
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if let inside {
                if element.hasSuffix("creator") { found[inside]?.author += string } else { found[inside]?.text += string }
                return
            }
            add(string.replacingOccurrences(of: "[ \t\n\r]+", with: " ", options: .regularExpression))
        }

        private func add(_ text: String) {
            for name in open { found[name]?.words += text }
        }
    }

    private func parts(_ data: Data) throws -> [(name: String, method: CompressionMethod, bytes: Data)] {
        let archive = try Archive(data: data, accessMode: .read)
        return try archive.map { entry in
            var bytes = Data()
            _ = try archive.extract(entry) { bytes.append($0) }
            return (entry.path, entry.isCompressed ? .deflate : .none, bytes)
        }
    }

    @Test func eachAnnotationSpansExactlyItsWords() throws {
        let words = ["人民健康为中心， 坚持", "预检分诊制度 每月", "完成率   95%", "<病媒>&消", "两癌筛查", "某镇卫生院", "1.\t落实"]
        let read = try OdtReader.readMapped(OdtFixture.sample)
        let text = read.paragraphs.text
        var comments: [DocumentComment] = []
        for word in words {
            let range = try #require(text.range(of: word), "\(word)")
            let start = text.utf16.distance(from: text.utf16.startIndex, to: range.lowerBound)
            comments.append(DocumentComment(range: start..<(start + word.utf16.count), paragraphs: ["问题：\(word)", "建议：改正"]))
        }
        let output = try OdtCommentWriter.annotate(OdtFixture.sample, path: "plan.odt", map: read.map, comments: comments, fallback: 0..<4)
        let content = try #require(try parts(output).first { $0.name == "content.xml" }?.bytes)
        let annotations = Annotations()
        let parser = XMLParser(data: content)
        parser.delegate = annotations
        parser.shouldProcessNamespaces = false
        #expect(parser.parse(), "content.xml is not well-formed")

        let ours = annotations.found.filter { $0.value.author == "plancheck" }
        #expect(ours.count == words.count)
        #expect(Set(annotations.ends) == Set(ours.keys))
        for word in words {
            let match = ours.values.first { $0.text == "问题：\(word)\n建议：改正" }
            #expect(match?.words == word, "\(word)")
        }
        // The author's own comment is still there.
        #expect(annotations.found.values.contains { $0.text == "批注" })
    }

    @Test func everyOtherPartIsKeptAndTheMimetypeStaysFirstAndStored() throws {
        let sample = OdtFixture.make(content: OdtFixture.content(body: OdtFixture.sampleBody))
        let read = try OdtReader.readMapped(sample)
        let output = try OdtCommentWriter.annotate(sample, path: "plan.odt", map: read.map,
                                                   comments: [DocumentComment(range: 0..<2, paragraphs: ["标题"])], fallback: 0..<4)
        let before = try parts(sample)
        let after = try parts(output)
        #expect(after.map(\.name) == before.map(\.name))
        #expect(after.first?.name == "mimetype")
        for (old, new) in zip(before, after) where old.name != "content.xml" {
            #expect(new.bytes == old.bytes, "\(old.name)")
        }
        // The annotation goes in and nothing else of content.xml changes.
        let content = String(decoding: try #require(after.first { $0.name == "content.xml" }?.bytes), as: UTF8.self)
        let original = OdtFixture.content(body: OdtFixture.sampleBody)
        let withoutMarks = content.replacingOccurrences(of: "<office:annotation office:name=\"plancheck-1\"[^>]*>.*?</office:annotation>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "<office:annotation-end office:name=\"plancheck-1\"/>", with: "")
        #expect(withoutMarks == original)
    }

    /// ODF collapses white space in character data: a comment's runs of spaces and its tabs are
    /// written as elements, or LibreOffice shows `文  号` as `文 号`.
    @Test func aCommentKeepsItsSpacesAndTabs() {
        #expect(OdtCommentWriter.paragraphContent("文  号 甲\t乙 ", text: "text:") == "文<text:s text:c=\"2\"/>号 甲<text:tab/>乙<text:s/>")
        #expect(OdtCommentWriter.paragraphContent(" <a>&b ", text: "t:") == "<t:s/>&lt;a&gt;&amp;b<t:s/>")
    }
}
