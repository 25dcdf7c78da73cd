import ArgumentParser
import WarbleCommands
import WarbleConfig
import WarbleCore
import WarbleDirectory

/// `warblectl directory test-login USER`: walks through a sign-in step by step, for diagnosing
/// the directory configuration. Changes nothing in Warble.
struct DirectoryTestLoginCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "test-login",
        abstract: "Try a sign-in against the directory and show each step.",
        discussion: "Asks for the password (or reads it from standard input). Nothing is provisioned or recorded."
    )

    @OptionGroup var options: ConfigurationOptions
    @Argument(help: "The login name as staff type it.") var username: String

    func run() async throws {
        let configuration = try options.load()
        guard let ldap = configuration.ldap else {
            printError("ldap.url is not set: there is no directory to ask")
            throw ExitCode.failure
        }
        let client = DirectoryClient(settings: ldap)
        let filter = LDAPFilter.fill(ldap.userFilter, username: username)
        do {
            try await client.checkService()
            print("1. service bind   ok as \(ldap.bindDN ?? "anonymous") on \(ldap.url.absoluteString)")
            let entries = try await client.search(base: ldap.userBase, filter: filter, attributes: ["uid"], sizeLimit: 2)
            print("2. search         \(filter) under \(ldap.userBase): \(entries.count) entr\(entries.count == 1 ? "y" : "ies")")
            guard entries.count == 1 else {
                printError(entries.isEmpty ? "no entry matches: check the name, ldap.user_base and ldap.user_filter" : "several entries match: the filter is too loose")
                throw ExitCode.failure
            }
            print("3. found DN       \(entries[0].dn)")
        } catch let error as LDAPError {
            printError("directory error: \(error)")
            throw ExitCode.failure
        }
        let password = readPassword(prompt: "Password for \(username): ")
        do {
            let person = try await client.authenticate(username: username, password: password)
            print("4. user bind      ok")
            let role = Role.from(groups: Set(person.groups), mapping: ldap.roleGroups)
            print("5. groups         \(person.groups.isEmpty ? "(none)" : person.groups.joined(separator: "; "))")
            print("   role           \(role.rawValue); handle would be @\(Handle.derive(from: person.uid)) (or numbered if taken)")
        } catch {
            printError("4. user bind      refused: \(error) (\(error.code)\(error.unavailableReason))")
            throw ExitCode.failure
        }
    }
}

extension LoginFailure {
    /// The directory's own words when it could not be asked.
    var unavailableReason: String {
        if case .directoryUnavailable(let reason) = self { return ": \(reason)" }
        return ""
    }
}
