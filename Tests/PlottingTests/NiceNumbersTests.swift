import Plotting
import Testing

@Suite struct NiceNumbersTests {
    @Test(arguments: [(0.3, 0.5), (1.0, 1.0), (1.2, 2.0), (3.0, 5.0), (7.0, 10.0), (0.0012, 0.002), (250.0, 500.0)])
    func niceStepsAreOneTwoOrFiveTimesAPowerOfTen(raw: Double, expected: Double) {
        #expect(abs(NiceNumbers.niceStep(raw) - expected) < 1e-12 * expected)
    }

    @Test func automaticLimitsSnapOutwardToTicks() {
        let axis = NiceNumbers.axis(data: [3, 1987], targetCount: 5)
        #expect(axis.lower == 0)
        #expect(axis.upper == 2000)
        #expect(axis.values == [0, 500, 1000, 1500, 2000])
        #expect(axis.labels == ["0", "500", "1000", "1500", "2000"])
    }

    @Test func fixedLimitsWinAndInfiniteEndsAreAutomatic() {
        let fixed = NiceNumbers.axis(data: [-0.01, 0.02], fixed: [-0.5, 0.5], targetCount: 4)
        #expect(fixed.lower == -0.5 && fixed.upper == 0.5)
        #expect(fixed.labels == ["-0.5", "-0.25", "0", "0.25", "0.5"] || fixed.labels == ["-0.5", "0", "0.5"])
        let half = NiceNumbers.axis(data: [1, 50], fixed: [1, .infinity], targetCount: 3)
        #expect(half.lower == 1)
        #expect(half.upper == 50)
        #expect(half.values == [20, 40])
    }

    @Test func aSingleValueSpansOneEitherSideAndNoDataSpansZeroToOne() {
        let single = NiceNumbers.axis(data: [0, 0, .nan])
        #expect(single.lower == -1 && single.upper == 1)
        let none = NiceNumbers.axis(data: [.nan, .infinity])
        #expect(none.lower == 0 && none.upper == 1)
    }

    @Test func smallValuesShareAPowerOfTen() {
        let axis = NiceNumbers.axis(data: [-0.004, 0.0052], targetCount: 5)
        #expect(axis.exponent == -3)
        #expect(axis.exponentLabel == "×10⁻³")
        #expect(axis.labels.contains("-4") && axis.labels.contains("6"))
    }

    @Test func logAxesTickAtDecadesAndIgnoreNonPositiveValues() {
        let axis = NiceNumbers.axis(data: [-3, 0, 0.002, 450], scale: .log, targetCount: 6)
        #expect(axis.lower == 0.001)
        #expect(abs(axis.upper - 1000) < 1e-9)
        #expect(axis.labels == ["10⁻³", "10⁻²", "10⁻¹", "10⁰", "10¹", "10²", "10³"])
        #expect(axis.fraction(-1) == nil)
    }

    @Test func fractionsPlaceValuesBetweenTheLimits() {
        let axis = NiceNumbers.axis(data: [0, 10], targetCount: 5)
        #expect(axis.fraction(5) == 0.5)
        #expect(axis.fraction(.nan) == nil)
        #expect(axis.value(atFraction: 0.25) == 2.5)
    }
}
