extension MutableCollection where Self: RandomAccessCollection {
    /// Sorts the elements, but only when one pass finds two neighbours out of order: headings,
    /// matches and lines nearly always arrive in order already, and a sort would move them all.
    @inlinable
    package mutating func sortIfNeeded(by areInIncreasingOrder: (Element, Element) -> Bool) {
        let outOfOrder = indices.dropFirst().contains { index in
            areInIncreasingOrder(self[index], self[self.index(before: index)])
        }
        if outOfOrder { sort(by: areInIncreasingOrder) }
    }
}
