import Foundation
import Testing
@testable import NeuralNet

@Suite("Portable trigonometry")
struct PortableTrigonometryTests {
    @Test("sine and cosine agree with the C library to float precision in every quadrant")
    func matchesLibm() {
        for step in -700...700 {
            let degrees = Float(step) * 0.73
            let (sine, cosine) = PortableTrigonometry.sinCos(degrees: degrees)
            let radians = Double(degrees) * Double.pi / 180
            #expect(abs(Double(sine) - Foundation.sin(radians)) < 1.2e-7, "sin \(degrees)°")
            #expect(abs(Double(cosine) - Foundation.cos(radians)) < 1.2e-7, "cos \(degrees)°")
        }
    }

    @Test("quarter turns are exact", arguments: [(Float(0), Float(0), Float(1)), (90, 1, 0), (180, 0, -1), (-90, -1, 0), (360, 0, 1)])
    func quarterTurns(degrees: Float, sine: Float, cosine: Float) {
        let result = PortableTrigonometry.sinCos(degrees: degrees)
        #expect(result.sin == sine && result.cos == cosine)
    }
}
