import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdWebSocket
import Logging
import Synchronization
import WarbleCore

/// Mastodon's multiplexed WebSocket stream at `/api/v1/streaming`: the client sends
/// `{"type":"subscribe","stream":"user"}` (or `unsubscribe`, with `tag` for hashtags, and may name
/// a first stream as `?stream=`); the server sends `{"stream":[…],"event":"update","payload":"…"}`.
struct StreamingSocket: Sendable {
    let hub: StreamHub
    let renderer: StreamRenderer

    /// Upgrades only requests that carry a user token; the sub-protocol is echoed when the token
    /// came as one, as browsers require.
    func shouldUpgrade(_ request: Request, context: AppRequestContext) async throws -> RouterShouldUpgrade {
        guard context.identity?.account != nil else { return .dontUpgrade }
        guard let protocolToken = request.headers[.secWebSocketProtocol] else { return .upgrade([:]) }
        return .upgrade([.secWebSocketProtocol: protocolToken])
    }

    struct Command: Decodable {
        let type: String
        let stream: String?
        let tag: String?
        let list: String?
    }

    struct Outbound: Encodable {
        let stream: [String]
        let event: String
        let payload: String
    }

    struct Refusal: Encodable {
        let error: String
        let status: Int
    }

    func handle(_ inbound: WebSocketInboundStream, _ outbound: WebSocketOutboundWriter, _ context: WebSocketRouterContext<AppRequestContext>) async throws {
        guard let viewer = context.requestContext.identity?.account?.id else { return }
        let subscriptions = Subscriptions()
        let query = context.request.uri.queryParameters
        if let name = query["stream"].map(String.init) {
            try await subscribe(name, tag: query["tag"].map(String.init), list: query["list"].map(String.init), viewer: viewer, into: subscriptions, outbound: outbound)
        }
        let (id, events) = hub.subscribe()
        defer { hub.unsubscribe(id) }
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask {
                for await event in events {
                    for (key, subscription) in subscriptions.all {
                        var updated = subscription
                        let messages = (try? await renderer.messages(for: event, subscription: &updated)) ?? []
                        subscriptions.update(key, to: updated)
                        for message in messages {
                            try await outbound.write(.text(try StreamRenderer.json(Outbound(stream: key, event: message.event, payload: message.payload))))
                        }
                    }
                }
            }
            for try await message in inbound.messages(maxSize: 16_384) {
                guard case .text(let text) = message, let command = try? JSONDecoder().decode(Command.self, from: Data(text.utf8)) else {
                    try await refuse("Could not parse the message as a command", outbound: outbound)
                    continue
                }
                switch command.type {
                case "subscribe":
                    try await subscribe(command.stream ?? "", tag: command.tag, list: command.list, viewer: viewer, into: subscriptions, outbound: outbound)
                case "unsubscribe":
                    if let kind = try await renderer.kind(name: command.stream ?? "", tag: command.tag, list: command.list, viewer: viewer) {
                        subscriptions.remove(kind.names)
                    }
                default:
                    try await refuse("Unknown command type '\(command.type)'", outbound: outbound)
                }
            }
            group.cancelAll()
        }
    }

    private func subscribe(_ name: String, tag: String?, list: String?, viewer: Int64, into subscriptions: Subscriptions, outbound: WebSocketOutboundWriter) async throws {
        guard let kind = try await renderer.kind(name: name, tag: tag, list: list, viewer: viewer) else {
            try await refuse("Unknown stream type '\(name)'", outbound: outbound)
            return
        }
        let subscription = try await renderer.subscription(viewer: viewer, kind: kind)
        subscriptions.add(kind.names, subscription)
    }

    private func refuse(_ error: String, outbound: WebSocketOutboundWriter) async throws {
        try await outbound.write(.text(try StreamRenderer.json(Refusal(error: error, status: 400))))
    }
}

/// The streams one WebSocket connection subscribed to, keyed by their Mastodon names.
final class Subscriptions: Sendable {
    private let state = Mutex<[[String]: StreamRenderer.Subscription]>([:])

    var all: [[String]: StreamRenderer.Subscription] { state.withLock { $0 } }

    /// Adds a subscription unless the same stream is already subscribed.
    func add(_ key: [String], _ subscription: StreamRenderer.Subscription) {
        state.withLock { $0[key] = $0[key] ?? subscription }
    }

    /// Keeps what rendering learnt (the newest notification sent), unless unsubscribed meanwhile.
    func update(_ key: [String], to subscription: StreamRenderer.Subscription) {
        state.withLock { if $0[key] != nil { $0[key] = subscription } }
    }

    func remove(_ key: [String]) {
        state.withLock { _ = $0.removeValue(forKey: key) }
    }
}
