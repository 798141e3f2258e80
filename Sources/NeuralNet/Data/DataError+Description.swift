/// The text of every ``DataError``, in one place.
extension DataError: CustomStringConvertible {
    /// A one-line message naming the file and the byte offset, or the file, line and column.
    public var description: String {
        switch self {
        case let .unreadableFile(path, reason):
            return "cannot read \(path): \(reason)"
        case let .unwritableFile(path, reason):
            return "cannot write \(path): \(reason)"
        case let .wrongMagic(location, found, expected):
            let wanted = expected.map(hex).joined(separator: " or ")
            return "\(location): magic number \(hex(found)) is not an IDX \(Self.idxKinds(expected)) file (expected \(wanted))"
        case let .truncated(location, needed, available):
            return "\(location): file is truncated: needs \(needed) more bytes, only \(available) left"
        case let .trailingBytes(location, extra):
            return "\(location): \(extra) bytes after the data the header declares; the counts disagree"
        case let .dimensionOverflow(location, dims):
            let size = dims.map(String.init).joined(separator: "×")
            return "\(location): dimensions \(size) overflow the addressable size"
        case let .corruptGzip(location, reason):
            return "\(location): corrupt gzip data: \(reason)"
        case let .countsDisagree(imagesPath, images, labelsPath, labels):
            return "\(imagesPath) holds \(images) images but \(labelsPath) holds \(labels) labels"
        case let .nonNumericCell(location, field, text):
            return "\(location): field \(field) \"\(text)\" is not a number"
        case let .raggedRow(location, expected, found):
            return "\(location): row has \(found) fields, expected \(expected) like the first data row"
        case let .unrepresentableValue(path, index, value, allowed):
            return "cannot write \(path): element \(index + 1) is \(value), outside \(format(allowed.lowerBound))…\(format(allowed.upperBound))"
        case let .invalidArgument(name, value, requirement):
            return "\(name) is \(value); it must be \(requirement)"
        case let .unsupportedShape(operation, shape, requirement):
            let size = shape.map(String.init).joined(separator: "×")
            return "\(operation): a \(size) tensor cannot be used; \(requirement)"
        }
    }

    private static func idxKinds(_ magics: [UInt32]) -> String {
        magics.map { $0 == IDXFile.imagesMagic ? "images" : $0 == IDXFile.labelsMagic ? "labels" : "data" }
            .joined(separator: "/")
    }
}

private func hex(_ value: UInt32) -> String {
    let digits = String(value, radix: 16)
    return "0x" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
}

private func format(_ value: Double) -> String {
    value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : "\(value)"
}
