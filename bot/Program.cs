// The bot is its own issue; until then this entry point only proves the shared library links.
using Policy.Knowledge.Content;

Console.WriteLine($"bot: not yet available. Content root: {ContentPaths.FindContentRoot()}");
return 0;
