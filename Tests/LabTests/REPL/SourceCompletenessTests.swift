import Lab
import Testing

@Suite struct SourceCompletenessTests {
    @Test(arguments: [
        "x = 1",
        "for i = 1:3, disp(i), end",
        "if a, b, elseif c, d, else, e, end",
        "x = a(end)",
        "y = s.end + s.for",
        "dbstop if error",
        "dbstop in backprop if gradnorm(fc_1) < 1e-6",
        "help for",
        "s = 'for if while'",
        "t = \"if (\"",
        "z = x' + y'",
        "w = x.'",
        "% for i = 1:3",
        "disp('it''s') % if",
        "x = 1 ... continued in a comment\n+ 2",
        "m = [1 2\n3 4]",
        "%{\nfor\n%}",
        "end",
        "c = {1, 'a'}",
        "try\n  x\ncatch err\n  disp(err)\nend",
        "switch k\n case 1\n  a\n otherwise\n  b\nend",
        "function y = f(x)\n  y = x;\nend",
        "do\n x++\nuntil x > 3",
        "s = 'unterminated",
    ])
    func completeSourceNeedsNoMoreLines(source: String) {
        #expect(SourceCompleteness.isComplete(source))
    }

    @Test(arguments: [
        "for i = 1:3",
        "while true",
        "if x > 0",
        "switch k",
        "try",
        "function y = f(x)",
        "parfor i = 1:4",
        "for i = 1:3\n  if i > 1",
        "x = [1 2",
        "f(1, ...",
        "c = {1, ...",
        "x = 1 + ...",
        "%{\nnot yet closed",
        "y = (a +",
        "for k = x(end):-1:1",
        "a = 1; if a",
    ])
    func unfinishedSourceAsksForAContinuationLine(source: String) {
        #expect(!SourceCompleteness.isComplete(source))
    }

    @Test func progressFedOneLineAtATimeAgreesWithTheWholeSourceAfterEveryLine() {
        let lines = [
            "function y = f(x)", "  m = [1 2", "       3 4];", "  %{", "  end", "  %}",
            "  if x > 0, y = m ...", "      + x;", "  end", "end", "z = 1",
        ]
        var progress = SourceCompleteness.Progress()
        var verdicts: [Bool] = []
        for count in 1...lines.count {
            progress.add(line: lines[count - 1])
            let whole = SourceCompleteness.isComplete(lines.prefix(count).joined(separator: "\n"))
            #expect(progress.isComplete == whole, "after line \(count)")
            verdicts.append(progress.isComplete)
        }
        #expect(verdicts == [false, false, false, false, false, false, false, false, false, true, true])
    }
}
