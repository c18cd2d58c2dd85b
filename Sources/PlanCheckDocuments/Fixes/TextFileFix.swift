import PlanCheckCore

/// Applies fixes to a plain-text file's bytes: its encoding, byte order mark and line breaks
/// (LF, CRLF or CR) stay as they were; only the fixed words change.
package enum TextFileFix {
    /// Why a text file is not fixed at all.
    package enum Refusal: Error, Equatable {
        /// Not readable as text (the check reported it).
        case unreadable(String)
        /// Writing the text back in its encoding would change other bytes than the fixed words.
        case encodingNotReproducible(String)
    }

    /// The fixed bytes and which edits were made; an edit whose words are not at its place (the
    /// text moved) or that overlaps another is left out, and stays a finding.
    package static func apply(_ edits: [FixEdit], to bytes: [UInt8]) throws(Refusal) -> (bytes: [UInt8], applied: [FixEdit]) {
        let text: String
        let encoding: String
        do {
            (text, encoding) = try TextDecoding.decodeKeepingLineBreaks(bytes)
        } catch let error as InputFileError {
            throw .unreadable(error.reason)
        } catch {
            throw .unreadable("\(error)")
        }
        guard TextEncoding.roundTrips(bytes, text: text, encoding: encoding) else { throw .encodingNotReproducible(encoding) }
        var scalars = Array(text.unicodeScalars)
        let lineStarts = lineStarts(of: scalars)
        var applied: [FixEdit] = []
        // From the end, so earlier positions stay valid as replacements change lengths.
        for edit in FixEdit.nonOverlapping(edits).kept.reversed() {
            guard edit.line >= 1, edit.line <= lineStarts.count, edit.column >= 1 else { continue }
            let start = lineStarts[edit.line - 1] + edit.column - 1
            let original = Array(edit.original.unicodeScalars)
            guard start + original.count <= scalars.count, Array(scalars[start..<(start + original.count)]) == original else { continue }
            scalars.replaceSubrange(start..<(start + original.count), with: edit.replacement.unicodeScalars)
            applied.append(edit)
        }
        var fixed = String.UnicodeScalarView()
        fixed.append(contentsOf: scalars)
        guard let output = TextEncoding.encode(String(fixed), as: encoding, byteOrderMark: bytes.starts(with: [0xEF, 0xBB, 0xBF])) else {
            throw .encodingNotReproducible(encoding)
        }
        return (output, applied.reversed())
    }

    /// Scalar index where each line starts; CRLF, CR and LF each end a line, as `TextDecoding`
    /// counts them.
    static func lineStarts(of scalars: [Unicode.Scalar]) -> [Int] {
        var starts = [0]
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            index += 1
            if scalar == "\r", index < scalars.count, scalars[index] == "\n" { index += 1 }
            if scalar == "\r" || scalar == "\n" { starts.append(index) }
        }
        return starts
    }
}
