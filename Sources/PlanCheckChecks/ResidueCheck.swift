import PlanCheckCore
import PlanCheckStructure
import PlanCheckRules

/// `residue`: the lines a website put around the document, as Structure reads them
/// (`SiteResidue`: uploader lines, breadcrumbs, metadata blocks, buttons, counters, the footer's
/// opening line — by their words and by their shape). One finding a line; `{match}` is the line,
/// cut short. Inside the document's own lines, a page counter or a date stamp (`InlineSiteStamp`)
/// is one finding of its own words.
package struct ResidueCheck: Check {
    package static let name = "residue"
    package static let keys: [String] = []
    /// Characters of a residue line quoted in the message.
    static let quotedLength = 24

    package init() {}

    package init(decoding fields: YAMLFields) throws {}

    package func run(_ rule: Rule, matches: [PatternMatch], in context: CheckContext) -> CheckOutcome {
        let scopes = context.ranges(for: rule.scope)
        var findings = context.findingList()
        for line in context.outline.residueLines where scopes.contains(where: { $0.contains(line.lowerBound) }) {
            findings.append({
                // Cut on the units first: a residue line can be a whole page of text.
                let cut = line.count > 2 * Self.quotedLength ? line.lowerBound..<line.lowerBound + 2 * Self.quotedLength : line
                let text = context.document.text(in: cut)
                let quoted = text.count > Self.quotedLength || cut != line ? String(text.prefix(Self.quotedLength)) + "…" : text
                return context.finding(rule: rule, range: line, message: rule.messageTemplate.filled(match: quoted, year: context.outline.year))
            }())
        }
        // A page copied into one paragraph keeps a viewer's page counter or a portal's date
        // stamp inside a line of the text: those words alone are residue.
        let residueLines = context.outline.residueLines
        for scope in scopes {
            for stamp in InlineSiteStamp.stamps(in: context.folded, range: scope)
            where !residueLines.contains(where: { $0.contains(stamp.lowerBound) }) {
                findings.append(context.finding(rule: rule, range: stamp,
                                                message: rule.messageTemplate.filled(match: context.document.text(in: stamp), year: context.outline.year)))
            }
        }
        return CheckOutcome(findings)
    }
}
