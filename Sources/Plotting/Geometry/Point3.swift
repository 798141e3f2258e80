/// A point in data space.
struct Point3: Equatable, Sendable {
    var x: Double
    var y: Double
    var z: Double
}

/// A point on the drawing surface (x right, y down), in dots or pixels.
struct Point2: Equatable, Sendable {
    var x: Double
    var y: Double
}
