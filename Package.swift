// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "plancheck",
    platforms: [.macOS(.v13)],
    products: [
        .library(name: "PlanCheckKit", targets: ["PlanCheckKit"]),
        .executable(name: "plancheck", targets: ["plancheck"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
    ],
    targets: [
        .target(
            name: "PlanCheckKit",
            dependencies: [
                // Only for libyaml (its CYaml module): Rules/YAMLDocument.swift builds the nodes itself,
                // in one pass with the safety checks.
                .product(name: "Yams", package: "Yams"),
                // Only for zlib (its CZlib module): Documents/ZipContainer.swift reads archives itself,
                // with caps ZIPFoundation's reader lacks.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Mustache", package: "swift-mustache"),
            ],
            // The default rule packs live once, in rules/ at the top; this plugin compiles them into the library
            // so that a release binary finds them wherever it is run from.
            // On Linux, rule regexes run on Foundation's own ICU directly (Matching/CompiledRegex.swift).
            linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))],
            plugins: [.plugin(name: "EmbedDefaultRules")]
        ),
        .executableTarget(name: "embed-rules", path: "Plugins/EmbedRulesTool"),
        .plugin(
            name: "EmbedDefaultRules",
            capability: .buildTool(),
            dependencies: ["embed-rules"]
        ),
        .executableTarget(
            name: "plancheck",
            dependencies: [
                "PlanCheckKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PlanCheckKitTests",
            dependencies: [
                "PlanCheckKit",
                "plancheck",
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            exclude: ["Reporters/Golden", "Documents/Fixtures"]
        ),
    ]
)
