import PlanCheckCore

/// A hash that names a finding independently of where it sits, so CI systems (GitHub code
/// scanning's `partialFingerprints`, a baseline) recognise it after lines are inserted above it:
/// rule, document, the matched text and the text of its line, never the line number.
///
/// FNV-1a over UTF-8, because `Hasher` is seeded differently on every run.
struct FindingFingerprint: Hashable, Sendable {
    /// 16 lowercase hex digits.
    let hash: String

    init(_ finding: Finding, in document: DocumentResult) {
        let fields: [String]
        if finding.span != nil {
            // Indentation changes do not make a finding new.
            let line = finding.lineText.map { $0.trimmingWhitespace } ?? ""
            fields = [finding.ruleID, document.displayName, finding.match ?? "", line]
        } else {
            // A document-level finding has no text; its message tells the missing element apart.
            fields = [finding.ruleID, document.displayName, finding.message]
        }
        var value: UInt64 = 0xCBF2_9CE4_8422_2325
        for (index, field) in fields.enumerated() {
            // A separator byte that cannot occur in UTF-8 text keeps ("ab", "c") apart from ("a", "bc").
            for byte in (index == 0 ? [] : [0xFF]) + Array(field.utf8) {
                value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01B3
            }
        }
        let hex = String(value, radix: 16)
        hash = String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// Each finding's fingerprint with its occurrence number (`hash:1`, `hash:2` …) among findings
    /// with the same hash in the document, in report order, so repeated identical lines stay
    /// distinct; the same scheme GitHub uses for its own line hashes.
    static func numbered(_ findings: [Finding], in document: DocumentResult) -> [String] {
        var seen: [String: Int] = [:]
        return findings.map { finding in
            let hash = FindingFingerprint(finding, in: document).hash
            seen[hash, default: 0] += 1
            return "\(hash):\(seen[hash]!)"
        }
    }
}

extension String {
    var trimmingWhitespace: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
