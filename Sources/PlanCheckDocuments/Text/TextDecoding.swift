import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PlanCheckCore

/// Turns the bytes of a plain-text file into text, guessing the encoding the way Chinese offices
/// write files: UTF-8 (with or without BOM), UTF-16 with BOM (Notepad's "Unicode"), or GB18030,
/// which also covers GBK and GB2312 (Notepad's "ANSI" on a Chinese Windows).
package enum TextDecoding {
    /// Decodes `data` and normalises line breaks (CRLF and lone CR become LF, which moves no line
    /// or column). A BOM is dropped.
    ///
    /// - Parameter path: only used to name the file in a thrown `InputFileError`.
    /// - Returns: the text and the encoding's name: `UTF-8`, `UTF-16LE`, `UTF-16BE` or `GB18030`.
    /// - Throws: `InputFileError` for an empty or whitespace-only file, a binary file, or bytes that
    ///   are valid in none of the encodings.
    package static func decode(_ data: Data, path: String = "") throws -> (text: String, encoding: String) {
        try decode([UInt8](data), path: path)
    }

    /// `decode(_:path:)` of bytes already read.
    package static func decode(_ bytes: [UInt8], path: String = "") throws -> (text: String, encoding: String) {
        let (text, encoding) = try decodeKeepingLineBreaks(bytes, path: path)
        return (normalizingLineBreaks(text), encoding)
    }

    /// `decode(_:path:)` with the line breaks as written (CRLF stays CRLF): what a fix edits and
    /// writes back.
    package static func decodeKeepingLineBreaks(_ bytes: [UInt8], path: String = "") throws -> (text: String, encoding: String) {
        func fail(_ reason: String) -> InputFileError { InputFileError(path: path, reason: reason) }
        guard !bytes.isEmpty else { throw fail("empty file") }

        let text: String
        let encoding: String
        if bytes.starts(with: [0xFF, 0xFE, 0x00, 0x00]) || bytes.starts(with: [0x00, 0x00, 0xFE, 0xFF]) {
            throw fail("UTF-32 text is not supported; save it as UTF-8")
        } else if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let littleEndian = bytes[0] == 0xFF
            encoding = littleEndian ? "UTF-16LE" : "UTF-16BE"
            guard let decoded = decodeUTF16(bytes.dropFirst(2), littleEndian: littleEndian) else {
                throw fail("not valid \(encoding) text (odd length or unpaired surrogate)")
            }
            // A NUL inside UTF-16 text is as binary as a NUL byte elsewhere.
            if decoded.utf16.contains(0) { throw fail("binary file (NUL bytes) — not text") }
            text = decoded
        } else {
            let body = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? bytes[3...] : bytes[...]
            // UTF-16 without a BOM lands here too: its NUL bytes are the tell.
            if containsByte(0, in: body) { throw fail("binary file (NUL bytes) — not text") }
            if let decoded = String(validating: body, as: UTF8.self) {
                text = decoded
                encoding = "UTF-8"
            } else if body.count < bytes.count {
                throw fail("not valid UTF-8 text despite its UTF-8 byte order mark")
            } else if let damage = mixedUTF8Damage(body) {
                // GB18030 would "decode" this as mojibake and every rule would then miss; say what
                // is wrong instead.
                throw fail("mixed encodings: UTF-8 text with bytes in another encoding from line \(damage.line) (re-save the file as UTF-8)")
            } else if let decoded = decodeGB18030(body) {
                text = decoded
                encoding = "GB18030"
            } else {
                throw fail("not valid UTF-8 or GB18030 text")
            }
        }
        guard text.unicodeScalars.contains(where: { !$0.properties.isWhitespace }) else {
            throw fail("empty file")
        }
        return (text, encoding)
    }

    /// Where text that is nearly all UTF-8 has bytes that are not (a GBK line pasted into a UTF-8
    /// file): the 1-based line of the first bad byte, or nil when the bytes do not look like UTF-8
    /// at all. GB18030 text forms a valid UTF-8 sequence now and then by chance (a lead byte in
    /// C2–DF followed by a trail byte in A1–BF), so "nearly all" means nine in ten multi-byte
    /// sequences.
    static func mixedUTF8Damage(_ bytes: ArraySlice<UInt8>) -> (line: Int, invalid: Int)? {
        var valid = 0
        var invalid = 0
        var firstInvalid: Int?
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let lead = bytes[index]
            if lead < 0x80 {
                index += 1
                continue
            }
            let length = switch lead {
            case 0xC2...0xDF: 2
            case 0xE0...0xEF: 3
            case 0xF0...0xF4: 4
            default: 0
            }
            if length > 0, index + length <= bytes.endIndex,
               bytes[(index + 1)..<(index + length)].allSatisfy({ $0 & 0xC0 == 0x80 }) {
                valid += 1
                index += length
            } else {
                invalid += 1
                if firstInvalid == nil { firstInvalid = index }
                index += 1
            }
        }
        guard let firstInvalid, valid >= 4, valid >= 9 * invalid else { return nil }
        let line = bytes[bytes.startIndex..<firstInvalid].reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        return (line, invalid)
    }

    /// CRLF and lone CR become LF.
    /// Whether `byte` occurs in `bytes`: memchr, where a generic `contains` steps byte by byte.
    static func containsByte(_ byte: UInt8, in bytes: some Collection<UInt8>) -> Bool {
        bytes.withContiguousStorageIfAvailable { buffer in
            guard let base = buffer.baseAddress, !buffer.isEmpty else { return false }
            return memchr(base, Int32(byte), buffer.count) != nil
        } ?? bytes.contains(byte)
    }

    static func normalizingLineBreaks(_ text: String) -> String {
        guard containsByte(0x0D, in: text.utf8) else { return text }
        var out = [UInt8]()
        out.reserveCapacity(text.utf8.count)
        var previousWasCR = false
        for byte in text.utf8 {
            if byte == 0x0D {
                out.append(0x0A)
                previousWasCR = true
                continue
            }
            if !(byte == 0x0A && previousWasCR) { out.append(byte) }
            previousWasCR = false
        }
        return String(decoding: out, as: UTF8.self)
    }

    static func decodeUTF16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String? {
        guard bytes.count % 2 == 0 else { return nil }
        var units = [UInt16]()
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let first = UInt16(bytes[index])
            let second = UInt16(bytes[index + 1])
            units.append(littleEndian ? first | second << 8 : first << 8 | second)
            index += 2
        }
        return String(validating: units, as: UTF16.self)
    }

    /// GB18030 through the C library's iconv; glibc ships the converter, so no table lives here.
    private static func decodeGB18030(_ bytes: ArraySlice<UInt8>) -> String? {
        guard let utf8 = iconvConvert(bytes, from: "GB18030", to: "UTF-8") else { return nil }
        return String(validating: utf8, as: UTF8.self)
    }

    /// Converts bytes between two encodings with iconv; nil when the input is invalid or
    /// incomplete in `from`, or the converter is missing.
    package static func iconvConvert<Bytes: Collection<UInt8>>(_ bytes: Bytes, from: String, to: String) -> [UInt8]? {
        let converter = iconv_open(to, from)
        guard let converter, converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }

        var input = Array(bytes)
        var output = [UInt8](repeating: 0, count: max(16, input.count * 2))
        var produced = 0
        let ok: Bool = input.withUnsafeMutableBufferPointer { inBuffer in
            var inPointer = UnsafeMutableRawPointer(inBuffer.baseAddress)?.assumingMemoryBound(to: CChar.self)
            var inLeft = inBuffer.count
            while true {
                let outCapacity = output.count - produced
                let (result, outUsed, error): (Int, Int, Int32) = output.withUnsafeMutableBufferPointer { outBuffer in
                    var outPointer: UnsafeMutablePointer<CChar>? = UnsafeMutableRawPointer(outBuffer.baseAddress! + produced)
                        .assumingMemoryBound(to: CChar.self)
                    var outLeft = outCapacity
                    // A nil input pointer flushes the converter's shift state at the end.
                    let result = inLeft == 0 && inPointer == nil
                        ? iconv(converter, nil, nil, &outPointer, &outLeft)
                        : iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                    return (result, outCapacity - outLeft, result == -1 ? errno : 0)
                }
                produced += outUsed
                if result != -1 {
                    if inPointer == nil { return true }
                    inPointer = nil
                    inLeft = 0
                    continue
                }
                guard error == E2BIG else { return false }
                output += [UInt8](repeating: 0, count: output.count)
            }
        }
        guard ok else { return nil }
        return Array(output[..<produced])
    }
}
