import HTTPTypes
import Hummingbird
import Mustache
import WarbleConfig

/// Renders pages from ``PageTemplates`` into responses that carry the security headers every page
/// needs: a strict Content-Security-Policy (no script at all here), no framing, no referrer
/// leaking, no caching of pages that may show personal data.
struct PageRenderer: Sendable {
    let library: MustacheLibrary

    init() {
        var library = MustacheLibrary()
        // The templates are constants compiled into the binary; a syntax error in one is a
        // programming error that every page test would show.
        for (name, text) in [
            ("header", PageTemplates.header), ("footer", PageTemplates.footer), ("hidden", PageTemplates.hidden),
            ("signIn", PageTemplates.signIn), ("consent", PageTemplates.consent), ("code", PageTemplates.code), ("error", PageTemplates.error),
        ] {
            try! library.register(text, named: name)
        }
        self.library = library
    }

    static let securityHeaders: HTTPFields = [
        .contentType: "text/html; charset=utf-8",
        .contentSecurityPolicy: "default-src 'none'; style-src 'self'; img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        HTTPField.Name("X-Frame-Options")!: "DENY",
        HTTPField.Name("Referrer-Policy")!: "same-origin",
        HTTPField.Name("X-Content-Type-Options")!: "nosniff",
        .cacheControl: "no-store",
    ]

    func render(_ template: String, _ values: [String: Any], status: HTTPResponse.Status = .ok, headers: HTTPFields = [:]) -> Response {
        let html = library.render(values, withTemplate: template) ?? ""
        var fields = Self.securityHeaders
        fields.append(contentsOf: headers)
        return Response(status: status, headers: fields, body: .init(byteBuffer: ByteBuffer(string: html)))
    }
}
