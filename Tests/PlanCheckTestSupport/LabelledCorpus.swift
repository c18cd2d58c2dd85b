import Foundation

/// A folder of real documents with hand labels in the schema of `../shared/corpus/labels.yaml`:
/// the seed corpus beside the repository, and the project's own `corpus/real`.
package struct LabelledCorpus: Sendable {
    /// How reports name it.
    package var name: String
    /// The documents (UTF-8 text files named by the labels' `file`).
    package var folder: URL
    package var labels: URL
    /// The elements labelled, each with the rule that decides it, in the order of the labels.
    package var elementRules: [(concept: String, ruleID: String)]

    package var isAvailable: Bool { FileManager.default.fileExists(atPath: labels.path) }

    /// The ten concepts of the seed labels.
    package static let seedElements: [(concept: String, ruleID: String)] = [
        ("infection_control", "health.infection-control"),
        ("patriotic_health_month", "health.patriotic-health-month"),
        ("patriotic_health_campaign", "health.patriotic-health-campaign"),
        ("four_pests", "health.four-pests"),
        ("two_cancer_screening", "health.two-cancer-screening"),
        ("immunization", "health.immunization"),
        ("emergency_response", "health.emergency-response"),
        ("health_education", "health.health-education"),
        ("chronic_disease", "health.chronic-disease"),
        ("maternal_child", "health.maternal-child"),
    ]

    package static let seeds = LabelledCorpus(name: "../shared/corpus", folder: SharedCorpus.seeds, labels: SharedCorpus.labels,
                                      elementRules: seedElements)

    /// corpus/real: every element of the bundled health pack.
    package static let real = LabelledCorpus(
        name: "corpus/real",
        folder: SharedCorpus.packageRoot.appendingPathComponent("corpus/real"),
        labels: SharedCorpus.packageRoot.appendingPathComponent("corpus/real/labels.yaml"),
        elementRules: seedElements + [
            ("basic_public_health", "health.basic-public-health"),
            ("blood_donation", "health.blood-donation"),
            ("family_doctor", "health.family-doctor"),
            ("food_safety", "health.food-safety"),
            ("health_supervision", "health.health-supervision"),
            ("medical_quality", "health.medical-quality"),
            ("occupational_health", "health.occupational-health"),
            ("tcm", "health.tcm"),
        ]
    )
}
