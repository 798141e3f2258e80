import Autograd

/// How an input layer transforms its data, MATLAB's `Normalization` option.
public enum InputNormalization: String, Sendable, Equatable, CaseIterable {
    /// Pass the data through unchanged (`"none"`, the example's choice).
    case none
    /// Subtract the layer's `Mean` (`"zerocenter"`, MATLAB's default).
    case zeroCenter = "zerocenter"

    /// Looks a normalization up by its MATLAB option string (case-insensitive).
    public init?(matlabName: String) {
        self.init(rawValue: matlabName.lowercased())
    }
}
