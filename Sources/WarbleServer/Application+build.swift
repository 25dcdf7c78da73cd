import Hummingbird
import Logging
import Prometheus
import WarbleConfig
import WarbleStore

/// The request context every route gets.
public typealias AppRequestContext = BasicRequestContext

/// The composition root: builds the whole server from a configuration. `warble serve` runs what
/// it returns; tests build the same thing with a test configuration.
public func buildApplication(configuration: WarbleConfiguration, logger: Logger) -> some ApplicationProtocol {
    let database = Database(settings: configuration.database, logger: logger)
    let router = buildRouter(database: database, registry: PrometheusCollectorRegistry())
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.http.host, port: configuration.http.port), serverName: "Warble"),
        services: [DatabaseService(database: database)],
        logger: logger
    )
}

/// The routes and middleware, without a listening socket.
func buildRouter(database: Database, registry: PrometheusCollectorRegistry) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: RequestMetricsMiddleware(registry: registry))
    router.add(middleware: LogRequestsMiddleware(.info))
    router.add(middleware: ErrorMiddleware())
    router.addRoutes(HealthController(database: database).endpoints)
    router.addRoutes(MetricsController(registry: registry, database: database).endpoints)
    return router
}
