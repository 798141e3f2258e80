import Foundation
import Lab
import MatLang
import Testing

@Suite("augmentedImageDatastore and minibatchqueue read the images they were given")
struct ImageDatastoreTests {
    /// Runs `source` and returns the named double variables' elements.
    /// `X` (six 2×2 images, labels 1 2 1 2 1 2), a datastore over it and a queue `mbq`
    /// calling `function` on batches of `batchSize`, its first output formatted `format`.
    private func queueScript(images: String, batchSize: Int, function: String, format: String) -> String {
        """
        X = \(images);
        ds = augmentedImageDatastore([2 2], X, categorical([1;2;1;2;1;2]));
        mbq = minibatchqueue(ds, MiniBatchSize=\(batchSize), MiniBatchFcn=@\(function), MiniBatchFormat=["\(format)", ""]);
        """
    }

    private func run(_ source: String, reading names: [String]) throws -> [[Double]] {
        let (session, _, transcript, _) = makeDeepLearningSession()
        let outcome = session.runScript(source, file: "ds.m")
        #expect(outcome == .completed, "\(transcript.errors)")
        return try names.map { name in try #require(session.variable(name)).doubleArray().elements }
    }

    @Test("A MiniBatchFcn receives each observation exactly, in single precision or not", arguments: [
        "reshape(0:11, 2, 2, 1, 3) / 4",
        "reshape(0:11, 2, 2, 1, 3) / 3 + 1e-12",
        "reshape([0 1 2 3 NaN Inf -Inf 0.5 4 5 6 7], 2, 2, 1, 3)",
        "reshape([0 1 2 3 1e300 -0 0.5 0.25 4 5 6 7], 2, 2, 1, 3)",
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
        #expect(values[0].elementsEqual(values[1]) { $0 == $1 || ($0.isNaN && $1.isNaN) })
        #expect(values[2] == [2])
    }

    @Test("A MiniBatchFcn receives observations resized to the output size, batch after batch")
    func miniBatchFcnSeesResizedImages() throws {
        let values = try run("""
            X = reshape(1:12, 2, 2, 1, 3);
            ds = augmentedImageDatastore([4 4], X, categorical([1;2;1]));
            mbq = minibatchqueue(ds, MiniBatchSize=2, MiniBatchFcn=@pick, MiniBatchFormat=["", ""]);
            [a, ~] = next(mbq);
            [b, ~] = next(mbq);
            got = [a(:); b(:)];
            up = @(k) X([1 1 2 2], [1 1 2 2], 1, k);
            want = [reshape(up(1), [], 1); reshape(up(3), [], 1)];
            function [x, t] = pick(XCell, TCell)
            x = XCell{1};
            t = TCell{1};
            end
            """, reading: ["got", "want"])
        #expect(values[0].count == 32)
        #expect(values[0] == values[1])
    }

    @Test("A MiniBatchFcn may change its observations and join them in any order; later batches are unaffected", arguments: [
        "reshape(0:23, 2, 2, 1, 6) / 4",
        "reshape(0:23, 2, 2, 1, 6) / 3 + 1e-12",
    ])
    func changedObservations(images: String) throws {
        let values = try run("""
            \(queueScript(images: images, batchSize: 3, function: "mess", format: ""))
            [a, ~] = next(mbq);
            [b, ~] = next(mbq);
            got = double(extractdata([a, b]));
            want = [];
            for first = [1 4]
                v = X(:, :, 1, first:first + 2);
                v(1) = -5;
                want = [want, [reshape(v, [], 1); reshape(v(:, :, 1, 3:-1:1), [], 1)]];
            end
            want = double(single(want));
            function [x, t] = mess(XCell, TCell)
            XCell{1}(1) = -5;
            whole = cat(4, XCell{:});
            backwards = cat(4, XCell{end:-1:1});
            x = [whole(:); backwards(:)];
            t = TCell{1};
            end
            """, reading: ["got", "want"])
        #expect(values[0].count == 48)
        #expect(values[0] == values[1])
    }

    @Test("A batch handed to dlarray and the observations it was joined from stay intact through later batches")
    func handedOverBatchStaysIntact() throws {
        let values = try run("""
            \(queueScript(images: "reshape(0:23, 2, 2, 1, 6) / 4", batchSize: 3, function: "both", format: "SSCB"))
            [x, cells] = next(mbq);
            y = x * 2 + 1;
            [z, ~] = next(mbq);
            cells{2}(1) = -1;
            got = [double(extractdata(x(:)))', double(extractdata(y(:)))', cells{1}(:)', cells{2}(:)', double(extractdata(z(:)))'];
            v = X(:);
            w = v(5:8);
            w(1) = -1;
            want = [v(1:12)', 2 * v(1:12)' + 1, v(1:4)', w', v(13:24)'];
            function [x, c] = both(XCell, TCell)
            x = cat(4, XCell{:});
            c = XCell;
            end
            """, reading: ["got", "want"])
        #expect(values[0].count == 44)
        #expect(values[0] == values[1])
    }

    @Test("Observations a program keeps stay as they were while later batches are read", arguments: [
        "reshape(1:24, 2, 2, 1, 6)",
        "reshape(1:24, 2, 2, 1, 6) / 3 + 1e-12",
    ])
    func keptObservationsDoNotChange(images: String) throws {
        let values = try run("""
            \(queueScript(images: images, batchSize: 2, function: "keep", format: ""))
            [first, ~] = next(mbq);
            kept = first{2};
            [second, ~] = next(mbq);
            [third, ~] = next(mbq);
            got = [first{1}(:); first{2}(:); kept(:); second{1}(:); third{2}(:)];
            v = X(:);
            want = [v(1:4); v(5:8); v(5:8); v(9:12); v(21:24)];
            reset(mbq);
            [again, ~] = next(mbq);
            got = [got; again{1}(:)];
            want = [want; v(1:4)];
            function [x, t] = keep(XCell, TCell)
            x = XCell;
            t = TCell;
            end
            """, reading: ["got", "want"])
        #expect(values[0].count == 24)
        #expect(values[0] == values[1])
    }

    @Test("A MiniBatchFcn receives each observation's own label, over shuffled passes and undefined labels")
    func miniBatchFcnSeesTheLabels() throws {
        let values = try run("""
            rng(3);
            X = reshape(1:7, 1, 1, 1, 7);
            labels = categorical([2; 1; 3; 1; NaN; 3; 1]);
            ds = augmentedImageDatastore([1 1], X, labels);
            mbq = minibatchqueue(ds, MiniBatchSize=7, MiniBatchFcn=@pair, MiniBatchFormat=["", ""]);
            seen = [];
            expected = [];
            for pass = 1:3
                shuffle(mbq);
                [x, t] = next(mbq);
                seen = [seen, double(t)];
                expected = [expected, double(labels(double(extractdata(x))))'];
            end
            function [x, t] = pair(XCell, TCell)
            x = cat(4, XCell{:});
            x = x(:);
            t = cat(2, TCell{:});
            end
            """, reading: ["seen", "expected"])
        #expect(values[0].count == 21)
        #expect(values[0].elementsEqual(values[1]) { $0 == $1 || ($0.isNaN && $1.isNaN) })
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
