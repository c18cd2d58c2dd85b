import Logging

/// Where the page listens and what it accepts. The defaults are those of `plancheck-serve`.
package struct ServeConfiguration: Sendable {
    package var host = "127.0.0.1"
    /// 0 asks the system for a free port (the tests do).
    package var port = 8080
    /// Uploads larger than this are refused before they are read to the end.
    package var maxUploadBytes = 20 << 20
    /// An upload not received whole within this time is refused (a stalled or very slow client).
    package var uploadTimeout: Duration = .seconds(30)
    /// Checks run at once, and uploads that may wait for one (`CheckSlots`).
    package var runningChecks = 2
    package var waitingChecks = 32
    /// The server library's own log (warnings and worse by default); the tests quiet it.
    package var logLevel: Logger.Level = .warning

    package init() {}

    /// Whether `host` is reachable only from this machine. Anything else needs `--allow-remote`:
    /// the page shows whole documents to whoever can reach it.
    package static func isLoopback(_ host: String) -> Bool {
        let bare = host.trimmingCharacters(in: ["[", "]"])
        return bare == "localhost" || bare == "::1" || bare.hasPrefix("127.")
    }
}
