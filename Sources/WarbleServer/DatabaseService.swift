import ServiceLifecycle
import WarbleStore

/// Runs the database pool as a service of the application, so that it starts before the HTTP
/// server accepts requests and closes only after the server has finished the ones in flight.
struct DatabaseService: Service {
    let database: Database

    func run() async {
        await cancelWhenGracefulShutdown {
            await database.run()
        }
    }
}
