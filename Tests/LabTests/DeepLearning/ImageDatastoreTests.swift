import Foundation
import Lab
import MatLang
import Testing

@Suite("augmentedImageDatastore and minibatchqueue read the images they were given")
struct ImageDatastoreTests {
    /// Runs `source` and returns the named double variables' elements.
    private func run(_ source: String, reading names: [String]) throws -> [[Double]] {
        let (session, _, transcript, _) = makeDeepLearningSession()
        let outcome = session.runScript(source, file: "ds.m")
        #expect(outcome == .completed, "\(transcript.errors)")
        return try names.map { name in try #require(session.variable(name)).doubleArray().elements }
    }

    @Test("A MiniBatchFcn receives each observation exactly, in single precision or not", arguments: [
        "reshape(0:11, 2, 2, 1, 3) / 4",
        "reshape(0:11, 2, 2, 1, 3) / 3 + 1e-12",
    ])
    func miniBatchFcnSeesTheImages(images: String) throws {
        let values = try run("""
            X = \(images);
            ds = augmentedImageDatastore([2 2], X, categorical([1;2;1]));
            mbq = minibatchqueue(ds, MiniBatchSize=3, MiniBatchFcn=@pick);
            [x, t] = next(mbq);
            got = x{1};
            label = double(t{1});
            want = X(:, :, 1, 2);
            function [x, t] = pick(XCell, TCell)
            x = XCell(2);
            t = TCell(2);
            end
            """, reading: ["got", "want", "label"])
        #expect(values[0] == values[1])
        #expect(values[2] == [2])
    }

    @Test("Batches without MiniBatchFcn are the images in single precision, resized by nearest neighbour")
    func batchesAreResized() throws {
        let values = try run("""
            X = reshape(1:16, 4, 4, 1, 1);
            ds = augmentedImageDatastore([2 2], X);
            mbq = minibatchqueue(ds, MiniBatchSize=1, MiniBatchFormat="SSCB");
            B = double(extractdata(next(mbq)));
            want = X([1 3], [1 3]);
            """, reading: ["B", "want"])
        #expect(values[0] == values[1])
    }
}
