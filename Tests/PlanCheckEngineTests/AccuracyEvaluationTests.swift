import Testing
import PlanCheckTestSupport

/// The evaluation's arithmetic on hand-made cases, independent of the corpus.
@Suite struct AccuracyEvaluationTests {
    @Test func precisionAndRecallOfMet() {
        var score = AccuracyEvaluation.ElementScore()
        // 3 met and labelled met, 1 met but labelled not met, 2 labelled met but missed, 4 agreed not met.
        for _ in 0..<3 { score.add(expected: true, actual: true) }
        score.add(expected: false, actual: true)
        for _ in 0..<2 { score.add(expected: true, actual: false) }
        for _ in 0..<4 { score.add(expected: false, actual: false) }
        #expect(score == AccuracyEvaluation.ElementScore(truePositives: 3, falsePositives: 1, falseNegatives: 2, trueNegatives: 4))
        #expect(score.precision == 0.75)
        #expect(score.recall == 0.6)
    }

    @Test func undefinedRatiosAreNil() {
        var score = AccuracyEvaluation.ElementScore()
        score.add(expected: false, actual: false)
        #expect(score.precision == nil)
        #expect(score.recall == nil)
    }

    @Test func occurrencesFoundByOverlapAndFalseAlarms() {
        // Three labelled occurrences; the second has two alternative quotes (a numbering problem).
        let labelled: [[Range<Int>]] = [[0..<4], [10..<12, 20..<24], [30..<33]]
        // One finding inside the first, one on the second's second quote, one touching nothing.
        let findings: [Range<Int>] = [1..<2, 22..<30, 40..<41]
        let score = AccuracyEvaluation.OccurrenceScore.score(labelled: labelled, findings: findings)
        #expect(score == AccuracyEvaluation.OccurrenceScore(labelled: 3, found: 2, findings: 3, falseAlarms: 1))
        #expect(score.missed == 1)
    }

    @Test func aQuoteNotInTheTextIsMissed() {
        let score = AccuracyEvaluation.OccurrenceScore.score(labelled: [[]], findings: [0..<3])
        #expect(score == AccuracyEvaluation.OccurrenceScore(labelled: 1, found: 0, findings: 1, falseAlarms: 1))
    }

    @Test func perDocumentLabelsAddUp() {
        let total = AccuracyEvaluation.OccurrenceScore.score(labelled: true, flagged: true)
            + .score(labelled: true, flagged: false)
            + .score(labelled: false, flagged: true)
            + .score(labelled: false, flagged: false)
        #expect(total == AccuracyEvaluation.OccurrenceScore(labelled: 2, found: 1, findings: 2, falseAlarms: 1))
    }

    @Test func occurrencesAndMerging() {
        let text = Array("xx镇和x家，docx_页".utf16)
        let all = 0..<text.count
        let lowercase = { (start: Int) in start > 0 && (0x61...0x7A).contains(text[start - 1]) }
        let x = AccuracyEvaluation.occurrences(of: "x", in: text, within: all, skip: lowercase)
        #expect(x == [0..<1, 4..<5])
        let town = AccuracyEvaluation.occurrences(of: "xx镇", in: text, within: all)
        #expect(AccuracyEvaluation.merged(x + town) == [0..<3, 4..<5])
        #expect(AccuracyEvaluation.occurrences(of: "镇", in: text, within: 3..<text.count).isEmpty)
    }
}
