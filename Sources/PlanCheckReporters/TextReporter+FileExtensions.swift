// Kept beside TextReporter.swift rather than in it: the text layout is worked on separately, and
// which files hold text is a question of choosing the format, not of drawing it.
extension TextReporter {
    package static var fileExtensions: [String] { ["txt", "log"] }
}
