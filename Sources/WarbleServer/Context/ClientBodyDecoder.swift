import Foundation
import Hummingbird

/// Decodes request bodies sent as JSON, `application/x-www-form-urlencoded` or
/// `multipart/form-data` (its plain fields), as Mastodon clients do; a body that does not decode
/// is a 400 that says what was wrong.
public struct ClientBodyDecoder: RequestDecoder {
    public func decode<T: Decodable>(_ type: T.Type, from request: Request, context: some RequestContext) async throws -> T {
        let contentType = request.headers[.contentType]?.lowercased() ?? ""
        do {
            let body = try await request.body.collect(upTo: context.maxUploadSize)
            if contentType.hasPrefix("application/json") {
                guard String(buffer: body).range(of: "\\u0000", options: .caseInsensitive) == nil else { throw APIError.nulCharacter }
                return try JSONDecoder().decode(type, from: Data(buffer: body))
            }
            let form: String
            if let boundary = MultipartForm.boundary(contentType: contentType) {
                let multipart = try MultipartForm(body: Array(buffer: body), boundary: boundary)
                guard !multipart.parts.contains(where: { $0.fileName == nil && $0.data.contains(0) }) else { throw APIError.nulCharacter }
                form = Self.formEncoded(multipart)
            } else {
                form = String(buffer: body)
            }
            guard form.range(of: "%00", options: .caseInsensitive) == nil else { throw APIError.nulCharacter }
            return try URLEncodedFormDecoder().decode(type, from: Self.firstOfEachKey(form))
        } catch let error as DecodingError {
            throw APIError(.badRequest, "invalid_request", description: Self.explain(error))
        } catch let error as HTTPError where error.status == .contentTooLarge {
            throw APIError(.contentTooLarge, "request_too_large", description: "The request body is larger than the server accepts.")
        } catch let error as APIError {
            throw error
        } catch let error as MultipartForm.Malformed {
            throw APIError(.badRequest, "invalid_request", description: "The multipart body is malformed: \(error.reason).")
        } catch {
            throw APIError(.badRequest, "invalid_request", description: "The request body could not be read as JSON or form data.")
        }
    }

    /// Keeps the first of repeated plain keys (`a=1&a=2`), which Rails-style servers tolerate and
    /// some clients send (Mastodon.py repeats keys it means to leave out); `key[]` lists stay whole.
    static func firstOfEachKey(_ form: String) -> String {
        var seen = Set<Substring>()
        return form.split(separator: "&").filter { pair in
            let key = pair.split(separator: "=", maxSplits: 1).first ?? pair
            return key.hasSuffix("]") || key.hasSuffix("%5D") || seen.insert(key).inserted
        }.joined(separator: "&")
    }

    /// The plain fields of a multipart body as a form-encoded string (file parts are left out).
    static func formEncoded(_ form: MultipartForm) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return form.parts.filter { $0.fileName == nil }.map { part in
            "\(part.name.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")=\(part.text.addingPercentEncoding(withAllowedCharacters: allowed) ?? "")"
        }.joined(separator: "&")
    }

    static func explain(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): "The field '\(key.stringValue)' is required."
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            "The field '\(context.codingPath.map(\.stringValue).joined(separator: "."))' has the wrong type."
        case .dataCorrupted(let context):
            context.codingPath.isEmpty ? "The body is not well-formed." : "The field '\(context.codingPath.map(\.stringValue).joined(separator: "."))' is not valid."
        @unknown default: "The body could not be decoded."
        }
    }
}
