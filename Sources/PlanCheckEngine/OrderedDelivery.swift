import Foundation

/// Hands file indexes to worker threads and passes their results on in index order, so output
/// is the same whatever the timing. A worker may run at most `window` files ahead of the oldest
/// unfinished one: one slow document holds back a bounded number of finished ones, and memory
/// stays flat however large the folder.
final class OrderedDelivery<Value>: @unchecked Sendable {
    private let count: Int
    private let window: Int
    private let condition = NSCondition()
    private var nextToTake = 0
    private var nextToDeliver = 0
    private var finished: [Int: Value] = [:]

    init(count: Int, window: Int) {
        self.count = count
        self.window = max(1, window)
    }

    /// The next index to work on, waiting while the worker is too far ahead; `nil` when all are taken.
    func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        while nextToTake < count, nextToTake - nextToDeliver >= window {
            condition.wait()
        }
        guard nextToTake < count else { return nil }
        nextToTake += 1
        return nextToTake - 1
    }

    /// Records a result, then delivers every result that is now next in order. `deliver` runs
    /// under the lock, one result at a time, in index order.
    func finish(_ index: Int, _ value: Value, deliver: (Int, Value) -> Void) {
        condition.lock()
        defer { condition.unlock() }
        finished[index] = value
        while let ready = finished.removeValue(forKey: nextToDeliver) {
            deliver(nextToDeliver, ready)
            nextToDeliver += 1
        }
        condition.broadcast()
    }
}
