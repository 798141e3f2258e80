import Testing
@testable import MatLang

@Suite struct ParserTests {
    @Test(arguments: [
        ("1 + 2 * 3", "(+ 1 (* 2 3))"),
        ("-2 ^ 2", "(- (^ 2 2))"),
        ("2 ^ -1", "(^ 2 (- 1))"),
        ("a .* b' + c.'", "(+ (.* a (' b)) (.' c))"),
        ("1:2:10", "(: 1 2 10)"),
        ("a:b+1", "(: a (+ b 1))"),
        ("x < 1 & y | z", "(| (& (< x 1) y) z)"),
        ("a || b && c", "(|| a (&& b c))"),
        ("~a == b", "(== (~ a) b)"),
        ("a \\ b ./ c", "(./ (\\ a b) c)"),
        ("x(end)", "(call x end)"),
        ("x(end-1, :)", "(call x (- end 1) :)"),
        ("a.b(2).c{3}", "(brace (. (call (. a b) 2) c) 3)"),
        ("s.(name)", "(.() s name)"),
        ("f(x, Name=3)", "(call f x \"Name\" 3)"),
        ("@sin", "@sin"),
        ("@(x) x.^2 + k", "(@ (x) (+ (.^ x 2) k))"),
        ("c{:}", "(brace c :)"),
        ("cat(2, TCell{1:end})", "(call cat 2 (brace TCell (: 1 end)))"),
        ("Inf", "Inf"),
    ])
    func expressionsFollowMatlabPrecedence(source: String, expected: String) throws {
        #expect(try SyntaxDump.expression(source) == expected)
    }

    @Test(arguments: [
        ("[1 2; 3 4]", "[1 2; 3 4]"),
        ("[1 -2]", "[1 (- 2)]"),
        ("[1 - 2]", "[(- 1 2)]"),
        ("[1 -  2]", "[(- 1 2)]"),
        ("[a' b']", "[(' a) (' b)]"),
        ("[a 'str']", "[a 'str']"),
        ("[1, 2\n 3, 4]", "[1 2; 3 4]"),
        ("[x (1)]", "[x 1]"),
        ("[f(1) 2]", "[(call f 1) 2]"),
        ("[]", "[]"),
        ("{1, 'a'; [2 3] {}}", "{1 'a'; [2 3] {}}"),
        ("[a ~b]", "[a (~ b)]"),
        ("[a ~= b]", "[(~= a b)]"),
        ("[1 .5]", "[1 0.5]"),
        ("[c{1} c {1}]", "[(brace c 1) c {1}]"),
        ("{@(x) x+1, 2}", "{(@ (x) (+ x 1)) 2}"),
        ("{@(x) x + 1 @(y) -y}", "{(@ (x) (+ x 1)) (@ (y) (- y))}"),
        ("{@(x) 'a' 2}", "{(@ (x) 'a') 2}"),
        ("{@() 3 (4)}", "{(@ () 3) 4}"),
        ("[@(x) x]", "[(@ (x) x)]"),
    ])
    func bracketsFollowMatlabWhitespaceRules(source: String, expected: String) throws {
        #expect(try SyntaxDump.expression(source) == expected)
    }

    @Test func assignmentsSuppressionAndSeparators() throws {
        #expect(try SyntaxDump.program("x = 1; y = 2, z") == "(= x 1;)\n(= y 2)\n(expr z)")
        #expect(try SyntaxDump.program("a.b(2).c{3} = 4;") == "(= a.b(2).c{3} 4;)")
        #expect(try SyntaxDump.program("[a, ~, c] = f(1);") == "(= a ~ c (call f 1);)")
        #expect(try SyntaxDump.program("[m i] = max(x)") == "(= m i (call max x))")
        #expect(try SyntaxDump.program("x(end+1) = 5") == "(= x((+ end 1)) 5)")
        #expect(try SyntaxDump.program("x(2) = []") == "(= x(2) [])")
    }

    @Test func commandSyntaxBecomesACallWithCharArguments() throws {
        #expect(try SyntaxDump.program("hold on") == "(expr (call hold 'on'))")
        #expect(try SyntaxDump.program("dbstop in backprop") == "(expr (call dbstop 'in' 'backprop'))")
        #expect(try SyntaxDump.program("if a, hold on, end") == "(if (a {(expr (call hold 'on'))}))")
    }

