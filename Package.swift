// swift-tools-version:6.0
import PackageDescription

// The library is split into targets that are its floors, bottom up: a target imports only the
// ones listed before it (scripts/check-layers.sh fails on an edge back up).
//
//   PlanCheckCore        text folding, automaton, regexes, the finding model, bounded file input
//   PlanCheckDocuments   discovery, containers, one folder per input format, `Document`
//   PlanCheckStructure   pieces, headings, parts, metadata of a document
//   PlanCheckRules       `Rule`, rule files and packs, configuration
//   PlanCheckChecks      one file per rule kind: its keys, its patterns, its check
//   PlanCheckEngine      the pipeline, the matcher, the example runner, baselines, a run's `Session`
//   PlanCheckReporters   one file per output format; reads `Results` only
//   PlanCheckAudit       the audit report: model, renderers, templates
//   plancheck            the command line: declarations and validation
//   PlanCheckServe       the local web page (`plancheck-serve`): Hummingbird, kept out of `plancheck`
//   PlanCheckFuzzing     the fuzz targets' entry points (Fuzz/ is a package of its own)
let core: Target.Dependency = "PlanCheckCore"
let documents: Target.Dependency = "PlanCheckDocuments"
let structure: Target.Dependency = "PlanCheckStructure"
let rules: Target.Dependency = "PlanCheckRules"
let checks: Target.Dependency = "PlanCheckChecks"
let engine: Target.Dependency = "PlanCheckEngine"
let reporters: Target.Dependency = "PlanCheckReporters"
let audit: Target.Dependency = "PlanCheckAudit"

let package = Package(
    name: "plancheck",
    platforms: [.macOS(.v13)],
    products: [
        // The entry points of the fuzz targets (Fuzz/, a package of its own): the library's only
        // public face, since everything else is `package`.
        .library(name: "PlanCheckFuzzing", targets: ["PlanCheckFuzzing"]),
        .executable(name: "plancheck", targets: ["plancheck"]),
        // The web page for authors (issue 15) is a product of its own: the HTTP server's packages
        // take minutes to build, and `swift run plancheck check` must not wait for them.
        .executable(name: "plancheck-serve", targets: ["plancheck-serve"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.28.1"),
        .package(url: "https://github.com/apple/swift-log", from: "1.6.0"),
    ],
    targets: [
        .target(
            name: "PlanCheckCore",
            // On Linux, rule regexes run on Foundation's own ICU directly (Search/CompiledRegex.swift).
            linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]
        ),
        .target(
            name: "PlanCheckDocuments",
            dependencies: [
                core,
                // Only for zlib (its CZlib module): Containers/ZipContainer.swift reads archives itself,
                // with caps ZIPFoundation's reader lacks.
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        .target(name: "PlanCheckStructure", dependencies: [core, documents]),
        .target(
            name: "PlanCheckRules",
            dependencies: [
                core,
                // Only for libyaml (its CYaml module): YAMLDocument.swift builds the nodes itself,
                // in one pass with the safety checks.
                .product(name: "Yams", package: "Yams"),
            ],
            // The default rule packs live once, in rules/ at the top; this plugin compiles them into
            // the module so that a release binary finds them wherever it is run from.
            plugins: [.plugin(name: "EmbedDefaultRules")]
        ),
        .target(name: "PlanCheckChecks", dependencies: [core, documents, structure, rules]),
        .target(name: "PlanCheckEngine", dependencies: [core, documents, structure, rules, checks]),
        .target(name: "PlanCheckReporters", dependencies: [core]),
        .target(
            name: "PlanCheckAudit",
            dependencies: [core, reporters, .product(name: "Mustache", package: "swift-mustache")],
            // The report templates live once, in reports/ at the top, embedded by the same plugin.
            plugins: [.plugin(name: "EmbedDefaultRules")]
        ),
        .target(name: "PlanCheckFuzzing", dependencies: [core, documents, structure, rules, checks, engine, reporters, audit]),
        // Yams here reads the rule files at build time, so that a run does not parse them again.
        .executableTarget(name: "embed-rules", dependencies: [.product(name: "Yams", package: "Yams")], path: "Plugins/EmbedRulesTool"),
        .plugin(
            name: "EmbedDefaultRules",
            capability: .buildTool(),
            dependencies: ["embed-rules"]
        ),
        .executableTarget(
            name: "plancheck",
            dependencies: [
                core, documents, structure, rules, checks, engine, reporters, audit,
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The web page: its routes, its page, the check of one upload. Only `plancheck-serve`
        // and its tests link it, so Hummingbird is built for them alone.
        .target(
            name: "PlanCheckServe",
            dependencies: [
                core, documents, engine, audit,
                .product(name: "Hummingbird", package: "hummingbird"), .product(name: "Logging", package: "swift-log"),
            ]
        ),
        .executableTarget(
            name: "plancheck-serve",
            dependencies: ["PlanCheckServe", .product(name: "ArgumentParser", package: "swift-argument-parser")]
        ),
        // Shared by the test targets: temporary folders, the corpora and their labels, fixtures,
        // golden files, the built executable.
        .target(
            name: "PlanCheckTestSupport",
            dependencies: [
                core, documents, structure, rules, checks, engine, reporters, audit,
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            path: "Tests/PlanCheckTestSupport",
            exclude: ["Golden"]
        ),
        // One test target per library target (and the command line's), each on the floor it tests.
        .testTarget(name: "PlanCheckCoreTests", dependencies: [core, documents, structure, rules, checks, engine, reporters, audit, "PlanCheckTestSupport"]),
        .testTarget(name: "PlanCheckDocumentsTests", dependencies: [core, documents, structure, rules, checks, engine, reporters, audit, "PlanCheckTestSupport", "plancheck"], exclude: ["Fixtures"]),
        .testTarget(name: "PlanCheckStructureTests", dependencies: [core, documents, structure, rules, checks, engine, reporters, audit, "PlanCheckTestSupport"]),
        .testTarget(name: "PlanCheckRulesTests", dependencies: [core, documents, structure, rules, checks, engine, reporters, audit, "PlanCheckTestSupport"]),
        .testTarget(name: "PlanCheckChecksTests", dependencies: [core, documents, structure, rules, checks, engine, reporters, audit, "PlanCheckTestSupport"]),
        .testTarget(name: "PlanCheckEngineTests", dependencies: [core, documents, structure, rules, checks, engine, reporters, audit, "PlanCheckTestSupport", "plancheck"]),
        .testTarget(name: "PlanCheckReportersTests", dependencies: [core, documents, structure, rules, checks, engine, reporters, audit, "PlanCheckTestSupport", "plancheck"]),
        .testTarget(name: "PlanCheckAuditTests", dependencies: [core, documents, structure, rules, checks, engine, reporters, audit, "PlanCheckTestSupport", "plancheck"]),
        .testTarget(name: "PlanCheckServeTests", dependencies: [core, engine, "PlanCheckServe", "PlanCheckTestSupport"]),
        .testTarget(name: "plancheckTests", dependencies: [core, documents, structure, rules, checks, engine, reporters, audit, "PlanCheckTestSupport", "plancheck"]),
    ]
)
