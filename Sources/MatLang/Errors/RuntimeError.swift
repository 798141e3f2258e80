/// Why evaluating MatLang code failed at run time. Each case carries the data its message needs;
/// ``message`` is the one place that turns a cause into MATLAB's wording.
public enum RuntimeError: Error, Sendable, Equatable {
    /// A name that is neither a variable nor a function, with the nearest defined name if any.
    case undefined(name: String, suggestion: String?)
    /// A subscript past the end: `position` is nil for a linear index, `count` the number of subscripts.
    case indexOutOfBounds(position: Int?, count: Int, index: Int, extent: Int)
    /// A subscript that is not a positive integer (0, negative, fractional, NaN).
    case invalidIndex(position: Int?, value: Double)
    /// Operands whose sizes are not compatible for implicit expansion.
    case incompatibleSizes(left: [Int], right: [Int])
    /// `*`, `/` or `\` on matrices whose inner dimensions disagree (`operator` is `*`, `/` or `\`).
    case matrixDimensions(operator: String, left: [Int], right: [Int])
    /// An operator applied to a class that does not support it.
    case operatorNotSupported(operator: String, leftClass: String, rightClass: String?)
    /// Complex numbers would be needed (e.g. `(-8)^(1/3)`), which MatLang does not support.
    case complexNotSupported(operation: String)
    /// `[a, b]` or `[a; b]` with sizes that do not line up.
    case concatenationMismatch(vertical: Bool)
    /// A value that cannot be converted to the class an operation needs.
    case conversion(from: String, to: String)
    /// `x(idx) = y` where `y` has a different number of elements than the indexed region.
    case assignmentCountMismatch(left: Int, right: Int)
    /// `x(i, j) = y` where the sizes of the region and of `y` disagree.
    case assignmentSizeMismatch(left: [Int], right: [Int])
    /// A linear-index assignment past the end of a matrix, which could grow rows or columns.
    case ambiguousGrowth
    /// `x(i, j) = []` with more than one non-colon subscript.
    case invalidDeletion
    /// `s.name` where the struct has no such field.
    case unrecognizedField(name: String)
    /// `obj.name` where the object has no such property.
    case unknownProperty(name: String, className: String)
    /// `x{…}` on something that is not a cell array.
    case braceIndexingUnsupported(className: String)
    /// `x.name` on something that is not a struct or an object.
    case dotIndexingUnsupported(className: String)
    /// `x(…)` on a value that cannot be indexed with parentheses.
    case parenIndexingUnsupported(className: String)
    /// A NaN used where a logical value is needed.
    case nanToLogical
    /// A range, a size or a request that would create an array too large to hold.
    case arrayTooLarge(elements: Double)
    /// A value of the wrong kind for an argument of a function (position is 1-based, nil if not known).
    case invalidArgument(function: String?, position: Int?, reason: String)
    /// A function called with more inputs than it accepts.
    case tooManyInputs(function: String)
    /// A function called with fewer inputs than it needs.
    case notEnoughInputs(function: String)
    /// A function called with more outputs than it returns.
    case tooManyOutputs(function: String)
    /// An error raised by user code with `error(...)`.
    case user(identifier: String?, message: String)
    /// The user interrupted the computation (Ctrl-C).
    case interrupted
}

