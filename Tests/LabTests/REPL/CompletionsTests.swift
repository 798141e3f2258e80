import Lab
import Testing

@Suite struct CompletionsTests {
    @Test func aSingleCandidateReplacesTheStem() {
        #expect(Completions(stem: "lo", candidates: ["losses"]).action == .replace(with: "losses"))
    }

    @Test func severalCandidatesWithALongerCommonPrefixInsertThePrefix() {
        let completions = Completions(stem: "L", candidates: ["Layers", "Layout"])
        #expect(completions.commonPrefix == "Lay")
        #expect(completions.action == .replace(with: "Lay"))
    }

    @Test func severalCandidatesWithNoLongerPrefixAreListed() {
        let completions = Completions(stem: "L", candidates: ["Layers", "Learnables"])
        #expect(completions.action == .list(["Layers", "Learnables"]))
    }

    @Test func listedFilePathsDropTheFolderAlreadyTyped() {
        let completions = Completions(stem: "data/d", candidates: ["data/digits.csv", "data/dev/"])
        #expect(completions.listedCandidates == ["digits.csv", "dev/"])
        #expect(Completions(stem: "L", candidates: ["Layers"]).listedCandidates == ["Layers"])
    }

    @Test func noCandidatesDoNothing() {
        #expect(Completions.none.action == .nothing)
        #expect(Completions(stem: "zz", candidates: []).action == .nothing)
    }

    @Test func theListingFillsColumnsDownwardWithinTheWidth() {
        let words = ["alpha", "beta", "gamma", "delta", "eps"]
        #expect(CompletionListing.format(words, width: 22) == """
            alpha  delta  gamma
            beta   eps
            
            """)
    }

    @Test func theListingUsesOneColumnWhenWordsAreWiderThanTheTerminal() {
        #expect(CompletionListing.format(["averyveryverylongname", "b"], width: 10) == "averyveryverylongname\nb\n")
        #expect(CompletionListing.format([], width: 80) == "")
    }
}

@Suite struct REPLCompletionTests {
    private func complete(_ line: String, variables: [String]) -> Completions {
        let transcript = Transcript()
        let engine = TestEngine(output: transcript)
        for name in variables { _ = engine.execute("\(name) = 1;") }
        return REPL.completions(line: line, cursor: line.endIndex, engine: engine)
    }

    @Test func theLoopsOwnCommandsCompleteAsTheFirstWord() {
        #expect(complete("hist", variables: []) == Completions(stem: "hist", candidates: ["history"]))
        #expect(complete("  qu", variables: []) == Completions(stem: "qu", candidates: ["quit"]))
    }

    @Test func engineCandidatesAndCommandsAreMergedAndSorted() {
        #expect(complete("e", variables: ["epoch", "x"]) == Completions(stem: "e", candidates: ["epoch", "exit"]))
    }

    @Test func commandsAreNotOfferedAfterTheFirstWord() {
        #expect(complete("x = hi", variables: ["hidden"]) == Completions(stem: "hi", candidates: ["hidden"]))
        #expect(complete("x = hi", variables: []).candidates.isEmpty)
    }
}
