import Autograd
import MatLang

/// The language's `RandomSource` over the engine's ``Autograd/RandomGenerator``, so that one
/// `rng(seed)` makes everything the Lab does reproducible: `rand`/`randn`/`randi`, network
/// initialisation, data generation and mini-batch shuffling.
///
/// Deep-learning and graphics built-ins draw from the same stream through ``generator`` or
/// ``withGenerator(_:)``.
public final class EngineRandomSource: RandomSource {
    /// The engine's generator; reading it copies the current state, assigning it replaces it.
    public var generator: RandomGenerator
    /// The seed the sequence was last started from.
    public private(set) var seed: UInt64

    /// Creates a source started from `seed` (0, MATLAB's `rng("default")`, unless given).
    public init(seed: UInt64 = 0) {
        self.seed = seed
        self.generator = RandomGenerator(seed: seed)
    }

    /// Restarts the sequence from `seed`.
    public func reseed(_ seed: UInt64) {
        self.seed = seed
        generator = RandomGenerator(seed: seed)
    }

    /// A uniformly distributed double in `[0, 1)`.
    public func nextUniform() -> Double {
        generator.nextUniform()
    }

    /// A standard normal double, N(0, 1).
    public func nextNormal() -> Double {
        generator.nextNormal()
    }

    /// A uniformly distributed integer in `range` (both ends included).
    public func nextInteger(in range: ClosedRange<Int>) -> Int {
        generator.nextInt(in: range)
    }

    /// Runs `body` with the shared generator, advancing the stream by whatever `body` draws.
    public func withGenerator<Result>(_ body: (inout RandomGenerator) throws -> Result) rethrows -> Result {
        try body(&generator)
    }
}
