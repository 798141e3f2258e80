/// MathWorks' example "Detect Vanishing Gradients in Deep Neural Networks by Plotting Gradient
/// Distributions" as MatLang source, piece by piece: the one copy that the tests and the
/// benchmark program run.
///
/// The pieces are the example's sections in order (compare activations, load data, define the
/// two networks, training options, the custom training loop recording `losses` and
/// `meanGradients`, the loss and mean-gradient figures) and its local functions, split into
/// those that train (`modelLoss`, `preprocessMiniBatch`, `preprocessMiniBatchPredictors`) and
/// those that plot (`gradientDistributions`, `setupGradientDistributionAxes`,
/// `plotGradientDistributions`). ``script(epochs:)`` joins them all; ``trainingScript(epochs:)``
/// is the same work with every figure left out.
///
/// `Lessons/02-vanishing-gradients.m` teaches this example and holds every piece here verbatim
/// (a test checks it).
public enum VanishingGradientsExample {
    /// Compare Activation Functions: ReLU and sigmoid with their numerical gradients in two
    /// tiles with legends (the example's figure 1).
    public static let activationComparison = """
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

    /// Load Data: the 5000 training digits in an augmented image datastore, and their classes.
    public static let dataLoading = """
        [XTrain,TTrain] = digitTrain4DArrayData;
        numObservations = length(TTrain);
        inputSize = [28,28,1];
        augimdsTrain = augmentedImageDatastore(inputSize(1:2),XTrain,TTrain);
        classes = categories(TTrain);
        numClasses = numel(classes);
        """

    /// Define Network: two networks of four fully connected layers, one with ReLU and one with
    /// sigmoid activation layers between them, in the cell array `networks`.
    public static let networkDefinition = """
        activationTypes = ["ReLU","Sigmoid"];
        numNetworks = length(activationTypes);
        networks = cell(1,numNetworks);

        for i = 1:numNetworks
            activationType = activationTypes(i);
            switch activationType
                case "ReLU"
                    activationLayer = reluLayer;
                case "Sigmoid"
                    activationLayer = sigmoidLayer;
            end

            layers = [
                imageInputLayer(inputSize,Normalization="none")
                fullyConnectedLayer(10)
                activationLayer
                fullyConnectedLayer(10)
                activationLayer
                fullyConnectedLayer(10)
                activationLayer
                fullyConnectedLayer(numClasses)
                softmaxLayer];

            networks{i} = dlnetwork(layers);
        end
        """

    /// Specify Training Options: `epochs` epochs (the example's 50 by default) of mini-batches
    /// of 128.
    public static func trainingOptions(epochs: Int = 50) -> String {
        """
        numEpochs = \(epochs);
        miniBatchSize = 128;
        """
    }

    /// Train Models: the custom training loop, Adam on each network in turn, recording the loss
    /// and the mean of each weight gradient at every iteration in `losses` and `meanGradients`.
    ///
    /// With `plotting`, each epoch adds the distribution of its last weight gradients to a 3-D
    /// figure per network, as the example does. Without it, the lines that serve only those
    /// figures are left out, and so is `start = tic`, which the example sets and never reads:
    /// what remains is the data, the objects and the engine at work.
    public static func trainingLoop(plotting: Bool) -> String {
        trainingLoopTemplate.split(separator: "\n", omittingEmptySubsequences: false).compactMap { line in
            guard line.first == plottingMarker else { return String(line) }
            return plotting ? String(line.dropFirst()) : nil
        }.joined(separator: "\n")
    }

    /// Compare Losses: both networks' loss per iteration in one axes (the example's figure 4).
    public static let lossFigure = """
        figure
        plot(losses)
        xlabel("Iteration")
        ylabel("Loss")
        legend(activationTypes)
        """

    /// Compare Mean Gradients: each weight layer's mean gradient per iteration for both
    /// networks, one tile per layer (the example's figure 5).
    public static let meanGradientFigure = """
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

    /// The local functions the training loop calls: `modelLoss` (forward pass, cross-entropy,
    /// gradients, through `dlfeval`) and `preprocessMiniBatch` with
    /// `preprocessMiniBatchPredictors` (images along the fourth dimension, one-hot targets).
    public static let trainingFunctions = """
        function [loss,gradients] = modelLoss(net,X,T)
        Y = forward(net,X);
        loss = crossentropy(Y,T);
        gradients = dlgradient(loss,net.Learnables);
        end

        function [X,T] = preprocessMiniBatch(XCell,TCell)
        X = preprocessMiniBatchPredictors(XCell);
        T = cat(2,TCell{1:end});
        T = onehotencode(T,1);
        end

        function X = preprocessMiniBatchPredictors(XCell)
        X = cat(4,XCell{1:end});
        end
        """

