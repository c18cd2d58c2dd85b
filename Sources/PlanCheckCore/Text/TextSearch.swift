#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension StringProtocol {
    /// Whether `needle` occurs in this text, compared byte for byte in UTF-8.
    ///
    /// With Foundation imported, `String.contains(String)` on Linux goes through NSString and
    /// folds every character cluster: two orders of magnitude slower, and it dominated checking
    /// time before this. UTF-8 is self-synchronising, so a byte match is a character match.
    @inlinable
    package func includes(_ needle: String) -> Bool {
        var haystack = String(self)
        var pattern = needle
        return haystack.withUTF8 { text in
            pattern.withUTF8 { word in
                guard !word.isEmpty else { return true }
                guard word.count <= text.count, let base = text.baseAddress, let wordBase = word.baseAddress else { return false }
                let first = Int32(word[0])
                var start = 0
                let lastStart = text.count - word.count
                while start <= lastStart {
                    // memchr jumps to the next candidate first byte; memcmp confirms the rest.
                    guard let hit = memchr(base + start, first, lastStart - start + 1) else { return false }
                    let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    if memcmp(base + offset, wordBase, word.count) == 0 { return true }
                    start = offset + 1
                }
                return false
            }
        }
    }
}

extension RandomAccessCollection where Element == UInt16, Index == Int {
    /// Whether `needle` occurs as a contiguous run in this array or slice (read in place).
    @inlinable
    package func containsSubsequence(_ needle: [UInt16]) -> Bool {
        needle.isEmpty || firstRange(ofSubsequence: needle) != nil
    }

    /// Where `needle` first occurs as a contiguous run (indices of this collection), if it does.
    @inlinable
    package func firstRange(ofSubsequence needle: [UInt16]) -> Range<Int>? {
        guard !needle.isEmpty, needle.count <= count else { return nil }
        outer: for start in startIndex...(endIndex - needle.count) {
            for offset in 0..<needle.count where self[start + offset] != needle[offset] { continue outer }
            return start..<start + needle.count
        }
        return nil
    }
}

extension Array where Element == UInt16 {
    /// Whether `word` stands at `start` and ends at or before `end`.
    @inlinable
    package func hasRun(_ word: [UInt16], at start: Int, end: Int) -> Bool {
        start >= 0 && start + word.count <= Swift.min(end, count) && self[start..<start + word.count].elementsEqual(word)
    }

    /// This text with every occurrence of `words` cut out, left to right.
    @inlinable
    package func removingAll(of words: [[UInt16]]) -> [UInt16] {
        var result: [UInt16] = []
        result.reserveCapacity(count)
        var position = 0
        outer: while position < count {
            for word in words where !word.isEmpty && position + word.count <= count
                && self[position..<position + word.count].elementsEqual(word) {
                position += word.count
                continue outer
            }
            result.append(self[position])
            position += 1
        }
        return result
    }
}
