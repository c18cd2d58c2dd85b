/// Reads back a node tree that the build read from a bundled YAML file (`embed-rules` writes
/// it): the shape, first node first — `s` a scalar (the next of `scalars`), `q` a sequence of
/// `count` nodes, `m` a mapping of `count` key–value pairs — each with its line and column.
/// The same tree `YAMLDocument.compose` makes of the file's text, without libyaml's parse.
enum EmbeddedYAML {
    static func root(shape: String, scalars: [String]) -> YAMLNode? {
        var shape = shape
        return shape.withUTF8 { bytes in
            guard !bytes.isEmpty else { return nil }
            var reader = Reader(bytes: bytes, scalars: scalars)
            return reader.node()
        }
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        let scalars: [String]
        var position = 0
        var nextScalar = 0

        init(bytes: UnsafeBufferPointer<UInt8>, scalars: [String]) {
            self.bytes = bytes
            self.scalars = scalars
        }

        mutating func node() -> YAMLNode {
            let kind = bytes[position]
            position += 1
            let mark = YAMLNode.Mark(line: number(), column: number())
            switch kind {
            case UInt8(ascii: "s"):
                defer { nextScalar += 1 }
                return YAMLNode(content: .scalar(scalars[nextScalar]), mark: mark)
            case UInt8(ascii: "q"):
                let count = number()
                var items: [YAMLNode] = []
                items.reserveCapacity(count)
                for _ in 0..<count { items.append(node()) }
                return YAMLNode(content: .sequence(items), mark: mark)
            default:
                let count = number()
                var pairs: [(key: YAMLNode, value: YAMLNode)] = []
                pairs.reserveCapacity(count)
                for _ in 0..<count {
                    let key = node()
                    pairs.append((key, node()))
                }
                return YAMLNode(content: .mapping(pairs), mark: mark)
            }
        }

        /// The decimal number at the reader, and the `,` or `;` after it.
        private mutating func number() -> Int {
            var value = 0
            while bytes[position] >= UInt8(ascii: "0"), bytes[position] <= UInt8(ascii: "9") {
                value = value * 10 + Int(bytes[position] - UInt8(ascii: "0"))
                position += 1
            }
            position += 1
            return value
        }
    }
}
