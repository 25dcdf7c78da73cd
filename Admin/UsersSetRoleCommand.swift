import ArgumentParser
import WarbleCommands
import WarbleCore
import WarbleStore

extension Role: ExpressibleByArgument {}

/// `warblectl users set-role NAME ROLE`.
struct UsersSetRoleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "set-role",
        abstract: "Set an account's role (member, admin, compliance, auditor).",
        discussion: """
            For accounts from the directory, group membership decides the role again at the next sign-in \
            or sync: change the directory groups for a lasting change. This is for local accounts and \
            for emergencies.
            """
    )

    @OptionGroup var options: ConfigurationOptions
    @Argument(help: "Handle or directory login name.") var name: String
    @Argument(help: "member, admin, compliance or auditor.") var role: Role

    func run() async throws {
        let (name, role) = (name, role)
        try await AdminEnvironment.run(options) { environment in
            let account = try await environment.account(name)
            try await environment.accounts.setRole(id: account.id, role: role)
            try await environment.audit.append(AuditEvent(action: "account.role_changed", target: account.username, actorAddress: AdminEnvironment.auditAddress, details: ["from": account.role.rawValue, "to": role.rawValue, "source": "warblectl"]))
            print("@\(account.username): \(account.role.rawValue) -> \(role.rawValue)")
            if account.directoryUID != nil {
                print("Note: the directory's groups decide this account's role again at its next sign-in or sync.")
            }
        }
    }
}
