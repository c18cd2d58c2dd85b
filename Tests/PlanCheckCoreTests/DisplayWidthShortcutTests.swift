import Testing
@testable import PlanCheckCore

/// The shortcuts `DisplayWidth` takes must give the widths its Unicode-property path gives.
@Suite struct DisplayWidthShortcutTests {
    /// The rules `width(of:)` applies to a scalar outside its shortcuts.
    private func byProperties(_ scalar: Unicode.Scalar, ambiguousIsWide: Bool) -> Int {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control, .surrogate: return 0
        default: break
        }
        let value = scalar.value
        if DisplayWidth.zeroWidth.contains(where: { $0.contains(value) }) { return 0 }
        if DisplayWidth.wide.contains(where: { $0.contains(value) }) || scalar.properties.isEmojiPresentation { return 2 }
        if ambiguousIsWide && DisplayWidth.ambiguous.contains(where: { $0.contains(value) }) { return 2 }
        return 1
    }

    @Test func dashesQuotesAndEllipsisMeasureAsTheirPropertiesSay() {
        for value in UInt32(0x2010)...0x2027 {
            let scalar = Unicode.Scalar(value)!
            #expect(DisplayWidth().width(of: scalar) == byProperties(scalar, ambiguousIsWide: true), "U+\(String(value, radix: 16))")
            #expect(DisplayWidth(ambiguousIsWide: false).width(of: scalar) == byProperties(scalar, ambiguousIsWide: false))
        }
        #expect(DisplayWidth().width(of: "“…”") == 6)
        #expect(DisplayWidth(ambiguousIsWide: false).width(of: "“…”") == 3)
    }

    /// The String and Substring overloads add up as the generic one does, tabs included.
    @Test func concreteOverloadsMatchTheGenericMeasure() {
        func generic(_ text: some StringProtocol, _ column: Int) -> Int { DisplayWidth().width(of: text, startColumn: column) }
        for text in ["卫生院\t2024年“工作计划”……", "\tab\t中", "", "e\u{301}—x"] {
            for column in 0..<5 {
                #expect(DisplayWidth().width(of: text, startColumn: column) == generic(text, column))
                #expect(DisplayWidth().width(of: text.dropFirst(), startColumn: column) == generic(text.dropFirst(), column))
            }
        }
    }
}
