import ArgumentParser

/// How the text report is laid out for the terminal that shows it: how it draws characters whose
/// width differs between Western and CJK setups.
struct TextOutputOptions: ParsableArguments {
    @Option(name: .customLong("ambiguous-width"), help: ArgumentHelp(
        "Cells a terminal gives East Asian Ambiguous characters (“”…—·): 1 for most terminals, 2 for CJK-legacy ones (carets under Chinese text line up when this matches).",
        valueName: "1|2"))
    var ambiguousWidth: AmbiguousWidth = .narrow
}

/// `--ambiguous-width`.
enum AmbiguousWidth: String, PlainArgument {
    case narrow = "1"
    case wide = "2"
}
