import Hummingbird

/// Reads an upload's body into memory within the size limit and the time limit, and names it
/// from `?name=`. Everything that can go wrong on the way is an `UploadRefusal`.
struct UploadReader: Sendable {
    let limit: Int
    let timeout: Duration

    func read(_ request: Request) async throws -> UploadedDocument {
        let name = request.uri.queryParameters["name"].map(String.init) ?? ""
        // Said before a byte is read, when the browser announces the size.
        if let length = request.headers[.contentLength].flatMap({ Int($0) }), length > limit {
            throw UploadRefusal.tooLarge(limitBytes: limit)
        }
        let body = request.body
        let limit = limit
        let timeout = timeout
        do {
            let buffer = try await withThrowingTaskGroup(of: ByteBuffer?.self) { group in
                group.addTask { try await body.collect(upTo: limit) }
                group.addTask {
                    try await Task.sleep(for: timeout)
                    return nil
                }
                defer { group.cancelAll() }
                guard let first = try await group.next(), let buffer = first else { throw UploadRefusal.tooSlow }
                return buffer
            }
            return UploadedDocument(name: name, bytes: Array(buffer.readableBytesView))
        } catch let refusal as UploadRefusal {
            throw refusal
        } catch let error as any HTTPResponseError where error.status == .contentTooLarge {
            throw UploadRefusal.tooLarge(limitBytes: limit)
        } catch {
            // The client went away or the connection broke mid-upload.
            throw UploadRefusal.tooSlow
        }
    }
}
