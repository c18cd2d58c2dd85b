import Foundation
import Hummingbird
import HummingbirdCore
import Logging

/// The web page's HTTP server: the page itself, and two endpoints that take a document's bytes
/// as the request body (its name in `?name=`, which picks the reader as a file's extension
/// does) and answer with the check (JSON) or the one-document audit (HTML). Bodies are kept in
/// memory only, never written to disk, and dropped when the answer is sent.
package enum PlanCheckServer {
    /// The application, not yet running; `onRunning` receives the port actually bound.
    package static func application(
        _ configuration: ServeConfiguration, checker: UploadChecker,
        onRunning: @escaping @Sendable (Int) async -> Void = { _ in }
    ) -> some ApplicationProtocol {
        let slots = CheckSlots(running: configuration.runningChecks, waiting: configuration.waitingChecks)
        let uploads = UploadReader(limit: configuration.maxUploadBytes, timeout: configuration.uploadTimeout)
        let router = Router()
        router.get("/") { _, _ in asset(ServePage.html, type: "text/html; charset=utf-8") }
        router.get("/plancheck.css") { _, _ in asset(ServePage.style, type: "text/css; charset=utf-8") }
        router.get("/plancheck.js") { _, _ in asset(ServePage.script, type: "text/javascript; charset=utf-8") }
        router.get("/api/limits") { _, _ in
            json(#"{"maxUploadBytes":\#(configuration.maxUploadBytes)}"#, status: .ok)
        }
        router.post("/api/check") { request, _ in
            do {
                let upload = try await uploads.read(request)
                let answer = try await slots.run { try checker.check(upload) }
                return json(String(decoding: try JSONEncoder().encode(answer), as: UTF8.self), status: .ok)
            } catch {
                return refusal(error)
            }
        }
        router.post("/api/audit") { request, _ in
            do {
                let upload = try await uploads.read(request)
                let html = try await slots.run { try checker.audit(upload) }
                var response = asset(html, type: "text/html; charset=utf-8")
                response.headers[.contentDisposition] = attachment(named: "审核报告-\(upload.name).html")
                return response
            } catch {
                return refusal(error)
            }
        }
        // The reviewed document: the upload with a comment on the words of each finding.
        router.post("/api/annotate") { request, _ in
            do {
                let upload = try await uploads.read(request)
                let reviewed = try await slots.run { try checker.annotate(upload) }
                var response = Response(status: .ok, headers: headers(type: reviewed.name.hasSuffix(".odt")
                                            ? "application/vnd.oasis.opendocument.text"
                                            : "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
                                        body: .init(byteBuffer: ByteBuffer(bytes: reviewed.data)))
                response.headers[.contentDisposition] = attachment(named: reviewed.name, fallback: "plancheck-reviewed" + (reviewed.name.hasSuffix(".odt") ? ".odt" : ".docx"))
                return response
            } catch {
                return refusal(error)
            }
        }
        var logger = Logger(label: "plancheck-serve")
        logger.logLevel = configuration.logLevel
        return Application(
            router: router,
            // Idle keep-alive connections are closed, so a stalled client does not hold one forever.
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.uploadTimeout.components.seconds) + 5))),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            onServerRunning: { channel in await onRunning(channel.localAddress?.port ?? configuration.port) },
            logger: logger
        )
    }

    private static func asset(_ text: String, type: String) -> Response {
        Response(status: .ok, headers: headers(type: type), body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    private static func json(_ text: String, status: HTTPResponse.Status) -> Response {
        Response(status: status, headers: headers(type: "application/json; charset=utf-8"), body: .init(byteBuffer: ByteBuffer(string: text)))
    }

    /// Every answer: never cached (it may hold a document), never sniffed, and nothing loaded
    /// from anywhere but this server.
    private static func headers(type: String) -> HTTPFields {
        [
            .contentType: type,
            .cacheControl: "no-store",
            .init("X-Content-Type-Options")!: "nosniff",
            .init("Content-Security-Policy")!: "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:; frame-ancestors 'none'",
            .init("Referrer-Policy")!: "no-referrer",
        ]
    }

    /// A refusal as `{"error": "…"}` with its status; anything unforeseen as a 500 in the same shape.
    private static func refusal(_ error: any Error) -> Response {
        let refusal = error as? UploadRefusal ?? UploadRefusal(status: 500, message: "检查时出错，未能完成。请重试；如仍出错，请把文件交给管理员用命令行检查。")
        let body = String(decoding: (try? JSONEncoder().encode(["error": refusal.message])) ?? Data(), as: UTF8.self)
        return json(body, status: HTTPResponse.Status(code: refusal.status))
    }

    /// `attachment; filename*=UTF-8''…`: the RFC 6266 form that carries a Chinese name.
    private static func attachment(named name: String, fallback: String = "plancheck-audit.html") -> String {
        var allowed = CharacterSet.alphanumerics.intersection(CharacterSet(charactersIn: Unicode.Scalar(0)..<Unicode.Scalar(128)))
        allowed.insert(charactersIn: "-._")
        let encoded = name.addingPercentEncoding(withAllowedCharacters: allowed) ?? "report.html"
        return "attachment; filename=\"\(fallback)\"; filename*=UTF-8''\(encoded)"
    }
}
