/// A filled polygon (`fill3`, `fill`): vertices joined in order and closed from the last back to the first.
public struct PatchSeries: Equatable, Sendable {
    /// x coordinates of the vertices.
    public var XData: [Double]
    /// y coordinates of the vertices.
    public var YData: [Double]
    /// z coordinates of the vertices (zeros for a 2-D `fill`).
    public var ZData: [Double]
    /// Fill colour; nil draws no fill (`FaceColor = "none"`).
    public var FaceColor: RGB?
    /// Edge colour; nil draws no edge (`EdgeColor = "none"`). MATLAB's default is black.
    public var EdgeColor: RGB?
    /// Name shown in the legend.
    public var DisplayName: String

    /// Makes a polygon; throws when the coordinate counts differ.
    public init(x: [Double], y: [Double], z: [Double], faceColor: RGB?, edgeColor: RGB? = .black,
                displayName: String = "") throws(PlotError) {
        guard x.count == y.count, y.count == z.count else {
            throw .lengthMismatch(function: "fill3", counts: [x.count, y.count, z.count])
        }
        XData = x
        YData = y
        ZData = z
        FaceColor = faceColor
        EdgeColor = edgeColor
        DisplayName = displayName
    }

    /// The vertices whose three coordinates are all finite (others are dropped, as gaps).
    var finiteVertices: [Point3] {
        (0..<XData.count).compactMap { k in
            let p = Point3(x: XData[k], y: YData[k], z: ZData[k])
            return p.x.isFinite && p.y.isFinite && p.z.isFinite ? p : nil
        }
    }
}
