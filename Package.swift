// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "warble",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "warble", targets: ["warble"]),
        .executable(name: "warblectl", targets: ["warblectl"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.3"..<"5.0.0"),
        .package(url: "https://github.com/apple/swift-http-types.git", from: "1.8.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.1"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-auth.git", from: "2.5.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird-websocket.git", from: "2.8.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache.git", from: "2.1.1"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.1"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.2"),
    ],
    targets: [
        .target(name: "WarbleCore"),
        .target(
            name: "WarbleConfig",
            dependencies: ["WarbleCore", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "WarbleStore",
            dependencies: [
                "WarbleConfig",
                "WarbleCore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ]
        ),
        .systemLibrary(name: "CLDAP", path: "Sources/CLDAP"),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib"),
        .target(
            name: "WarbleArchive",
            dependencies: ["CZlib", .product(name: "Crypto", package: "swift-crypto")]
        ),
        .target(
            name: "WarblePolicy",
            dependencies: ["WarbleCore", .product(name: "Crypto", package: "swift-crypto"), .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "WarbleDirectory",
            dependencies: [
                "CLDAP",
                "WarbleConfig",
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .target(
            name: "WarbleIdentity",
            dependencies: [
                "WarbleConfig",
                "WarbleCore",
                "WarbleDirectory",
                "WarbleStore",
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .target(
            name: "WarbleCompliance",
            dependencies: [
                "WarbleArchive",
                "WarbleCore",
                "WarblePolicy",
                "WarbleStore",
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .target(
            name: "WarbleServer",
            dependencies: [
                "WarbleCompliance",
                "WarblePolicy",
                "WarbleConfig",
                "WarbleCore",
                "WarbleDirectory",
                "WarbleIdentity",
                "WarbleStore",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdWebSocket", package: "hummingbird-websocket"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "Prometheus", package: "swift-prometheus"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "WarbleCommands",
            dependencies: [
                "WarbleConfig",
                "WarbleCore",
                "WarbleStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "warble",
            dependencies: [
                "WarbleCommands",
                "WarbleConfig",
                "WarbleServer",
                "WarbleStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "warblectl",
            dependencies: [
                "WarbleArchive",
                "WarbleCompliance",
                "WarblePolicy",
                "WarbleCommands",
                "WarbleConfig",
                "WarbleCore",
                "WarbleDirectory",
                "WarbleIdentity",
                "WarbleStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "HummingbirdBcrypt", package: "hummingbird-auth"),
                .product(name: "Yams", package: "Yams"),
            ],
            path: "Admin"
        ),
        .target(
            name: "WarbleTestSupport",
            dependencies: [
                "WarbleConfig",
                "WarbleStore",
                .product(name: "Crypto", package: "swift-crypto"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
            ],
            path: "Tests/WarbleTestSupport"
        ),
        .testTarget(name: "WarbleCoreTests", dependencies: ["WarbleCore"]),
        .testTarget(name: "WarbleConfigTests", dependencies: ["WarbleConfig"]),
        .testTarget(name: "WarbleArchiveTests", dependencies: ["WarbleArchive"]),
        .testTarget(name: "WarblePolicyTests", dependencies: ["WarblePolicy"]),
        .testTarget(
            name: "WarbleComplianceTests",
            dependencies: ["WarbleArchive", "WarbleCompliance", "WarbleTestSupport", .product(name: "Logging", package: "swift-log"), .product(name: "PostgresNIO", package: "postgres-nio")]
        ),
        .testTarget(name: "WarbleStoreTests", dependencies: ["WarbleStore", "WarbleTestSupport"]),
        .testTarget(name: "WarbleDirectoryTests", dependencies: ["WarbleDirectory", "WarbleTestSupport"]),
        .testTarget(
            name: "WarbleIdentityTests",
            dependencies: ["WarbleIdentity", "WarbleTestSupport", .product(name: "HummingbirdBcrypt", package: "hummingbird-auth")]
        ),
        .testTarget(
            name: "WarbleServerTests",
            dependencies: [
                "WarbleServer",
                "WarbleTestSupport",
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
