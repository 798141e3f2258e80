import Foundation
import Lab
import Testing

/// The shared copy of MathWorks' example against lesson 2, which teaches it: the lesson must hold
/// the same code, so neither can change without the other.
@Suite("The vanishing-gradients example's shared code")
struct VanishingGradientsExampleTests {
    /// The text of `Lessons/02-vanishing-gradients.m` in this repository.
    static func lesson() throws -> String {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        return try String(contentsOf: root.appendingPathComponent("Lessons/02-vanishing-gradients.m"), encoding: .utf8)
    }

    /// The local functions in `source`, each from its `function` line to the line before the next.
    static func functions(in source: String) -> [String] {
        var functions: [[Substring]] = []
        for line in source.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.hasPrefix("function ") { functions.append([]) }
            if !functions.isEmpty { functions[functions.count - 1].append(line) }
        }
        return functions.map { $0.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    @Test("Lesson 2 holds each of the example's six local functions verbatim")
    func lessonHoldsTheLocalFunctions() throws {
        let lesson = try Self.lesson()
        let functions = Self.functions(in: VanishingGradientsExample.trainingFunctions + "\n"
            + VanishingGradientsExample.plottingFunctions)
        #expect(functions.map { $0.prefix { $0 != "\n" } } == [
            "function [loss,gradients] = modelLoss(net,X,T)",
            "function [X,T] = preprocessMiniBatch(XCell,TCell)",
            "function X = preprocessMiniBatchPredictors(XCell)",
            "function [centers,counts] = gradientDistributions(values)",
            "function plotSetup = setupGradientDistributionAxes(activationName,weightLayerNames,numEpochs)",
            "function plotGradientDistributions(plotSetup,gradientValues,epoch)",
        ])
        for function in functions {
            #expect(lesson.contains(function), "\(function.prefix { $0 != "\n" })")
        }
    }

    @Test("Lesson 2 holds every section of the example verbatim", arguments: [
        VanishingGradientsExample.activationComparison, VanishingGradientsExample.dataLoading,
        VanishingGradientsExample.networkDefinition, VanishingGradientsExample.trainingOptions(),
        VanishingGradientsExample.trainingLoop(plotting: true),
        VanishingGradientsExample.lossFigure, VanishingGradientsExample.meanGradientFigure,
    ])
    func lessonHoldsTheSection(section: String) throws {
        #expect(try Self.lesson().contains(section))
    }

    @Test("The training loop without plotting is the loop with plotting less its figure lines")
    func trainingLoopWithoutPlottingDropsOnlyFigureLines() {
        let plotting = VanishingGradientsExample.trainingLoop(plotting: true).split(separator: "\n")
        let training = VanishingGradientsExample.trainingLoop(plotting: false).split(separator: "\n")
        let dropped = plotting.filter { !training.contains($0) }
        #expect(dropped.map { $0.trimmingCharacters(in: .whitespaces).prefix { $0 != " " } } == [
            "activationName", "weightLayerNames", "plotSetup", "start", "plotGradientDistributions(plotSetup,gradientValues,epoch);",
        ])
        #expect(plotting.filter { training.contains($0) } == training)
        #expect(!plotting.contains { $0.hasPrefix("|") })
        #expect(VanishingGradientsExample.trainingScript().contains("numEpochs = 50;"))
        #expect(VanishingGradientsExample.script(epochs: 3).contains("numEpochs = 3;"))
    }
}
