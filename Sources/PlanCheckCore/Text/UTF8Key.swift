#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif

/// A string as a dictionary key by its UTF-8 bytes: hashing a Chinese String the standard way
/// normalizes it first, which made every lookup of a regex by its source cost thousands of
/// instructions. Two keys are equal when their bytes are (canonically equivalent spellings
/// are different keys, which for a regex's source only costs a second reading).
package struct UTF8Key: Hashable, Sendable {
    package let string: String

    package init(_ string: String) {
        self.string = string
    }

    package static func == (lhs: UTF8Key, rhs: UTF8Key) -> Bool {
        // Compared as raw buffers: `utf8.elementsEqual` went byte by byte through an iterator.
        var left = lhs.string, right = rhs.string
        return left.withUTF8 { left in
            right.withUTF8 { right in
                left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0)
            }
        }
    }

    package func hash(into hasher: inout Hasher) {
        var string = string
        string.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer($0)) }
    }
}
