/// The dimensions of a tensor.
///
/// Storage is column-major, as in MATLAB: the first dimension varies fastest, so a
/// `C×B` activation matrix keeps each observation's features contiguous and a
/// `28×28×1×B` image batch keeps each image contiguous. Dimensions past `rank` are 1,
/// as MATLAB's trailing singleton dimensions are.
public struct Shape: Hashable, Sendable, CustomStringConvertible, ExpressibleByArrayLiteral {
    /// The extent of each dimension, first (fastest-varying) first.
    public let dims: [Int]

    /// Creates a shape; every extent must be zero or more.
    public init(_ dims: [Int]) {
        precondition(dims.allSatisfy { $0 >= 0 }, "Shape: negative extent in \(dims)")
        self.dims = dims
    }

    /// Creates a shape from a literal such as `[784, 128]`.
    public init(arrayLiteral dims: Int...) { self.init(dims) }

    /// The number of stored dimensions.
    public var rank: Int { dims.count }

    /// The number of elements: the product of the extents (1 for rank 0).
    public var count: Int { dims.reduce(1, *) }

    /// The extent of dimension `axis` (0-based); 1 past the rank.
    public subscript(axis: Int) -> Int { axis < dims.count ? dims[axis] : 1 }

    /// Column-major strides: the distance in elements between neighbours along each axis.
    public var strides: [Int] {
        var strides = [Int](repeating: 1, count: dims.count)
        var step = 1
        for axis in dims.indices {
            strides[axis] = step
            step *= dims[axis]
        }
        return strides
    }

    /// `28×28×1×5000`, MATLAB's way of writing a size; a scalar is `1×1`.
    public var description: String {
        switch dims.count {
        case 0: return "1×1"
        case 1: return "\(dims[0])×1"
        default: return dims.map(String.init).joined(separator: "×")
        }
    }
}
