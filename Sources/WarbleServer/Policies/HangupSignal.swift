import Dispatch
import Foundation

/// SIGHUP, the conventional "reload your configuration" signal, delivered to a closure instead of
/// ending the process.
enum HangupSignal {
    /// Calls `handler` on every SIGHUP until the returned source is cancelled; SIGHUP stays
    /// ignored afterwards.
    static func observe(_ handler: @escaping @Sendable () -> Void) -> any DispatchSourceSignal {
        signal(SIGHUP, SIG_IGN)
        let source = DispatchSource.makeSignalSource(signal: SIGHUP, queue: .global())
        source.setEventHandler(handler: handler)
        source.resume()
        return source
    }
}
