import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A minimal HTTP/1.1 client over a plain socket, so a test can also misbehave as a browser
/// never would: stall mid-upload, hang up mid-upload. Blocking calls run on a thread of their
/// own, off the Swift concurrency pool the server under test runs on.
enum RawHTTP {
    struct Reply {
        var status: Int
        var headers: [String: String]
        var body: [UInt8]
        var text: String { String(decoding: body, as: UTF8.self) }
        /// The `error` of a JSON refusal.
        var error: String? {
            (try? JSONSerialization.jsonObject(with: Data(body)) as? [String: Any])?["error"] as? String
        }
    }

    struct Failure: Error, CustomStringConvertible { let description: String }

    /// A request with a whole body, answered.
    static func send(port: Int, method: String = "POST", path: String, body: [UInt8] = [], chunked: Bool = false) async throws -> Reply {
        try await offPool {
            let socket = try connect(port: port)
            defer { close(socket) }
            var head = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
            head += chunked ? "Transfer-Encoding: chunked\r\n\r\n" : "Content-Length: \(body.count)\r\n\r\n"
            try write(socket, Array(head.utf8))
            if chunked {
                var offset = 0
                while offset < body.count {
                    let part = body[offset..<min(body.count, offset + 65536)]
                    try write(socket, Array("\(String(part.count, radix: 16))\r\n".utf8) + part + Array("\r\n".utf8))
                    offset += part.count
                }
                try? write(socket, Array("0\r\n\r\n".utf8))
            } else {
                // A server may answer (413) before the body is all sent, and close.
                try? write(socket, body)
            }
            return try readReply(socket)
        }
    }

    /// Sends a request's head announcing `announced` bytes and only `sent` of them, then either
    /// waits for the answer (a stalled upload) or hangs up (an aborted one, returning nil).
    static func partial(port: Int, path: String, announced: Int, sent: Int, hangUp: Bool) async throws -> Reply? {
        try await offPool {
            let socket = try connect(port: port)
            defer { close(socket) }
            let head = "POST \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nContent-Length: \(announced)\r\n\r\n"
            try write(socket, Array(head.utf8) + [UInt8](repeating: 0x41, count: sent))
            if hangUp { return nil }
            return try readReply(socket)
        }
    }

    private static func offPool<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await withCheckedThrowingContinuation { continuation in
            Thread { continuation.resume(with: Result { try work() }) }.start()
        }
    }

    private static func connect(port: Int) throws -> Int32 {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Failure(description: "socket: \(errno)") }
        var timeout = timeval(tv_sec: 30, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let result = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard result == 0 else { close(socket); throw Failure(description: "connect: \(errno)") }
        return socket
    }

    private static func write(_ socket: Int32, _ bytes: [UInt8]) throws {
        var offset = 0
        while offset < bytes.count {
            let count = bytes[offset...].withUnsafeBytes { Glibc.send(socket, $0.baseAddress!, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { throw Failure(description: "send: \(errno)") }
            offset += count
        }
    }

    private static func readReply(_ socket: Int32) throws -> Reply {
        var received: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = chunk.withUnsafeMutableBytes { recv(socket, $0.baseAddress!, $0.count, 0) }
            if count <= 0 { break }
            received += chunk[..<count]
            if let reply = parse(received) { return reply }
        }
        guard let reply = parse(received, atEnd: true) else { throw Failure(description: "no HTTP answer (\(received.count) bytes)") }
        return reply
    }

    /// The reply once it is all there: a head, and a body by Content-Length, chunks or the end.
    private static func parse(_ bytes: [UInt8], atEnd: Bool = false) -> Reply? {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let split = (0..<max(0, bytes.count - 3)).first(where: { Array(bytes[$0..<$0 + 4]) == separator }) else { return nil }
        let lines = String(decoding: bytes[..<split], as: UTF8.self).components(separatedBy: "\r\n")
        guard let status = lines.first?.split(separator: " ").dropFirst().first.flatMap({ Int($0) }) else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let rest = Array(bytes[(split + 4)...])
        if let length = headers["content-length"].flatMap({ Int($0) }) {
            return rest.count >= length ? Reply(status: status, headers: headers, body: Array(rest.prefix(length))) : nil
        }
        if headers["transfer-encoding"]?.lowercased() == "chunked" {
            var body: [UInt8] = []
            var index = 0
            while let end = (index..<max(index, rest.count - 1)).first(where: { rest[$0] == 13 && rest[$0 + 1] == 10 }) {
                guard let size = Int(String(decoding: rest[index..<end], as: UTF8.self), radix: 16) else { return nil }
                if size == 0 { return Reply(status: status, headers: headers, body: body) }
                guard end + 2 + size <= rest.count else { return nil }
                body += rest[(end + 2)..<(end + 2 + size)]
                index = end + 4 + size
            }
            return nil
        }
        return atEnd ? Reply(status: status, headers: headers, body: rest) : nil
    }
}
