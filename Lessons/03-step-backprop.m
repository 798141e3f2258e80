%% Pause backprop and watch the gradient shrink layer by layer
% Lesson 2 showed the symptom: the sigmoid network's weight gradients are
% needles at 0, worst for fc_1, the layer nearest the input. This lesson
% opens the backward pass itself and watches the gradient travel down.
%
% `dbstop in backprop` pauses the next backward pass (the one dlgradient
% runs inside dlfeval) before its first step. At the K>> prompt, each
% `dbstep` takes the gradient down through one activation and the fully
% connected layer below it, and prints a layer card:
%
%   in       dL/da_k, the gradient arriving at the activation's output
%   sigma'   the activation's derivative at every unit: mean, max, share
%            saturated and a histogram (for ReLU: the share passing)
%   dL/dz_k  = dL/da_k .* sigma'(z_k): the activation factor
%   dL/dW_k  = dL/dz_k * a_(k-1)': what the layer learns from
%   out      dL/da_(k-1) = W_k' * dL/dz_k: the weight factor
%   since the loss: everything the gradient has been multiplied by so far
%
% Nobody types at K>> while a lesson runs top to bottom, so each pause
% below gets its K>> lines from `dbcommands`: they are shown after the
% prompt and run exactly as if typed. At the prompt you can type them
% yourself instead (`help dbcommands`).

