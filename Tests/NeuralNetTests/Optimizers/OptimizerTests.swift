import Autograd
import Testing
@testable import NeuralNet

@Suite("Optimizers")
struct OptimizerTests {
    @Test("Adam's first two steps match the values worked by hand")
    func adamSteps() throws {
        var p = Tensor(shape: [1], scalars: [1])
        var m: Tensor?, v: Tensor?
        try adamUpdate(&p, gradient: Tensor(shape: [1], scalars: [0.5]),
                       averageGradient: &m, averageSquaredGradient: &v, iteration: 1)
        // m = 0.05, v = 0.00025, rate = 1e-3·√0.001/0.1: the first step is lr·sign(g).
        #expect(abs(p.scalar - 0.9990000006) < 1e-7)
        #expect(abs(m!.scalar - 0.05) < 1e-7)
        #expect(abs(v!.scalar - 0.00025) < 1e-8)
        try adamUpdate(&p, gradient: Tensor(shape: [1], scalars: [-0.2]),
                       averageGradient: &m, averageSquaredGradient: &v, iteration: 2)
        // m = 0.025, v = 0.00028975, rate = 1e-3·√(1−0.999²)/(1−0.81).
        #expect(abs(m!.scalar - 0.025) < 1e-7)
        #expect(abs(v!.scalar - 0.00028975) < 1e-8)
        #expect(abs(p.scalar - 0.9986543950) < 2e-7)
    }

    @Test("Adam on shared tensors leaves the other holders' values alone and agrees with Adam in place")
    func adamOnSharedTensors() throws {
        let start = Tensor(shape: [5], scalars: [1, -2, 0.5, 3, -0.25])
        let gradient = Tensor(shape: [5], scalars: [0.5, -1, 2, 0, -0.125])
        let m0 = Tensor(shape: [5], scalars: [0.1, 0.2, -0.3, 0, 0.05])
        let v0 = Tensor(shape: [5], scalars: [0.01, 0.04, 0.09, 0, 0.0025])
        // Shared: the caller still holds start, m0 and v0 (as a workspace holds last step's values).
        var p = start
        var m: Tensor? = m0, v: Tensor? = v0
        try adamUpdate(&p, gradient: gradient, averageGradient: &m, averageSquaredGradient: &v, iteration: 3)
        #expect(start.scalars == [1, -2, 0.5, 3, -0.25])
        #expect(m0.scalars == [0.1, 0.2, -0.3, 0, 0.05])
        #expect(v0.scalars == [0.01, 0.04, 0.09, 0, 0.0025])
        // Unique: the same step on private copies, updated in place.
        var q = Tensor(shape: [5], scalars: start.scalars)
        var mq: Tensor? = Tensor(shape: [5], scalars: m0.scalars), vq: Tensor? = Tensor(shape: [5], scalars: v0.scalars)
        try adamUpdate(&q, gradient: gradient, averageGradient: &mq, averageSquaredGradient: &vq, iteration: 3)
        #expect(p.scalars == q.scalars)
        #expect(m!.scalars == mq!.scalars)
        #expect(v!.scalars == vq!.scalars)
        #expect(p.scalars != start.scalars)
    }

