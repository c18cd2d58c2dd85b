import PlanCheckDocuments

extension FuzzEntries {
    /// Any bytes as a config glob (first line) and a relative path (the rest): the match must end
    /// quickly (libFuzzer's timeout), and a glob without wildcards or `/` must match exactly that
    /// name at any depth. The bytes as a file name: shown as text that is the name when it is
    /// UTF-8, and from which the bytes come back (`\xNN` undone) when it has no backslash.
    public static func paths(_ bytes: UnsafeBufferPointer<UInt8>) {
        let input = String(decoding: bytes, as: UTF8.self)
        let glob = String(input.prefix { $0 != "\n" })
        let path = String(input.dropFirst(glob.count).dropFirst())
        let matched = PathGlob(glob).matches(path)
        if !glob.isEmpty, !glob.unicodeScalars.contains(where: { "*?/".unicodeScalars.contains($0) }) {
            precondition(matched == (path == glob || path.hasSuffix("/" + glob)), "a plain name glob")
        }

        let (text, isExact) = FileNameBytes.text(bytes)
        if isExact {
            precondition(Array(text.utf8) == Array(bytes))
        } else if !bytes.contains(UInt8(ascii: "\\")) {
            precondition(unescape(text) == Array(bytes), "a name's bytes are lost")
        }
    }

    private static func unescape(_ text: String) -> [UInt8] {
        var output: [UInt8] = []
        let utf8 = Array(text.utf8)
        var index = 0
        while index < utf8.count {
            if utf8[index] == UInt8(ascii: "\\"), index + 3 < utf8.count + 0, utf8[index + 1] == UInt8(ascii: "x"),
               let byte = UInt8(String(decoding: utf8[(index + 2)...(index + 3)], as: UTF8.self), radix: 16) {
                output.append(byte)
                index += 4
            } else {
                output.append(utf8[index])
                index += 1
            }
        }
        return output
    }
}
