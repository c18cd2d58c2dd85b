/// A line that only repeats the title: a sharing site prints a file's title two or three times
/// (its name, its heading, the file's own heading with quotes) before the text's first line.
enum TitleCopy {
    /// Whether `line` is `title` again, quote marks, book marks and spaces aside.
    static func isCopy(_ line: String, of title: String) -> Bool {
        let bare = bareUnits(line)
        return !bare.isEmpty && bare == bareUnits(title)
    }

    private static func bareUnits(_ text: String) -> [UInt16] {
        text.utf16.filter { !ignored.contains($0) && !Glyph.isSpace($0) }
    }

    private static let ignored: Set<UInt16> = Set("“”\"'‘’《》「」".utf16)

    /// The title copies an opening may carry before its first line of text.
    static let copiesAllowed = 3
}
