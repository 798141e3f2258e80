import Autograd
import Testing
@testable import NeuralNet

/// Seeded random damage to valid files: every outcome must be a value or a ``DataError``,
/// never a trap.
@Suite("Malformed input never traps")
struct MalformedInputTests {
    private static let images: [UInt8] = {
        let set = try! SyntheticDigits.make(.test, count: 3, seed: 1)
        return try! IDXFile.encodeImages(set.images, path: "base")
    }()

    @Test("damaged IDX headers, bodies and lengths decode or throw")
    func damagedIDX() {
        var generator = RandomGenerator(seed: 99)
        var decoded = 0, refused = 0
        for _ in 0..<400 {
            var bytes = Self.images
            switch generator.nextInt(in: 0...2) {
            case 0:
                bytes.removeLast(generator.nextInt(in: 0...bytes.count))
            case 1:
                for _ in 0...generator.nextInt(in: 0...3) {
                    bytes[generator.nextInt(in: 0...15)] = UInt8(generator.nextInt(in: 0...255))
                }
            default:
                bytes += (0..<generator.nextInt(in: 0...8)).map { _ in UInt8(generator.nextInt(in: 0...255)) }
            }
            do {
                let tensor = try IDXFile.decodeImages(bytes, path: "fuzz.idx")
                #expect(tensor.count == bytes.count - 16)
                decoded += 1
            } catch {
                #expect(error.description.hasPrefix("fuzz.idx, byte "))
                refused += 1
            }
        }
        #expect(decoded > 0 && refused > 0)
    }

    @Test("damaged gzip streams decompress or throw")
    func damagedGzip() throws {
        let compressed = try Gzip.compress(Self.images, path: "base")
        var generator = RandomGenerator(seed: 7)
        var refused = 0
        for _ in 0..<300 {
            var bytes = compressed
            let position = generator.nextInt(in: 2...(bytes.count - 1))
            if generator.nextInt(in: 0...1) == 0 {
                bytes[position] ^= UInt8(generator.nextInt(in: 1...255))
            } else {
                bytes.removeLast(bytes.count - position)
            }
            do {
                _ = try IDXFile.decodeImages(try Gzip.decompress(bytes, path: "fuzz.gz"), path: "fuzz.gz")
            } catch {
                refused += 1
            }
        }
        #expect(refused > 250)
    }

    @Test("random text in a CSV parses or names a line and column")
    func randomCSV() {
        let alphabet = Array("0123456789,,,.\n\n e-+\"xN")
        var generator = RandomGenerator(seed: 5)
        for _ in 0..<300 {
            let text = String((0..<generator.nextInt(in: 0...40)).map { _ in alphabet[generator.nextInt(in: 0...(alphabet.count - 1))] })
            do {
                let matrix = try CSVFile.parse(text, path: "fuzz.csv")
                #expect(matrix.values.count == matrix.rows * matrix.columns)
            } catch {
                #expect(error.description.hasPrefix("fuzz.csv:"))
            }
        }
    }
}
