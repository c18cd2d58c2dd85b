/// Facts about the tool itself.
package enum PlanCheck {
    package static let name = "plancheck"
    package static let version = "0.1.0"
}
