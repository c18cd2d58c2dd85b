import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import PlanCheckCore

/// The document given as `-`: standard input, read whole before checking starts.
package enum StandardInput {
    /// The path that stands for standard input on the command line.
    package static let path = "-"
    /// The name it is reported under when `--stdin-name` gives none.
    package static let defaultName = "<stdin>"

    /// All of standard input, as a file to check named `name`. Reading stops past `limit` bytes
    /// (the loader then refuses the document as too large, like a file).
    package static func file(named name: String, limit: Int) throws -> DiscoveredFile {
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 65536)
        while bytes.count <= limit {
            let count = chunk.withUnsafeMutableBytes { systemRead(STDIN_FILENO, $0.baseAddress!, $0.count) }
            if count == 0 { break }
            if count < 0 {
                if errno == EINTR { continue }
                throw InputFileError(path: name, reason: "cannot read standard input: \(String(cString: strerror(errno)))")
            }
            bytes.append(contentsOf: chunk[..<count])
        }
        return DiscoveredFile(url: URL(fileURLWithPath: "/dev/stdin"), displayPath: name, contents: bytes)
    }

    #if canImport(Glibc)
    private static let systemRead = Glibc.read
    #else
    private static let systemRead = Darwin.read
    #endif
}
