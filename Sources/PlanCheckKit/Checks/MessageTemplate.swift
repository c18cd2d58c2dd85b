/// Fills a rule message's placeholders: `{match}`, `{expected}`, `{year}`, `{period}`.
enum MessageTemplate {
    static func fill(_ template: String, match: String? = nil, expected: String? = nil, year: Int? = nil,
                     period: String? = nil) -> String {
        replacingPlaceholders(in: template) { name in
            switch name {
            case "year": year.map(String.init) ?? "未知年份"
            case "match": match
            case "expected": expected
            case "period": period
            default: nil
            }
        }
    }

    /// `{name}` → its value; names without one stay as written, and so does everything after a
    /// brace that is never closed. Works on the UTF-8 bytes (braces are ASCII, so they never occur
    /// inside another character's bytes); a template without a brace, as most are, is returned
    /// as it is.
    static func replacingPlaceholders(in template: String, with value: (String) -> String?) -> String {
        let open = UInt8(ascii: "{")
        let close = UInt8(ascii: "}")
        var bytes = template
        return bytes.withUTF8 { bytes in
            guard var brace = bytes.firstIndex(of: open) else { return template }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 64)
            var copied = 0
            while true {
                guard let end = bytes[(brace + 1)...].firstIndex(of: close) else { break }
                result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied..<brace]))
                let name = String(decoding: UnsafeBufferPointer(rebasing: bytes[(brace + 1)..<end]), as: UTF8.self)
                if let filled = value(name) {
                    result.append(contentsOf: filled.utf8)
                } else {
                    result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[brace...end]))
                }
                copied = end + 1
                guard let next = bytes[copied...].firstIndex(of: open) else { break }
                brace = next
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[copied...]))
            return String(decoding: result, as: UTF8.self)
        }
    }
}
