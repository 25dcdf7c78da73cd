import Foundation
import Hummingbird
import HummingbirdWebSocket
import Logging
import Prometheus
import ServiceLifecycle
import WarbleCompliance
import WarbleConfig
import WarbleDirectory
import WarbleIdentity
import WarblePolicy
import WarbleStore

/// The composition root: builds the whole server from a configuration. `warble serve` runs what
/// it returns; tests build the same thing with a test configuration. Throws every problem of the
/// policy files in `policies.dir`: the server does not start without a valid policy.
public func buildApplication(configuration: WarbleConfiguration, logger: Logger) throws(PolicyError) -> some ApplicationProtocol {
    let database = Database(settings: configuration.database, logger: logger)
    let policies = try PolicyStore(directory: configuration.policies.directory, audit: AuditRepository(database: database), logger: logger)
    let hub = StreamHub(channel: EventChannel(database: database))
    policies.reloadOnEvents(from: hub)
    let limiter = RateLimiter(repository: RateLimitRepository(database: database), logger: logger)
    let routers = buildRouters(
        configuration: configuration, database: database, policies: policies, hub: hub, limiter: limiter, registry: PrometheusCollectorRegistry(), logger: logger
    )
    var services: [any Service] = [
        DatabaseService(database: database), policies, hub, limiter,
        HomeTimelineTrimJob.make(timelines: TimelineRepository(database: database), database: database, logger: logger),
    ]
    let exportSettings = ExportJobSettings(
        directory: URL(fileURLWithPath: configuration.exports.directory, isDirectory: true), signingKey: configuration.exports.signingKey,
        mediaDirectory: URL(fileURLWithPath: configuration.media.directory, isDirectory: true), domain: configuration.http.publicURL.host ?? "localhost",
        generator: "Warble \(WarbleVersion.current)"
    )
    services.append(ExportJobService(runner: ExportJobRunner(database: database, settings: exportSettings, logger: logger), interval: .seconds(2), logger: logger))
    if configuration.retention.interval > 0 {
        let engine = RetentionEngine(
            database: database, mediaDirectory: URL(fileURLWithPath: configuration.media.directory, isDirectory: true),
            exportsDirectory: URL(fileURLWithPath: configuration.exports.directory, isDirectory: true), logger: logger
        )
        services.append(RetentionJob.make(engine: engine, policies: policies, interval: configuration.retention.interval, database: database, logger: logger))
    }
    if let ldap = configuration.ldap, ldap.syncInterval > 0 {
        let sync = DirectorySyncService(directory: DirectoryClient(settings: ldap), database: database, logger: logger)
        services.append(DirectorySyncJob.make(sync: sync, database: database, interval: ldap.syncInterval, logger: logger))
    }
    var application = Application(
        router: routers.http,
        server: .http1WebSocketUpgrade(webSocketRouter: routers.webSocket),
        configuration: .init(address: .hostname(configuration.http.host, port: configuration.http.port), serverName: "Warble"),
        services: services,
        logger: logger
    )
    application.beforeServerStarts { [connectTimeout = configuration.database.connectTimeout] in await policies.recordAtStart(within: connectTimeout) }
    return application
}

