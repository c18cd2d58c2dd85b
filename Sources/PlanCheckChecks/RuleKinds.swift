import PlanCheckRules

/// Every rule kind plancheck knows: a rule file's `kind:` names one of them. A new kind is one
/// file (its keys, decoding, search patterns and check) and one line here.
package enum RuleKinds {
    package static let all: [any Check.Type] = [
        RequireCheck.self,
        ForbidCheck.self,
        SubstituteCheck.self,
        NumberingCheck.self,
        PeriodCheck.self,
        EmptyValueCheck.self,
        DuplicateCheck.self,
        RangeCheck.self,
        ResidueCheck.self,
        InvisibleCharacterCheck.self,
    ]
}

extension RuleLoader {
    /// A loader that knows every kind.
    /// (Each element is upcast on its own: an implicit array conversion would cast them dynamically.)
    package static let standard = RuleLoader(kinds: RuleKinds.all.map { $0 as any RuleKind.Type })
}
