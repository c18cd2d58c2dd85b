import Testing
@testable import PlanCheckCore

@Suite struct UTF16LayoutCountTests {
    /// The units a byte string decodes to, one byte at a time as the count was first written.
    private func reference(_ bytes: [UInt8]) -> Int {
        bytes.reduce(0) { $0 + ($1 & 0xC0 != 0x80 ? 1 : 0) + ($1 >= 0xF0 ? 1 : 0) }
    }

    @Test func countsEightBytesAtATimeAsByteByByte() {
        var generator = SystemRandomNumberGenerator()
        for length in 0..<70 {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            #expect(bytes.withUnsafeBufferPointer(UTF16Layout.unitCount) == reference(bytes), "\(bytes)")
        }
        for text in ["", "a", "卫生院2024年工作计划𠀀😀…", String(repeating: "疾控中心𠀀a", count: 9)] {
            let bytes = Array(text.utf8)
            #expect(bytes.withUnsafeBufferPointer(UTF16Layout.unitCount) == text.utf16.count)
        }
    }
}
