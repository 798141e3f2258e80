import Foundation
import Lab
import MatLang
import Testing

@Suite("A session and what it made are freed when the program lets go of it")
struct SessionLifetimeTests {
    @Test("A session that trained a network and read a datastore is freed with its workspace")
    func sessionIsFreed() {
        weak var released: Session?
        weak var state: DeepLearningState?
        do {
            let transcript = Transcript()
            let session = Session(output: transcript, lessons: LessonCatalog(folder: "/nonexistent"))
            let deepLearning = session.registerDeepLearning()
            let outcome = session.runScript("""
                [X, T] = digitTrain4DArrayData;
                ds = augmentedImageDatastore([28 28], X(:, :, :, 1:256), T(1:256));
                mbq = minibatchqueue(ds, MiniBatchSize=128, MiniBatchFcn=@pre, MiniBatchFormat=["SSCB", ""]);
                net = dlnetwork([imageInputLayer([28 28 1], Normalization="none"), fullyConnectedLayer(10), softmaxLayer]);
                [x, t] = next(mbq);
                [loss, g] = dlfeval(@lossOf, net, x, t);
                net = adamupdate(net, g, [], [], 1);
                function [x, t] = pre(XCell, TCell)
                x = cat(4, XCell{:});
                t = onehotencode(cat(2, TCell{:}), 1);
                end
                function [loss, g] = lossOf(net, x, t)
                loss = crossentropy(forward(net, x), t);
                g = dlgradient(loss, net.Learnables);
                end
                """, file: "lifetime.m")
            #expect(outcome == .completed, "\(transcript.errors)")
            released = session
            state = deepLearning
        }
        #expect(released == nil)
        #expect(state == nil)
    }
}