    @Test func controlFlowStatements() throws {
        let source = """
        if x > 0
          y = 1;
        elseif x < 0
          y = -1;
        else
          y = 0;
        end
        for k = 1:3, s = s + k; end
        while true, break; end
        switch name
          case {'a', 'b'}
            v = 1;
          case 'c'
            v = 2;
          otherwise
            v = 3;
        end
        try
          error('x');
        catch err
          disp(err.message)
        end
        """
        let expected = """
        (if ((> x 0) {(= y 1;)}) ((< x 0) {(= y (- 1);)}) else {(= y 0;)})
        (for k (: 1 3) {(= s (+ s k);)})
        (while true {break})
        (switch name (case {'a' 'b'} {(= v 1;)}) (case 'c' {(= v 2;)}) otherwise {(= v 3;)})
        (try {(expr; (call error 'x'))} catch err {(expr (call disp (. err message)))})
        """
        #expect(try SyntaxDump.program(source) == expected)
    }

    @Test func localFunctionsWithAndWithoutEnd() throws {
        let source = """
        y = twice(3)
        function r = twice(x)
          r = 2 * x;
        end
        function [a, b] = pair(varargin)
          a = 1; b = nargin;
        end
        """
        let program = try Parser.parse(source, file: "s.m")
        #expect(program.statements.count == 1)
        #expect(program.functions.map(\.name) == ["twice", "pair"])
        #expect(program.functions[1].outputs.map(\.name) == ["a", "b"])
        #expect(program.functions[1].parameters.map(\.name) == ["varargin"])
        #expect(!program.isFunctionFile)

        let file = try Parser.parse("function out = f(x)\nout = g(x);\nfunction y = g(x)\ny = x + 1;\n", file: "f.m")
        #expect(file.isFunctionFile)
        #expect(file.functions.map(\.name) == ["f", "g"])
        #expect(file.functions[0].body.count == 1)
    }

    @Test(arguments: [
        ("f = @(x) x + 1;", "@(x)x+1"),
        ("f = @(x, y) [x y; 1 2] * 3;", "@(x,y)[x,y;1,2]*3"),
        ("f = @() disp(\"a b\");", "@()disp(\"a b\")"),
        ("f = @(x) [x' 'ab'];", "@(x)[x','ab']"),
        ("f = @(x) [x -1];", "@(x)[x,-1]"),
    ])
    func anonymousFunctionTextIsWrittenAsMatlabShowsIt(source: String, text: String) throws {
        let program = try Parser.parse(source, file: "t.m")
        guard case .assignment(_, let value, _) = program.statements[0].kind,
              case .anonymousFunction(let function) = value.kind else {
            Issue.record("expected an anonymous function")
            return
        }
        #expect(function.text == text)
    }

    @Test func anonymousFunctionsRecordCapturesAndText() throws {
        let program = try Parser.parse("k = 2; f = @(x) x.^k + sin(x);", file: "t.m")
        guard case .assignment(_, let value, _) = program.statements[1].kind,
              case .anonymousFunction(let function) = value.kind else {
            Issue.record("expected an anonymous function")
            return
        }
        #expect(function.text == "@(x)x.^k+sin(x)")
        #expect(function.captures.map(\.outer.name).sorted() == ["k", "sin"])
        #expect(function.symbols.first == "x")
    }

