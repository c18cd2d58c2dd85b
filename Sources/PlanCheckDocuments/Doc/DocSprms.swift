/// The property modifiers (sprms) of a .doc paragraph or style: an opcode, then an operand
/// whose size the opcode's top three bits give.
enum DocSprms {
    /// sprmPIlvl: the list level (one byte).
    static let listLevel: UInt16 = 0x260A
    /// sprmPIlfo: the list (two bytes, 1-based into the list format overrides; 0 none).
    static let listFormatOverride: UInt16 = 0x460B
    /// sprmPOutLvl: the outline level (one byte, 0-based; 9 body text).
    static let outlineLevel: UInt16 = 0x2640
    /// sprmPFTtp, sprmPFInnerTtp: the paragraph is a table row's end mark (one byte, 1 yes).
    static let rowEnd: UInt16 = 0x2417
    static let innerRowEnd: UInt16 = 0x244C
    /// sprmPChgTabs: the one variable-size sprm whose size byte may be 255.
    private static let changeTabs: UInt16 = 0xC615

    /// What the sprms of `bytes[range]` set that plancheck reads.
    struct Paragraph: Equatable {
        var listFormatOverride: Int?
        var listLevel: Int?
        var outlineLevel: Int?
        var isRowEnd = false
    }

    /// Reads the sprms in `range`, stopping at the first that runs past it.
    static func paragraph(in bytes: [UInt8], _ range: Range<Int>) -> Paragraph {
        var result = Paragraph()
        var position = range.lowerBound
        while position + 2 <= range.upperBound {
            let opcode = CompoundFile.uint16(bytes, position)
            let operand = position + 2
            let size: Int
            switch opcode >> 13 {
            case 0, 1: size = 1
            case 2, 4, 5: size = 2
            case 3: size = 4
            case 7: size = 3
            default:
                guard operand < range.upperBound else { return result }
                if opcode == changeTabs, bytes[operand] == 255 {
                    // Its deletions and additions count themselves; rare, and never a list.
                    return result
                }
                size = 1 + Int(bytes[operand])
            }
            guard operand + size <= range.upperBound else { return result }
            switch opcode {
            case listLevel: result.listLevel = Int(bytes[operand])
            case listFormatOverride: result.listFormatOverride = Int(Int16(bitPattern: CompoundFile.uint16(bytes, operand)))
            case outlineLevel: result.outlineLevel = Int(bytes[operand])
            case rowEnd, innerRowEnd: result.isRowEnd = bytes[operand] == 1
            default: break
            }
            position = operand + size
        }
        return result
    }
}
