import Hummingbird
import Prometheus

/// Counts requests and measures their latency (until the response head is ready) by route, method and status for `/metrics`.
/// Routes are the router's patterns (`/api/v1/statuses/{id}`), so the label set stays small.
struct RequestMetricsMiddleware<Context: RequestContext>: RouterMiddleware {
    let registry: PrometheusCollectorRegistry

    static var buckets: [Duration] {
        [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10].map { .microseconds(Int($0 * 1_000_000)) }
    }

    func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        let started = ContinuousClock.now
        let response = try await next(request, context)
        let route = context.endpointPath ?? "unmatched"
        let method = request.method.rawValue
        registry.makeCounter(
            name: "warble_http_requests_total",
            labels: [("route", route), ("method", method), ("status", String(response.status.code))]
        ).increment()
        registry.makeDurationHistogram(
            name: "warble_http_request_duration_seconds",
            labels: [("route", route), ("method", method)],
            buckets: Self.buckets
        ).record(ContinuousClock.now - started)
        return response
    }
}
