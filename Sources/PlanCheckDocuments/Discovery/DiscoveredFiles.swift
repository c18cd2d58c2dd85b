/// The files a walk found, in order, stored compactly. A folder of 10,000 plans is listed before
/// the first is read and stays listed to the end of the run, so a file found in a folder costs
/// its name's bytes and one small entry, not two `String`s of its whole path (about 200 bytes a
/// file; issue 16). A `DiscoveredFile` is made when one is asked for.
package struct DiscoveredFiles: RandomAccessCollection, Sendable, Equatable {
    /// What a folder's files begin with: its standardized path and its display path, each ending
    /// where a name is joined on (with its `/`).
    private struct Folder: Sendable {
        let path: String
        let displayPath: String
    }

    /// A file: `names[start..<end]` under `folders[folder]`, or, when `folder` is `standalone`,
    /// `standalone[start]`.
    private struct Entry: Sendable {
        var folder: UInt32
        var start: UInt32
        var end: UInt32
    }

    private static let standaloneFolder = UInt32.max

    private var folders: [Folder] = []
    private var entries: [Entry] = []
    /// The UTF-8 names of the files in `folders`, one after another.
    private var names: [UInt8] = []
    /// Files kept whole: named on the command line, standard input, or read already.
    private var standalone: [DiscoveredFile] = []

    package init() {}

    package init(_ files: some Sequence<DiscoveredFile>) {
        for file in files { append(file) }
    }

    package var startIndex: Int { 0 }
    package var endIndex: Int { entries.count }

    package subscript(position: Int) -> DiscoveredFile {
        let entry = entries[position]
        guard entry.folder != Self.standaloneFolder else { return standalone[Int(entry.start)] }
        let folder = folders[Int(entry.folder)]
        let name = String(decoding: names[Int(entry.start)..<Int(entry.end)], as: UTF8.self)
        return DiscoveredFile(path: folder.path + name, displayPath: folder.displayPath + name)
    }

    package static func == (left: DiscoveredFiles, right: DiscoveredFiles) -> Bool {
        left.elementsEqual(right)
    }

    /// Starts a folder whose files are then added by name; its number for `append(name:inFolder:)`.
    /// - Parameters:
    ///   - path: the folder's standardized path, ending in `/`.
    ///   - displayPath: its display path, ending in `/`.
    mutating func addFolder(path: String, displayPath: String) -> Int {
        folders.append(Folder(path: path, displayPath: displayPath))
        return folders.count - 1
    }

    /// A file of the folder numbered `folder`, named by UTF-8 bytes.
    mutating func append(name: some Collection<UInt8>, inFolder folder: Int) {
        let start = names.count
        names.append(contentsOf: name)
        entries.append(Entry(folder: UInt32(folder), start: UInt32(start), end: UInt32(names.count)))
    }

    /// A file kept as it is.
    package mutating func append(_ file: DiscoveredFile) {
        insert(file, at: entries.count)
    }

    /// A file kept as it is, at `position` (standard input goes first).
    package mutating func insert(_ file: DiscoveredFile, at position: Int) {
        standalone.append(file)
        entries.insert(Entry(folder: Self.standaloneFolder, start: UInt32(standalone.count - 1), end: 0), at: position)
    }

    /// The files `isIncluded` accepts, in the same order; the names' storage is shared.
    package func keeping(_ isIncluded: (DiscoveredFile) throws -> Bool) rethrows -> DiscoveredFiles {
        var kept = self
        kept.entries = []
        for index in indices where try isIncluded(self[index]) {
            kept.entries.append(entries[index])
        }
        return kept
    }

    /// Leaves out a file whose path came earlier: the first one found is checked, as it is named.
    mutating func removeRepeatedPaths() {
        var seen: Set<String> = []
        let all = self
        entries = indices.compactMap { seen.insert(all[$0].path).inserted ? all.entries[$0] : nil }
    }

    /// Sorts by display path (Unicode scalar order, as `String.precedesInScalarOrder`), which a
    /// walk of one folder has already done; the entries are compared without making strings.
    mutating func sortByDisplayPath() {
        let all = self
        let precedes = { (left: Entry, right: Entry) in all.displayPathBytes(left).lexicographicallyPrecedes(all.displayPathBytes(right)) }
        guard !zip(entries, entries.dropFirst()).allSatisfy({ !precedes($1, $0) }) else { return }
        entries.sort(by: precedes)
    }

    /// The UTF-8 bytes of an entry's display path, in two pieces.
    private func displayPathBytes(_ entry: Entry) -> JoinedBytes {
        guard entry.folder != Self.standaloneFolder else {
            return JoinedBytes(head: standalone[Int(entry.start)].displayPath.utf8, tail: [][...])
        }
        return JoinedBytes(head: folders[Int(entry.folder)].displayPath.utf8, tail: names[Int(entry.start)..<Int(entry.end)])
    }
}

/// A string's UTF-8 bytes followed by more bytes, read without joining them.
private struct JoinedBytes: Sequence {
    let head: String.UTF8View
    let tail: ArraySlice<UInt8>

    struct Iterator: IteratorProtocol {
        var head: String.UTF8View.Iterator
        var tail: ArraySlice<UInt8>.Iterator

        mutating func next() -> UInt8? {
            head.next() ?? tail.next()
        }
    }

    func makeIterator() -> Iterator {
        Iterator(head: head.makeIterator(), tail: tail.makeIterator())
    }
}
