%% Deep nets, large weights, divergence and clipping
% Vanishing gradients have a twin. When the factors backprop multiplies by
% are larger than 1, the gradient grows geometrically on its way to the
% first layer, the update overshoots, the next forward pass is larger still,
% and within a few iterations the numbers overflow to Inf and then NaN.
% This lesson trains a deep ReLU network by hand (forward pass, backward
% pass and update written out in plain matrix code), breaks it on purpose,
% and fixes it with He initialisation and gradient clipping.

%% A deep ReLU regression problem
% 10 hidden ReLU layers of 32 units and one linear output unit learn a linear
% function of 16 inputs. The loss is half the mean squared error.
rng(0)
numInputs = 16;
width = 32;
numHidden = 10;
numSamples = 64;
X = randn(numInputs,numSamples);
T = randn(1,numInputs) * X / 4;
fanIns = [numInputs, width*ones(1,numHidden)];
fanOuts = [width*ones(1,numHidden), 1];
numIterations = 40;

%% Large weights: N(0,1) initialisation
% Every weight is drawn from N(0,1). A ReLU layer then multiplies the spread
% of its input by about sqrt(32/2) = 4, so the output of the network is about
% 4^10 = 10^6 times too large, and so is the error. We train with plain
% gradient descent and a small learning rate, 1e-3.
weights = initialWeights(fanIns,fanOuts,"normal");
[largeLosses, ~, largeGradientNorms] = trainByHand(weights,X,T,1e-3,Inf,numIterations);
largeLosses(1:5)
firstNonFinite = find(~isfinite(largeLosses),1)

%% The gradient grows geometrically on the way down
% At the first iteration, before anything overflowed, look at the norm of the
% gradient with respect to each layer's output, from the last layer down to
% the first. Each step down multiplies it by about the same factor: the
% weights' factor times ReLU's 0-or-1. That is geometric growth.
backwardNorms = largeGradientNorms(:,1)'
growthPerLayer = backwardNorms(1:end-1) ./ backwardNorms(2:end)

figure
semilogy(1:numHidden,backwardNorms)
xlabel("Hidden layer")
ylabel("norm of dL/da at iteration 1")
title("Exploding gradient: N(0,1) weights")

%% A high learning rate does it too
% He initialisation gives every layer a gain of 1, so the first iterations
% are well behaved. But a learning rate of 0.5 makes each update overshoot:
% the weights grow, the gain grows with them, and training diverges.
weights = initialWeights(fanIns,fanOuts,"he");
highRateLosses = trainByHand(weights,X,T,0.5,Inf,numIterations);
highRateLosses(1:5)
highRateDiverged = ~all(isfinite(highRateLosses)) || max(highRateLosses) > 1e6

%% The fix: He initialisation and gradient clipping
% He initialisation, N(0, 2/fan_in), keeps the spread of activations and
% gradients the same in every layer. Clipping rescales the whole gradient
% whenever its norm exceeds a threshold (here 1), so a single bad batch can
% no longer throw the weights far away. With both, and a learning rate of
% 0.05, the loss falls steadily and stays finite.
weights = initialWeights(fanIns,fanOuts,"he");
[fixedLosses, ~, fixedGradientNorms] = trainByHand(weights,X,T,0.05,1,numIterations);
fixedLosses([1 end])
fixedGrowthPerLayer = fixedGradientNorms(1:end-1,1)' ./ fixedGradientNorms(2:end,1)'

figure
semilogy(1:numIterations,[fixedLosses; highRateLosses])
xlabel("Iteration")
ylabel("Loss")
legend("He + clipping, rate 0.05","He, rate 0.5")

%% What you should have seen
% - With N(0,1) weights the first loss is astronomically large and within a
%   few iterations it becomes Inf and then NaN (firstNonFinite).
% - The gradient norms per layer grow by a roughly constant factor, several
%   times per layer, from the output down to the input: geometric growth.
% - A learning rate that is too high makes even a well-initialised network
%   diverge.
% - He initialisation keeps the per-layer factor near 1, and clipping the
%   gradient's norm keeps each update bounded: the loss falls and stays finite.

%% Supporting functions
% initialWeights draws each layer's weight matrix; trainByHand runs plain
% gradient descent with optional clipping of the gradient's global norm and
% records the loss and, per iteration, the norm of dL/da for each hidden layer.
% The ReLU is written z .* (z > 0) rather than max(0,z): MATLAB's max ignores
% NaN, which would hide the NaN that a deep-learning framework's relu passes on.
function weights = initialWeights(fanIns, fanOuts, scheme)
weights = cell(1,numel(fanIns));
for layer = 1:numel(fanIns)
    if scheme == "he"
        scale = sqrt(2/fanIns(layer));
    else
        scale = 1;
    end
    weights{layer} = scale * randn(fanOuts(layer),fanIns(layer));
end
end

function [losses, weights, gradientNorms] = trainByHand(weights, X, T, learnRate, clipThreshold, numIterations)
losses = zeros(1,numIterations);
gradientNorms = zeros(numel(weights)-1,numIterations);
for iteration = 1:numIterations
    [loss, gradients, hiddenNorms] = lossAndGradients(weights,X,T);
    losses(iteration) = loss;
    gradientNorms(:,iteration) = hiddenNorms;
    totalNorm = 0;
    for layer = 1:numel(gradients)
        totalNorm = totalNorm + sum(gradients{layer}(:).^2);
    end
    totalNorm = sqrt(totalNorm);
    scale = 1;
    if totalNorm > clipThreshold
        scale = clipThreshold / totalNorm;
    end
    for layer = 1:numel(weights)
        weights{layer} = weights{layer} - learnRate * scale * gradients{layer};
    end
end
end

function [loss, gradients, hiddenGradientNorms] = lossAndGradients(weights, X, T)
numLayers = numel(weights);
inputs = cell(1,numLayers);
a = X;
for layer = 1:numLayers
    inputs{layer} = a;
    z = weights{layer} * a;
    if layer < numLayers
        a = z .* (z > 0);
    else
        a = z;
    end
end
numSamples = size(X,2);
err = a - T;
loss = sum(err.^2) / (2*numSamples);
gradients = cell(1,numLayers);
hiddenGradientNorms = zeros(numLayers-1,1);
dz = err / numSamples;
for layer = numLayers:-1:1
    gradients{layer} = dz * inputs{layer}';
    da = weights{layer}' * dz;
    if layer > 1
        hiddenGradientNorms(layer-1) = sqrt(sum(da(:).^2));
        dz = da .* (inputs{layer} > 0);
    end
end
end
