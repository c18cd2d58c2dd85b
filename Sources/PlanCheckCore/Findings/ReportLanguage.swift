/// The language of the words plancheck itself puts around findings (severity labels, `hint:`,
/// the summary line, command-line errors). Rule messages are Chinese whatever it is: they come
/// from the rule files.
package enum ReportLanguage: String, Sendable, CaseIterable {
    case zh
    case en

    /// The language the locale asks for: the first of `LC_ALL`, `LC_MESSAGES`, `LANG` that is set
    /// decides, as POSIX orders them; Chinese when it is `zh_*`, English otherwise (`C`, unset).
    package static func fromLocale(_ environment: [String: String]) -> ReportLanguage {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            guard let value = environment[name], !value.isEmpty else { continue }
            return value.lowercased().hasPrefix("zh") ? .zh : .en
        }
        return .en
    }

    /// `chinese` or `english`, whichever this language is.
    package func pick(_ chinese: String, _ english: String) -> String {
        self == .zh ? chinese : english
    }
}
