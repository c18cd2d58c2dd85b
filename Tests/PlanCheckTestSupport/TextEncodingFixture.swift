import Foundation
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckStructure
import PlanCheckRules
import PlanCheckChecks
import PlanCheckEngine
import PlanCheckReporters
import PlanCheckAudit

/// Produces the same text in the byte layouts Chinese offices save text in.
package enum TextEncodingFixture {
    package static func utf8(_ text: String, bom: Bool = false) -> Data {
        Data((bom ? [0xEF, 0xBB, 0xBF] : []) + Array(text.utf8))
    }

    package static func utf16(_ text: String, littleEndian: Bool) -> Data {
        var bytes: [UInt8] = littleEndian ? [0xFF, 0xFE] : [0xFE, 0xFF]
        for unit in text.utf16 {
            let (high, low) = (UInt8(unit >> 8), UInt8(unit & 0xFF))
            bytes += littleEndian ? [low, high] : [high, low]
        }
        return Data(bytes)
    }

    /// GB18030 through the same iconv the decoder uses, in the other direction.
    package static func gb18030(_ text: String) -> Data {
        Data(TextDecoding.iconvConvert(Array(text.utf8), from: "UTF-8", to: "GB18030")!)
    }
}
