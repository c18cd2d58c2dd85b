/// Facts about the tool itself.
public enum PlanCheck {
    public static let name = "plancheck"
    public static let version = "0.1.0"
}
