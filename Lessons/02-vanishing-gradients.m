%% MathWorks' gradient-distribution experiment, reproduced
% This is MathWorks' example "Detect Vanishing Gradients in Deep Neural
% Networks by Plotting Gradient Distributions", section by section, followed
% by the course's three questions and the GradLab commands that answer them.
%
% Training a deep network means propagating gradients backwards from the
% loss to the first layer. Backpropagation multiplies by the derivative of
% each activation function on the way. If that derivative is always smaller
% than 1, the gradient shrinks layer by layer and the layers near the input
% learn very slowly, or not at all: the gradient vanishes. If the derivative
% can be 1 or larger, the gradient passes through.
%
% The example trains two networks that differ only in their activation
% layers (ReLU and sigmoid) and compares how their gradients are distributed.
%
% Compare Activation Functions
% ReLU(x) = x for x >= 0 and 0 otherwise; Sigmoid(x) = (1 + exp(-x))^-1.
% `gradient` takes their derivatives numerically.
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
% The gradient of ReLU is 0 or 1 everywhere, so it does not shrink the
% gradient through the depth. The gradient of the sigmoid is smaller than 1
% everywhere (at most 0.25), so a sigmoid network can suffer from vanishing
% gradients.

%% Load Data
% Load the digits: 5000 synthetic 28-by-28 grey images of the digits 0-9,
% with their labels. An augmented image datastore resizes images
% automatically (no resizing is needed here: the images are already 28x28).
[XTrain,TTrain] = digitTrain4DArrayData;
numObservations = length(TTrain);
inputSize = [28,28,1];
augimdsTrain = augmentedImageDatastore(inputSize(1:2),XTrain,TTrain);
classes = categories(TTrain);
numClasses = numel(classes);

%% Define Network
% Two networks, each four fully connected layers separated by ReLU or
% sigmoid layers. They are for demonstration only.
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

% Define Model Loss Function
% The modelLoss function at the end of this file takes a network, a
% mini-batch of data and the targets, and returns the loss and the gradients
% of the loss with respect to the learnable parameters.
%
% Specify Training Options
% Train for 50 epochs with a mini-batch size of 128 (Adam's default learning
% rate, 0.001, applies).
numEpochs = 50;
miniBatchSize = 128;

%% Train Models
% Train each network with a custom training loop. For each network, record
% the loss and the mean gradient of each weight tensor at every iteration,
% and at the end of every epoch add the distribution of the weight gradients
% to a 3-D plot, one tile per layer.
numIterations = numEpochs*ceil(numObservations/miniBatchSize);
numLearnableLayers = 4;
losses = zeros(numIterations,numNetworks);
meanGradients = zeros(numIterations,numNetworks,numLearnableLayers);

