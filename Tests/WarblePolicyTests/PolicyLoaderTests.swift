import Foundation
import Testing
import WarblePolicy

@Suite("Loading a policy directory")
struct PolicyLoaderTests {
    @Test("problems from both files are reported together, each with its file")
    func everyFile() throws {
        // setup
        let directory = try PolicyFixtures.directory(with: [
            "retention.yaml": "version: 1\nrules:\n  - name: a\n    scope: exports\n    keep: soon\n    action: purge\n",
            "dlp.yaml": "version: 1\nrules:\n  - name: b\n    pattern: 'x'\n    scope: all\n    action: block\n    colour: red\n",
        ])
        defer { PolicyFixtures.remove(directory) }

        // act
        let error = #expect(throws: PolicyError.self) { try PolicyLoader.load(directory: directory) }

        // validate
        let problems = try #require(error?.problems)
        #expect(problems.map(\.file) == ["\(directory)/retention.yaml", "\(directory)/dlp.yaml", "\(directory)/dlp.yaml"])
        #expect(problems.map(\.field) == ["rules[0].keep", "rules[0].message", "rules[0].colour"])
        #expect(problems.map(\.line) == [5, 3, 7])
    }

    @Test("both files are required")
    func missingFile() throws {
        // setup
        let directory = try PolicyFixtures.directory(with: ["retention.yaml": try PolicyFixtures.shipped("retention.yaml")])
        defer { PolicyFixtures.remove(directory) }

        // act
        let error = #expect(throws: PolicyError.self) { try PolicyLoader.load(directory: directory) }

        // validate
        let problem = try #require(error?.problems.first)
        #expect(error?.problems.count == 1)
        #expect(problem.file == "\(directory)/dlp.yaml")
        #expect(problem.line == nil)
        #expect(problem.description == "\(directory)/dlp.yaml: missing or unreadable; start from the file Warble ships in Policies/")
    }

    @Test("a directory that does not exist is one problem, not two")
    func missingDirectory() throws {
        // act
        let error = #expect(throws: PolicyError.self) { try PolicyLoader.load(directory: "/nonexistent/Policies") }

        // validate
        #expect(error?.problems.count == 1)
        #expect(error?.problems.first?.message.contains("not a directory") == true)
    }

    @Test("the digest is stable for the same files, wherever they are, and changes with any byte")
    func digest() throws {
        // setup
        let retention = try PolicyFixtures.shipped("retention.yaml")
        let dlp = try PolicyFixtures.shipped("dlp.yaml")
        let copy = try PolicyFixtures.directory(with: ["retention.yaml": retention, "dlp.yaml": dlp, "README.md": "not read"])
        defer { PolicyFixtures.remove(copy) }
        let shipped = try PolicyLoader.load(directory: PolicyFixtures.shippedDirectory).digest

        // act
        let same = try PolicyLoader.load(directory: copy).digest
        try (dlp + "# reviewed\n").write(toFile: "\(copy)/dlp.yaml", atomically: true, encoding: .utf8)
        let changed = try PolicyLoader.load(directory: copy).digest
        try dlp.write(toFile: "\(copy)/dlp.yaml", atomically: true, encoding: .utf8)
        let restored = try PolicyLoader.load(directory: copy).digest

        // validate
        #expect(same == shipped)
        #expect(changed != shipped)
        #expect(restored == shipped)
        #expect(shipped == PolicySet.digest(of: ["retention.yaml": Data(retention.utf8), "dlp.yaml": Data(dlp.utf8)]))
        #expect(shipped.allSatisfy { $0.isHexDigit && !$0.isUppercase } && shipped.count == 64)
    }

    @Test("the digest binds each byte to its file")
    func digestBindsNames() {
        // act
        let one = PolicySet.digest(of: ["a.yaml": Data("xy".utf8), "b.yaml": Data()])
        let moved = PolicySet.digest(of: ["a.yaml": Data("x".utf8), "b.yaml": Data("y".utf8)])
        let renamed = PolicySet.digest(of: ["a.yaml": Data(), "b.yaml": Data("xy".utf8)])

        // validate
        #expect(Set([one, moved, renamed]).count == 3)
        #expect(PolicySet.digest(of: [:]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
    }
}