/// The routes and middleware, without a listening socket: the HTTP router, and the router that
/// decides WebSocket upgrades (Mastodon's multiplexed streaming).
func buildRouters(
    configuration: WarbleConfiguration, database: Database, policies: PolicyStore, hub: StreamHub, limiter: RateLimiter, registry: PrometheusCollectorRegistry,
    logger: Logger
) -> (http: Router<AppRequestContext>, webSocket: Router<AppRequestContext>) {
    let tokens = TokenRepository(database: database)
    let accounts = AccountRepository(database: database)
    let signIn = SignInService(
        directory: configuration.ldap.map { DirectoryClient(settings: $0) }, database: database, settings: configuration.login, logger: logger
    )
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: ForwardedClientMiddleware(proxies: configuration.http.trustedProxies))
    router.add(middleware: RequestMetricsMiddleware(registry: registry))
    router.add(middleware: LogRequestsMiddleware(.info))
    router.add(middleware: ErrorMiddleware())
    router.add(middleware: NULRefusalMiddleware())
    router.addRoutes(HealthController(database: database).endpoints)
    router.get("api/openapi.json") { _, _ in
        Response(status: .ok, headers: [.contentType: "application/json"], body: .init(byteBuffer: ByteBuffer(string: OpenAPIDocument.json)))
    }
    router.addRoutes(MetricsController(registry: registry, database: database).endpoints)
    router.addRoutes(InstanceController(instances: InstanceRepository(database: database), publicURL: configuration.http.publicURL, maxCharacters: configuration.posts.maxCharacters,
        maxMediaSize: configuration.media.maxSize
    ).endpoints)
    let api = router.group()
        .add(middleware: TokenAuthenticationMiddleware(tokens: tokens))
        .add(middleware: RateLimitMiddleware(limiter: limiter, perToken: configuration.http.rateLimit, perAddress: configuration.http.rateLimitPerAddress))
    api.addRoutes(OAuthController(tokens: tokens, signIn: signIn, audit: AuditRepository(database: database), publicURL: configuration.http.publicURL).endpoints)
    api.addRoutes(AuthorizeController(
        tokens: tokens, sessions: SessionRepository(database: database), signIn: signIn, audit: AuditRepository(database: database),
        pages: PageRenderer(), secureCookies: configuration.http.isSecure
    ).endpoints)
    let publicURL = configuration.http.publicURL
    let mediaRepository = MediaRepository(database: database)
    let mediaLinks = MediaLinks(media: mediaRepository, publicURL: publicURL)
    let presenter = MastodonPresenter(accounts: accounts, publicURL: publicURL, mediaLinks: mediaLinks)
    let posts = PostRepository(database: database)
    let relationships = RelationshipRepository(database: database)
    let events = EventChannel(database: database)
    let timelines = TimelinesController(timelines: TimelineRepository(database: database), posts: posts, presenter: presenter)
    let user = api.group("api/v1", context: UserRequestContext.self)
    let accountsController = AccountsController(accounts: accounts, relationships: relationships, timelines: timelines, presenter: presenter, events: events)
    user.group("accounts").addRoutes(accountsController.endpoints)
    user.group("statuses").addRoutes(StatusesController(
        posts: posts, interactions: InteractionRepository(database: database), groups: GroupRepository(database: database),
        composer: PostComposer(accounts: accounts, publicURL: publicURL, maxCharacters: configuration.posts.maxCharacters), policies: policies,
        screener: PostScreener(audit: AuditRepository(database: database), logger: logger), presenter: presenter, events: events
    ).endpoints)
    let notifications = NotificationsController(notifications: NotificationRepository(database: database), posts: posts, presenter: presenter)
    user.group("notifications").addRoutes(notifications.endpoints)
    let lists = ListRepository(database: database)
    let renderer = StreamRenderer(timelines: timelines.timelines, posts: posts, notifications: notifications, presenter: presenter, lists: lists)
    user.group("streaming").addRoutes(StreamingController(hub: hub, renderer: renderer, heartbeat: .seconds(configuration.http.streamingHeartbeat)).endpoints)
    user.addRoutes(timelines.endpoints)
    user.group("warble/groups").addRoutes(GroupsController(
        groups: GroupRepository(database: database), timelines: timelines, presenter: presenter, audit: AuditRepository(database: database)
    ).endpoints)
    user.group("warble/audit").addRoutes(AuditController(audit: AuditRepository(database: database), publicURL: publicURL).endpoints)
    user.group("warble/dlp/flags").addRoutes(DLPFlagsController(flags: DLPFlagRepository(database: database), events: events, publicURL: publicURL).endpoints)
    user.group("warble/exports").addRoutes(ExportsController(
        jobs: ExportJobRepository(database: database), accounts: accounts, groups: GroupRepository(database: database),
        holds: HoldRepository(database: database), audit: AuditRepository(database: database),
        directory: URL(fileURLWithPath: configuration.exports.directory, isDirectory: true), signingKeyConfigured: configuration.exports.signingKey != nil
    ).endpoints)
    user.group("warble/retention").addRoutes(RetentionController(policies: policies).endpoints)
    user.group("warble/holds").addRoutes(HoldsController(
        holds: HoldRepository(database: database), accounts: accounts, groups: GroupRepository(database: database)
    ).endpoints)
    user.addRoutes(ListsController(lists: lists, timelines: timelines, presenter: presenter).endpoints)
    user.group("conversations").addRoutes(ConversationsController(conversations: ConversationRepository(database: database), posts: posts, presenter: presenter).endpoints)
    let media = MediaController(
        media: mediaRepository, files: MediaFiles(directory: configuration.media.directory), links: mediaLinks, presenter: presenter,
        maxSize: configuration.media.maxSize
    )
    api.group("api", context: UserRequestContext.self).addRoutes(media.uploads)
    router.addRoutes(media.downloads)
    user.addRoutes(PreferencesController(markers: MarkerRepository(database: database), relationships: relationships, presenter: presenter).endpoints)
    api.group("api", context: UserRequestContext.self).addRoutes(AbsentFeaturesController().endpoints)
    router.addRoutes(AbsentFeaturesController().publicEndpoints)
    api.addRoutes(PersonalArchiveController(
        archive: PersonalArchive(database: database, mediaDirectory: URL(fileURLWithPath: configuration.media.directory, isDirectory: true), baseURL: publicURL.baseString),
        reader: SignedInReader(sessions: SessionRepository(database: database)), audit: AuditRepository(database: database)
    ).endpoints)
    api.addRoutes(FeedsController(
        accounts: accounts, groups: GroupRepository(database: database), timelines: timelines.timelines, posts: posts,
        sessions: SessionRepository(database: database), publicURL: publicURL
    ).endpoints)
    let tags = TagsController(relationships: relationships, publicURL: publicURL)
    user.addRoutes(tags.endpoints)
    api.group("api", context: UserRequestContext.self).addRoutes(SearchController(
        search: SearchRepository(database: database), accounts: accountsController, tags: tags, posts: posts, presenter: presenter
    ).endpoints)
    let socket = StreamingSocket(hub: hub, renderer: renderer)
    let webSocket = Router(context: AppRequestContext.self)
    webSocket.add(middleware: ForwardedClientMiddleware(proxies: configuration.http.trustedProxies))
    webSocket.add(middleware: TokenAuthenticationMiddleware(tokens: tokens))
    webSocket.ws("api/v1/streaming", shouldUpgrade: socket.shouldUpgrade, onUpgrade: socket.handle)
    return (router, webSocket)
}
