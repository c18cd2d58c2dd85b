import Foundation

/// Runs the built `plancheck` executable, the way a user or CI would.
package enum PlanCheckBinary {
    package struct Run {
        package var status: Int32
        package var standardOutput: String
        package var standardError: String
    }

    /// SwiftPM puts the test bundle and the executable in the same products folder.
    package static var url: URL {
        Bundle.main.bundleURL.appendingPathComponent("plancheck")
    }

    /// `outputFile`: where standard output goes instead of the returned text (e.g. `/dev/full`);
    /// `input`: what standard input holds (by default it is empty); `launcher`: a command that
    /// runs plancheck, its path appended (`setpriv --reuid=65534 …` to run it as another user).
    package static func run(_ arguments: [String], in folder: URL? = nil, environment: [String: String] = [:],
                    outputFile: String? = nil, input: Data = Data(), launcher: [String] = []) throws -> Run {
        let process = Process()
        if let command = launcher.first {
            process.executableURL = URL(fileURLWithPath: command)
            process.arguments = Array(launcher.dropFirst()) + [url.path] + arguments
        } else {
            process.executableURL = url
            process.arguments = arguments
        }
        if let folder { process.currentDirectoryURL = folder }
        // The report's language follows the locale: tests run in a neutral one unless they set
        // their own, so a developer under zh_CN sees the same results as CI.
        var inherited = ProcessInfo.processInfo.environment
        for name in ["LC_ALL", "LC_MESSAGES", "LANG", "LANGUAGE"] { inherited[name] = nil }
        process.environment = inherited.merging(environment) { $1 }
        let output = Pipe()
        let error = Pipe()
        if let outputFile {
            process.standardOutput = FileHandle(forWritingAtPath: outputFile)
            try output.fileHandleForWriting.close()
        } else {
            process.standardOutput = output
        }
        process.standardError = error
        let inputPipe = Pipe()
        process.standardInput = inputPipe
        try process.run()
        // Written from another thread: a large input could fill the pipe before plancheck reads.
        let writer = Thread {
            try? inputPipe.fileHandleForWriting.write(contentsOf: input)
            try? inputPipe.fileHandleForWriting.close()
        }
        writer.start()
        // Read both pipes before waiting, so a large report cannot fill a pipe and block.
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        let errorData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus,
                   standardOutput: String(decoding: outputData, as: UTF8.self),
                   standardError: String(decoding: errorData, as: UTF8.self))
    }
}