    @Test func parseErrorsCarryLocationAndRenderACaret() throws {
        do {
            _ = try Parser.parse("x = 1;\ny = (2 + ;\n", file: "s.m")
            Issue.record("expected a parse error")
        } catch {
            #expect(error.location == SourceLocation(file: "s.m", line: 2, column: 10))
            #expect(error.rendered(source: "x = 1;\ny = (2 + ;\n") == """
            s.m:2:10: error: Unexpected ';'; expected an expression.
            y = (2 + ;
                     ^
            """)
        }
    }

    @Test func errorCases() {
        #expect(throws: ParseError.missingEnd(construct: "for", opened: SourceLocation(file: "t.m", line: 1, column: 1),
                                              at: SourceLocation(file: "t.m", line: 2, column: 9))) {
            try Parser.parse("for k = 1:3\n  x = k;", file: "t.m")
        }
        #expect(throws: ParseError.unsupported(feature: "global", at: SourceLocation(file: "t.m", line: 1, column: 1))) {
            try Parser.parse("global g", file: "t.m")
        }
        #expect(throws: ParseError.invalidAssignmentTarget(at: SourceLocation(file: "t.m", line: 1, column: 1))) {
            try Parser.parse("1 = x", file: "t.m")
        }
        #expect(throws: ParseError.unbalancedBracket(found: ")", expected: "]", at: SourceLocation(file: "t.m", line: 1, column: 7))) {
            try Parser.parse("x = [1)", file: "t.m")
        }
        #expect(throws: ParseError.outsideLoop(keyword: "break", at: SourceLocation(file: "t.m", line: 1, column: 1))) {
            try Parser.parse("break", file: "t.m")
        }
        #expect(throws: ParseError.endOutsideIndex(at: SourceLocation(file: "t.m", line: 1, column: 5))) {
            try Parser.parse("x = end", file: "t.m")
        }
    }

    @Test(arguments: [
        ("zeros(2)(1)", 9, "'('"),
        ("y = [1 2 3](2)", 12, "'('"),
        ("y = (1:3)(2)", 10, "'('"),
        ("y = x'(1)", 7, "'('"),
        ("y = {1, 2}{1}", 11, "'{'"),
        ("y = \"abc\"(1)", 10, "'('"),
    ])
    func indexingThatMatlabRejectsIsASyntaxError(source: String, column: Int, found: String) {
        #expect(throws: ParseError.unexpectedToken(found: found, expected: Parser.indexingRule,
                                                   at: SourceLocation(file: "t.m", line: 1, column: column))) {
            try Parser.parse(source, file: "t.m")
        }
    }

    @Test func anUnfinishedParameterListSaysWhatIsMissing() {
        #expect(throws: ParseError.unexpectedToken(found: "end of input", expected: "',' or ')'",
                                                   at: SourceLocation(file: "t.m", line: 1, column: 8))) {
            try Parser.parse("f = @(x", file: "t.m")
        }
        #expect(throws: ParseError.unexpectedToken(found: "'y'", expected: "',' or ')'",
                                                   at: SourceLocation(file: "t.m", line: 1, column: 9))) {
            try Parser.parse("f = @(x y) x", file: "t.m")
        }
    }

    @Test(arguments: [
        ("c{1}(2)", "(call (brace c 1) 2)"),
        ("c{1}{2}", "(brace (brace c 1) 2)"),
        ("s(2).w(3)", "(call (. (call s 2) w) 3)"),
        ("c(1){1}", "(brace (call c 1) 1)"),
    ])
    func indexingChainsThatMatlabAllowsStillParse(source: String, expected: String) throws {
        #expect(try SyntaxDump.expression(source) == expected)
    }

    @Test func sectionsSplitAtDoublePercentWithTitles() throws {
        let source = "x = 1;\n%% Load Data\ny = 2;\n%{\n%% not a section\n%}\n%% Train\nz = 3;"
        let sections = Section.split(source)
        #expect(sections.map(\.title) == ["", "Load Data", "Train"])
        #expect(sections.map(\.firstLine) == [1, 2, 7])
        #expect(sections.map(\.lastLine) == [1, 6, 8])
        #expect(sections[2].source == "%% Train\nz = 3;")
        let program = try Parser.parse(source, file: "s.m")
        #expect(program.statements(in: sections[1]).count == 1)
    }
}

@Suite struct ParserLimitTests {
    @Test func absurdlyDeepNestingIsAnErrorNotACrash() {
        let source = "x = " + String(repeating: "(", count: 5000) + "1" + String(repeating: ")", count: 5000)
        #expect(throws: ParseError.self) { try Parser.parse(source, file: "t.m") }
        let minus = "x = " + String(repeating: "-", count: 5000) + "1"
        #expect(throws: ParseError.self) { try Parser.parse(minus, file: "t.m") }
    }
}
