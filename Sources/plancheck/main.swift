import ArgumentParser
import Foundation
import PlanCheckEngine
import PlanCheckReporters

// Exit codes are part of plancheck's contract: 0 clean, 1 findings at or above --fail-on,
// 2 the run itself failed. ArgumentParser's own usage errors (64) are folded into 2.
/// The error lines on standard error; paths and rule text in them are shown with their control
/// characters escaped, so a file name cannot write to the terminal or start a CI command.
/// In the language of `--lang` (or the locale), as the text report is.
func writeErrors(_ lines: [String], seeHelp: Bool = false) {
    let language = CommandLineLanguage.current()
    let prefix = language.pick("plancheck：错误：", "plancheck: error: ")
    let suffix = seeHelp ? language.pick("（见 plancheck --help）", " (see 'plancheck --help')") : ""
    let text = lines.map { line in
        let line = language == .zh ? ChineseErrorLine.translate(line) : line
        return prefix + VisibleControls.escaped(line) + suffix + "\n"
    }
    FileHandle.standardError.write(Data(text.joined().utf8))
}

// Loading the bundled rules starts before the command line is parsed (see BundledRules).
if BundledRules.arePrefetched(for: Array(CommandLine.arguments.dropFirst())) { BundledRules.prefetch() }

do {
    if let unknown = UnknownCommand.error(in: Array(CommandLine.arguments.dropFirst())) {
        writeErrors([unknown], seeHelp: true)
        exit(2)
    }
    if let settings = QuickCheckArguments.settings(for: Array(CommandLine.arguments.dropFirst())) {
        try settings.run()
    } else {
        var command = try PlanCheckCommand.parseAsRoot()
        try command.run()
    }
} catch let code as ExitCode where code.rawValue == 1 {
    // Findings at or above --fail-on: the common end of a check. Asking ArgumentParser for the
    // code (below) builds its help for every command first, a tenth of a whole start.
    exit(1)
} catch let failure as RunFailure {
    writeErrors(failure.lines)
    exit(2)
} catch let failure as SessionError {
    writeErrors(failure.lines)
    exit(2)
} catch {
    let code = PlanCheckCommand.exitCode(for: error)
    if code == .success {
        PlanCheckCommand.exit(withError: error) // --help, --version
    }
    let message = UsageErrorLine.line(from: PlanCheckCommand.message(for: error))
    writeErrors([message], seeHelp: true)
    exit(2)
}