extension RuntimeError {
    /// The error message in MATLAB's words (without the `Error using f` prefix, which the
    /// evaluator adds when it knows the function).
    public var message: String {
        switch self {
        case .undefined(let name, let suggestion):
            let base = "Unrecognized function or variable '\(name)'."
            return suggestion.map { base + " Did you mean '\($0)'?" } ?? base
        case .indexOutOfBounds(let position, let count, _, let extent):
            if let position, count > 1 {
                return "Index in position \(position) exceeds array bounds. Index must not exceed \(extent)."
            }
            return "Index exceeds the number of array elements. Index must not exceed \(extent)."
        case .invalidIndex(let position, _):
            let rule = "Array indices must be positive integers or logical values."
            if let position { return "Index in position \(position) is invalid. " + rule }
            return rule
        case .incompatibleSizes:
            return "Arrays have incompatible sizes for this operation."
        case .matrixDimensions(let op, _, _):
            switch op {
            case "*":
                return "Incorrect dimensions for matrix multiplication. Check that the number of columns "
                    + "in the first matrix matches the number of rows in the second matrix. To operate on "
                    + "each element of the matrix individually, use TIMES (.*) for elementwise multiplication."
            case "^":
                return "Incorrect dimensions for raising a matrix to a power. Check that the matrix is square "
                    + "and the power is a scalar. To operate on each element of the matrix individually, use "
                    + "POWER (.^) for elementwise power."
            default:
                return "Matrix dimensions must agree."
            }
        case .operatorNotSupported(let op, let left, let right):
            if let right, right != left {
                return "Operator '\(op)' is not supported for operands of type '\(left)' and '\(right)'."
            }
            return "Operator '\(op)' is not supported for operands of type '\(left)'."
        case .complexNotSupported(let operation):
            return "\(operation) would produce complex numbers, which are not supported."
        case .concatenationMismatch:
            return "Dimensions of arrays being concatenated are not consistent."
        case .conversion(let from, let to):
            return "Conversion to \(to) from \(from) is not possible."
        case .assignmentCountMismatch:
            return "Unable to perform assignment because the left and right sides have a different "
                + "number of elements."
        case .assignmentSizeMismatch(let left, let right):
            return "Unable to perform assignment because the size of the left side is "
                + left.map(String.init).joined(separator: "-by-") + " and the size of the right side is "
                + right.map(String.init).joined(separator: "-by-") + "."
        case .ambiguousGrowth:
            return "Attempt to grow array along ambiguous dimension."
        case .invalidDeletion:
            return "A null assignment can have only one non-colon index."
        case .unrecognizedField(let name):
            return "Unrecognized field name \"\(name)\"."
        case .unknownProperty(let name, let className):
            return "Unrecognized method, property, or field '\(name)' for class '\(className)'."
        case .braceIndexingUnsupported:
            return "Brace indexing is not supported for variables of this type."
        case .dotIndexingUnsupported:
            return "Dot indexing is not supported for variables of this type."
        case .parenIndexingUnsupported(let className):
            return "Parentheses indexing is not supported for variables of class '\(className)'."
        case .nanToLogical:
            return "NaN's cannot be converted to logicals."
        case .arrayTooLarge(let elements):
            return "Requested array with \(formatCount(elements)) elements exceeds the maximum array size."
        case .invalidArgument(_, let position, let reason):
            if let position { return "Invalid argument at position \(position). \(reason)" }
            return reason
        case .tooManyInputs:
            return "Too many input arguments."
        case .notEnoughInputs:
            return "Not enough input arguments."
        case .tooManyOutputs:
            return "Too many output arguments."
        case .user(_, let message):
            return message
        case .interrupted:
            return "Operation terminated by user."
        }
    }

    /// The function the error belongs to, when the cause names one (for `Error using f`).
    public var functionName: String? {
        switch self {
        case .invalidArgument(let function, _, _): return function
        case .tooManyInputs(let function), .notEnoughInputs(let function), .tooManyOutputs(let function):
            return function
        default: return nil
        }
    }

    /// MATLAB's message identifier (`ME.identifier`), empty when MATLAB gives none.
    public var identifier: String {
        switch self {
        case .undefined: return "MATLAB:UndefinedFunction"
        case .indexOutOfBounds: return "MATLAB:badsubscript"
        case .invalidIndex: return "MATLAB:badsubscript"
        case .incompatibleSizes: return "MATLAB:sizeDimensionsMustMatch"
        case .matrixDimensions: return "MATLAB:innerdim"
        case .operatorNotSupported: return "MATLAB:UndefinedFunction"
        case .complexNotSupported: return "GradLab:complexNotSupported"
        case .concatenationMismatch: return "MATLAB:catenate:dimensionMismatch"
        case .conversion: return "MATLAB:invalidConversion"
        case .assignmentCountMismatch: return "MATLAB:matrix:nonSingletonDimension"
        case .assignmentSizeMismatch: return "MATLAB:subsassigndimmismatch"
        case .ambiguousGrowth: return "MATLAB:indexed:ambiguousGrowth"
        case .invalidDeletion: return "MATLAB:subsdeldimmismatch"
        case .unrecognizedField: return "MATLAB:nonExistentField"
        case .unknownProperty: return "MATLAB:noSuchMethodOrField"
        case .braceIndexingUnsupported: return "MATLAB:cellRefFromNonCell"
        case .dotIndexingUnsupported: return "MATLAB:structRefFromNonStruct"
        case .parenIndexingUnsupported: return "MATLAB:badsubscript"
        case .nanToLogical: return "MATLAB:nologicalnan"
        case .arrayTooLarge: return "MATLAB:array:SizeLimitExceeded"
        case .invalidArgument: return "MATLAB:invalidInput"
        case .tooManyInputs: return "MATLAB:TooManyInputs"
        case .notEnoughInputs: return "MATLAB:minrhs"
        case .tooManyOutputs: return "MATLAB:TooManyOutputs"
        case .user(let identifier, _): return identifier ?? ""
        case .interrupted: return "MATLAB:interrupted"
        }
    }
}

/// Writes a large count without exponent noise (`1e+12`), for size errors.
private func formatCount(_ value: Double) -> String {
    value < 1e15 && value == value.rounded() ? String(Int64(value)) : String(value)
}
