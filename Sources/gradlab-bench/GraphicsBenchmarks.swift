import Foundation
import Lab
import MatLang
import Plotting

/// Rows for the graphics: the MathWorks example's figures rendered to terminal text (as the REPL
/// draws them at its widest, 200 columns, in 24-bit colour) and to SVG, each the best of several renderings.
///
/// The figures are built by the example's own plotting code run through a ``Session`` with the
/// graphics built-ins, on synthetic data of the example's shapes (2000 iterations, a 784×10 and
/// three 10×10 weight gradients per epoch), so the rows do not need the training run.
enum GraphicsBenchmarks {
    /// Terminal width the figures are drawn at: the widest the REPL draws.
    static let columns = 200

    static func run(into table: inout BenchmarkTable) throws {
        let twoD = try [
            ("activations", figure(ExampleFigureScripts.activations)),
            ("losses", figure(ExampleFigureScripts.losses)),
            ("mean gradients", figure(ExampleFigureScripts.meanGradients)),
        ]
        let distributions = try figure(ExampleFigureScripts.gradientDistributions(epochs: 50))

        let terminal = twoD.map { ($0.0, terminalMilliseconds($0.1, threeD: .projection)) }.max { $0.1 < $1.1 }!
        table.add(BenchmarkRow("figure_terminal_ms", terminal.1, unit: "ms", budget: .atMost(20),
                               note: "slowest 2-D example figure (\(terminal.0)), \(columns) columns"))
        let svg = twoD.map { ($0.0, svgMilliseconds($0.1)) }.max { $0.1 < $1.1 }!
        table.add(BenchmarkRow("figure_svg_ms", svg.1, unit: "ms", budget: .atMost(20),
                               note: "slowest 2-D example figure (\(svg.0)) as an SVG document"))
        table.add(BenchmarkRow("figure3d_terminal_ms", terminalMilliseconds(distributions, threeD: .projection),
                               unit: "ms", budget: .atMost(50),
                               note: "50-epoch gradient distributions, 2×2 tiles of fill3, projected"))
        table.add(BenchmarkRow("figure3d_heatmap_ms", terminalMilliseconds(distributions, threeD: .heatMap),
                               unit: "ms", budget: .atMost(50),
                               note: "the same figure as epoch × bin heat maps (view3d heatmap)"))
        table.add(BenchmarkRow("figure3d_svg_ms", svgMilliseconds(distributions), unit: "ms", budget: .atMost(50),
                               note: "the same figure as an SVG document"))
    }

    /// The figure `source` leaves current, built in a fresh session with the graphics built-ins.
    private static func figure(_ source: String) throws -> Figure {
        let session = Session(output: BenchmarkSink())
        _ = session.registerDeepLearning()
        let figures = FigureManager()
        session.register(GraphicsBuiltins.registry(figures: figures))
        guard case .completed = session.runScript(source, file: "figures.m"),
              let number = figures.currentNumber, let figure = figures.figure(number) else {
            throw LabBenchmarkError.failed(String(source.prefix(60)) + "…")
        }
        return figure
    }

    /// Best time of drawing `figure` as the REPL does, in milliseconds.
    private static func terminalMilliseconds(_ figure: Figure, threeD: ThreeDStyle) -> Double {
        let presenter = FigurePresenter(figures: FigureManager())
        var length = 0
        let seconds = Measurement.bestSecondsPerCall(warmup: 2, iterations: 5, repeats: 5) {
            length &+= presenter.render(figure, width: columns, color: .trueColor, threeD: threeD).utf8.count
        }
        precondition(length > 0, "the figure drew nothing")
        return seconds * 1000
    }

    /// Best time of rendering `figure` as a standalone SVG document, in milliseconds.
    private static func svgMilliseconds(_ figure: Figure) -> Double {
        let renderer = SVGRenderer()
        var length = 0
        let seconds = Measurement.bestSecondsPerCall(warmup: 2, iterations: 5, repeats: 5) {
            length &+= renderer.render(figure).utf8.count
        }
        precondition(length > 0, "the figure rendered nothing")
        return seconds * 1000
    }
}

