import Foundation

/// How many checks run at once, and how many uploads may wait for one. A check is CPU work on a
/// thread of its own (never a thread of the server's event loops, which go on answering), and a
/// burst of uploads queues instead of starving the machine; past the queue, an upload is told
/// to try again shortly (`UploadRefusal.busy`).
package actor CheckSlots {
    private let running: Int
    private let waiting: Int
    private var inUse = 0
    private var queue: [CheckedContinuation<Void, Never>] = []

    package init(running: Int = ProcessInfo.processInfo.activeProcessorCount, waiting: Int = 32) {
        self.running = max(1, running)
        self.waiting = max(0, waiting)
    }

    /// `work` on a thread of its own once a slot is free; `UploadRefusal.busy` when the queue is full.
    package func run<Value: Sendable>(_ work: @escaping @Sendable () throws -> Value) async throws -> Value {
        try await acquire()
        defer { release() }
        return try await withCheckedThrowingContinuation { continuation in
            DispatchQueue.global(qos: .userInitiated).async {
                continuation.resume(with: Result { try work() })
            }
        }
    }

    private func acquire() async throws {
        if inUse < running {
            inUse += 1
            return
        }
        guard queue.count < waiting else { throw UploadRefusal.busy }
        // The slot is handed over by `release`, which leaves `inUse` as it is.
        await withCheckedContinuation { queue.append($0) }
    }

    private func release() {
        if queue.isEmpty {
            inUse -= 1
        } else {
            queue.removeFirst().resume()
        }
    }
}
