import Autograd
import Foundation
import MatLang
import NeuralNet

/// Numeric files: readmatrix writematrix (CSV) and readidx (MNIST IDX images and labels).
enum FileBuiltins {
    static var functions: [BuiltinFunction] {
        [
            BuiltinFunction(name: "readmatrix", help: """
                readmatrix - Read a numeric matrix from a CSV file
                  A = readmatrix(filename)      a header line of names is skipped
                Example: A = readmatrix("data.csv")
                """) { call in
                let path = try text(call, 0)
                let matrix: NumericMatrix
                do { matrix = try CSVFile.read(from: path) } catch {
                    throw RuntimeError.invalidArgument(function: call.name, position: 1, reason: "\(error)")
                }
                return [.double(NDArray(size: [matrix.rows, matrix.columns], elements: matrix.values))]
            },
            BuiltinFunction(name: "writematrix", help: """
                writematrix - Write a numeric matrix to a CSV file
                  writematrix(A, filename)
                Example: writematrix(losses, "losses.csv")
                """) { call in
                guard call.arguments.count >= 2 else { throw RuntimeError.notEnoughInputs(function: call.name) }
                let a = try call.arguments[0].doubleArray()
                guard a.size.count == 2 else {
                    throw RuntimeError.invalidArgument(function: call.name, position: 1, reason: "Expected a 2-D matrix.")
                }
                let path = try text(call, 1)
                do { try CSVFile.write(NumericMatrix(rows: a.size[0], columns: a.size[1], values: a.elements), to: path) } catch {
                    throw RuntimeError.invalidArgument(function: call.name, position: 2, reason: "\(error)")
                }
                return []
            },
            BuiltinFunction(name: "readidx", help: """
                readidx - Read MNIST IDX files (plain or .gz)
                  X = readidx(imagesFile)                 28x28x1xN double in [0,1]
                  [X, T] = readidx(imagesFile, labelsFile)  T N-by-1 categorical "0".."9"
                Example: [XTrain, TTrain] = readidx("train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz");
                """) { call in
                let imagesPath = try text(call, 0)
                do {
                    let images = try IDXFile.readImages(from: imagesPath)
                    var outputs: [Value] = [.double(NDArray(size: images.shape.dims,
                                                            elements: images.doubleScalars))]
                    if call.arguments.count > 1 {
                        let labels = try IDXFile.readLabels(from: try text(call, 1))
                        let names = (0...(labels.max() ?? 9)).map(String.init)
                        outputs.append(.categorical(CategoricalArray(categories: names, codes: NDArray(column: labels.map { $0 + 1 }))))
                    }
                    return outputs
                } catch let error as DataError {
                    throw RuntimeError.invalidArgument(function: call.name, position: nil, reason: "\(error)")
                }
            },
        ]
    }

    /// A text argument.
    static func text(_ call: BuiltinCall, _ index: Int) throws(RuntimeError) -> String {
        guard index < call.arguments.count else { throw .notEnoughInputs(function: call.name) }
        guard let text = try? call.arguments[index].text() else {
            throw .invalidArgument(function: call.name, position: index + 1, reason: "File name must be text.")
        }
        return text
    }
}
