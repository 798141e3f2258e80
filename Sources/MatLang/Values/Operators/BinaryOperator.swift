/// A binary operator of the language, named after MATLAB's function for it.
public enum BinaryOperator: String, Sendable, CaseIterable {
    /// `+` (plus)
    case plus = "+"
    /// `-` (minus)
    case minus = "-"
    /// `.*` (times)
    case times = ".*"
    /// `./` (rdivide)
    case rdivide = "./"
    /// `.\` (ldivide)
    case ldivide = ".\\"
    /// `.^` (power)
    case power = ".^"
    /// `*` (mtimes)
    case mtimes = "*"
    /// `/` (mrdivide)
    case mrdivide = "/"
    /// `\` (mldivide)
    case mldivide = "\\"
    /// `^` (mpower)
    case mpower = "^"
    /// `==` (eq)
    case eq = "=="
    /// `~=` (ne)
    case ne = "~="
    /// `<` (lt)
    case lt = "<"
    /// `<=` (le)
    case le = "<="
    /// `>` (gt)
    case gt = ">"
    /// `>=` (ge)
    case ge = ">="
    /// `&` (and), element-wise
    case and = "&"
    /// `|` (or), element-wise
    case or = "|"

    /// The operator as written in source.
    public var symbol: String { rawValue }

    /// Whether the result is logical (comparisons and `&`, `|`).
    public var isLogicalResult: Bool {
        switch self {
        case .eq, .ne, .lt, .le, .gt, .ge, .and, .or: return true
        default: return false
        }
    }
}

/// A unary operator of the language.
public enum UnaryOperator: String, Sendable, CaseIterable {
    /// `-x` (uminus)
    case negate = "-"
    /// `+x` (uplus)
    case plus = "+"
    /// `~x` (not)
    case not = "~"
    /// `x'` (ctranspose; equal to `.'` for real values)
    case ctranspose = "'"
    /// `x.'` (transpose)
    case transpose = ".'"

    /// The operator as written in source.
    public var symbol: String { rawValue }
}
