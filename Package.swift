// swift-tools-version:6.0
import PackageDescription

// MARK: - System libraries (Debian -dev packages)

let systemLibraries: [Target] = [
    .systemLibrary(
        name: "COpenBLAS",
        pkgConfig: "openblas",
        providers: [.apt(["libopenblas-dev"])]
    ),
    .systemLibrary(
        name: "CZlib",
        pkgConfig: "zlib",
        providers: [.apt(["zlib1g-dev"])]
    ),
    .systemLibrary(
        name: "CEditLine",
        pkgConfig: "libedit",
        providers: [.apt(["libedit-dev"])]
    ),
]

// MARK: - Libraries (dependencies point one way: gradlab → Lab → MatLang/NeuralNet/Plotting → Autograd)

let release: [SwiftSetting] = [
    .unsafeFlags(["-Ounchecked", "-wmo"], .when(configuration: .release)),
]

// The language's generic arrays (`NDArray<Element>`) are used from Lab on every value the
// deep-learning built-ins touch; without cross-module optimisation each such call runs the
// unspecialised generic code (thousands of instructions for a `size` read).
let crossModule: [SwiftSetting] = [
    .unsafeFlags(["-cross-module-optimization"], .when(configuration: .release)),
]

// The interpreter is a class graph (interpreter, workspace, scopes) whose stored properties are
// read and written on every statement; release builds skip the run-time exclusivity check on
// each such access (debug builds, which run the tests, keep it). It was about a fifth of the
// instructions of an interpreted scalar loop.
let interpreterAccess: [SwiftSetting] = [
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

// Release builds target the CPU they are built on (AVX2/FMA on the budget machine). Every
// module that runs per-element loops on the training path gets it: the optimiser inlines and
// specialises small functions across modules, so a loop written in the engine may be
// compiled in the caller's module. Floating-point results do not change (no contraction or
// reassociation is enabled), only the vector width.
let nativeCPU: [SwiftSetting] = [
    .unsafeFlags(["-target-cpu", "native"], .when(configuration: .release)),
]

let libraries: [Target] = [
    .target(
        name: "Autograd", dependencies: ["COpenBLAS"],
        swiftSettings: release + nativeCPU + [
            // The engine's skinny GEMM kernels are enabled only for the native target.
            .define("GRADLAB_NATIVE_CPU", .when(configuration: .release)),
        ]
    ),
    .target(name: "NeuralNet", dependencies: ["Autograd", "CZlib"], swiftSettings: release + nativeCPU),
    .target(name: "Plotting"),
    .target(name: "MatLang", swiftSettings: crossModule + nativeCPU + interpreterAccess),
    .target(
        name: "Lab",
        dependencies: ["MatLang", "NeuralNet", "Autograd", "Plotting"],
        swiftSettings: nativeCPU + interpreterAccess
    ),
]

// MARK: - Executables

let executables: [Target] = [
    .executableTarget(
        name: "gradlab",
        dependencies: [
            "Lab", "CEditLine",
            .product(name: "ArgumentParser", package: "swift-argument-parser"),
        ]
    ),
    .executableTarget(
        name: "gradlab-bench",
        dependencies: ["Lab", "MatLang", "NeuralNet", "Autograd"],
        swiftSettings: release
    ),
]

// MARK: - Tests

let tests: [Target] = [
    .target(name: "TestSupport", path: "Sources/TestSupport"),
    .testTarget(name: "AutogradTests", dependencies: ["Autograd", "TestSupport"]),
    .testTarget(name: "NeuralNetTests", dependencies: ["NeuralNet", "TestSupport"]),
    .testTarget(name: "PlottingTests", dependencies: ["Plotting", "TestSupport"], exclude: ["Golden"]),
    .testTarget(name: "MatLangTests", dependencies: ["MatLang", "TestSupport"], exclude: ["Fixtures"]),
    .testTarget(name: "LabTests", dependencies: ["Lab", "TestSupport"], exclude: ["Graphics/Golden", "DeepLearning/Fixtures"]),
    .testTarget(name: "GradlabTests", dependencies: ["gradlab", "TestSupport"], exclude: ["drive_pty.py"]),
    .testTarget(name: "LessonTests", dependencies: ["Lab", "TestSupport"]),
]

// MARK: - Package

let package = Package(
    name: "gradlab",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "gradlab", targets: ["gradlab"]),
        .executable(name: "gradlab-bench", targets: ["gradlab-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: systemLibraries + libraries + executables + tests
)
