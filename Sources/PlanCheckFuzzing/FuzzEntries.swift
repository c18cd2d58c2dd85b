import Foundation
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckStructure
import PlanCheckRules
import PlanCheckChecks
import PlanCheckEngine

/// The entry points of the libFuzzer targets in `Fuzz/`, a package of its own (so that the main
/// build never compiles with the fuzzer's sanitizer). The library's access is `package`, which
/// another package cannot see: these few functions are its only `public` face. Each takes any
/// bytes and traps (a finding for the fuzzer) only when an invariant breaks or an input stage
/// throws something other than its own error type.
public enum FuzzEntries {
    /// Any bytes as a text file: decoded, the result must be a document the later stages can index.
    public static func textDecoding(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let (text, _) = try? TextDecoding.decode(Data(buffer: bytes), path: "fuzz.txt") else { return }
        let document = Document(path: "fuzz.txt", text: text)
        precondition(document.utf16.count == text.utf16.count)
        precondition(!text.utf8.contains(0x0D), "line breaks not normalised")
    }

    /// A package's bytes read as a .docx and as an .odt.
    public static func packageReader(_ data: Data, asDocx: Bool) {
        do {
            let extracted = try asDocx ? DocxReader.read(data, path: "fuzz.docx") : OdtReader.read(data, path: "fuzz.odt")
            let document = Document(path: "fuzz", format: asDocx ? .docx : .odt, encoding: asDocx ? "docx" : "odt",
                                    text: extracted.text, styledHeadingLevels: extracted.headingLevels)
            precondition(extracted.headingLevels.keys.allSatisfy { $0 >= 1 && $0 <= document.sourceMap.lineStarts.count })
        } catch is InputFileError {
        } catch is DocumentTooLargeError {
        } catch {
            preconditionFailure("reader threw something other than InputFileError or DocumentTooLargeError: \(error)")
        }
    }

    /// Any bytes as a Word 97–2003 file and as a web page saved as a document.
    public static func docReader(_ bytes: UnsafeBufferPointer<UInt8>) {
        let input = Array(bytes)
        read { try DocReader.read(input, path: "fuzz.doc") }
        read { try WebPageReader.read(input, path: "fuzz.mht") }
    }

    private static func read(_ reader: () throws -> ExtractedParagraphs) {
        do {
            let extracted = try reader()
            precondition(extracted.paragraphs.allSatisfy { !$0.contains("\n") })
        } catch is InputFileError {
        } catch is DocumentTooLargeError {
        } catch {
            preconditionFailure("reader threw something other than InputFileError or DocumentTooLargeError: \(error)")
        }
    }

    /// Any bytes as a recipe for an .odt's content.xml made of the elements that stand for
    /// repeated content (`text:s text:c`, repeated table columns, rows and cells, list start
    /// values, long list prefixes), wrapped into a package by `package` (the fuzz target zips it
    /// with ZIPFoundation, which the library does not depend on). Reading succeeds within the
    /// text budget or throws one of the readers' own errors.
    public static func odtExpansion(_ bytes: UnsafeBufferPointer<UInt8>, package: (_ contentXML: Data) -> Data) {
        let xml = OdtExpansionRecipe(bytes).contentXML
        do {
            let extracted = try OdtReader.read(package(Data(xml.utf8)), path: "fuzz.odt")
            let size = extracted.paragraphs.reduce(0) { $0 + $1.utf8.count + 1 }
            precondition(size <= ReadingBudget.maximumTextSize, "text past the budget: \(size) bytes")
            // A capped space run is the most any element gives per byte of its XML: a hundred
            // spaces for the 23 bytes of <text:s text:c="1000"/>, under 6 a byte with 16 to spare.
            precondition(size <= xml.utf8.count * OdtReader.maximumSpaceRun / 16, "text \(size) from \(xml.utf8.count) bytes of XML")
            precondition(extracted.paragraphs.allSatisfy { !$0.contains("\n") })
        } catch is InputFileError {
        } catch is DocumentTooLargeError {
        } catch {
            preconditionFailure("reader threw something other than InputFileError or DocumentTooLargeError: \(error)")
        }
    }