mbq = minibatchqueue(augimdsTrain, ...
    MiniBatchSize=miniBatchSize, ...
    MiniBatchFcn=@preprocessMiniBatch, ...
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
    start = tic;
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

        plotGradientDistributions(plotSetup,gradientValues,epoch);
    end
end
% The sigmoid network suffers from vanishingly small gradients, and the
% effect is stronger the closer the layer is to the input.

%% Compare Losses
figure
plot(losses)
xlabel("Iteration")
ylabel("Loss")
legend(activationTypes)
% The loss of the sigmoid network falls more slowly than the ReLU network's:
% for this model, ReLU learns faster.

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
% This agrees with the distributions: the sigmoid network's gradients stay in
% a very small range centred on 0, while the ReLU network's span a much wider
% range, which makes vanishing gradients less likely and learning faster.

%% Question 1: why do vanishing and exploding gradients matter for training?
% Each weight moves by (learning rate) x (its gradient). A layer whose
% gradient has vanished barely moves, so it keeps its random initial weights
% and the layers above it must work with noise; a layer whose gradient
% explodes jumps too far and training diverges. The evidence: how far each
% layer's mean gradient wanders, and the loss at the end of training, for the
% two networks. Rows: ReLU, Sigmoid; columns: fc_1 ... fc_4.
meanGradientSpread = squeeze(std(meanGradients,0,1))
finalLoss = mean(losses(end-99:end,:))
% Interactively, `dbstop in backprop` before a `dlfeval(@modelLoss,net,X,T)`
% pauses inside the backward pass; each `dbstep` then takes the gradient
% through one activation and the fully connected layer below it and prints
% how the sigmoid's derivative shrinks it (lesson 3 does this step by step).

%% Question 2: what changed in the workspace as the code ran?
% `whos` lists every variable with its size, class and range. Run the
% sections one at a time (`ra`) and type `whos` after each: the data appear
% after Load Data, the layers and the untrained `networks` after Define
% Network, and `losses`, `meanGradients`, `net` (the trained sigmoid network:
% the ReLU one was overwritten), `X`, `T` (the last mini-batch of 8) after
% Train Models. Here is the workspace now:
whos

%% Question 3: why does ReLU's fc_4 gradient grow while its loss falls?
% The gradient of fc_4's weights is (dL/dz4) * a3': the error at the output
% times the activations entering fc_4. As the ReLU network learns, its
% hidden activations grow, so the same error produces larger weight
% gradients, even though the loss falls. Its signed mean stays near 0 (the
% softmax error sums to 0 over the classes), so compare magnitudes over
% early and late iterations.
earlyIterations = 1:200;
lateIterations = numIterations-199:numIterations;
fc4EarlyMagnitude = mean(abs(meanGradients(earlyIterations,:,4)))
fc4LateMagnitude = mean(abs(meanGradients(lateIterations,:,4)))
% Interactively: `dbstop in backprop at iteration 1900` before the training
% loop pauses late in training; at the fc_4 card, `a` shows the activation
% magnitudes entering fc_4 and `dW` the gradient they produce.

%% What you should have seen
% - Figure 1: the sigmoid's gradient peaks at 0.25; ReLU's is a 0/1 step.
% - Figures 2 and 3: the sigmoid network's gradient distributions are needles
%   at 0, worst for fc_1; the ReLU network's stay broad.
% - Figure 4: both losses start near log(10) = 2.3; ReLU's falls much faster.
% - Figure 5: the sigmoid network's mean gradients hug 0; ReLU's wander over a
%   much wider range (meanGradientSpread: the sigmoid row is far smaller,
%   most of all for fc_1).
% - losses is 2000x2 and meanGradients 2000x2x4: 50 epochs of 40 iterations
%   (39 mini-batches of 128 and one of 8) for each network.

%% Supporting Functions
% Model Loss Function: forward pass, cross-entropy loss, gradients with
% respect to the learnable parameters (called through dlfeval).
function [loss,gradients] = modelLoss(net,X,T)
Y = forward(net,X);
loss = crossentropy(Y,T);
gradients = dlgradient(loss,net.Learnables);
end

% Mini Batch Preprocessing Function: predictors as below, targets one-hot
% encoded into 10-by-B.
function [X,T] = preprocessMiniBatch(XCell,TCell)
X = preprocessMiniBatchPredictors(XCell);
T = cat(2,TCell{1:end});
T = onehotencode(T,1);
end

% Mini-Batch Predictors Preprocessing Function: concatenate the images along
% the fourth dimension.
function X = preprocessMiniBatchPredictors(XCell)
X = cat(4,XCell{1:end});
end

% Calculate Distribution: a 30-bin histogram and the centres of its bins.
function [centers,counts] = gradientDistributions(values)
[counts,edges] = histcounts(values,30);
centers = edges(1:end-1) + diff(edges)/2;
end

% Create Gradient Distribution Plot Axes: one tile per weight layer, set up
% once before training so the axes are not updated every epoch.
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

% Plot Gradient Distributions: add this epoch's histogram to each tile.
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
