import Testing
@testable import MatLang

@Suite struct LexerTests {
    private func kinds(_ source: String) throws -> [TokenKind] {
        try Lexer.tokenize(source, file: "t.m").map(\.kind).filter { $0 != .eof }
    }

    @Test func numbersIncludeLeadingDotsExponentsAndDecimals() throws {
        #expect(try kinds("1 .5 1e-3 2.5E2 3.") == [.number(1), .number(0.5), .number(0.001), .number(250), .number(3)])
    }

    @Test func aDigitFollowedByAnElementwiseOperatorKeepsTheOperator() throws {
        #expect(try kinds("1./x") == [.number(1), .symbol(.elementDivide), .identifier("x")])
        #expect(try kinds("2.^3") == [.number(2), .symbol(.elementPower), .number(3)])
    }

    @Test func quotesAreTransposeAfterAValueAndCharVectorsElsewhere() throws {
        #expect(try kinds("a'") == [.identifier("a"), .symbol(.transpose)])
        #expect(try kinds("x = 'it''s'") == [.identifier("x"), .symbol(.assign), .charVector("it's")])
        #expect(try kinds("a(1)''") == [.identifier("a"), .symbol(.leftParen), .number(1), .symbol(.rightParen),
                                        .symbol(.transpose), .symbol(.transpose)])
        #expect(try kinds("y = x.'") == [.identifier("y"), .symbol(.assign), .identifier("x"), .symbol(.dotTranspose)])
    }

    @Test func doubleQuotedStringsUnescapeDoubledQuotes() throws {
        #expect(try kinds("s = \"say \"\"hi\"\"\"") == [.identifier("s"), .symbol(.assign), .string("say \"hi\"")])
    }

    @Test func commentsBlockCommentsAndContinuationsAreSkipped() throws {
        let source = "x = 1 + ... comment\n  2 % trailing\n%{\nignored = 3\n%}\ny"
        #expect(try kinds(source) == [.identifier("x"), .symbol(.assign), .number(1), .symbol(.plus), .number(2),
                                      .newline, .newline, .identifier("y")])
    }

    @Test func commandSyntaxTurnsWordsIntoArguments() throws {
        #expect(try kinds("hold on") == [.identifier("hold"), .commandWord("on")])
        #expect(try kinds("clear x y; format long") == [.identifier("clear"), .commandWord("x"), .commandWord("y"),
                                                        .symbol(.semicolon), .identifier("format"), .commandWord("long")])
        #expect(try kinds("print -dsvg") == [.identifier("print"), .commandWord("-dsvg")])
        #expect(try kinds("disp 'a b'") == [.identifier("disp"), .commandWord("a b")])
        #expect(try kinds("dbstop if f(a, b) < 1e-6") == [.identifier("dbstop"), .commandWord("if"),
                                                          .commandWord("f(a, b)"), .commandWord("<"), .commandWord("1e-6")])
    }

    @Test func expressionsThatLookLikeWordsAreNotCommands() throws {
        #expect(try kinds("x = y") == [.identifier("x"), .symbol(.assign), .identifier("y")])
        #expect(try kinds("a - b") == [.identifier("a"), .symbol(.minus), .identifier("b")])
        #expect(try kinds("f (1)") == [.identifier("f"), .symbol(.leftParen), .number(1), .symbol(.rightParen)])
    }

    @Test func anUnterminatedStringReportsWhereItStarts() {
        #expect(throws: ParseError.unterminatedString(at: SourceLocation(file: "t.m", line: 2, column: 5))) {
            try Lexer.tokenize("x=1\ny = 'abc\n", file: "t.m")
        }
    }

    @Test func anUnknownCharacterIsAnError() {
        #expect(throws: ParseError.unexpectedCharacter("$", at: SourceLocation(file: "t.m", line: 1, column: 5))) {
            try Lexer.tokenize("x = $", file: "t.m")
        }
    }

    @Test func tokensCarryLineAndColumn() throws {
        let tokens = try Lexer.tokenize("a = 1;\n  bb = 2", file: "f.m")
        let bb = tokens.first { $0.kind == .identifier("bb") }
        #expect(bb?.location == SourceLocation(file: "f.m", line: 2, column: 3))
    }
}
