/// The names of the three files every export ends with, after its content members.
///
/// ```
/// <content members, in the order they were added>
/// SHA256SUMS      sha256sum lines for every content member
/// manifest.json   the caller's manifest + sha256sums, files, files_sha256
/// manifest.sig    raw 64-byte Ed25519 signature of manifest.json
/// ```
public enum ExportArchiveLayout {
    public static let sums = "SHA256SUMS"
    public static let manifest = "manifest.json"
    public static let signature = "manifest.sig"

    /// Names the writer adds itself; a content member may not use them.
    public static let reserved: Set<String> = [sums, manifest, signature]
}
