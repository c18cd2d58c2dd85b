import PlanCheckKit
print(DefaultRules.files.count)
