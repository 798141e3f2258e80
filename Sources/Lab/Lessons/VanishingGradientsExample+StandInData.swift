/// The example's figures drawn from stand-in data of the example's shapes instead of a training
/// run: each script below is made-up data followed by the example's own plotting code, so a
/// figure can be built (and checked or timed) in milliseconds.
extension VanishingGradientsExample {
    /// Figures 2 and 3: the example's gradient-distribution functions called once per epoch for
    /// `epochs` epochs, with gradients of the example's sizes (7840 values for fc_1, 100 for each
    /// other layer) whose spread shrinks toward the input layer, as a sigmoid network's do.
    ///
    /// With `asDlarrays`, each gradient is wrapped in a `dlarray` as the example's are (this
    /// needs the deep-learning built-ins); otherwise it is a plain double array.
    public static func standInGradientDistributions(epochs: Int, asDlarrays: Bool) -> String {
        let gradient = "spread * (sin(k*0.731 + epoch) + sin(k*1.37)) .* exp(-mod(k,7)/3)"
        return """
            weightLayerNames = ["fc_1 Weights"; "fc_2 Weights"; "fc_3 Weights"; "fc_4 Weights"];
            numEpochs = \(epochs);
            plotSetup = setupGradientDistributionAxes("Sigmoid",weightLayerNames,numEpochs);
            sizes = [7840 100 100 100];
            for epoch = 1:numEpochs
                gradientValues = {};
                for w = 1:4
                    k = 1:sizes(w);
                    spread = 0.02 * w * (1 + epoch/numEpochs);
                    gradientValues{w} = \(asDlarrays ? "dlarray(\(gradient))" : gradient);
                end
                plotGradientDistributions(plotSetup,gradientValues,epoch)
            end


            """ + plottingFunctions
    }

    /// Figure 4: the example's loss figure over made-up loss curves of two networks, 2000
    /// iterations each (ReLU falling fast to about 0.3, sigmoid slowly to about 1.3).
    public static let standInLosses = """
        activationTypes = ["ReLU","Sigmoid"];
        it = (1:2000)';
        losses = [0.3 + 2*exp(-it/250) + 0.05*sin(it*0.7), 1.2 + 1.1*exp(-it/900) + 0.03*sin(it*1.3)];

        """ + lossFigure

    /// Figure 5: the example's mean-gradient figure over made-up mean gradients of four layers
    /// and two networks, 2000 iterations each (the sigmoid network's a hundred times smaller).
    public static let standInMeanGradients = """
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

        """ + meanGradientFigure
}