    /// Any text through the structure stage: pieces of a compilation, each piece's outline and headings,
    /// and the numbering check's readers of unmarked and mixed numbers.
    public static func structure(_ bytes: UnsafeBufferPointer<UInt8>) {
        let document = Document(path: "fuzz.txt", text: String(decoding: bytes, as: UTF8.self))
        let pieces = PieceSplitter.pieces(of: document)
        precondition(!pieces.isEmpty)
        for piece in pieces {
            precondition(piece.range.lowerBound >= 0 && piece.range.upperBound <= document.utf16.count)
            _ = OutlineBuilder.outline(of: document, piece: piece)
            let headings = HeadingParser.headings(in: document, range: piece.range)
            // The numbering check's readers of numbers written without their marks.
            _ = UnmarkedRun.find(in: document, range: piece.range)
            _ = UnmarkedItem.find(in: document, range: piece.range)
            _ = UnmarkedLetterItem.find(in: document, range: piece.range)
            _ = MixedMarker.find(in: document, range: piece.range, headings: headings)
        }
    }

    /// Numbers in rules and documents: the input's first line gives a range rule's `min` and
    /// `max` and a period rule's `until` and `tolerance` (words split on spaces, any text: `1e19`,
    /// `-0`, `9223372036854775808`), the rest is a plan full of rates and years. A rule either
    /// loads or is a `RuleLoadError`; a rule that loads checks the plan without trapping.
    public static func ruleNumbers(_ bytes: UnsafeBufferPointer<UInt8>) {
        let text = String(decoding: bytes, as: UTF8.self)
        let (head, body) = text.firstIndex(of: "\n").map { (String(text[..<$0]), String(text[text.index(after: $0)...])) } ?? (text, "")
        var words = head.split(separator: " ", omittingEmptySubsequences: true).map { "'" + $0.replacingOccurrences(of: "'", with: "''") + "'" }
        while words.count < 4 { words.append("100") }
        let sources = [
            "id: fuzz.range\nkind: range\nmin: \(words[0])\nmax: \(words[1])\npatterns: [{regex: '率[^，。]{0,6}?[0-9]+(?:\\.[0-9]+)?%'}]\nmessage: '{match} {expected}'\n",
            "id: fuzz.period\nkind: period\ntolerance: \(words[3])\nterms:\n  - {term: 十三五, from: 2016, until: \(words[2])}\nmessage: '{match} {expected} {period}'\n",
        ]
        let document = Document(path: "fuzz.txt", text: "某县卫生健康局2024年工作计划\n一、工作目标\n" + body + "\n覆盖率达到\(body.filter(\.isNumber))%。十三五期间\n")
        for source in sources {
            do {
                let rule = try RuleLoader.standard.rule(fromYAML: source, file: "fuzz.yml")
                _ = try Engine(rules: [rule]).check(document)
            } catch is RuleLoadError {
            } catch {
                preconditionFailure("a numeric rule threw something other than RuleLoadError: \(error)")
            }
        }
    }

    /// Any UTF-8 text as a rule file (and an engine over the rule) and as a configuration file.
    public static func ruleLoader(_ bytes: UnsafeBufferPointer<UInt8>) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        do {
            let rule = try RuleLoader.standard.rule(fromYAML: text, file: "fuzz.yml")
            _ = try Engine(rules: [rule])
        } catch is RuleLoadError {
        } catch {
            // A regex that ICU refuses after the loader accepted it is a loader bug.
            preconditionFailure("rule loading threw something other than RuleLoadError: \(error)")
        }
        do {
            _ = try ConfigurationLoader.parse(text, file: ".plancheck.yml")
        } catch is RuleLoadError {
        } catch {
            preconditionFailure("configuration parsing threw something other than RuleLoadError: \(error)")
        }
    }
}
