/// `1 rule`, `2 rules`: a count and its noun, plural only when it is not one.
func englishCount(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
}
