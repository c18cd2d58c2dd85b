/// Two documents (or pieces) that share most of their substantial paragraphs: one county copying
/// another's plan, or two plans taken from the same web template.
package struct NearDuplicatePair: Sendable, Equatable {
    /// Display names, the first one earlier in report order.
    package var first: String
    package var second: String
    /// Paragraph fingerprints in both.
    package var shared: Int
    package var firstParagraphs: Int
    package var secondParagraphs: Int

    package init(first: String, second: String, shared: Int, firstParagraphs: Int, secondParagraphs: Int) {
        self.first = first
        self.second = second
        self.shared = shared
        self.firstParagraphs = firstParagraphs
        self.secondParagraphs = secondParagraphs
    }

    /// Shared paragraphs over the paragraphs of the shorter document, 0…1: how much of the
    /// shorter one is found in the longer one.
    package var share: Double {
        let smaller = min(firstParagraphs, secondParagraphs)
        return smaller == 0 ? 0 : Double(shared) / Double(smaller)
    }

    /// Shared paragraphs over the paragraphs in either (Jaccard), 0…1.
    package var jaccard: Double {
        let union = firstParagraphs + secondParagraphs - shared
        return union == 0 ? 0 : Double(shared) / Double(union)
    }

    package var sharePercent: Int { Int((share * 100).rounded()) }
}
