/// Bounds on the numbers a document's list definitions give and the labels drawn from them, so
/// that a hostile start value can neither overflow a counter nor make a label of millions of
/// letters (`zzzz…` for a start near Int32.max).
enum ListLabelLimits {
    /// The start values taken from a file (`w:start`, `w:startOverride`, a .doc's LVL and LFO,
    /// `text:start-value`): Word accepts 0…32767 and writes nothing larger, so a number outside
    /// comes only from a broken or hostile writer. It is clamped to the range rather than
    /// ignored, so such a list still counts on in order; and counters that start within it and
    /// advance by one a paragraph stay far from Int's limits.
    static let startValues = 0...32767

    /// The most characters a label shows, its number or numbers and the text around them (`%1、`,
    /// `第%1章`, a level's prefix and suffix) together; Word's own are a handful. One counter's
    /// number is cut to the same length.
    static let maximumLength = 64

    /// A start value read from a file's attribute, clamped to `startValues`; nil when the
    /// attribute is absent or not a number.
    static func startValue(_ text: String?) -> Int? {
        guard let text else { return nil }
        if let value = Int(text) { return clamped(value) }
        // Digits past Int's range are still a number, and still too large.
        let digits = text.hasPrefix("-") || text.hasPrefix("+") ? text.dropFirst() : text[...]
        guard !digits.isEmpty, digits.allSatisfy({ $0.isASCII && $0.isNumber }) else { return nil }
        return text.hasPrefix("-") ? startValues.lowerBound : startValues.upperBound
    }

    static func clamped(_ value: Int) -> Int {
        min(max(value, startValues.lowerBound), startValues.upperBound)
    }

    /// `label` cut to `maximumLength` characters.
    static func capped(_ label: String) -> String {
        // Counting stops at the limit: a label far longer is not walked to its end.
        guard label.utf8.count > maximumLength, let end = label.index(label.startIndex, offsetBy: maximumLength, limitedBy: label.endIndex) else {
            return label
        }
        return String(label[..<end])
    }
}
