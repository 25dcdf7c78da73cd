/// `README.txt` inside every export: what the files are and how to check them without Warble.
enum ExportReadme {
    static let text = """
        Warble compliance export
        ========================

        posts.jsonl      every selected post, one JSON object per line: author, audience, group, thread,
                         times, state (visible or deleted), every earlier version, attachments
        posts.csv        the same posts as a spreadsheet (cells starting with = + - @ are prefixed with ')
        messages/*.eml   one RFC 5322 message per post, threaded by Message-ID and In-Reply-To
        attachments/     the attached files, named <id>-<file name>
        accounts.jsonl   the authors and the people mentioned
        audit.jsonl      the audit log rows about these posts and by these custodians in the period
        SHA256SUMS       the SHA-256 of every file above
        manifest.json    the selection, the counts, the audit chain's head, and the SHA-256 of SHA256SUMS
        manifest.sig     an Ed25519 signature of manifest.json

        To check this export with standard tools (OpenSSL 3), in the unpacked folder:

          openssl pkeyutl -verify -pubin -inkey export-public.pem -rawin -in manifest.json -sigfile manifest.sig
          sha256sum SHA256SUMS        (compare with "sha256sums" in manifest.json)
          sha256sum -c SHA256SUMS

        or, with Warble's command line: warblectl export verify ARCHIVE --public-key export-public.pem

        """
}
