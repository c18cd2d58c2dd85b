import ArgumentParser
import Foundation

/// `plancheck serve`: starts `plancheck-serve`, the web page's own program, from the folder this
/// program is in. The server is a product of its own so that building `plancheck` never waits
/// for the HTTP server's packages; this command only hands its arguments over.
struct ServeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "serve",
        abstract: "Start the local web page for authors (runs plancheck-serve; see plancheck-serve --help).",
        discussion: """
        Options are those of plancheck-serve: --host (default 127.0.0.1), --port (default 8080), \
        --allow-remote, --max-upload-mb (default 20). plancheck-serve is built apart from \
        plancheck: swift build --product plancheck-serve, or swift run plancheck-serve.
        """
    )

    @Argument(parsing: .captureForPassthrough, help: ArgumentHelp("Options for plancheck-serve.", valueName: "option"))
    var options: [String] = []

    static let serverName = "plancheck-serve"

    func run() throws {
        let here = Bundle.main.executableURL?.resolvingSymlinksInPath().deletingLastPathComponent()
        guard let server = here?.appendingPathComponent(Self.serverName), FileManager.default.isExecutableFile(atPath: server.path) else {
            throw RunFailure("\(Self.serverName) is not built beside plancheck; build it with 'swift build --product \(Self.serverName)' or start it with 'swift run \(Self.serverName)'")
        }
        // The server takes this process's place: Ctrl+C and the exit code are its own.
        let arguments = [server.path] + options
        var pointers = arguments.map { strdup($0) } + [nil]
        execv(server.path, &pointers)
        throw RunFailure("cannot start \(server.path): \(String(cString: strerror(errno)))")
    }
}
