/// The version of this build of Warble, shown by `warblectl version`, the server's logs and the
/// instance metadata clients read.
public enum WarbleVersion {
    public static let current = "0.1.0"
}
