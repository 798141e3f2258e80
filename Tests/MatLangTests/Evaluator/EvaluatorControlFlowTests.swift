import Testing
@testable import MatLang

@Suite struct EvaluatorControlFlowTests {
    @Test func unsuppressedResultsAreDisplayedAndSemicolonsSuppress() throws {
        let session = try Session().run("x = 1 + 2\ny = 4;\n3 * 4\nx")
        let three = Value.number(3).display(name: "x")
        #expect(session.output == three + Value.number(12).display(name: "ans") + three)
        #expect(three.contains("x =") && three.contains("3"))
        #expect(try session.number("ans") == 12)
    }

    @Test func ifElseifElseChoosesTheFirstTrueBranch() throws {
        let session = try Session().run("""
        for x = [-2 0 5]
          if x > 0
            s = 'pos';
          elseif x < 0
            s = 'neg';
          else
            s = 'zero';
          end
          r.(s) = x;
        end
        """)
        #expect(try session.interpreter.baseWorkspace.value(of: "r")?.field("neg").first?.scalarDouble() == -2)
        #expect(try session.interpreter.baseWorkspace.value(of: "r")?.field("pos").first?.scalarDouble() == 5)
        #expect(try session.text("s") == "pos")
    }

    @Test func forIteratesOverColumnsAndRangesWithSteps() throws {
        let session = try Session().run("""
        s = 0; for k = 10:-3:1, s = s + k; end
        c = 0; for col = [1 2; 3 4], c = c + col(1) * col(2); end
        n = 0; for e = [], n = n + 1; end
        f = 0; for v = 0:0.25:1, f = f + v; end
        """)
        #expect(try session.number("s") == 10 + 7 + 4 + 1)
        #expect(try session.number("c") == 1 * 3 + 2 * 4)
        #expect(try session.number("n") == 0)
        #expect(try session.number("f") == 2.5)
        #expect(try session.number("k") == 1)
    }

    @Test func whileBreakAndContinue() throws {
        let session = try Session().run("""
        i = 0; total = 0;
        while 1
          i = i + 1;
          if mod(i, 2) == 0, continue; end
          if i > 9, break; end
          total = total + i;
        end
        """)
        #expect(try session.number("total") == 1 + 3 + 5 + 7 + 9)
        #expect(try session.number("i") == 11)
    }

    @Test func breakLeavesOnlyTheInnermostLoop() throws {
        let session = try Session().run("n = 0; for a = 1:3, for b = 1:3, if b == 2, break; end, n = n + 1; end, end")
        #expect(try session.number("n") == 3)
    }

    @Test func switchMatchesNumbersTextAndCellCases() throws {
        let session = try Session().run("""
        a = classify(1); b = classify('relu'); c = classify('Sigmoid'); d = classify(7);
        function r = classify(v)
          switch v
            case 1
              r = 'one';
            case {'ReLU', 'relu'}
              r = 'rectifier';
            case "Sigmoid"
              r = 'squash';
            otherwise
              r = 'other';
          end
        end
        """)
        #expect(try session.text("a") == "one")
        #expect(try session.text("b") == "rectifier")
        #expect(try session.text("c") == "squash")
        #expect(try session.text("d") == "other")
    }

    @Test func tryCatchBindsMessageAndIdentifier() throws {
        let session = try Session().run("""
        try
          x = 1;
          fail('lab:boom', 'it broke');
          x = 2;
        catch err
          m = err.message;
          id = err.identifier;
        end
        """)
        #expect(try session.text("m") == "it broke")
        #expect(try session.text("id") == "lab:boom")
        #expect(try session.number("x") == 1)
    }

    @Test func shortCircuitOperatorsSkipTheRightSide() throws {
        let session = try Session().run("a = 0 && undefinedThing; b = 1 || undefinedThing;")
        #expect(try session.numbers("a") == [0])
        #expect(try session.numbers("b") == [1])
    }

    @Test func commandSyntaxPassesWordsAsCharArguments() throws {
        let session = try Session().run("record on\nrecord in backprop; record('x', 'y')")
        #expect(session.buffer.commandArguments == [["on"], ["in", "backprop"], ["x", "y"]])
    }

    @Test func sectionsRunTheirOwnStatementsWithLocalFunctionsVisible() throws {
        let source = "%% One\na = f(1);\n%% Two\nb = f(a);\nfunction y = f(x)\n  y = x + 10;\nend\n"
        let session = Session()
        let (program, sections) = try Interpreter.parseScript(source: source, file: "lesson.m")
        #expect(sections.map(\.title) == ["One", "Two"])
        try session.interpreter.run(program: program, statements: program.statements(in: sections[0]))
        #expect(try session.number("a") == 11)
        #expect(session.size("b") == nil)
        try session.interpreter.run(program: program, statements: program.statements(in: sections[1]))
        #expect(try session.number("b") == 21)
    }
}
