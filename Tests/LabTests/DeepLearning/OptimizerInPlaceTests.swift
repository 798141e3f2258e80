import Autograd
import Lab
import MatLang
import Testing

/// `[net, avgG, avgSqG] = adamupdate(net, grad, avgG, avgSqG, k)` and the other optimizer steps
/// update the network and their states in place when the statement assigns them back to the
/// variables they came from, and behave as a step on copies otherwise.
@Suite("Optimizer steps in place")
struct OptimizerInPlaceTests {
    /// A small network, its gradients for a batch and one step's states, in a fresh session.
    private static func trainedSession() throws -> (Session, Transcript) {
        let (session, _, transcript, _) = makeDeepLearningSession(seed: 3)
        let outcome = session.runScript("""
            net = dlnetwork([featureInputLayer(3) fullyConnectedLayer(4) sigmoidLayer fullyConnectedLayer(2) softmaxLayer]);
            X = dlarray(single(randn(3, 8)), "CB");
            T = zeros(2, 8); T(1, 1:4) = 1; T(2, 5:8) = 1; T = dlarray(single(T), "CB");
            [loss, g] = dlfeval(@lossOf, net, X, T);
            m = []; v = []; vel = []; s = [];
            [net, m, v] = adamupdate(net, g, m, v, 1);
            [net, vel] = sgdmupdate(net, g, vel);
            [net, s] = rmspropupdate(net, g, s);
            function [loss, g] = lossOf(net, X, T)
            loss = crossentropy(forward(net, X), T);
            g = dlgradient(loss, net.Learnables);
            end
            """, file: "setup.m")
        #expect(outcome == .completed, "\(transcript.errors)")
        return (session, transcript)
    }

    /// The tensors of variable `name`: a dlnetwork's learnables or a table's values.
    private static func tensors(_ name: String, in session: Session) -> [Tensor] {
        switch session.variable(name) {
        case .object(let n as NetworkObject)?: return n.network.learnables.map(\.value)
        case .object(let t as LearnablesTable)?: return t.values.map(\.tensor)
        default:
            Issue.record("\(name) is neither a dlnetwork nor a table")
            return []
        }
    }

    /// Where the elements of each tensor of variable `name` live (read without keeping a reference).
    private static func addresses(_ name: String, in session: Session) -> [Int] {
        tensors(name, in: session).map { tensor in tensor.withUnsafeBufferPointer { Int(bitPattern: $0.baseAddress) } }
    }

    /// The elements of each tensor of variable `name`.
    private static func values(_ name: String, in session: Session) -> [[Float]] {
        tensors(name, in: session).map(\.scalars)
    }

    @Test("A step assigned back to its variables writes into their memory, with the values of a step on copies")
    func updatesInPlace() throws {
        let (session, transcript) = try Self.trainedSession()
        for (statement, names, copyStatement) in [
            ("[net, m, v] = adamupdate(net, g, m, v, 2);", ["net", "m", "v"], "[net2, m2, v2] = adamupdate(net0, g, m0, v0, 2);"),
            ("[net, vel] = sgdmupdate(net, g, vel, 0.05);", ["net", "vel"], "[net2, m2] = sgdmupdate(net0, g, m0, 0.05);"),
            ("[net, s] = rmspropupdate(net, g, s);", ["net", "s"], "[net2, m2] = rmspropupdate(net0, g, m0);"),
        ] {
            // The same step on copies, under other names, for the expected values.
            let copies = "net0 = net; m0 = \(names[1]);" + (names.count > 2 ? " v0 = v;" : "")
            #expect(session.runScript(copies + copyStatement + " clear net0 m0 v0", file: "copy.m") == .completed, "\(transcript.errors)")
            let before = names.map { Self.addresses($0, in: session) }
            #expect(session.runScript(statement, file: "step.m") == .completed, "\(statement): \(transcript.errors)")
            for (name, addresses) in zip(names, before) {
                #expect(Self.addresses(name, in: session) == addresses, "\(statement): \(name) was copied")
            }
            for (name, copy) in zip(names, ["net2", "m2", "v2"]) {
                #expect(Self.values(name, in: session) == Self.values(copy, in: session), "\(statement): \(name)")
            }
        }
    }

