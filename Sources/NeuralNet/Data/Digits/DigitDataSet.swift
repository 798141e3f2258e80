import Autograd

/// A set of digit images with their labels and rotation angles, as
/// `[XTrain, YTrain, anglesTrain] = digitTrain4DArrayData` returns them.
public struct DigitDataSet: Sendable {
    /// The images, `28×28×1×N`, column-major: image `n`'s pixel (row, col) is at
    /// `row + 28·col + 784·n`; values in [0, 1], dark background, bright strokes.
    public let images: Tensor
    /// The digit shown in each image, 0–9.
    public let labels: [Int]
    /// Each image's rotation in degrees, anticlockwise positive, within ±45.
    public let angles: [Double]

    /// Creates a data set; the three must describe the same number of images.
    public init(images: Tensor, labels: [Int], angles: [Double]) {
        precondition(images.shape[3] == labels.count && labels.count == angles.count,
                     "DigitDataSet: \(images.shape) images, \(labels.count) labels, \(angles.count) angles")
        self.images = images
        self.labels = labels
        self.angles = angles
    }

    /// The number of images.
    public var count: Int { labels.count }
}
