import Foundation

/// Changes to the run's demo directory for tests that need a person of their own (to remove them,
/// disable them, move them between groups) without disturbing tests that share the directory.
/// Uses OpenLDAP's own command-line tools as the directory's administrator.
public enum TestDirectory {
    /// A new person with a unique uid and the demo password; returns their uid.
    public static func addPerson(prefix: String = "temp", groups: [String] = []) throws -> String {
        let uid = "\(prefix)-\(UUID().uuidString.prefix(8).lowercased())"
        try ldif("ldapadd", """
            dn: \(dn(uid))
            objectClass: inetOrgPerson
            uid: \(uid)
            cn: Temporary \(uid)
            sn: \(uid)
            title: Contractor
            ou: Temporary
            userPassword: \(TestServices.demoPassword)
            """)
        for group in groups { try addMember(uid, to: group) }
        return uid
    }

    public static func addMember(_ uid: String, to group: String) throws {
        try ldif("ldapmodify", "dn: cn=\(group),ou=groups,\(TestServices.ldapSuffix)\nchangetype: modify\nadd: member\nmember: \(dn(uid))\n")
    }

    public static func removeMember(_ uid: String, from group: String) throws {
        try ldif("ldapmodify", "dn: cn=\(group),ou=groups,\(TestServices.ldapSuffix)\nchangetype: modify\ndelete: member\nmember: \(dn(uid))\n")
    }

    public static func setTitle(_ uid: String, _ title: String) throws {
        try ldif("ldapmodify", "dn: \(dn(uid))\nchangetype: modify\nreplace: title\ntitle: \(title)\n")
    }

    public static func setEmployeeType(_ uid: String, _ type: String) throws {
        try ldif("ldapmodify", "dn: \(dn(uid))\nchangetype: modify\nreplace: employeeType\nemployeeType: \(type)\n")
    }

    public static func remove(_ uid: String) throws {
        try run("ldapdelete", input: "", arguments: [dn(uid)])
    }

    public static func dn(_ uid: String) -> String { "uid=\(uid),ou=people,\(TestServices.ldapSuffix)" }

    private static func ldif(_ tool: String, _ text: String) throws {
        try run(tool, input: text, arguments: [])
    }

    private static func run(_ tool: String, input: String, arguments: [String]) throws {
        let url = try TestServices.variable("WARBLE_TEST_LDAP_URL")
        let password = try TestServices.variable("WARBLE_TEST_LDAP_ADMIN_PASSWORD")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/\(tool)")
        process.arguments = ["-x", "-H", url, "-D", "cn=admin,\(TestServices.ldapSuffix)", "-w", password] + arguments
        let stdin = Pipe()
        let stderr = Pipe()
        process.standardInput = stdin
        process.standardError = stderr
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            let message = String(decoding: stderr.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            throw MissingTestService(message: "\(tool) failed: \(message)")
        }
    }
}
