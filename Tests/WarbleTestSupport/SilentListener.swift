import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A TCP port on 127.0.0.1 that accepts connections (the kernel completes them) but never answers:
/// how a hung server looks to a client, for testing time-outs.
public final class SilentListener: Sendable {
    public let port: Int
    private let socketDescriptor: Int32

    public init() throws {
        (socketDescriptor, port) = try Self.bound()
        guard listen(socketDescriptor, 16) == 0 else { throw POSIXError(.EADDRINUSE) }
    }

    public func close() { _ = Glibc.close(socketDescriptor) }

    /// A port nothing listens on (bound, then closed again).
    public static func closedPort() throws -> Int {
        let (descriptor, port) = try bound()
        _ = Glibc.close(descriptor)
        return port
    }

    private static func bound() throws -> (Int32, Int) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let result = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { generic in
                bind(descriptor, generic, length) == 0 ? getsockname(descriptor, generic, &length) : -1
            }
        }
        guard descriptor >= 0, result == 0 else { throw POSIXError(.EADDRNOTAVAIL) }
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
    }
}
