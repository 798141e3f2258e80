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
