import ArgumentParser

/// An option's value spelled as its raw string. ArgumentParser's defaults describe each value
/// with a string interpolation, which looks up conformances at run time; as every command line
/// describes every value of every such option several times, that was a tenth of parsing one.
package protocol PlainArgument: ExpressibleByArgument, CaseIterable, RawRepresentable where RawValue == String {}

extension PlainArgument {
    package var defaultValueDescription: String { rawValue }

    package static var allValueStrings: [String] { allCases.map(\.rawValue) }

    /// The values need no description beyond themselves.
    package static var allValueDescriptions: [String: String] { [:] }
}
