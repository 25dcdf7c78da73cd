import Foundation
import HTTPTypes
import Hummingbird
import Logging
import ServiceLifecycle
import WarbleCore
import WarbleStore

/// Mastodon's server-sent-event streams: `/api/v1/streaming/user`, `/user/notification`,
/// `/public[/local|/remote]`, `/hashtag[/local]?tag=`, `/list?list=`. Each event is framed as
/// `event: NAME\ndata: JSON\n\n`; a `:` comment line goes out every heartbeat interval.
struct StreamingController {
    let hub: StreamHub
    let renderer: StreamRenderer
    let heartbeat: Duration

    var endpoints: RouteCollection<UserRequestContext> {
        RouteCollection(context: UserRequestContext.self)
            .get(use: { _, _ -> Response in
                throw APIError(.badRequest, "WebSocket upgrade required", description: "Connect with a WebSocket, or use the event streams under /api/v1/streaming/.")
            })
            .get("user", use: { try await stream("user", $0, $1) })
            .get("user/notification", use: { try await stream("user:notification", $0, $1) })
            .get("public", use: { try await stream("public", $0, $1) })
            .get("public/local", use: { try await stream("public:local", $0, $1) })
            .get("public/remote", use: { try await stream("public:remote", $0, $1) })
            .get("hashtag", use: { try await stream("hashtag", $0, $1) })
            .get("hashtag/local", use: { try await stream("hashtag:local", $0, $1) })
            .get("list", use: { try await stream("list", $0, $1) })
    }

    func stream(_ name: String, _ request: Request, _ context: UserRequestContext) async throws -> Response {
        try context.require(anyOf: "read:statuses", "read:notifications")
        let parameters = request.uri.queryParameters
        guard let kind = try await renderer.kind(
            name: name, tag: parameters["tag"].map(String.init), list: parameters["list"].map(String.init), viewer: context.account.id
        ) else {
            throw APIError(.badRequest, "No valid stream", description: "A hashtag stream needs '?tag=' with a hashtag, a list stream '?list=' with one of your lists.")
        }
        let initial = try await renderer.subscription(viewer: context.account.id, kind: kind)
        let (hub, renderer, heartbeat, logger) = (hub, renderer, heartbeat, context.logger)
        let body = ResponseBody { writer in
            let (id, events) = hub.subscribe()
            defer { hub.unsubscribe(id) }
            var subscription = initial
            // Open streams must not hold up a graceful shutdown: ending the subscription ends the loop.
            try await withGracefulShutdownHandler {
                try await writer.write(ByteBuffer(string: ":)\n\n"))
                for await item in Self.withHeartbeat(events, every: heartbeat) {
                    guard let event = item else {
                        try await writer.write(ByteBuffer(string: ":thump\n\n"))
                        continue
                    }
                    let messages: [StreamMessage]
                    do {
                        messages = try await renderer.messages(for: event, subscription: &subscription)
                    } catch {
                        logger.warning("could not render a stream event", metadata: ["error": "\(String(reflecting: error))"])
                        continue
                    }
                    for message in messages {
                        try await writer.write(ByteBuffer(string: "event: \(message.event)\ndata: \(message.payload)\n\n"))
                    }
                }
            } onGracefulShutdown: {
                hub.unsubscribe(id)
            }
            try await writer.finish(nil)
        }
        let headers: HTTPFields = [
            .contentType: "text/event-stream; charset=utf-8", .cacheControl: "no-store", HTTPField.Name("X-Accel-Buffering")!: "no",
        ]
        return Response(status: .ok, headers: headers, body: body)
    }

    /// The events, with nil every `interval` while the stream lasts.
    static func withHeartbeat(_ events: AsyncStream<DomainEvent>, every interval: Duration) -> AsyncStream<DomainEvent?> {
        let (output, continuation) = AsyncStream<DomainEvent?>.makeStream()
        let forward = Task {
            for await event in events { continuation.yield(event) }
            continuation.finish()
        }
        let ticks = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                continuation.yield(nil)
            }
        }
        continuation.onTermination = { _ in
            forward.cancel()
            ticks.cancel()
        }
        return output
    }
}
