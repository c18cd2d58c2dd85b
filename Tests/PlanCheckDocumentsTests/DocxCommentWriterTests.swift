import Foundation
import Testing
import PlanCheckDocuments
import PlanCheckTestSupport

/// Comments written into a .docx (`DocxCommentWriter`), read back with Foundation's XML parser:
/// on exactly the words asked for, across runs and their formatting, beside the document's own
/// comments, with every other part as it was.
@Suite struct DocxCommentWriterTests {
    static let image = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + (0..<200).map { UInt8($0) })
    static let existingComments = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:comments xmlns:w="\(DocxFixture.wordNamespace)"><w:comment w:id="3" w:author="张科长" w:initials="ZK">\
        <w:p><w:r><w:t>请补充数据</w:t></w:r></w:p></w:comment></w:comments>
        """
    static let header = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:hdr xmlns:w="\(DocxFixture.wordNamespace)"><w:p><w:r><w:t>城关镇卫生院</w:t></w:r></w:p></w:hdr>
        """

    /// A plan whose words lie across runs of different formatting, with a list label, a table,
    /// an image, a header, tracked changes and a comment of its author's own.
    static var plan: Data {
        let body = [
            DocxFixture.paragraph("某镇卫生院2025年工作计划", style: "Title"),
            "<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>一、组织XX</w:t></w:r><w:r w:rsidR=\"00A1\"><w:rPr><w:i/><w:color w:val=\"FF0000\"/></w:rPr><w:t xml:space=\"preserve\">镇卫生室 </w:t></w:r><w:r><w:t>开展培训。</w:t></w:r></w:p>",
            "<w:p><w:commentRangeStart w:id=\"3\"/><w:r><w:t>完成建档</w:t></w:r><w:r><w:tab/><w:t>xxxx份</w:t></w:r><w:commentRangeEnd w:id=\"3\"/><w:r><w:commentReference w:id=\"3\"/></w:r></w:p>",
            "<w:p><w:ins w:id=\"7\" w:author=\"李\"><w:r><w:t>新增卫计委</w:t></w:r></w:ins><w:del w:id=\"8\" w:author=\"李\"><w:r><w:delText>删去的字</w:delText></w:r></w:del><w:r><w:t>督查。</w:t></w:r></w:p>",
            DocxFixture.numberedParagraph("加强院感防控", numID: 1),
            DocxFixture.table([["指标", "目标值"], ["建档率", "达到%"]]),
            "<w:p><w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><wp:extent cx=\"100\" cy=\"100\"/><wp:docPr id=\"1\" name=\"图片 1\"/></wp:inline></w:drawing></w:r><w:r><w:t>如图所示。</w:t></w:r></w:p>",
        ].joined()
        var entries = DocxFixture.standardEntries(
            document: DocxFixture.document(body: body),
            numbering: DocxFixture.numbering(abstracts: [(0, [DocxFixture.level(0, format: "decimal", text: "%1.")])], instances: [(1, 0, [:])]))
        entries.append(("word/_rels/document.xml.rels", Data("""
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/>\
            <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/>\
            <Relationship Id="rId3" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
            </Relationships>
            """.utf8)))
        entries.append(("word/comments.xml", Data(existingComments.utf8)))
        entries.append(("word/media/image1.png", image))
        entries.append(("word/header1.xml", Data(header.utf8)))
        return DocxFixture.make(entries: entries)
    }

    /// Writes one comment on each of `words` (their first occurrence in the text).
    private func annotate(_ data: Data, words: [String]) throws -> (CommentedDocx, [String: Int]) {
        let read = try DocxReader.readMapped(data)
        let text = read.paragraphs.text
        var comments: [DocumentComment] = []
        for word in words {
            let range = try #require(text.range(of: word))
            let start = text.utf16.distance(from: text.utf16.startIndex, to: range.lowerBound)
            comments.append(DocumentComment(range: start..<(start + word.utf16.count), paragraphs: ["问题：\(word)", "建议：改正"], words: word))
        }
        let output = try DocxCommentWriter.annotate(data, path: "plan.docx", map: read.map, comments: comments, fallback: 0..<4)
        let read2 = try CommentedDocx(output)
        var ids: [String: Int] = [:]
        for (id, comment) in read2.comments where comment.author == "plancheck" {
            ids[String(comment.text.split(separator: "\n")[0].dropFirst(3))] = id
        }
        return (read2, ids)
    }

    @Test func eachCommentIsAnchoredOnExactlyItsWords() throws {
        let words = ["XX镇", "组织XX镇卫生室 开展", "xxxx份", "卫计委", "院感", "达到%", "如图所示", "2025年工作计划"]
        let (read, ids) = try annotate(Self.plan, words: words)
        for word in words {
            let id = try #require(ids[word], "no comment for \(word)")
            #expect(read.anchored[id] == word, "\(word)")
            #expect(read.comments[id]?.text == "问题：\(word)\n建议：改正")
        }
        // Every range is closed and referenced once.
        #expect(read.starts.sorted() == read.ends.sorted())
        #expect(read.references.sorted() == read.starts.sorted())
        #expect(Set(read.starts) == Set(read.comments.keys))
    }

    @Test func splitRunsKeepTheirFormatting() throws {
        let (read, ids) = try annotate(Self.plan, words: ["XX镇"])
        let id = try #require(ids["XX镇"])
        let pieces = try #require(read.anchoredFormatting[id])
        #expect(pieces.map(\.text) == ["XX", "镇"])
        #expect(pieces[0].properties == ["w:b"])
        #expect(pieces[1].properties == ["w:color", "w:i"])
        // The rest of each split run keeps its formatting too.
        let document = String(decoding: read.parts["word/document.xml"]!, as: UTF8.self)
        #expect(document.contains("<w:r><w:rPr><w:b/></w:rPr><w:t xml:space=\"preserve\">一、组织</w:t></w:r>"))
        #expect(document.contains("<w:r w:rsidR=\"00A1\"><w:rPr><w:i/><w:color w:val=\"FF0000\"/></w:rPr><w:t xml:space=\"preserve\">卫生室 </w:t></w:r>"))
    }

    @Test func theDocumentsOwnCommentIsKeptAndNewIdsDoNotCollide() throws {
        let (read, ids) = try annotate(Self.plan, words: ["卫计委"])
        #expect(read.comments[3] == CommentedDocx.Comment(author: "张科长", text: "请补充数据"))
        #expect(read.anchored[3] == "完成建档\txxxx份" || read.anchored[3] == "完成建档xxxx份")
        let id = try #require(ids["卫计委"])
        // Above the comment's 3 and the revisions' 7 and 8.
        #expect(id > 8)
        let comments = String(decoding: read.parts["word/comments.xml"]!, as: UTF8.self)
        #expect(comments.hasPrefix(String(Self.existingComments.dropLast("</w:comments>".count))))
        // Registered once: the relationship and content type were there already.
        #expect(read.parts["word/_rels/document.xml.rels"] == (try CommentedDocx(Self.plan)).parts["word/_rels/document.xml.rels"])
    }

    @Test func everyOtherPartIsByteIdentical() throws {
        let original = try CommentedDocx(Self.plan)
        let (read, _) = try annotate(Self.plan, words: ["卫计委", "达到%"])
        #expect(read.partNames == original.partNames)
        for name in original.partNames where name != "word/document.xml" && name != "word/comments.xml" {
            #expect(read.parts[name] == original.parts[name], "\(name)")
        }
        // The tracked deletion and the image stay in the body.
        let document = String(decoding: read.parts["word/document.xml"]!, as: UTF8.self)
        #expect(document.contains("<w:del w:id=\"8\" w:author=\"李\"><w:r><w:delText>删去的字</w:delText></w:r></w:del>"))
        #expect(document.contains("<wp:docPr id=\"1\" name=\"图片 1\"/>"))
    }

    @Test func aDocumentWithoutCommentsGetsThePartItsRelationshipAndContentType() throws {
        let data = DocxFixture.make(entries: DocxFixture.standardEntries(document: DocxFixture.document(body: DocxFixture.paragraph("XX县卫生健康局20xx年工作计划"))))
        let (read, ids) = try annotate(data, words: ["XX县", "20xx年"])
        let county = try #require(ids["XX县"])
        let year = try #require(ids["20xx年"])
        #expect(read.anchored[county] == "XX县")
        #expect(read.anchored[year] == "20xx年")
        let types = String(decoding: read.parts["[Content_Types].xml"]!, as: UTF8.self)
        #expect(types.contains("<Override PartName=\"/word/comments.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml\"/></Types>"))
        let relationships = String(decoding: read.parts["word/_rels/document.xml.rels"]!, as: UTF8.self)
        #expect(relationships.contains("relationships/comments\" Target=\"comments.xml\""))
        #expect(read.parts["word/styles.xml"] == Data(DocxFixture.styles.utf8))
    }

    @Test func aRangeStartingInAListLabelStartsAtTheParagraphsText() throws {
        let read = try DocxReader.readMapped(Self.plan)
        let text = read.paragraphs.text
        let line = try #require(text.range(of: "1.\t加强院感防控"))
        let start = text.utf16.distance(from: text.utf16.startIndex, to: line.lowerBound)
        let output = try DocxCommentWriter.annotate(Self.plan, path: "plan.docx", map: read.map,
                                                    comments: [DocumentComment(range: start..<(start + 9), paragraphs: ["整段"])], fallback: 0..<4)
        let commented = try CommentedDocx(output)
        let id = try #require(commented.comments.first { $0.value.author == "plancheck" }?.key)
        #expect(commented.anchored[id] == "加强院感防控")
    }

    /// Text Word imports from another part (`w:altChunk`) has no words in document.xml to
    /// anchor on: its comment goes on the fallback place and quotes the words.
    @Test func aCommentOnImportedTextGoesOnTheFallbackAndQuotesItsWords() throws {
        let body = DocxFixture.paragraph("某县卫生健康局2025年工作计划") + "<w:altChunk r:id=\"rIdText\"/>" + DocxFixture.paragraph("二、XX镇")
        let document = DocxFixture.document(body: body).replacingOccurrences(
            of: "<w:document ", with: "<w:document xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" ")
        let relationships = """
            <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
            <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
            <Relationship Id="rIdText" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/aFChunk" Target="chunk.txt"/>\
            </Relationships>
            """
        let data = DocxFixture.make(entries: DocxFixture.standardEntries(document: document) + [
            ("word/_rels/document.xml.rels", Data(relationships.utf8)),
            ("word/chunk.txt", Data("一、落实20xx年任务".utf8)),
        ])
        let read = try DocxReader.readMapped(data)
        let text = read.paragraphs.text
        #expect(text == "某县卫生健康局2025年工作计划\n一、落实20xx年任务\n二、XX镇")
        func range(_ word: String) throws -> Range<Int> {
            let found = try #require(text.range(of: word))
            let start = text.utf16.distance(from: text.utf16.startIndex, to: found.lowerBound)
            return start..<(start + word.utf16.count)
        }
        let comments = [DocumentComment(range: try range("20xx年"), paragraphs: ["占位符"], words: "20xx年"),
                        DocumentComment(range: try range("XX镇"), paragraphs: ["占位符"], words: "XX镇")]
        let output = try DocxCommentWriter.annotate(data, path: "plan.docx", map: read.map, comments: comments, fallback: try range("某县卫生健康局2025年工作计划"))
        let commented = try CommentedDocx(output)
        let byText = Dictionary(uniqueKeysWithValues: commented.comments.map { ($0.value.text, $0.key) })
        let imported = try #require(byText["「20xx年」：占位符"])
        let own = try #require(byText["占位符"])
        #expect(commented.anchored[imported] == "某县卫生健康局2025年工作计划")
        #expect(commented.anchored[own] == "XX镇")
        // The chunk itself is copied as it was.
        #expect(commented.parts["word/chunk.txt"] == Data("一、落实20xx年任务".utf8))
    }
}