%% Data and the two networks
% The networks of lesson 2 (MathWorks' example): 784 inputs, three hidden
% layers of 10 units and 10 classes, Glorot initial weights, zero biases.
% They differ only in their activation layers. One mini-batch of 128 digits
% is enough to look inside a backward pass.
rng(0)
[XTrain,TTrain] = digitTrain4DArrayData;
miniBatchSize = 128;
X = dlarray(XTrain(:,:,:,1:miniBatchSize),"SSCB");
T = onehotencode(TTrain(1:miniBatchSize)',1);
sigmoidNet = exampleNetwork(sigmoidLayer);
reluNet = exampleNetwork(reluLayer);
sigmoidNet.Layers

%% Step the sigmoid network's first backward pass
% Six steps: the loss, softmax, fc_4 on its own, then one card per hidden
% layer, from sigmoid_3 and fc_3 down to sigmoid_1 and fc_1. Watch the sigma'
% line: its max never exceeds 0.25, so every hidden layer multiplies the
% gradient by a quarter or less before the weights even act on it.
%
% While paused, the card in focus is also a set of variables: z, a, dz, da,
% sigmaPrime, dW, db, and aPrev, daPrev for the layer's input. `explain`
% spells out the chain rule at the card in focus and `dbstack` shows the
% gradient norm reached at every layer. `gradnorm` reads the gradient
% arriving at a layer's output, so the last K>> line keeps how much of the
% gradient at the network's output is left at fc_1. Typing yourself, you
% could also go one primitive op at a time (`dbstep in`), undo a step
% (`dbstep back`) or move between cards (`dbup`, `dbdown`).
dbstop in backprop
dbcommands("dbstep", "dbstep", "dbstep", "dbstep", "disp(max(sigmaPrime(:)))", "explain", ...
    "dbstep", "dbstep", "dbstack", 'sigmoidAtFc1 = gradnorm("fc_1") / gradnorm("softmax");', "dbcont")
[sigmoidLoss,sigmoidGradients] = dlfeval(@modelLoss,sigmoidNet,X,T);

%% Step the ReLU network's first backward pass
% The same steps for the ReLU network. ReLU's derivative is 1 where z > 0
% and 0 elsewhere: its card shows the share of units passing the gradient
% instead of a sigma' histogram, and the units that pass it do so unchanged.
% It also counts dead units: units that are zero for every sample.
dbcommands("dbstep", "dbstep", "dbstep", "dbstep", "explain", "dbstep", "dbstep", "dbstack", ...
    'reluAtFc1 = gradnorm("fc_1") / gradnorm("softmax");', "dbcont")
[reluLoss,reluGradients] = dlfeval(@modelLoss,reluNet,X,T);
dbclear all

%% Compare the cards
% Both networks start alike: softmax turns the loss's gradient into
% dL/dz_4, and the weight factors stay close to 1 (Glorot initialisation is
% designed for that). The difference is the activation factor. Each sigmoid
% card multiplies by about 0.24, three times: 0.24^3 is about 0.014. Each
% ReLU card multiplies by roughly 0.8, the square root of the share of units
% passing. Since the network's output, the gradient left at fc_1 is:
sigmoidAtFc1
reluAtFc1
reluOverSigmoid = reluAtFc1 / sigmoidAtFc1
% Three sigma' factors can pass at most 0.25^3 of the gradient:
sigmoidCeiling = 0.25^3

%% Train both briefly
% 150 iterations of Adam (learning rate 0.001), the training loop of lesson
% 2 cut short: the first 1024 digits as 8 mini-batches of 128, taken in turn.
numIterations = 150;
numBatches = 8;
XBatches = cell(1,numBatches);
TBatches = cell(1,numBatches);
for b = 1:numBatches
    batch = (b-1)*miniBatchSize + (1:miniBatchSize);
    XBatches{b} = dlarray(XTrain(:,:,:,batch),"SSCB");
    TBatches{b} = onehotencode(TTrain(batch)',1);
end
losses = zeros(numIterations,2);
networks = {reluNet, sigmoidNet};
for n = 1:2
    net = networks{n};
    averageGrad = [];
    averageSqGrad = [];
    for iteration = 1:numIterations
        b = mod(iteration-1,numBatches) + 1;
        [loss,gradients] = dlfeval(@modelLoss,net,XBatches{b},TBatches{b});
        [net,averageGrad,averageSqGrad] = adamupdate(net,gradients,averageGrad,averageSqGrad,iteration);
        losses(iteration,n) = extractdata(loss);
    end
    networks{n} = net;
end
reluNet = networks{1};
sigmoidNet = networks{2};
firstAndLastLoss = losses([1 end],:)
% Columns: ReLU, sigmoid. The ReLU network's loss falls faster.

%% Pause again after training
% The same batch through the trained networks. The sigmoid network still
% multiplies by sigma' <= 0.25 at every layer; training cannot lift that
% ceiling. In the ReLU network, look at the `dead units` on each card: a
% unit whose z is negative for every sample of the batch passes no gradient
% at all, so its weights get none and it may never recover. While paused,
% `a` is the activation's output of the card in focus, so
% all(a == 0, 2) marks the units that are zero for every sample.
dbstop in backprop
dbcommands("dbstep 4", "dbstep 2", "dbstack", ...
    'trainedSigmoidAtFc1 = gradnorm("fc_1") / gradnorm("softmax");', "dbcont")
[~,~] = dlfeval(@modelLoss,sigmoidNet,X,T);
dbcommands("dbstep 4", 'deadRelu3 = mean(all(a == 0, 2));', ...
    "dbstep", 'deadRelu2 = mean(all(a == 0, 2));', ...
    "dbstep", 'deadRelu1 = mean(all(a == 0, 2));', "explain", ...
    'trainedReluAtFc1 = gradnorm("fc_1") / gradnorm("softmax");', "dbcont")
[~,~] = dlfeval(@modelLoss,reluNet,X,T);
dbclear all
deadReluShare = [deadRelu1 deadRelu2 deadRelu3]
trainedSigmoidAtFc1
trainedReluAtFc1

%% What you should have seen
% - Every sigmoid card's sigma' line has max <= 0.25, and its activation
%   factor is about 0.24: each hidden layer shrinks the gradient fourfold
%   before the weights act, whose factors stay near 1.
% - The ReLU cards pass the gradient through the active units unchanged;
%   their activation factors are about 0.8.
% - Since the network's output, the gradient left at fc_1 is below 0.1% in
%   the sigmoid network (sigmoidAtFc1) and about 5% in the ReLU network
%   (reluAtFc1): reluOverSigmoid is about 50. That is lesson 2's vanishing
%   gradient, measured one layer at a time.
% - Training does not lift the 0.25 ceiling: after training the sigmoid
%   network's fc_1 still receives a tiny share of the gradient
%   (trainedSigmoidAtFc1), and sigmoid_1's sigma' histogram has spread
%   toward 0 as some units approach saturation.
% - deadReluShare is the share of each ReLU layer's units that are zero for
%   every sample of the batch (relu_1, relu_2, relu_3): relu_3 started with
%   one dead unit of 10 and has two after training. A dead unit passes no
%   gradient, so its weights stop learning: the price ReLU pays for not
%   saturating.

%% Supporting functions
% exampleNetwork builds the example's network with the given activation
% layer; modelLoss is lesson 2's model loss function.
function net = exampleNetwork(activationLayer)
layers = [
    imageInputLayer([28 28 1],Normalization="none")
    fullyConnectedLayer(10)
    activationLayer
    fullyConnectedLayer(10)
    activationLayer
    fullyConnectedLayer(10)
    activationLayer
    fullyConnectedLayer(10)
    softmaxLayer];
net = dlnetwork(layers);
end

function [loss,gradients] = modelLoss(net,X,T)
Y = forward(net,X);
loss = crossentropy(Y,T);
gradients = dlgradient(loss,net.Learnables);
end
