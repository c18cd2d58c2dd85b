/// Bytes a report is built in: appending a string copies its UTF-8 whole, where growing a
/// `String` piece by piece re-checks and re-grows it at every step.
struct UTF8Buffer {
    var bytes: [UInt8] = []

    static func += (buffer: inout UTF8Buffer, text: String) {
        var text = text
        text.withUTF8 { buffer.bytes.append(contentsOf: $0) }
    }
}
