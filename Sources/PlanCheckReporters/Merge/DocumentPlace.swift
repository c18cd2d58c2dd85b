import PlanCheckCore

/// Which document (or piece of a compilation) a part of a report is about, and its place in the
/// report a single run writes: documents in discovery order, which is by path in Unicode scalar
/// order (`Discovery`), and the pieces of a compilation in their order.
struct DocumentPlace: Hashable {
    let path: String
    let piece: Int?

    /// `path#N`, as reports name a piece.
    var displayName: String { piece.map { "\(path)#\($0)" } ?? path }

    static func precedes(_ left: DocumentPlace, _ right: DocumentPlace) -> Bool {
        if left.path != right.path { return String.precedesInScalarOrder(left.path, right.path) }
        return (left.piece ?? 0) < (right.piece ?? 0)
    }

    /// `items` in a single run's order; the sort is made stable by hand, as `sorted` does not
    /// promise to be.
    static func inRunOrder<Item>(_ items: [(place: DocumentPlace, item: Item)]) -> [(place: DocumentPlace, item: Item)] {
        items.indices.sorted { left, right in
            if precedes(items[left].place, items[right].place) { return true }
            if precedes(items[right].place, items[left].place) { return false }
            return left < right
        }.map { items[$0] }
    }
}
