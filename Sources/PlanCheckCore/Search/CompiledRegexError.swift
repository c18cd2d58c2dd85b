import Foundation
#if canImport(_FoundationICU)
import _FoundationICU
#endif

/// A regex ICU refuses, with why and where: a rule author told only "does not compile" has to
/// guess which of a dozen parentheses is wrong.
package struct CompiledRegexError: Error, CustomStringConvertible {
    package let source: String
    /// What is wrong, in words (`unbalanced parentheses`).
    package let reason: String?
    /// The 1-based character (Unicode scalar) of the pattern where ICU stopped, when it says.
    package let character: Int?

    package init(source: String, reason: String?, character: Int? = nil) {
        self.source = source
        self.reason = reason
        self.character = character
    }

    package var description: String {
        var text = "regex '\(source)' does not compile"
        if let reason { text += ": \(reason)" }
        if let character { text += " (at character \(character))" }
        return text
    }

    #if canImport(_FoundationICU)
    /// From ICU's status and the UTF-16 offset its parse error gives (negative when it gives none).
    init(source: String, status: UErrorCode, utf16Offset: Int) {
        var character: Int?
        if utf16Offset >= 0, let end = source.utf16.index(source.utf16.startIndex, offsetBy: utf16Offset, limitedBy: source.utf16.endIndex),
           let scalarEnd = end.samePosition(in: source.unicodeScalars) {
            character = source.unicodeScalars.distance(from: source.unicodeScalars.startIndex, to: scalarEnd) + 1
        }
        self.init(source: source, reason: Self.reason(status), character: character)
    }

    static func reason(_ status: UErrorCode) -> String {
        switch status {
        case U_REGEX_MISMATCHED_PAREN: "unbalanced parentheses"
        case U_REGEX_MISSING_CLOSE_BRACKET: "a [ without its ]"
        case U_REGEX_BAD_ESCAPE_SEQUENCE: "an unknown backslash escape"
        case U_REGEX_PROPERTY_SYNTAX: "a malformed \\p{…} property"
        case U_REGEX_BAD_INTERVAL: "a malformed {min,max} repetition"
        case U_REGEX_MAX_LT_MIN: "in {min,max}, max is less than min"
        case U_REGEX_NUMBER_TOO_BIG: "a number too large"
        case U_REGEX_INVALID_BACK_REF: "a back-reference to a group that does not exist"
        case U_REGEX_INVALID_FLAG: "an unknown (?flag)"
        case U_REGEX_LOOK_BEHIND_LIMIT: "a look-behind without a bounded length (ICU needs one: no * or + inside (?<=…))"
        case U_REGEX_INVALID_RANGE: "a range [x-y] with x after y"
        case U_REGEX_SET_CONTAINS_STRING: "a set that contains a string"
        case U_REGEX_INVALID_CAPTURE_GROUP_NAME: "an invalid group name"
        case U_REGEX_PATTERN_TOO_BIG: "the pattern is too large"
        case U_REGEX_UNIMPLEMENTED: "a feature ICU does not implement"
        case U_REGEX_RULE_SYNTAX: "a syntax error, such as a quantifier (* + ? {n}) with nothing before it"
        default: "ICU error \(status.rawValue)"
        }
    }
    #endif
}
