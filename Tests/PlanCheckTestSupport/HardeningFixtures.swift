import Foundation
import ZIPFoundation
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckStructure
import PlanCheckRules
import PlanCheckChecks
import PlanCheckEngine
import PlanCheckReporters
import PlanCheckAudit

/// Crafted hostile inputs, generated in memory so that nothing large or binary is committed.
package enum HardeningFixtures {
    /// A zip of `entries` with a chosen compression, through ZIPFoundation (a well-behaved writer).
    package static func zip(_ entries: [(String, Data)], compression: CompressionMethod = .deflate) throws -> Data {
        let archive = try Archive(accessMode: .create)
        for (path, data) in entries {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: compression,
                                 bufferSize: 1 << 20) { position, size in
                data.subdata(in: Int(position)..<Int(position) + size)
            }
        }
        guard let data = archive.data else { throw InputFileError(path: "", reason: "no archive data") }
        return data
    }

    /// The offset of the central-directory record of `name` in `zip`.
    package static func centralRecord(of name: String, in zip: [UInt8]) throws -> Int {
        var index = 0
        while let found = zip[index...].firstRange(of: [0x50, 0x4B, 0x01, 0x02]) {
            let start = found.lowerBound
            let nameLength = Int(zip[start + 28]) | Int(zip[start + 29]) << 8
            if String(decoding: zip[(start + 46)..<(start + 46 + nameLength)], as: UTF8.self) == name { return start }
            index = start + 4
        }
        throw InputFileError(path: name, reason: "no central record")
    }

    /// The offset of the end-of-central-directory record (no archive comment).
    package static func endRecord(in zip: [UInt8]) throws -> Int {
        let end = zip.count - 22
        guard end >= 0, zip[end...].starts(with: [0x50, 0x4B, 5, 6]) else { throw InputFileError(path: "", reason: "no end record") }
        return end
    }

    package static func patch32(_ bytes: inout [UInt8], at offset: Int, _ value: UInt32) {
        for index in 0..<4 { bytes[offset + index] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(index))) }
    }

    package static func patch16(_ bytes: inout [UInt8], at offset: Int, _ value: UInt16) {
        bytes[offset] = UInt8(truncatingIfNeeded: value)
        bytes[offset + 1] = UInt8(truncatingIfNeeded: value >> 8)
    }

    /// A small docx whose body says `text`.
    package static func docx(_ text: String = "某镇卫生院2025年工作计划") -> Data {
        DocxFixture.make(entries: DocxFixture.standardEntries(document: DocxFixture.document(body: DocxFixture.paragraph(text))))
    }

    /// The reason `body` throws, as a `InputFileError`.
    package static func reason(_ body: () throws -> Any) -> String? {
        do {
            _ = try body()
            return nil
        } catch let error as InputFileError {
            return error.reason
        } catch {
            return "not a InputFileError: \(error)"
        }
    }
}
