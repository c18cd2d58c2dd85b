/// Looking into a `JSONValue` read back by `JSONParser`: a missing key or a value of another
/// type is `nil`, for the caller to name in its own terms.
extension JSONValue {
    /// The value of the first member named `key` of an object.
    package subscript(key: String) -> JSONValue? {
        guard case let .object(members) = self else { return nil }
        return members.first { $0.key == key }?.value
    }

    package var stringValue: String? {
        if case let .string(value) = self { return value }
        return nil
    }

    package var intValue: Int? {
        if case let .int(value) = self { return value }
        return nil
    }

    package var arrayValue: [JSONValue]? {
        if case let .array(items) = self { return items }
        return nil
    }

    package var members: [(key: String, value: JSONValue)]? {
        if case let .object(members) = self { return members }
        return nil
    }

    /// The object with the member `key` given `value` in place (appended when it has none).
    package func replacing(_ key: String, with value: JSONValue) -> JSONValue {
        guard var members else { return self }
        if let index = members.firstIndex(where: { $0.key == key }) {
            members[index].value = value
        } else {
            members.append((key, value))
        }
        return .object(members)
    }
}

extension JSONValue: Equatable {
    /// Same type, same contents, and objects' keys in the same order: equal values are written
    /// as the same bytes.
    package static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
        switch (lhs, rhs) {
        case (.null, .null): true
        case let (.bool(left), .bool(right)): left == right
        case let (.int(left), .int(right)): left == right
        case let (.string(left), .string(right)): left == right
        case let (.array(left), .array(right)): left == right
        case let (.object(left), .object(right)):
            left.count == right.count && zip(left, right).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        default: false
        }
    }
}
