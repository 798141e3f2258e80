%% N(0,1) vs Glorot vs He: saturation and explosion
% How the weights start decides whether a deep network can learn at all.
% Each layer multiplies its input by a weight matrix; if that multiplication
% makes the signal a little larger (or smaller) every time, eight layers make
% it enormous (or nothing). This lesson sends a batch through a network of 8
% hidden layers of 64 units and measures, layer by layer, the spread of the
% activations and the size of the weight gradients, for three ways to draw
% the initial weights:
%   N(0,1)  every weight from a standard normal
%   Glorot  N(0, 2/(fan_in + fan_out)), Glorot and Bengio 2010
%   He      N(0, 2/fan_in), He et al. 2015, PyTorch's kaiming_normal_

%% A deep network and a batch of inputs
% The network is only its weight matrices (no biases, to keep the arithmetic
% visible). The input is 250 samples of 64 standard-normal features.
rng(0)
numLayers = 8;
width = 64;
numSamples = 250;
X = randn(width,numSamples);
schemes = ["N(0,1)","Glorot","He"];
scales = [1, sqrt(2/(width+width)), sqrt(2/width)];
weightsByScheme = cell(1,numel(schemes));
for s = 1:numel(schemes)
    weights = cell(1,numLayers);
    for layer = 1:numLayers
        weights{layer} = scales(s) * randn(width,width);
    end
    weightsByScheme{s} = weights;
end
scales

%% ReLU under the three initialisations
% For a ReLU layer with fan_in inputs, the variance of the output is
% fan_in * Var(W) / 2 times the variance of the input (half the units are cut
% to 0). With N(0,1) that factor is 64/2 = 32 per layer: the activations
% explode. Glorot's Var(W) = 1/64 gives a factor 1/2: they shrink. He's
% Var(W) = 2/64 gives exactly 1: the spread stays the same through the depth.
% That is why kaiming_normal_ exists.
reluStd = zeros(numLayers,numel(schemes));
reluGradientNorm = zeros(numLayers,numel(schemes));
for s = 1:numel(schemes)
    [reluStd(:,s), reluGradientNorm(:,s)] = propagate(weightsByScheme{s},X,"relu");
end
reluStdRatio = reluStd(end,:) ./ reluStd(1,:)
fprintf("%6s  %12s  %12s  %12s\n", "layer", "N(0,1)", "Glorot", "He");
for layer = 1:numLayers
    fprintf("%6d  %12.4g  %12.4g  %12.4g\n", layer, reluStd(layer,1), reluStd(layer,2), reluStd(layer,3));
end

%% Gradients flow back the same way
% On the way down, each layer multiplies the gradient by W' and by the ReLU
% derivative (0 or 1), so the same factor appears again: the gradient that
% reaches the first layer is huge under N(0,1), small under Glorot and of the
% same size as at the last layer under He.
reluGradientRatio = reluGradientNorm(1,:) ./ reluGradientNorm(end,:)

figure
tiledlayout(1,2)
nexttile
semilogy(1:numLayers,reluStd)
xlabel("Layer")
ylabel("std of activations")
title("Forward: activations")
legend(schemes)
nexttile
semilogy(1:numLayers,reluGradientNorm)
xlabel("Layer")
ylabel("norm of dL/da")
title("Backward: gradients")
legend(schemes)

%% Sigmoid-like units saturate under N(0,1)
% tanh cannot explode: it squashes every value into (-1, 1). But with N(0,1)
% weights the inputs to each unit have a spread of about 8, so nearly every
% unit sits on the flat part of tanh, where its derivative is close to 0.
% We count, per layer, the share of units whose derivative is below 0.01.
[tanhStdNormal, tanhGradientNormal, tanhSaturationNormal] = propagate(weightsByScheme{1},X,"tanh");
[tanhStdGlorot, tanhGradientGlorot, tanhSaturationGlorot] = propagate(weightsByScheme{2},X,"tanh");
tanhSaturationNormal
tanhSaturationGlorot

%% Vanishing under small weights
% The opposite mistake: weights that are too small (N(0, 0.01^2) here). Every
% tanh layer now shrinks the signal by about 0.01*sqrt(64) = 0.08, so after
% eight layers almost nothing is left, forwards and backwards.
smallWeights = cell(1,numLayers);
for layer = 1:numLayers
    smallWeights{layer} = 0.01 * randn(width,width);
end
[tanhStdSmall, tanhGradientSmall] = propagate(smallWeights,X,"tanh");
tanhStdSmall
smallStdRatio = tanhStdSmall(end) / tanhStdSmall(1)

%% What you should have seen
% - ReLU with N(0,1) weights: the spread of the activations grows by about
%   sqrt(32) = 5.7 per layer, so the last layer's std is more than 10^4 times
%   the first's (reluStdRatio(1)). The gradients explode the same way.
% - ReLU with Glorot weights: the variance halves every layer, so the std
%   shrinks by about 1/sqrt(2) per layer, to around a tenth after eight
%   layers: a mild vanishing.
% - ReLU with He weights: the ratio stays within [0.5, 2]. The variance is
%   preserved through the depth, forwards and backwards.
% - tanh with N(0,1) weights: most units are saturated in every layer, so
%   their derivatives, and the gradient, are close to zero.
% - tanh with tiny weights: the signal fades geometrically, about 0.08 per
%   layer: vanishing without any saturation at all.

%% Supporting function
% propagate sends X through the layers and then a gradient back down, for a
% loss that is the mean over the samples of the sum of the last activations.
% gradientNorm(layer) is the norm of dL/d(input of that layer).
function [activationStd, gradientNorm, saturatedShare] = propagate(weights, X, activationName)
numLayers = numel(weights);
activationStd = zeros(numLayers,1);
gradientNorm = zeros(numLayers,1);
saturatedShare = zeros(numLayers,1);
inputs = cell(1,numLayers);
derivatives = cell(1,numLayers);
a = X;
for layer = 1:numLayers
    inputs{layer} = a;
    z = weights{layer} * a;
    if activationName == "relu"
        a = max(0,z);
        derivatives{layer} = double(z > 0);
    else
        a = tanh(z);
        derivatives{layer} = 1 - a.^2;
    end
    activationStd(layer) = std(a(:));
    saturatedShare(layer) = mean(derivatives{layer}(:) < 0.01);
end
da = ones(size(a)) / size(a,2);
for layer = numLayers:-1:1
    dz = da .* derivatives{layer};
    da = weights{layer}' * dz;
    gradientNorm(layer) = sqrt(sum(da(:).^2));
end
end