/// The MathWorks example's plotting code with synthetic data where the example trains networks:
/// its figures 1 (activations), 2–3 (3-D gradient distributions), 4 (losses) and 5 (mean gradients).
enum ExampleFigureScripts {
    /// Figure 1: ReLU and sigmoid with their numerical gradients, two tiles with legends.
    static let activations = """
        x = linspace(-5,5,1000);
        reluActivation = max(0,x);
        reluGradient = gradient(reluActivation,0.01);
        sigmoidActivation = 1./(1+exp(-x));
        sigmoidGradient = gradient(sigmoidActivation,0.01);
        figure
        tiledlayout(1,2)
        nexttile
        plot(x,[reluActivation;reluGradient])
        legend("ReLU","Gradient of ReLU")
        nexttile
        plot(x,[sigmoidActivation;sigmoidGradient])
        legend("Sigmoid","Gradient of Sigmoid")
        """

    /// Figures 2–3: the example's plotting supporting functions, verbatim, called once per epoch
    /// with gradients of the example's shapes (784×10 and three 10×10 weights).
    static func gradientDistributions(epochs: Int) -> String {
        """
        weightLayerNames = ["fc_1 Weights"; "fc_2 Weights"; "fc_3 Weights"; "fc_4 Weights"];
        numEpochs = \(epochs);
        plotSetup = setupGradientDistributionAxes("Sigmoid",weightLayerNames,numEpochs);
        sizes = [7840 100 100 100];
        for epoch = 1:numEpochs
            gradientValues = {};
            for w = 1:4
                k = 1:sizes(w);
                spread = 0.02 * w * (1 + epoch/numEpochs);
                gradientValues{w} = dlarray(spread * (sin(k*0.731 + epoch) + sin(k*1.37)) .* exp(-mod(k,7)/3));
            end
            plotGradientDistributions(plotSetup,gradientValues,epoch)
        end

        function [centers,counts] = gradientDistributions(values)
        [counts,edges] = histcounts(values,30);
        centers = edges(1:end-1) + diff(edges)/2;
        end

        function plotSetup = setupGradientDistributionAxes(activationName,weightLayerNames,numEpochs)
        f = figure;
        t = tiledlayout(f,"flow",TileSpacing="tight");
        t.Title.String = "Gradient Distributions with " + activationName + " Layers";
        for i = 1:numel(weightLayerNames)
            tiledAx = nexttile(t,i);
            xlabel(tiledAx,"Gradients");
            ylabel(tiledAx,"Epochs");
            zlabel(tiledAx,"Counts");
            title(tiledAx,weightLayerNames(i));
            view(tiledAx,[-130 50]);
            xlim(tiledAx,[-0.5,0.5]);
            ylim(tiledAx,[1,Inf]);
        end
        plotSetup.ColorMap = parula(numEpochs);
        plotSetup.TiledLayout = t;
        end

        function plotGradientDistributions(plotSetup,gradientValues,epoch)
        for w = 1:numel(gradientValues)
            nexttile(plotSetup.TiledLayout,w)
            color = plotSetup.ColorMap(epoch,:);
            values = extractdata(gradientValues{w});
            [centers,counts] = gradientDistributions(values);
            hold on
            fill3(centers,epoch*ones(size(counts)),counts,color,EdgeColor="#D9D9D9")
            hold off
            drawnow
        end
        end
        """
    }

    /// Figure 4: the loss curves of two networks over 2000 iterations.
    static let losses = """
        activationTypes = ["ReLU","Sigmoid"];
        it = (1:2000)';
        losses = [0.3 + 2*exp(-it/250) + 0.05*sin(it*0.7), 1.2 + 1.1*exp(-it/900) + 0.03*sin(it*1.3)];
        figure
        plot(losses)
        xlabel("Iteration")
        ylabel("Loss")
        legend(activationTypes)
        """

    /// Figure 5: the signed mean gradient of each layer, 2×2 flow tiles with legends.
    static let meanGradients = """
        activationTypes = ["ReLU","Sigmoid"];
        weightLayerNames = ["fc_1 Weights"; "fc_2 Weights"; "fc_3 Weights"; "fc_4 Weights"];
        numLearnableLayers = 4;
        it = (1:2000)';
        meanGradients = zeros(2000,2,4);
        scales = [3e-3 0.1 0.05 1e-7];
        for ii = 1:4
            meanGradients(:,1,ii) = scales(ii) * sin(it*0.05*ii) .* exp(-it/1500);
            meanGradients(:,2,ii) = scales(ii) * 0.01 * sin(it*0.09);
        end
        figure
        tiledlayout("flow")
        for ii = 1:numLearnableLayers
            nexttile
            plot(meanGradients(:,:,ii))
            xlabel("Iteration")
            ylabel("Average Gradient")
            title(weightLayerNames(ii))
            legend(activationTypes)
        end
        """
}
