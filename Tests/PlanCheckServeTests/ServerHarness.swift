import Foundation
import PlanCheckEngine
import PlanCheckServe
import PlanCheckTestSupport

/// The web page's server, started in this process on a free port for one test, and stopped after.
enum ServerHarness {
    /// The bundled rules without a folder's configuration, read once for every test.
    static let checker: UploadChecker = {
        var options = SessionOptions()
        options.usesConfiguration = false
        return try! UploadChecker(session: options)
    }()

    static func configuration(_ change: (inout ServeConfiguration) -> Void = { _ in }) -> ServeConfiguration {
        var configuration = ServeConfiguration()
        configuration.port = 0
        // Stopping a server at the end of a test is no error worth a line.
        configuration.logLevel = .critical
        change(&configuration)
        return configuration
    }

    /// Runs `body` with the port of a server started with `configuration`.
    static func withServer<Value>(_ configuration: ServeConfiguration = configuration(), _ body: (Int) async throws -> Value) async throws -> Value {
        let (ports, continuation) = AsyncStream<Int>.makeStream()
        let app = PlanCheckServer.application(configuration, checker: checker) { port in continuation.yield(port) }
        let server = Task { try await app.runService() }
        defer { server.cancel() }
        var iterator = ports.makeAsyncIterator()
        guard let port = await iterator.next() else { throw RawHTTP.Failure(description: "the server did not start") }
        return try await body(port)
    }

    static func example(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: SharedCorpus.packageRoot.appendingPathComponent("examples").appendingPathComponent(name)))
    }

    static func path(_ endpoint: String, name: String) -> String {
        endpoint + "?name=" + name.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
    }
}
