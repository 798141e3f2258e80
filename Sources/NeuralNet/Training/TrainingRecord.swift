/// What the MathWorks gradient-distribution example records while training one network.
public struct TrainingRecord: Sendable {
    /// The names of the recorded weight learnables (`fc_1 Weights` …).
    public var weightNames: [String]
    /// The loss of every iteration.
    public var losses: [Float] = []
    /// The signed mean of every weight gradient at every iteration (`iteration × layer`).
    public var meanGradients: [[Float]] = []
    /// The mean magnitude, mean |g|, of every weight gradient at every iteration (`iteration × layer`).
    public var meanAbsoluteGradients: [[Float]] = []
    /// The 30-bin histogram of every weight gradient at the end of every epoch (`epoch × layer`),
    /// taken from the epoch's last mini-batch.
    public var histograms: [[Histogram]] = []
}
