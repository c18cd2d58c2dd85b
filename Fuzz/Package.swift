// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets for plancheck's input stages. A separate package, so the main `swift build` and
// `swift test` never build them; scripts/fuzz.sh builds each one with `-sanitize=fuzzer` and runs it.
let kit: Target.Dependency = .product(name: "PlanCheckFuzzing", package: "plancheck")
let driver: Target.Dependency = "FuzzerDriver"

let package = Package(
    name: "plancheck-fuzz",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "plancheck", path: ".."),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
    ],
    targets: [
        .target(name: "FuzzerDriver"),
        .executableTarget(name: "fuzz-text-decoding", dependencies: [kit, driver]),
        .executableTarget(name: "fuzz-package-reader", dependencies: [kit, driver, .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .executableTarget(name: "fuzz-structure", dependencies: [kit, driver]),
        .executableTarget(name: "fuzz-rule-loader", dependencies: [kit, driver]),
        .executableTarget(name: "fuzz-doc-reader", dependencies: [kit, driver]),
        .executableTarget(name: "fuzz-odt-expansion", dependencies: [kit, driver, .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .executableTarget(name: "fuzz-reports", dependencies: [kit, driver]),
        .executableTarget(name: "fuzz-paths", dependencies: [kit, driver]),
        .executableTarget(name: "fuzz-rule-numbers", dependencies: [kit, driver]),
    ]
)
