import Foundation
import Testing
@testable import PlanCheckEngine

/// Workers finish files in any order; their results must still be handed over in file order, one
/// at a time, and no worker may run further ahead of the oldest unfinished file than the window.
@Suite struct OrderedDeliveryTests {
    /// What the workers and the deliverer saw, behind a lock of its own.
    final class Record: @unchecked Sendable {
        private let lock = NSLock()
        private(set) var delivered: [Int] = []
        private(set) var overlappingDeliveries = 0
        private(set) var widestLead = 0
        private var delivering = 0
        private var deliveredCount = 0

        func took(_ index: Int) {
            lock.withLock { widestLead = max(widestLead, index + 1 - deliveredCount) }
        }

        func beginDelivery(_ index: Int) {
            lock.withLock {
                delivering += 1
                if delivering > 1 { overlappingDeliveries += 1 }
                delivered.append(index)
            }
        }

        func endDelivery() {
            lock.withLock {
                delivering -= 1
                deliveredCount += 1
            }
        }
    }

    @Test(arguments: [1, 2, 4])
    func resultsArriveInOrderOneAtATimeWithinTheWindow(workers: Int) {
        let count = 400
        let window = 8
        let delivery = OrderedDelivery<Int>(count: count, window: window)
        let record = Record()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            while let index = delivery.take() {
                record.took(index)
                // Uneven work, so later files often finish before earlier ones.
                if (index * 7 + worker) % 5 == 0 { usleep(200) }
                delivery.finish(index, index * 10) { position, value in
                    record.beginDelivery(position)
                    #expect(value == position * 10)
                    // A slow write: the other workers finish files meanwhile.
                    if position % 17 == 0 { usleep(300) }
                    record.endDelivery()
                }
            }
        }
        #expect(record.delivered == Array(0..<count))
        #expect(record.overlappingDeliveries == 0)
        #expect(record.widestLead <= window)
    }
}
