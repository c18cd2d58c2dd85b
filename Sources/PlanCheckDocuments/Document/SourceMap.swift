import PlanCheckCore

/// Maps UTF-16 offsets in a decoded text to 1-indexed lines and columns without rescanning the
/// text for every lookup: line starts are found once, then each lookup is a binary search plus a
/// walk along one line.
package struct SourceMap: Sendable {
    /// UTF-16 offset of the first unit of each line.
    package let lineStarts: [Int]
    private let units: [UInt16]

    package init(utf16 units: [UInt16]) {
        var starts = [0]
        for (offset, unit) in units.enumerated() where unit == 0x0A {
            starts.append(offset + 1)
        }
        self.init(lineStarts: starts, units: units)
    }

    /// With the line starts already found (`UTF16Layout` finds them as it decodes).
    init(lineStarts: [Int], units: [UInt16]) {
        self.lineStarts = lineStarts
        self.units = units
    }

    package var lineCount: Int { lineStarts.count }

    /// 0-based index of the line holding `offset`.
    package func lineIndex(of offset: Int) -> Int {
        var low = 0
        var high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low
    }

    /// Line and column (both 1-indexed; the column counts Unicode scalars) of a UTF-16 offset.
    package func position(of offset: Int) -> SourcePosition {
        let index = lineIndex(of: offset)
        let start = lineStarts[index]
        let end = min(offset, units.count)
        guard start < end else { return SourcePosition(line: index + 1, column: 1) }
        return units.withUnsafeBufferPointer { units in
            // Text outside the BMP is rare: without a lead surrogate before the offset, every unit
            // is one character (a loop without a branch, which the compiler vectorises).
            var leads: UInt16 = 0
            for unit in UnsafeBufferPointer(rebasing: units[start..<end]) { leads |= (unit & 0xFC00) ^ 0xD800 == 0 ? 1 : 0 }
            if leads == 0 { return SourcePosition(line: index + 1, column: 1 + end - start) }
            var column = 1
            var cursor = start
            while cursor < end {
                // A surrogate pair is one character.
                cursor += UTF16.isLeadSurrogate(units[cursor]) && cursor + 1 < end ? 2 : 1
                column += 1
            }
            return SourcePosition(line: index + 1, column: column)
        }
    }

    /// The UTF-16 range of a line (0-based index) without its line break.
    package func lineRange(at index: Int) -> Range<Int> {
        let start = lineStarts[index]
        let end = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : units.count
        return start..<max(start, end)
    }

    /// The UTF-16 range of the line containing `offset`, without its line break.
    package func lineRange(containing offset: Int) -> Range<Int> {
        lineRange(at: lineIndex(of: offset))
    }
}
