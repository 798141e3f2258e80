import Foundation
import Lab
import MatLang
import Testing

@Suite("dlfeval and dlgradient from the language")
struct DeepLearningAutodiffTests {
    /// Runs `source` as a script in a fresh deep-learning session.
    static func run(_ source: String) -> (Session, Transcript, ExecutionOutcome) {
        let (session, _, transcript, _) = makeDeepLearningSession(seed: 3)
        let outcome = session.runScript(source, file: "t.m")
        return (session, transcript, outcome)
    }

    @Test("dlgradient through a user function equals central finite differences")
    func gradientMatchesFiniteDifferences() throws {
        let (session, transcript, outcome) = Self.run("""
            x0 = [0.3; -1.2; 2.0; 0.7];
            [y, g] = dlfeval(@f, dlarray(x0));
            h = 1e-2;
            fd = zeros(4, 1);
            for k = 1:4
                e = zeros(4, 1); e(k) = h;
                fd(k) = (double(f0(x0 + e)) - double(f0(x0 - e))) / (2*h);
            end
            gd = double(extractdata(g));
            function [y, g] = f(x)
            y = f0(x);
            g = dlgradient(y, x);
            end
            function y = f0(x)
            x = dlarray(x);
            s = sigmoid(x);
            y = mean(exp(s) .* s - log(s + 1) ./ 2 + relu(x), "all");
            end
            """)
        #expect(transcript.errors == "")
        #expect(outcome == .completed)
        let fd = try #require(session.variable("fd")).doubleArray().elements
        let gd = try #require(session.variable("gd")).doubleArray().elements
        #expect(fd.count == 4 && gd.count == 4)
        for (a, b) in zip(fd, gd) { #expect(abs(a - b) < 1e-3 * max(1, abs(a))) }
    }

    @Test("dlgradient with respect to net.Learnables returns a table laid out like it")
    func learnablesGradientTable() throws {
        let (session, transcript, outcome) = Self.run("""
            net = dlnetwork([featureInputLayer(3) fullyConnectedLayer(4) reluLayer fullyConnectedLayer(2) softmaxLayer]);
            X = dlarray(rand(3, 5), "CB");
            T = dlarray(onehotencode(categorical([1 2 2 1 2]), 1), "CB");
            [loss, g] = dlfeval(@modelLoss, net, X, T);
            n = size(g);
            names = g.Layer;
            w = g.Value{1};
            function [loss, g] = modelLoss(net, X, T)
            loss = crossentropy(forward(net, X), T);
            g = dlgradient(loss, net.Learnables);
            end
            """)
        #expect(transcript.errors == "")
        #expect(outcome == .completed)
        #expect(try session.variable("n")?.doubleArray().elements == [4, 3])
        #expect(try session.variable("names")?.toStringArray().elements == ["fc_1", "fc_1", "fc_2", "fc_2"])
        #expect(session.variable("w")?.size == [4, 3])
    }

    @Test("dlgradient outside dlfeval explains how to call it, and the workspace is unchanged")
    func gradientOutsideDlfeval() {
        let (session, transcript, _) = Self.run("a = 1;\nx = dlarray(2);\ng = dlgradient(x, x);")
        #expect(transcript.errors.contains("dlgradient must be called inside a function evaluated by dlfeval"))
        #expect(session.variable("g") == nil)
    }
}

@Suite("Optimizer steps from the language")
struct DeepLearningOptimizerTests {
    @Test("Adam, SGDM and RMSProp lower the loss of a small network, and thresholdL2Norm caps the norm")
    func optimizersLowerTheLoss() throws {
        let (session, _, transcript, _) = makeDeepLearningSession(seed: 5)
        let outcome = session.runScript("""
            X = dlarray(rand(3, 16), "CB");
            T = dlarray(onehotencode(categorical(mod(1:16, 2)), 1), "CB");
            net0 = dlnetwork([featureInputLayer(3) fullyConnectedLayer(8) tanhLayer fullyConnectedLayer(2) softmaxLayer]);
            first = double(dlfeval(@modelLoss, net0, X, T));
            a = net0; s = net0; r = net0; m = []; v = []; vel = []; sq = [];
            for k = 1:30
                [~, g] = dlfeval(@modelLoss, a, X, T); [a, m, v] = adamupdate(a, g, m, v, k, 0.05);
                [~, g] = dlfeval(@modelLoss, s, X, T); [s, vel] = sgdmupdate(s, g, vel, 0.2);
                [~, g] = dlfeval(@modelLoss, r, X, T); [r, sq] = rmspropupdate(r, g, sq, 0.01);
            end
            finals = [double(dlfeval(@modelLoss, a, X, T)), double(dlfeval(@modelLoss, s, X, T)), double(dlfeval(@modelLoss, r, X, T))];
            [~, g] = dlfeval(@modelLoss, net0, X, T);
            [clipped, before] = thresholdL2Norm(g, 1e-3);
            total = 0;
            for k = 1:size(clipped, 1)
                total = total + sum(extractdata(clipped.Value{k}).^2, "all");
            end
            function [loss, g] = modelLoss(net, X, T)
            loss = crossentropy(forward(net, X), T);
            g = dlgradient(loss, net.Learnables);
            end
            """, file: "opt.m")
        #expect(transcript.errors == "")
        #expect(outcome == .completed)
        let first = try #require(session.variable("first")).scalarDouble()
        for value in try #require(session.variable("finals")).doubleArray().elements { #expect(value < first) }
        #expect(try #require(session.variable("before")).scalarDouble() > 1e-3)
        #expect(abs(try #require(session.variable("total")).scalarDouble().squareRoot() - 1e-3) < 1e-5)
    }
}

@Suite("Gradient helpers from the language")
struct DeepLearningHelperTests {
    @Test("gradflow reports one row per learnable and dlupdate applies a function to every learnable")
    func gradflowAndDlupdate() throws {
        let (session, _, transcript, _) = makeDeepLearningSession(seed: 7)
        let outcome = session.runScript("""
            X = dlarray(rand(3, 6), "CB");
            T = dlarray(onehotencode(categorical(mod(1:6, 2)), 1), "CB");
            net = dlnetwork([featureInputLayer(3) fullyConnectedLayer(4) sigmoidLayer fullyConnectedLayer(2) softmaxLayer]);
            [~, g] = dlfeval(@modelLoss, net, X, T);
            S = gradflow(net, g);
            gradflow(net, g)
            stepped = dlupdate(@(w, d) w - d, net, g);
            w0 = net.Learnables.Value{1}; w1 = stepped.Learnables.Value{1}; d = g.Value{1};
            err = max(abs(extractdata(w0 - d - w1)), [], "all");
            function [loss, g] = modelLoss(net, X, T)
            loss = crossentropy(forward(net, X), T);
            g = dlgradient(loss, net.Learnables);
            end
            """, file: "helpers.m")
        #expect(transcript.errors == "")
        #expect(outcome == .completed)
        #expect(session.variable("S")?.size == [4, 1])
        #expect(transcript.text.contains("fc_2"))
        #expect(try #require(session.variable("err")).scalarDouble() < 1e-6)
    }
}

@Suite("Numeric files from the language")
struct DeepLearningFileTests {
    @Test("writematrix then readmatrix gives the matrix back, and a missing IDX file names readidx")
    func csvRoundTripAndMissingIDX() throws {
        let (session, _, transcript, _) = makeDeepLearningSession()
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("gradlab-dl-\(UUID().uuidString).csv").path
        defer { try? FileManager.default.removeItem(atPath: path) }
        let outcome = session.runScript("""
            A = [1 2.5; -3 4; 5 6];
            writematrix(A, "\(path)");
            B = readmatrix("\(path)");
            same = all(A(:) == B(:)) && all(size(A) == size(B));
            """, file: "csv.m")
        #expect(transcript.errors == "")
        #expect(outcome == .completed)
        #expect(try session.variable("same")?.isTrue() == true)
        _ = session.runScript("X = readidx(\"/nonexistent/images.idx\");", file: "idx.m")
        #expect(transcript.errors.contains("readidx"))
        #expect(session.variable("X") == nil)
    }
}
