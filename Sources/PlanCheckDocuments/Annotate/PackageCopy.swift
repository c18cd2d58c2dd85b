import Foundation
import ZIPFoundation

/// A copy of a zip package with some parts replaced and some added, written with ZIPFoundation.
///
/// Entries keep their order, names, modification times and whether they were stored or
/// deflated (an .odt's `mimetype` must stay first and stored); the parts not replaced keep
/// every byte of their contents. New parts go at the end.
enum PackageCopy {
    static func copy(_ archive: PackageArchive, replacing replaced: [String: [UInt8]], adding added: [(name: String, bytes: [UInt8])]) throws -> Data {
        let output = try Archive(data: Data(), accessMode: .create)
        for entry in archive.entries {
            // Names no reader would take as a part (`../x`) are not copied.
            guard let bytes = try replaced[entry.name] ?? archive.bytes(of: entry.name) else { continue }
            let date = date(time: entry.dosTime, date: entry.dosDate)
            try add(bytes, named: entry.name, stored: entry.isStored, date: date, to: output)
        }
        let now = Date(timeIntervalSince1970: 315_532_800)   // 1980-01-01, as Word dates new parts
        for part in added {
            try add(part.bytes, named: part.name, stored: false, date: now, to: output)
        }
        guard let data = output.data else { throw CocoaError(.fileWriteUnknown) }
        return data
    }

    private static func add(_ bytes: [UInt8], named name: String, stored: Bool, date: Date, to archive: Archive) throws {
        let isDirectory = name.hasSuffix("/")
        let data = Data(bytes)
        try archive.addEntry(with: name, type: isDirectory ? .directory : .file, uncompressedSize: Int64(data.count),
                             modificationDate: date, compressionMethod: stored || isDirectory ? .none : .deflate) { position, size in
            data.subdata(in: Int(position)..<(Int(position) + size))
        }
    }

    /// An MS-DOS time and date read as UTC, which is how ZIPFoundation writes a date back.
    private static func date(time: UInt16, date: UInt16) -> Date {
        var components = DateComponents()
        components.timeZone = TimeZone(identifier: "UTC")
        components.year = 1980 + Int(date >> 9)
        components.month = max(1, Int((date >> 5) & 0x0F))
        components.day = max(1, Int(date & 0x1F))
        components.hour = Int(time >> 11)
        components.minute = Int((time >> 5) & 0x3F)
        components.second = Int(time & 0x1F) * 2
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return calendar.date(from: components) ?? Date(timeIntervalSince1970: 315_532_800)
    }
}