    /// The local functions that draw the gradient distributions: `gradientDistributions` (a
    /// 30-bin histogram and its bin centres), `setupGradientDistributionAxes` (one 3-D tile per
    /// weight layer, a colour per epoch) and `plotGradientDistributions` (one `fill3` per tile
    /// and epoch).
    public static let plottingFunctions = """
        function [centers,counts] = gradientDistributions(values)
        [counts,edges] = histcounts(values,30);
        centers = edges(1:end-1) + diff(edges)/2;
        end

        function plotSetup = setupGradientDistributionAxes(activationName,weightLayerNames,numEpochs)
        f = figure;
        t = tiledlayout(f,"flow",TileSpacing="tight");
        t.Title.String = "Gradient Distributions with " + activationName + " Layers";

        numLearnableLayers = numel(weightLayerNames);
        for i = 1:numLearnableLayers
            ax = nexttile(t,i);
            xlabel(ax,"Gradients")
            ylabel(ax,"Epochs")
            zlabel(ax,"Counts")
            title(ax,weightLayerNames(i))
            view(ax,[-130 50])
            xlim(ax,[-0.5 0.5])
            ylim(ax,[1 Inf])
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
            fill3(centers,zeros(size(counts))+epoch,counts,color,EdgeColor="#D9D9D9");
            hold off
            drawnow
        end
        end
        """

    /// The whole example as one script, sections marked with `%%`, training for `epochs` epochs
    /// (50 by default): five figures, and `losses` and `meanGradients` of
    /// `epochs × 40` rows by 2 networks.
    public static func script(epochs: Int = 50) -> String {
        [
            "%% Detect Vanishing Gradients in Deep Neural Networks by Plotting Gradient Distributions",
            "% Compare Activation Functions", activationComparison, "",
            "%% Load Data", dataLoading, "",
            "%% Define Network", networkDefinition, "",
            "% Specify Training Options", trainingOptions(epochs: epochs), "",
            "%% Train Models", trainingLoop(plotting: true), "",
            "%% Compare Losses", lossFigure, "",
            "%% Compare Mean Gradients", meanGradientFigure, "",
            "%% Supporting Functions", trainingFunctions, "", plottingFunctions,
        ].joined(separator: "\n") + "\n"
    }

    /// The example's training without a figure: load data, define the networks, train both
    /// for `epochs` epochs (50 by default) recording `losses` and `meanGradients`, with the
    /// functions training calls.
    public static func trainingScript(epochs: Int = 50) -> String {
        trainingSetup(epochs: epochs) + trainingRun()
    }

    /// The first part of ``trainingScript(epochs:)``: load data, define the networks, set the
    /// training options.
    public static func trainingSetup(epochs: Int = 50) -> String {
        [dataLoading, networkDefinition, trainingOptions(epochs: epochs)].joined(separator: "\n") + "\n"
    }

    /// The rest of ``trainingScript(epochs:)``, run in the workspace the setup left: train both
    /// networks, with the functions training calls.
    public static func trainingRun() -> String {
        [trainingLoop(plotting: false), trainingFunctions].joined(separator: "\n") + "\n"
    }

    /// Starts, in ``trainingLoopTemplate``, a line that ``trainingLoop(plotting:)`` keeps only
    /// when plotting (without the marker).
    private static let plottingMarker: Character = "|"

    /// The training loop, each plotting-only line starting with ``plottingMarker``.
    private static let trainingLoopTemplate = """
        numIterations = numEpochs*ceil(numObservations/miniBatchSize);
        numLearnableLayers = 4;
        losses = zeros(numIterations,numNetworks);
        meanGradients = zeros(numIterations,numNetworks,numLearnableLayers);

        mbq = minibatchqueue(augimdsTrain, ...
            MiniBatchSize=miniBatchSize, ...
            MiniBatchFcn=@preprocessMiniBatch, ...
            MiniBatchFormat=["SSCB",""]);

        for activationIdx = 1:numNetworks
        |    activationName = activationTypes(activationIdx);
            net = networks{activationIdx};

            weightIdx = ismember(net.Learnables.Parameter,"Weights");
        |    weightLayerNames = join([net.Learnables.Layer(weightIdx),net.Learnables.Parameter(weightIdx)]);

        |    plotSetup = setupGradientDistributionAxes(activationName,weightLayerNames,numEpochs);

            averageGrad = [];
            averageSqGrad = [];
            iteration = 0;
            epoch = 0;
        |    start = tic;
            reset(mbq);

            while epoch < numEpochs
                epoch = epoch + 1;
                shuffle(mbq);

                while hasdata(mbq)
                    iteration = iteration + 1;

                    [X,T] = next(mbq);

                    [loss,gradients] = dlfeval(@modelLoss,net,X,T);

                    [net,averageGrad,averageSqGrad] = adamupdate(net,gradients,averageGrad,averageSqGrad,iteration);

                    losses(iteration,activationIdx) = loss;
                    gradientValues = gradients.Value(weightIdx);
                    for ii = 1:numLearnableLayers
                        meanGradients(iteration,activationIdx,ii) = mean(gradientValues{ii},"all");
                    end
                end

        |        plotGradientDistributions(plotSetup,gradientValues,epoch);
            end
        end
        """
}
