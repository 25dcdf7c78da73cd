import Hummingbird
import WarbleStore

/// Liveness and readiness for load balancers and orchestrators: `/healthz` says the process
/// answers, `/readyz` that it can serve, which needs the database.
struct HealthController<Context: RequestContext> {
    let database: Database

    var endpoints: RouteCollection<Context> {
        RouteCollection(context: Context.self)
            .get("healthz") { _, _ in Status(status: "ok") }
            // Mastodon's streaming health check, which clients probe before they connect.
            .get("api/v1/streaming/health") { _, _ in "OK" }
            .get("readyz") { _, _ in
                do {
                    try await database.checkReady()
                    return Status(status: "ready")
                } catch {
                    throw APIError(.serviceUnavailable, "database_unavailable", description: String(describing: error))
                }
            }
    }

    struct Status: ResponseEncodable {
        let status: String
    }
}
