import Foundation
import PlanCheckCore
import PlanCheckDocuments
import PlanCheckStructure

/// A document read, folded and split into its pieces with their outlines: all that checking it
/// needs and the rules do not. A start that checks one document makes it while the rules load
/// (`prepareAhead`), on the thread that would otherwise wait for them.
struct PreparedDocument: Sendable {
    let document: Document
    let subject: RuleMatcher.Subject
    let outlines: [(piece: Piece, outline: Outline)]

    init(_ document: Document) {
        self.document = document
        subject = RuleMatcher.Subject(folded: TextNormalizer.fold(document.utf16), lines: document.sourceMap)
        outlines = OutlineBuilder.outlines(of: document, folded: subject.folded)
    }

    /// `file` read and prepared: the one `prepareAhead` made of it, or made now.
    static func load(_ file: DiscoveredFile) throws -> PreparedDocument {
        if let ahead = Ahead.shared.take(file) { return try ahead.get() }
        return PreparedDocument(try DocumentLoader.load(file))
    }

    /// Reads and prepares `file` now, for the check of it that follows (which takes it, once).
    /// What reading it threw is thrown there, as if it were read then.
    static func prepareAhead(_ file: DiscoveredFile) {
        Ahead.shared.store(file, Result { PreparedDocument(try DocumentLoader.load(file)) })
    }

    /// The one document prepared ahead, until its check takes it.
    private final class Ahead: @unchecked Sendable {
        static let shared = Ahead()
        private let lock = NSLock()
        private var slot: (file: DiscoveredFile, prepared: Result<PreparedDocument, Error>)?

        func store(_ file: DiscoveredFile, _ prepared: Result<PreparedDocument, Error>) {
            lock.lock()
            defer { lock.unlock() }
            slot = (file, prepared)
        }

        func take(_ file: DiscoveredFile) -> Result<PreparedDocument, Error>? {
            lock.lock()
            defer { lock.unlock() }
            guard let slot, slot.file == file else { return nil }
            self.slot = nil
            return slot.prepared
        }
    }
}

extension Engine {
    /// Reads and prepares `file` (its text, pieces and outlines) on this thread now, while the
    /// rules are still loading, for the engine's check of it; see `PreparedDocument`.
    package static func prepareAhead(_ file: DiscoveredFile) {
        PreparedDocument.prepareAhead(file)
    }
}
