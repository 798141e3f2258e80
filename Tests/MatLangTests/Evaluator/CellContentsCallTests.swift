import Foundation
import Testing
@testable import MatLang

/// `cat(dim, c{:})` hands the cell's contents to `cat` as they lie in the cell; what the program
/// sees — values, classes, sizes and errors — is what spelling the elements out gives.
@Suite struct CellContentsCallTests {
    /// The class, size and numbers of variable `name`, for comparing two results.
    private static func summary(_ session: Session, _ name: String) throws -> String {
        guard let value = session.interpreter.baseWorkspace.value(of: name) else { return "undefined" }
        let numbers = (try? value.doubleArray().elements.map { String($0) }) ?? []
        return "\(value.className) \(value.size) \(numbers)"
    }

    /// The error a statement raises, as the command window shows it (with the function that
    /// reports it), or nil.
    private static func error(of source: String, after setup: String) -> String? {
        let session = Session()
        do {
            try session.run(setup)
            try session.run(source)
            return nil
        } catch {
            return error.diagnostic
        }
    }

    @Test(arguments: [
        ("c = {1, 2, 3};", "cat(2, c{:})", "cat(2, c{1}, c{2}, c{3})"),
        ("c = {1, 2, 3};", "cat(1, c{1:end})", "cat(1, c{1}, c{2}, c{3})"),
        ("c = {[1 2], [3 4]};", "cat(3, c{:})", "cat(3, c{1}, c{2})"),
        ("c = {[1 2], 'ab'};", "cat(1, c{:})", "cat(1, c{1}, c{2})"),
        ("c = {single(1), 2, true};", "cat(2, c{:})", "cat(2, c{1}, c{2}, c{3})"),
        ("c = {1, 2};", "cat(2, 7, c{:})", "cat(2, 7, c{1}, c{2})"),
        ("c = {};", "cat(1, c{:})", "cat(1)"),
        ("c = {categorical({'a'}), categorical({'b'}), categorical({'a'})};", "double(cat(2, c{:}))", "double(cat(2, c{1}, c{2}, c{3}))"),
        ("c = {1, 2; 3, 4};", "cat(2, c{:})", "cat(2, c{1}, c{2}, c{3}, c{4})"),
    ])
    func givesWhatTheSpelledOutListGives(setup: String, spread: String, spelled: String) throws {
        let session = try Session().run(setup + " a = " + spread + "; b = " + spelled + ";")
        #expect(try Self.summary(session, "a") == Self.summary(session, "b"), "\(spread)")
    }

    @Test(arguments: [
        ("c = {1, 2};", "cat(0, c{:})", "cat(0, c{1}, c{2})"),
        ("c = {[1 2], [1 2 3]};", "cat(1, c{:})", "cat(1, c{1}, c{2})"),
        ("c = {1, struct('a', 1)};", "cat(2, c{:})", "cat(2, c{1}, c{2})"),
        ("c = {1, 2};", "cat(1.5, c{:})", "cat(1.5, c{1}, c{2})"),
    ])
    func failsAsTheSpelledOutListFails(setup: String, spread: String, spelled: String) {
        let expected = Self.error(of: "x = " + spelled + ";", after: setup)
        #expect(expected != nil)
        #expect(Self.error(of: "x = " + spread + ";", after: setup) == expected)
    }

    @Test func otherValuesAndOtherFunctionsTakeTheUsualPath() throws {
        // A value that is not a cell raises the brace-indexing error, and an undefined one the
        // undefined-name error.
        #expect(Self.error(of: "y = cat(1, x{:});", after: "x = 5;")?.contains("Brace indexing is not supported") == true)
        #expect(Self.error(of: "y = cat(1, nothing{:});", after: "")?.contains("nothing") == true)
        // A local function named cat is called instead of the built-in.
        let session = try Session().run("""
            c = {1, 2, 3};
            n = cat(1, c{:});
            function n = cat(varargin)
              n = nargin;
            end
            """)
        #expect(try session.number("n") == 4)
    }
}