    @Test("the Adam optimizer counts iterations and keeps one state per parameter")
    func adamOptimizer() throws {
        var parameters = [Tensor(shape: [2], scalars: [1, -1]), Tensor(shape: [1], scalars: [3])]
        var adam = AdamOptimizer(parameterCount: 2, options: AdamOptions(learnRate: 0.1))
        try adam.step(&parameters, gradients: [Tensor(shape: [2], scalars: [2, -3]), Tensor(shape: [1], scalars: [0])])
        #expect(adam.iteration == 1)
        #expect(abs(parameters[0].scalars[0] - 0.9) < 1e-6)
        #expect(abs(parameters[0].scalars[1] - -0.9) < 1e-6)
        #expect(parameters[1].scalar == 3)
        #expect(throws: NetworkError.learnableCountMismatch(expected: 2, actual: 1)) {
            try adam.step(&parameters, gradients: [Tensor(shape: [2], scalars: [0, 0])])
        }
    }

    @Test("Adam on a network in place matches Adam on its list of learnables")
    func adamOnNetwork() throws {
        var generator = RandomGenerator(seed: 4)
        var network = try Network(layers: [try FeatureInputLayer(inputSize: 3), try FullyConnectedLayer(outputSize: 2)],
                                  using: &generator)
        var values = network.learnableValues
        let gradients = [Tensor(shape: [2, 3], scalars: [1, -2, 3, -4, 5, -6]), Tensor(shape: [2, 1], scalars: [0.5, -0.5])]
        var inPlace = AdamOptimizer(parameterCount: 2, options: AdamOptions(learnRate: 0.01))
        var onList = inPlace
        for _ in 0..<3 {
            try inPlace.step(&network, gradients: gradients)
            try onList.step(&values, gradients: gradients)
        }
        #expect(inPlace.iteration == 3)
        #expect(network.learnableValues.map(\.scalars) == values.map(\.scalars))
        #expect(throws: NetworkError.shapeMismatch(operation: "adamupdate", expected: [2, 1], actual: [2, 3])) {
            try inPlace.step(&network, gradients: [gradients[0], gradients[0]])
        }
        #expect(inPlace.iteration == 3)
    }

    @Test("SGD with momentum follows v ← μv − αg, p ← p + v")
    func sgdm() throws {
        var p = Tensor(shape: [1], scalars: [1])
        var velocity: Tensor?
        try sgdmUpdate(&p, gradient: Tensor(shape: [1], scalars: [0.5]), velocity: &velocity)
        #expect(abs(velocity!.scalar - -0.005) < 1e-8)
        #expect(abs(p.scalar - 0.995) < 1e-7)
        try sgdmUpdate(&p, gradient: Tensor(shape: [1], scalars: [-0.2]), velocity: &velocity)
        #expect(abs(velocity!.scalar - -0.0025) < 1e-8)
        #expect(abs(p.scalar - 0.9925) < 1e-7)
    }

    @Test("RMSProp divides by the root of the squared-gradient average")
    func rmsprop() throws {
        var p = Tensor(shape: [1], scalars: [1])
        var average: Tensor?
        try rmspropUpdate(&p, gradient: Tensor(shape: [1], scalars: [0.5]), averageSquaredGradient: &average)
        #expect(abs(average!.scalar - 0.025) < 1e-8)
        #expect(abs(p.scalar - 0.9968377225) < 1e-7)
    }

    @Test("updates reject gradients of the wrong shape and bad options")
    func badInput() {
        var p = Tensor(zeros: [2, 3])
        var m: Tensor?, v: Tensor?
        #expect(throws: NetworkError.shapeMismatch(operation: "adamupdate", expected: [2, 3], actual: [3, 2])) {
            try adamUpdate(&p, gradient: Tensor(zeros: [3, 2]), averageGradient: &m, averageSquaredGradient: &v, iteration: 1)
        }
        #expect(throws: NetworkError.self) {
            try adamUpdate(&p, gradient: Tensor(zeros: [2, 3]), averageGradient: &m, averageSquaredGradient: &v, iteration: 0)
        }
        #expect(throws: NetworkError.self) {
            try sgdmUpdate(&p, gradient: Tensor(zeros: [2, 3]), velocity: &v, options: SGDMomentumOptions(learnRate: -1))
        }
        #expect(throws: NetworkError.self) {
            try rmspropUpdate(&p, gradient: Tensor(zeros: [2, 3]), averageSquaredGradient: &v,
                              options: RMSPropOptions(squaredGradientDecay: 1))
        }
    }

    @Test("clipping by global norm scales every tensor by one factor")
    func clipGlobal() throws {
        var gradients = [Tensor(shape: [2], scalars: [3, 4]), Tensor(shape: [1], scalars: [12])]
        let norm = try GradientClipping.clipByGlobalNorm(&gradients, threshold: 6.5)
        #expect(abs(norm - 13) < 1e-9)
        #expect(gradients[0].scalars == [1.5, 2])
        #expect(gradients[1].scalars == [6])
        let unchanged = try GradientClipping.clipByGlobalNorm(&gradients, threshold: 100)
        #expect(abs(unchanged - 6.5) < 1e-6)
        #expect(gradients[1].scalars == [6])
    }

    @Test("clipping each tensor by its own norm and by value")
    func clipEachAndValue() throws {
        var gradients = [Tensor(shape: [2], scalars: [3, 4]), Tensor(shape: [1], scalars: [0.5])]
        try GradientClipping.clipEachByNorm(&gradients, threshold: 1)
        #expect(abs(gradients[0].scalars[0] - 0.6) < 1e-6)
        #expect(abs(gradients[0].scalars[1] - 0.8) < 1e-6)
        #expect(gradients[1].scalars == [0.5])
        var values = [Tensor(shape: [3], scalars: [3, -4, 1])]
        try GradientClipping.clipByValue(&values, threshold: 2)
        #expect(values[0].scalars == [2, -2, 1])
        #expect(throws: NetworkError.self) { try GradientClipping.clipByValue(&values, threshold: 0) }
        var infinite = [Tensor(shape: [1], scalars: [.infinity])]
        #expect(throws: NetworkError.nonFinite(operation: "clipByGlobalNorm")) {
            try GradientClipping.clipByGlobalNorm(&infinite, threshold: 1)
        }
    }
}
