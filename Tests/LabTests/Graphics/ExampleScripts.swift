/// The MathWorks example's plotting code, with synthetic data where the example trains networks.
enum ExampleScripts {
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

    /// The example's three plotting supporting functions, verbatim.
    static let supportingFunctions = """
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

    /// Figures 2/3: the 3-D gradient distributions over `epochs` epochs, from synthetic gradients
    /// whose spread shrinks toward the input layer (a sigmoid network's picture).
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
                gradientValues{w} = spread * (sin(k*0.731 + epoch) + sin(k*1.37)) .* exp(-mod(k,7)/3);
            end
            plotGradientDistributions(plotSetup,gradientValues,epoch)
        end

        """ + supportingFunctions
    }

    /// Figure 4: loss curves of two networks over 2000 iterations.
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
