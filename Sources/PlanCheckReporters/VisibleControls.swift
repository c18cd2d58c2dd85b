import PlanCheckCore

/// Control characters from documents, rules and file names made visible before they reach a
/// terminal, so none can clear the screen, retitle the window, move the cursor or end a line
/// early. As ripgrep and git do, each is written as an escape: C0 controls and DEL as `\xNN`
/// (`\x1b`, `\x07`, `\x0a`), C1 controls as `\u{NN}` (`\u{9b}`), so the two cannot be mistaken
/// for each other or for a raw byte shown as `\xNN` in a file name that is not UTF-8. A tab,
/// which moves nothing but the column, becomes a space. Every other character is left as it is;
/// text without a control character (nearly all) is returned unchanged.
package enum VisibleControls {
    package static func escaped(_ text: String) -> String {
        let clean = text.utf8.withContiguousStorageIfAvailable { !mayHoldControl($0) }
        if clean == true { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 8)
        for scalar in text.unicodeScalars {
            if let escape = escape(for: scalar) {
                output += escape
            } else {
                output.unicodeScalars.append(scalar)
            }
        }
        return output
    }

    /// How a scalar is shown: nil for one shown as itself.
    package static func escape(for scalar: Unicode.Scalar) -> String? {
        switch scalar.value {
        case 0x09: " "
        case 0x00..<0x20, 0x7F: "\\x" + hex(scalar.value)
        case 0x80...0x9F: "\\u{" + hex(scalar.value) + "}"
        default: nil
        }
    }

    /// Whether a scalar is a C0 or C1 control character or DEL.
    package static func isControl(_ value: UInt32) -> Bool {
        value < 0x20 || (0x7F...0x9F).contains(value)
    }

    private static func hex(_ value: UInt32) -> String {
        let digits = String(value, radix: 16)
        return digits.count == 1 ? "0" + digits : digits
    }

    /// Whether `bytes` hold a byte below 0x20, 0x7F, or 0xC2 (which leads U+0080–U+00BF), eight
    /// at a time: messages and hints are checked for every finding.
    private static func mayHoldControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        ByteWords.contains(bytes, mayHold: { word in
            ByteWords.mayHold(word, below: 0x20) || ByteWords.mayHold(word, 0x7F) || ByteWords.mayHold(word, 0xC2)
        }, where: { bytes, index in bytes[index] < 0x20 || bytes[index] == 0x7F || bytes[index] == 0xC2 })
    }
}
