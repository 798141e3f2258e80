import Testing
@testable import MatLang

struct RuntimeErrorTests {
    @Test("Each cause renders MATLAB's wording", arguments: [
        (RuntimeError.undefined(name: "x", suggestion: nil), "Unrecognized function or variable 'x'."),
        (RuntimeError.undefined(name: "lenght", suggestion: "length"),
         "Unrecognized function or variable 'lenght'. Did you mean 'length'?"),
        (RuntimeError.indexOutOfBounds(position: 2, count: 2, index: 4, extent: 3),
         "Index in position 2 exceeds array bounds. Index must not exceed 3."),
        (RuntimeError.indexOutOfBounds(position: nil, count: 1, index: 5, extent: 4),
         "Index exceeds the number of array elements. Index must not exceed 4."),
        (RuntimeError.concatenationMismatch(vertical: false), "Dimensions of arrays being concatenated are not consistent."),
        (RuntimeError.conversion(from: "cell", to: "double"), "Conversion to double from cell is not possible."),
        (RuntimeError.assignmentSizeMismatch(left: [1, 3], right: [2, 2]),
         "Unable to perform assignment because the size of the left side is 1-by-3 and the size of the right side is 2-by-2."),
        (RuntimeError.ambiguousGrowth, "Attempt to grow array along ambiguous dimension."),
        (RuntimeError.invalidDeletion, "A null assignment can have only one non-colon index."),
        (RuntimeError.nanToLogical, "NaN's cannot be converted to logicals."),
        (RuntimeError.braceIndexingUnsupported(className: "double"), "Brace indexing is not supported for variables of this type."),
        (RuntimeError.dotIndexingUnsupported(className: "double"), "Dot indexing is not supported for variables of this type."),
        (RuntimeError.complexNotSupported(operation: "sqrt of a negative number"),
         "sqrt of a negative number would produce complex numbers, which are not supported."),
        (RuntimeError.tooManyInputs(function: "zeros"), "Too many input arguments."),
        (RuntimeError.user(identifier: "lab:bad", message: "Bad input."), "Bad input."),
        (RuntimeError.interrupted, "Operation terminated by user."),
    ])
    func messages(error: RuntimeError, message: String) {
        #expect(error.message == message)
    }

    @Test("Identifiers and function names come with the cause")
    func identifiers() {
        #expect(RuntimeError.indexOutOfBounds(position: nil, count: 1, index: 2, extent: 1).identifier == "MATLAB:badsubscript")
        #expect(RuntimeError.user(identifier: "lab:bad", message: "x").identifier == "lab:bad")
        #expect(RuntimeError.user(identifier: nil, message: "x").identifier == "")
        #expect(RuntimeError.notEnoughInputs(function: "ones").functionName == "ones")
        #expect(RuntimeError.nanToLogical.functionName == nil)
    }
}