    @Test("A variable that still holds the old network, or is passed twice, keeps its values")
    func sharedValuesAreNotChanged() throws {
        let (session, transcript) = try Self.trainedSession()
        let old = Self.values("net", in: session)
        #expect(session.runScript("old = net; [net, m, v] = adamupdate(net, g, m, v, 2);", file: "a.m") == .completed, "\(transcript.errors)")
        #expect(Self.values("old", in: session) == old)
        #expect(Self.values("net", in: session) != old)
        let moments = Self.values("m", in: session)
        #expect(session.runScript("[net, m] = adamupdate(net, g, m, m, 3);", file: "b.m") == .completed, "\(transcript.errors)")
        #expect(session.runScript("[n3, m3] = adamupdate(old, g, m, m, 3);", file: "c.m") == .completed, "\(transcript.errors)")
        #expect(Self.values("m", in: session) != moments)
    }

    @Test("One output lends only the network; a step inside a function leaves the caller's values alone")
    func singleOutputAndFunctionSteps() throws {
        let (session, transcript) = try Self.trainedSession()
        let network = Self.addresses("net", in: session)
        let velocity = Self.values("vel", in: session)
        #expect(session.runScript("n0 = net; v0 = vel; [n2, v2] = sgdmupdate(n0, g, v0); clear n0 v0", file: "copy.m") == .completed,
                "\(transcript.errors)")
        #expect(session.runScript("net = sgdmupdate(net, g, vel);", file: "one.m") == .completed, "\(transcript.errors)")
        #expect(Self.addresses("net", in: session) == network)
        #expect(Self.values("net", in: session) == Self.values("n2", in: session))
        #expect(Self.values("vel", in: session) == velocity)

        let before = ["net", "m", "v"].map { Self.values($0, in: session) }
        #expect(session.runScript("""
            old = net; oldM = m; oldV = v;
            [net, m, v] = stepOf(net, g, m, v, 2);
            [n3, m3, v3] = adamupdate(old, g, oldM, oldV, 2);
            function [net, m, v] = stepOf(net, g, m, v, k)
            [net, m, v] = adamupdate(net, g, m, v, k);
            end
            """, file: "function.m") == .completed, "\(transcript.errors)")
        for (k, (name, old, copy)) in [("net", "old", "n3"), ("m", "oldM", "m3"), ("v", "oldV", "v3")].enumerated() {
            #expect(Self.values(old, in: session) == before[k], "\(old)")
            #expect(Self.values(name, in: session) == Self.values(copy, in: session), "\(name)")
        }
    }

    @Test("A failed step leaves the lent variables as they were")
    func failedStepsGiveTheVariablesBack() throws {
        let (session, transcript) = try Self.trainedSession()
        let names = ["net", "m", "v"]
        let before = names.map { Self.values($0, in: session) }
        for (statement, message) in [
            ("[net, m, v] = adamupdate(net, g, m, v, 0);", "'iteration' must be a positive integer"),
            ("[net, m, v] = adamupdate(net, g, m, v, 2, -1);", "learnRate"),
            ("[net, m, v] = adamupdate(net, g, m, v, 2, NaN);", "Value of 'learnRate' must be a finite numeric scalar"),
            ("[net, m, v, w] = adamupdate(net, g, m, v, 2);", "Too many output arguments"),
            ("[net, m, v] = adamupdate(net, X, m, v, 2);", "Expected a table with the network's learnables, not dlarray"),
            ("[net, m, v] = adamupdate(net, g, net, v, 2);", "Expected a table with the network's learnables, not dlnetwork"),
            ("[net, vel] = sgdmupdate(net, g, vel, 0.1, 2);", "momentum"),
        ] {
            #expect(session.runScript(statement, file: "bad.m") != .completed, "\(statement)")
            #expect(transcript.errors.contains(message), "\(statement): \(transcript.errors)")
            for (name, values) in zip(names, before) {
                #expect(Self.values(name, in: session) == values, "\(statement): \(name)")
            }
        }
        #expect(session.runScript("[net, m, v] = adamupdate(net, g, m, v, 2);", file: "good.m") == .completed, "\(transcript.errors)")
    }
}
