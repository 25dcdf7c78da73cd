import Hummingbird
import Prometheus
import WarbleStore

/// `GET /metrics` in Prometheus' text format: the request figures the middleware records plus the
/// database pool's figures, read at scrape time.
struct MetricsController<Context: RequestContext> {
    let registry: PrometheusCollectorRegistry
    let database: Database

    var endpoints: RouteCollection<Context> {
        RouteCollection(context: Context.self)
            .get("metrics") { _, _ in
                let figures = database.figures
                registry.makeGauge(name: "warble_db_pool_size").set(Int64(figures.size))
                registry.makeGauge(name: "warble_db_pool_in_use").set(Int64(figures.inUse))
                registry.makeGauge(name: "warble_db_pool_waiting").set(Int64(figures.waiting))
                registry.makeGauge(name: "warble_db_pool_leases").set(Int64(figures.leases))
                registry.makeGauge(name: "warble_db_pool_failures").set(Int64(figures.failures))
                var headers = HTTPFields()
                headers[.contentType] = "text/plain; version=0.0.4; charset=utf-8"
                return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(bytes: registry.emitToBuffer())))
            }
    }
}
