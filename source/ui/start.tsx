// Opens the terminal UI. Until it exists, says how to use the subcommands.
export async function startTui(_argv: string[]): Promise<number> {
	process.stderr.write('The terminal UI is not built yet; see secrets-tui --help for the subcommands.\n');
	return 2;
}
