import ArgumentParser
import PlanCheckRules

/// A misspelt command (`plancheck chek`, `plancheck rules lst`) named as such, with the command
/// it is nearest to; the argument parser would call it an unexpected argument instead.
enum UnknownCommand {
    /// The error for the first word of `arguments` that should name a subcommand and names
    /// none, or nil when every such word names one (the parser takes it from there).
    static func error(in arguments: [String], root: ParsableCommand.Type = PlanCheckCommand.self) -> String? {
        var command = root
        var path = [root.configuration.commandName ?? "plancheck"]
        for argument in arguments {
            let subcommands = command.configuration.subcommands
            // Options, and the arguments of a command without subcommands, are the parser's.
            guard !subcommands.isEmpty, !argument.hasPrefix("-"), argument != "help" else { return nil }
            let names = subcommands.map { $0.configuration.commandName ?? $0._commandName }
            guard let index = names.firstIndex(of: argument) else {
                let suggestion = YAMLFields.closest(to: argument, in: names).map { " (did you mean '\($0)'?)" } ?? ""
                return "unknown command '\(argument)'\(suggestion); the commands of '\(path.joined(separator: " "))' are \(names.joined(separator: ", "))"
            }
            command = subcommands[index]
            path.append(argument)
        }
        return nil
    }
}
