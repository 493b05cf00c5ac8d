// What an environments file holds once read: environments, their executables and instances, and how each
// secret reaches the child. Plain data, no behaviour; the loader (load.ts) builds it, the launcher reads it.

/**
 * How secrets reach the child: one as an environment variable, one as a file whose path is in `variable`,
 * or (kind `template`) a template filled with the secrets it names, as a file whose path is in `variable`;
 * then `secret` is the template's path, for people, and `template` says what it needs.
 */
export type SecretMapping = {secret: string; kind: 'env' | 'file' | 'template'; variable: string; template?: TemplateNeeds};

/** A template (`{{ secrets.NAME }}`): its absolute path and the secret names it holds. */
export type TemplateNeeds = {file: string; names: string[]};

/** hpcflow's num_cores range: start to stop, both included, in steps of `step` (default 1). */
export type CoreRange = {start: number; stop: number; step?: number};

export type Instance = {
	command: string;
	num_cores?: number | CoreRange | null;
	parallel_mode?: string | null;
	/** hpcflow keys we do not use, kept to show. */
	extra: Record<string, unknown>;
};

export type Executable = {label: string; instances: Instance[]; extra: Record<string, unknown>};

export type Environment = {
	name: string;
	/** The definitions file it came from. */
	file: string;
	setup?: string;
	/**
	 * hpcflow's `specifiers` (e.g. `version: "3.11"`): what tells apart environments of one name. Values are
	 * kept as written in the file (`3.10` stays "3.10").
	 */
	specifiers: Record<string, string>;
	/**
	 * The entries of `secrets:` (secrets-tui's own key). An entry that cannot be used (say a secret name that
	 * is not a variable name, without `VAR=`) does not stop the file from loading: it is kept in `problems`
	 * and fails this environment only, when it is run.
	 */
	secrets: SecretMapping[];
	/** Sentences saying what is wrong with this environment's definition; running it fails with them. */
	problems: string[];
	executables: Executable[];
	/** hpcflow keys we do not use (doc, setup_label, ...), kept to show. */
	extra: Record<string, unknown>;
	/** Sentences about keys that look mistyped (`secret:` for `secrets:`), naming file and line. */
	warnings: string[];
};

/** The shell a matflow/hpcflow configuration names, and which configuration that is. */
export type ConfiguredShell = {words: string[]; from: string};

export type EnvironmentsFile = {
	/** The definitions file; for several, the first (`files` has them all). */
	file: string;
	environments: Environment[];
	/** Every definitions file read, in order (one for a single file). */
	files: string[];
	/** Sentences about sources that could not be read (a broken configuration), each naming file and line. */
	warnings?: string[];
	/** The shell of the matflow/hpcflow configuration that fits this machine, if it names one. */
	shell?: ConfiguredShell;
};

export type DefinitionWarning = {environment: string; message: string};
