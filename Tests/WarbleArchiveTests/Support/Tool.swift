import Foundation

/// What a command-line tool printed (stdout and stderr together) and its exit status.
struct ToolResult {
    let status: Int32
    let output: String
}

/// Runs one of the tools an auditor has (tar, sha256sum, openssl) and waits for it.
func runTool(_ executable: String, _ arguments: [String], in directory: URL? = nil) throws -> ToolResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: executable)
    process.arguments = arguments
    if let directory { process.currentDirectoryURL = directory }
    let pipe = Pipe()
    process.standardOutput = pipe
    process.standardError = pipe
    try process.run()
    let output = pipe.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ToolResult(status: process.terminationStatus, output: String(decoding: output, as: UTF8.self))
}
