import ArgumentParser
import Foundation
import PlanCheckEngine

// Exit codes are part of plancheck's contract: 0 clean, 1 findings at or above --fail-on,
// 2 the run itself failed. ArgumentParser's own usage errors (64) are folded into 2.
do {
    var command = try PlanCheckCommand.parseAsRoot()
    try command.run()
} catch let failure as RunFailure {
    FileHandle.standardError.write(Data(failure.lines.map { "plancheck: error: \($0)\n" }.joined().utf8))
    exit(2)
} catch let failure as SessionError {
    FileHandle.standardError.write(Data(failure.lines.map { "plancheck: error: \($0)\n" }.joined().utf8))
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
    FileHandle.standardError.write(Data("plancheck: error: \(message) (see 'plancheck --help')\n".utf8))
    exit(2)
}
