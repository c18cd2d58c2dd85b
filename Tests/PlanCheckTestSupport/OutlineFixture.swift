import PlanCheckDocuments
import PlanCheckStructure

/// The outline of a text's first piece, as a document named `t.txt` reads: what the structure
/// tests ask of a title, a kind or an issuer.
package func firstPieceOutline(_ text: String) -> Outline {
    let document = Document(path: "t.txt", text: text)
    return OutlineBuilder.outline(of: document, piece: PieceSplitter.pieces(of: document)[0])
}
