/// The version GradLab reports in its banner and `--version`.
public enum GradLabVersion {
    public static let string = "0.1.0"
}
