import Testing
@testable import PlanCheckCore
@testable import PlanCheckStructure

/// The shortcuts Structure takes before its exact tests (a label's length, a lead's words in one
/// automaton) must decide as the exact tests alone did.
@Suite struct StructureFastPathTests {
    @Test func sectionLabelsAreStillFoundAroundMarksAndExtensions() {
        for line in ["引言", "前言：", "#### 引言", "## 内容摘要:", "　目录　", "前言.docx", "概述.DOCX", "正文 ："] {
            #expect(MetadataExtractor.isSectionLabel(line), "\(line)")
        }
    }

    /// One extension is stripped (`摘要.doc.docx` keeps its `.doc`).
    @Test func longLinesAndOtherWordsAreNoSectionLabel() {
        for line in ["引言部分", "前言：为进一步做好卫生健康工作，根据上级要求，制定本计划。", "卫生院2024年工作计划.docx", "引 言", "", "摘要.doc.docx"] {
            #expect(!MetadataExtractor.isSectionLabel(line), "\(line)")
        }
    }

    @Test func documentNumbersAreReadWhateverTheOrderOfTests() {
        #expect(MetadataExtractor.isDocumentNumber("忠卫〔2025〕47号"))
        #expect(!MetadataExtractor.isDocumentNumber("关于印发某县卫生健康局2025年度重点工作任务分解方案的通知〔2025〕47号"))
        #expect(!MetadataExtractor.isDocumentNumber("忠卫〔2025〕47"))
    }

    @Test func leadWordsAreFoundInOnePassAndWithInvisibleUnits() {
        #expect(NewsLead.isLead(Array("本报讯（记者 王某）近日，县卫生健康局召开会议".utf16)))
        #expect(NewsLead.isLead(Array("年度工作计划怎么写？".utf16)))
        #expect(!NewsLead.isLead(Array("为进一步做好全县卫生健康工作，制定本计划。".utf16)))
        // An invisible unit inside a word: the words are read as written, so 本报\u{200B}讯 is none.
        #expect(!NewsLead.isLead(Array("本报\u{200B}讯 近日，县卫生健康局印发计划".utf16)))
        #expect(NewsLead.isLead(Array("\u{200B}本报讯 近日，县卫生健康局召开会议".utf16)))
    }

    @Test func slogansAreDroppedOnlyWhereOneOpensTheLine() {
        #expect(SiteResidue.droppingLeadingSlogan("精选优质文档-倾情为你奉上卫生院工作计划") == "卫生院工作计划")
        #expect(SiteResidue.droppingLeadingSlogan("精品文档 | 卫生院工作计划") == "卫生院工作计划")
        #expect(SiteResidue.droppingLeadingSlogan("卫生院工作计划") == "卫生院工作计划")
        #expect(SiteResidue.droppingLeadingSlogan("精神卫生工作计划") == "精神卫生工作计划")
        #expect(SiteResidue.droppingLeadingSlogan("") == "")
    }

    @Test func residueShapesAreReadPastTheIdeographs() {
        func shaped(_ line: String) -> Bool { let units = Array(line.utf16); return SiteResidue.hasResidueShape(units, 0..<units.count) }
        #expect(shaped("首页 > 工作计划 > 卫生院"))
        #expect(shaped("首页＞工作总结＞卫生院"))
        #expect(shaped("发布：2023-11-19 09:01:27"))
        #expect(shaped("来源：某某网"))
        #expect(!shaped("为进一步做好全县卫生健康工作，制定本计划。"))
        #expect(!shaped("卫生院门诊量>90%"))
    }
}
