import Foundation
import Hummingbird

extension Response {
    /// A download streamed from an open file in 64 KiB chunks (the handle is closed at the end),
    /// never cached: exports and personal archives.
    static func download(_ handle: FileHandle, size: Int?, contentType: String, fileName: String) -> Response {
        let body = ResponseBody { writer in
            defer { try? handle.close() }
            while let chunk = try handle.read(upToCount: 65_536), !chunk.isEmpty {
                try await writer.write(ByteBuffer(bytes: chunk))
            }
            try await writer.finish(nil)
        }
        var headers: HTTPFields = [.contentType: contentType, .contentDisposition: "attachment; filename=\"\(fileName)\"", .cacheControl: "no-store"]
        if let size { headers[.contentLength] = String(size) }
        return Response(status: .ok, headers: headers, body: body)
    }
}
