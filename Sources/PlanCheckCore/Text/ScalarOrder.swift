#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

extension String {
    /// Unicode scalar order, compared on the UTF-8 bytes, which sort the same way (and are read
    /// far faster than scalars: a folder of ten thousand plans sorts twice). Paths of documents
    /// and of rule files are ordered by it, so reports come out in one order on every machine.
    package static func precedesInScalarOrder(_ left: String, _ right: String) -> Bool {
        var left = left
        var right = right
        return left.withUTF8 { left in
            right.withUTF8 { right in
                let common = Swift.min(left.count, right.count)
                let order = common == 0 ? 0 : memcmp(left.baseAddress!, right.baseAddress!, common)
                return order != 0 ? order < 0 : left.count < right.count
            }
        }
    }
}
