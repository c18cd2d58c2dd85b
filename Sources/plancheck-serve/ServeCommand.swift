import ArgumentParser
import Foundation
import PlanCheckEngine
import PlanCheckServe

/// `plancheck-serve` (also reached as `plancheck serve`): the local web page for authors who
/// never open a terminal. It says where it listens and opens nothing by itself.
@main
struct ServeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plancheck-serve",
        abstract: "Serve a local web page (in Chinese) where an author drops a plan and sees its findings.",
        discussion: """
        The page, its script and styles are served by plancheck itself; nothing is loaded from \
        the network. Uploaded files are kept in memory only, never written to disk, and \
        forgotten once answered. The rules are those `plancheck check` uses here: the bundled \
        ones and the nearest .plancheck.yml.

        Examples:
          plancheck-serve                       # http://127.0.0.1:8080
          plancheck-serve --port 9000
          plancheck-serve --host 0.0.0.0 --allow-remote   # reachable from other machines
        """
    )

    @Option(help: "The address to listen on.")
    var host = "127.0.0.1"

    @Option(help: "The port to listen on (0: any free port).")
    var port = 8080

    @Flag(name: .customLong("allow-remote"), help: "Allow a --host other machines can reach (the page shows whole documents to anyone who reaches it).")
    var allowRemote = false

    @Option(name: .customLong("max-upload-mb"), help: "The largest file accepted, in MB.")
    var maxUploadMB = 20

    /// As `plancheck` does: a usage error exits with 2 (the run itself failed), not 64.
    static func main() async {
        do {
            var command = try parseAsRoot()
            if let serve = command as? ServeCommand {
                try await serve.run()
            } else {
                try command.run()
            }
        } catch {
            let code = exitCode(for: error)
            guard code != .success else { exit(withError: error) }
            FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
            Foundation.exit(code == .validationFailure ? 2 : code.rawValue)
        }
    }

    func validate() throws {
        guard (0...65535).contains(port) else { throw ValidationError("--port must be between 0 and 65535") }
        guard (1...256).contains(maxUploadMB) else { throw ValidationError("--max-upload-mb must be between 1 and 256") }
        if !ServeConfiguration.isLoopback(host) && !allowRemote {
            throw ValidationError("--host \(host) can be reached from other machines; add --allow-remote if that is meant")
        }
    }

    func run() async throws {
        var configuration = ServeConfiguration()
        configuration.host = host
        configuration.port = port
        configuration.maxUploadBytes = maxUploadMB << 20
        configuration.runningChecks = ProcessInfo.processInfo.activeProcessorCount
        let checker: UploadChecker
        do {
            checker = try UploadChecker()
        } catch {
            FileHandle.standardError.write(Data("plancheck-serve: \(error)\n".utf8))
            throw ExitCode(2)
        }
        if !ServeConfiguration.isLoopback(host) {
            FileHandle.standardError.write(Data("""
            plancheck-serve: warning: listening on \(host), reachable from other machines: anyone who reaches \
            this address can upload documents and read the answers. There is no password and no encryption.

            """.utf8))
        }
        let host = host
        let app = PlanCheckServer.application(configuration, checker: checker) { bound in
            let shown = host.contains(":") ? "[\(host)]" : host
            FileHandle.standardOutput.write(Data("plancheck 工作计划检查页面：http://\(shown):\(bound)/  （Ctrl+C 停止）\n".utf8))
        }
        try await app.runService()
    }
}
