%% Sigmoid vs ReLU and their derivatives
% Backpropagation carries the gradient of the loss from the output back to
% the first layer. At every layer on the way down it multiplies by the local
% derivative of that layer's activation function. This lesson looks at those
% factors for the three classic activations: the logistic sigmoid, tanh and
% the rectified linear unit (ReLU).
%
% Run it section by section with `ra` (run and advance), or all at once.

%% The three activations on [-5, 5]
% sigmoid(x) = 1/(1+exp(-x)) squashes every input into (0, 1);
% tanh(x) squashes into (-1, 1); ReLU(x) = max(0, x) passes positive inputs
% unchanged and cuts negative ones to 0. We sample all three at 1000 points.
x = linspace(-5,5,1000);
h = x(2) - x(1);
sigmoidActivation = 1./(1+exp(-x));
tanhActivation = tanh(x);
reluActivation = max(0,x);

%% Their derivatives: numerical and analytic
% `gradient` takes central differences with the spacing h, exactly what the
% MathWorks example does (it passes 0.01; the true spacing is 10/999).
% The analytic derivatives are
%   sigmoid'(x) = sigmoid(x) .* (1 - sigmoid(x))
%   tanh'(x)    = 1 - tanh(x).^2
%   ReLU'(x)    = 1 for x > 0, 0 for x < 0
% The two agree to a few parts in a hundred thousand, except ReLU at its kink.
sigmoidGradient = gradient(sigmoidActivation,h);
tanhGradient = gradient(tanhActivation,h);
reluGradient = gradient(reluActivation,h);
sigmoidPrime = sigmoidActivation .* (1 - sigmoidActivation);
tanhPrime = 1 - tanhActivation.^2;
reluPrime = double(x > 0);
sigmoidDerivativeError = max(abs(sigmoidGradient - sigmoidPrime))
tanhDerivativeError = max(abs(tanhGradient - tanhPrime))

figure
tiledlayout(1,3)
nexttile
plot(x,[sigmoidActivation;sigmoidGradient])
title("Sigmoid")
xlabel("x")
legend("Sigmoid","Gradient of Sigmoid")
nexttile
plot(x,[tanhActivation;tanhGradient])
title("tanh")
xlabel("x")
legend("tanh","Gradient of tanh")
nexttile
plot(x,[reluActivation;reluGradient])
title("ReLU")
xlabel("x")
legend("ReLU","Gradient of ReLU")

%% The 0.25 ceiling
% The sigmoid's derivative peaks at x = 0, where sigmoid(0) = 1/2 and
% sigmoid'(0) = 1/2 * 1/2 = 1/4. Everywhere else it is smaller. So however the
% weights are set, a sigmoid layer can pass on at most a quarter of the
% gradient it receives through its activation. tanh peaks at 1, ReLU is
% exactly 1 wherever the unit is active.
[sigmoidPeak, peakIndex] = max(sigmoidGradient)
sigmoidPeakAt = x(peakIndex)
tanhPeak = max(tanhGradient)
reluPeak = max(reluPrime)

%% Saturation: where the derivative is almost zero
% Far from 0 the sigmoid is flat ("saturated"): its output is stuck near 0 or
% 1 and its derivative is nearly 0. A unit whose input lands there passes
% almost no gradient at all. We count the share of the interval where the
% derivative falls below 0.01, and look at the derivative at the edges.
sigmoidSaturatedShare = mean(sigmoidPrime < 0.01)
tanhSaturatedShare = mean(tanhPrime < 0.01)
reluDeadShare = mean(reluPrime == 0)
sigmoidPrimeAtEdge = sigmoidPrime(end)
tanhPrimeAtEdge = tanhPrime(end)

%% A product of many factors smaller than one
% Backprop through k sigmoid layers multiplies the gradient by k factors of
% at most 0.25 (ignoring the weights). Even in the best case, at the peak,
% that is 0.25^k: after 10 layers less than a millionth of the gradient is
% left for the first layer. ReLU's factor of 1 leaves it untouched, and a
% factor only a little above 1 (1.5 here) makes it explode instead.
depths = [1 2 3 5 10 20];
sigmoidProducts = 0.25 .^ depths;
reluProducts = 1 .^ depths;
growingProducts = 1.5 .^ depths;
fprintf("%8s  %14s  %10s  %12s\n", "layers", "0.25^k", "1^k", "1.5^k");
for k = 1:numel(depths)
    fprintf("%8d  %14.3e  %10.1f  %12.4g\n", depths(k), sigmoidProducts(k), reluProducts(k), growingProducts(k));
end
tenLayerProduct = 0.25^10

figure
semilogy(depths,[sigmoidProducts;reluProducts;growingProducts])
xlabel("Layers the gradient passes through")
ylabel("Factor left of the gradient")
legend("sigmoid (0.25^k)","ReLU (1^k)","factor 1.5")

%% What you should have seen
% - The numerical and analytic derivatives agree (errors of order 1e-5).
% - The sigmoid's derivative peaks at 0.25 at x = 0 and is below 0.01 on the
%   outer tenth of [-5, 5]: saturated units pass almost no gradient.
% - tanh's derivative reaches 1 at 0 but saturates even harder at the edges.
% - ReLU's derivative is exactly 0 or 1: it never shrinks the gradient of an
%   active unit, but a unit whose input is negative passes nothing (dead).
% - 0.25^10 < 1e-6: through ten sigmoid layers the first layer's gradient is
%   at least a million times smaller than the last layer's. That is the
%   vanishing gradient; factors above 1 give the exploding gradient.
