import Hummingbird
import Logging
import Prometheus
import ServiceLifecycle
import WarbleConfig
import WarbleDirectory
import WarbleIdentity
import WarbleStore

/// The composition root: builds the whole server from a configuration. `warble serve` runs what
/// it returns; tests build the same thing with a test configuration.
public func buildApplication(configuration: WarbleConfiguration, logger: Logger) -> some ApplicationProtocol {
    let database = Database(settings: configuration.database, logger: logger)
    let router = buildRouter(configuration: configuration, database: database, registry: PrometheusCollectorRegistry(), logger: logger)
    var services: [any Service] = [DatabaseService(database: database)]
    if let ldap = configuration.ldap, ldap.syncInterval > 0 {
        let sync = DirectorySyncService(directory: DirectoryClient(settings: ldap), database: database, logger: logger)
        services.append(DirectorySyncJob(sync: sync, database: database, interval: ldap.syncInterval, logger: logger))
    }
    return Application(
        router: router,
        configuration: .init(address: .hostname(configuration.http.host, port: configuration.http.port), serverName: "Warble"),
        services: services,
        logger: logger
    )
}

/// The routes and middleware, without a listening socket.
func buildRouter(configuration: WarbleConfiguration, database: Database, registry: PrometheusCollectorRegistry, logger: Logger) -> Router<AppRequestContext> {
    let tokens = TokenRepository(database: database)
    let accounts = AccountRepository(database: database)
    let signIn = SignInService(
        directory: configuration.ldap.map { DirectoryClient(settings: $0) }, database: database, settings: configuration.login, logger: logger
    )
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: RequestMetricsMiddleware(registry: registry))
    router.add(middleware: LogRequestsMiddleware(.info))
    router.add(middleware: ErrorMiddleware())
    router.addRoutes(HealthController(database: database).endpoints)
    router.addRoutes(MetricsController(registry: registry, database: database).endpoints)
    router.addRoutes(InstanceController(instances: InstanceRepository(database: database), publicURL: configuration.http.publicURL, maxCharacters: configuration.posts.maxCharacters).endpoints)
    let api = router.group().add(middleware: TokenAuthenticationMiddleware(tokens: tokens, accounts: accounts))
    api.addRoutes(OAuthController(tokens: tokens, signIn: signIn, audit: AuditRepository(database: database), publicURL: configuration.http.publicURL).endpoints)
    api.addRoutes(AuthorizeController(
        tokens: tokens, sessions: SessionRepository(database: database), signIn: signIn, audit: AuditRepository(database: database),
        pages: PageRenderer(), secureCookies: configuration.http.isSecure
    ).endpoints)
    let publicURL = configuration.http.publicURL
    let presenter = MastodonPresenter(accounts: accounts, publicURL: publicURL)
    let posts = PostRepository(database: database)
    let relationships = RelationshipRepository(database: database)
    let timelines = TimelinesController(timelines: TimelineRepository(database: database), posts: posts, presenter: presenter)
    let user = api.group("api/v1", context: UserRequestContext.self)
    user.group("accounts").addRoutes(AccountsController(accounts: accounts, relationships: relationships, timelines: timelines, presenter: presenter).endpoints)
    user.group("statuses").addRoutes(StatusesController(
        posts: posts, interactions: InteractionRepository(database: database),
        composer: PostComposer(accounts: accounts, publicURL: publicURL, maxCharacters: configuration.posts.maxCharacters), presenter: presenter
    ).endpoints)
    user.group("notifications").addRoutes(NotificationsController(notifications: NotificationRepository(database: database), posts: posts, presenter: presenter).endpoints)
    user.addRoutes(timelines.endpoints)
    user.addRoutes(TagsController(relationships: relationships, publicURL: publicURL).endpoints)
    return router
}
