import Foundation
import Testing
import PlanCheckServe

/// What the server decides without HTTP: whose address is local, how many checks run at once,
/// what an upload's name may be.
@Suite struct ServeLimitsTests {
    @Test func onlyLoopbackAddressesAreLocal() {
        for host in ["127.0.0.1", "localhost", "::1", "[::1]", "127.0.0.2"] { #expect(ServeConfiguration.isLoopback(host), "\(host)") }
        for host in ["0.0.0.0", "::", "192.168.1.10", "example.org", "10.0.0.1"] { #expect(!ServeConfiguration.isLoopback(host), "\(host)") }
    }

    @Test func checksBeyondTheQueueAreToldTheServerIsBusy() async throws {
        let slots = CheckSlots(running: 1, waiting: 1)
        let gate = DispatchSemaphore(value: 0)
        let first = Task { try await slots.run { gate.wait(); return 1 } }
        try await Task.sleep(for: .milliseconds(200))
        let second = Task { try await slots.run { 2 } }
        try await Task.sleep(for: .milliseconds(200))
        await #expect(throws: UploadRefusal.busy) { try await slots.run { 3 } }
        gate.signal()
        #expect(try await first.value == 1)
        #expect(try await second.value == 2)
        // Once the burst is over, there is room again.
        #expect(try await slots.run { 4 } == 4)
    }

    @Test func anUploadsNameCannotPointAtAFile() {
        #expect(UploadedDocument(name: "../../etc/passwd.txt", bytes: [1]).name == "passwd.txt")
        #expect(UploadedDocument(name: "C:\\文件\\计划.docx", bytes: [1]).name == "计划.docx")
        #expect(UploadedDocument(name: "", bytes: [1]).name == "粘贴的文本.txt")
    }
}
