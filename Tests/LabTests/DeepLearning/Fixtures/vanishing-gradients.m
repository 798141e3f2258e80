%% Detect Vanishing Gradients in Deep Neural Networks by Plotting Gradient Distributions
% Compare Activation Functions
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

%% Load Data
[XTrain,TTrain] = digitTrain4DArrayData;
numObservations = length(TTrain);
inputSize = [28,28,1];
augimdsTrain = augmentedImageDatastore(inputSize(1:2),XTrain,TTrain);
classes = categories(TTrain);
numClasses = numel(classes);

%% Define Network
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

% Specify Training Options
numEpochs = 50;
miniBatchSize = 128;

%% Train Models
numIterations = numEpochs*ceil(numObservations/miniBatchSize);
numLearnableLayers = 4;
losses = zeros(numIterations,numNetworks);
meanGradients = zeros(numIterations,numNetworks,numLearnableLayers);

mbq = minibatchqueue(augimdsTrain,...
    MiniBatchSize=miniBatchSize,...
    MiniBatchFcn=@preprocessMiniBatch,...
    MiniBatchFormat=["SSCB",""]);

for activationIdx = 1:numNetworks
    activationName = activationTypes(activationIdx);
    net = networks{activationIdx};

    weightIdx = ismember(net.Learnables.Parameter,"Weights");
    weightLayerNames = join([net.Learnables.Layer(weightIdx),net.Learnables.Parameter(weightIdx)]);

    plotSetup = setupGradientDistributionAxes(activationName,weightLayerNames,numEpochs);

    averageGrad = [];
    averageSqGrad = [];
    iteration = 0;
    epoch = 0;
    reset(mbq);
    start = tic;

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

        plotGradientDistributions(plotSetup,gradientValues,epoch);
    end
end

%% Compare Losses
figure
plot(losses)
xlabel("Iteration")
ylabel("Loss")
legend(activationTypes)

%% Compare Mean Gradients
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

%% Supporting Functions
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

function [centers,counts] = gradientDistributions(values)
[counts,edges] = histcounts(values,30);
centers = edges(1:end-1) + diff(edges)/2;
end

function plotSetup = setupGradientDistributionAxes(activationName,weightLayerNames,numEpochs)
f = figure;
t = tiledlayout(f,"flow",TileSpacing="tight");
title(t,"Gradient Distributions with " + activationName + " Layers")

for i = 1:numel(weightLayerNames)
    ax = nexttile(t);
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
    hold("on")
    fill3(centers,epoch*ones(1,numel(counts)),counts,color,EdgeColor="#D9D9D9")
    hold("off")
    drawnow
end
end
