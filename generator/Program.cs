using System.CommandLine;
using Policy.Generator.Commands;

var root = new RootCommand("Builds the bilingual policy site from content/ and templates/.");
root.Subcommands.Add(BuildCommand.Create());
root.Subcommands.Add(CheckCommand.Create());
root.Subcommands.Add(ServeCommand.Create());
root.Subcommands.Add(TranslationCommand.Create());
root.Subcommands.Add(ImportCommand.Create());
root.Subcommands.Add(SearchCommand.Create());
root.Subcommands.Add(UnitsCommand.Create());
root.Subcommands.Add(TranslateCommand.Create());
return await root.Parse(args).InvokeAsync();
