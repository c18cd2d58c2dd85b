import ArgumentParser
import Foundation
import PlanCheckEngine
import PlanCheckReporters

// Exit codes are part of plancheck's contract: 0 clean, 1 findings at or above --fail-on,
// 2 the run itself failed. ArgumentParser's own usage errors (64) are folded into 2.
/// The error lines on standard error; paths and rule text in them are shown with their control
/// characters escaped, so a file name cannot write to the terminal or start a CI command.
func writeErrors(_ lines: [String]) {
    FileHandle.standardError.write(Data(lines.map { "plancheck: error: \(VisibleControls.escaped($0))\n" }.joined().utf8))
}

do {
    var command = try PlanCheckCommand.parseAsRoot()
    try command.run()
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
    if code.rawValue == 1, error is ExitCode {
        exit(1) // findings at or above --fail-on
    }
    let message = PlanCheckCommand.message(for: error).split(separator: "\n").first.map(String.init) ?? "\(error)"
    writeErrors(["\(message) (see 'plancheck --help')"])
    exit(2)
}
