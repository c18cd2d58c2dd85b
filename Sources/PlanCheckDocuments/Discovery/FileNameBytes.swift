/// A file name as the file system gives it: bytes, which on Linux need not be UTF-8 (a GBK name
/// unpacked from a Windows zip, say). Swift's `String` paths cannot hold such a name — Foundation
/// replaces the bad bytes with U+FFFD, and the path then names no file — so a folder walk reads
/// names as bytes and shows each byte that is not UTF-8 as `\xNN`.
package enum FileNameBytes {
    /// The name as text: itself when it is UTF-8, else its UTF-8 runs with every other byte as
    /// `\xNN` (`\xb9\xa4作计划.txt`); and whether it was UTF-8, so the text is the name.
    package static func text(_ bytes: some Collection<UInt8>) -> (text: String, isExact: Bool) {
        if let text = String(validating: bytes, as: UTF8.self) { return (text, true) }
        var text = ""
        var parser = Unicode.UTF8.ForwardParser()
        var iterator = bytes.makeIterator()
        var remaining = Array(bytes)[...]
        while true {
            switch parser.parseScalar(from: &iterator) {
            case .valid(let encoded):
                text.unicodeScalars.append(Unicode.UTF8.decode(encoded))
                remaining = remaining.dropFirst(encoded.count)
            case .error(let length):
                for byte in remaining.prefix(length) {
                    text += "\\x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16)
                }
                remaining = remaining.dropFirst(length)
            case .emptyInput:
                return (text, false)
            }
        }
    }
}
