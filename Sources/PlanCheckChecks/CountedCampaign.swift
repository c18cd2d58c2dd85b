import PlanCheckCore
import PlanCheckStructure

/// A campaign counted from its first year (`第35个爱国卫生月`, held every April since 1989;
/// `第十八个职业病防治法宣传周`, every April since 2002): the Nth was held in first + N − 1, so a plan
/// that copies last year's count names last year's campaign.
enum CountedCampaign {
    /// The count `第N个` opening `text` (Arabic or Chinese numerals), if it opens with one.
    static func count(in text: String) -> Int? {
        // Folded: 第三十個 counts as 第三十个.
        let units = TextNormalizer.fold(Array(text.utf16))
        guard units.first == di else { return nil }
        let number = ChineseNumeral.readArabic(units, at: 1, end: units.count, maxDigits: 3)
            ?? ChineseNumeral.read(units, at: 1, end: units.count)
        guard let number, number.value > 0, number.end < units.count, units[number.end] == ge else { return nil }
        return number.value
    }

    /// `text` with its count replaced by the one held in `year` (`第35个爱国卫生月` → `第36个爱国卫生月`).
    static func recounted(_ text: String, firstYear: Int, year: Int) -> String? {
        guard let ge = text.firstIndex(where: { $0 == "个" || $0 == "個" }), text.hasPrefix("第") else { return nil }
        return "第\(year - firstYear + 1)" + text[ge...]
    }

    private static let di: UInt16 = 0x7B2C // 第
    private static let ge: UInt16 = 0x4E2A // 个
}
