import fs from 'node:fs';
import path from 'node:path';

// One hostile string for the terminal tests of issue 13: every kind of byte that must never reach a
// terminal raw. OSC 0 retitles the window, OSC 52 fills the clipboard (tmux's paste buffer), CSI colours
// and blinks, U+009B is a one-byte CSI, U+202E reverses the text after it, U+200B is invisible.
export const HOSTILE = 'evil\u001B]0;PWNED\u0007\u001B]52;c;Y3VybCBldmlsLnNoIHwgc2g=\u0007\u001B[31;5mred\u009B31m\u202Ereversed\u200Bhidden\u007Fdel\u0007bel';

/** Bytes that must never appear in output: ESC, BEL, the C1 block (as UTF-8 or raw), bidi and zero-width characters. */
export const FORBIDDEN = /[\u001B\u0007\u0080-\u009F\u202A-\u202E\u2066-\u2069\u200B-\u200F\u007F]/;

/** The escaped form the printable function shows for the payload's telling parts. */
export const SHOWN = ['\\x1b]0;PWNED\\x07', '\\x1b[31;5m', '\\u009b31m', '\\u202e', '\\u200b', '\\x7f'];

/** A YAML double-quoted scalar with every character outside printable ASCII written as \uXXXX. */
export function yamlQuoted(text: string): string {
	return `"${text.replaceAll(/[^ -~]|["\\]/g, (character) => (character === '"' || character === '\\' ? `\\${character}` : `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`))}"`;
}

/** Definitions whose environment name, specifier, setup, label and command all hold the hostile string. */
export function hostileDefinitions(secrets = '[TOKEN]', command = `echo ${HOSTILE} <<args>>`): string {
	const name = yamlQuoted(HOSTILE);
	return `
- name: ${name}
  specifiers: {version: ${name}}
  setup: ${yamlQuoted(`echo '${HOSTILE}' > /dev/null`)}
  secrets: ${secrets}
  executables:
    - label: ${name}
      instances:
        - command: ${yamlQuoted(command)}
          num_cores: 1
`;
}

/**
 * Terminal output (a pty's bytes or an Ink frame) with none of the payload's bytes: the program's own
 * styling (SGR, ESC [ digits m) is allowed, but not the payload's own colour and blink, nor any other ESC.
 */
export function withoutPayload(output: string): boolean {
	return !output.includes('\u001B[31;5m') && !FORBIDDEN.test(output.replaceAll(/\u001B\[[\d;]*m/g, ''));
}

/** A stand-in Slurm in `bin`: sbatch takes every job as 42, scontrol reports job 42 with `state`. */
export function fakeSlurm(bin: string, state: string, name = 'x', output = '/tmp/out'): void {
	const script = (program: string, body: string) => fs.writeFileSync(path.join(bin, program), `#!/bin/sh\n${body}\n`, {mode: 0o755});
	script('sbatch', 'cat > /dev/null; echo 42');
	script('scontrol', `cat <<'EOF'\nJobId=42 JobName=${name} JobState=${state} ExitCode=3:0 StdOut=${output}\nEOF`);
	script('sacct', 'exit 1');
	script('scancel', 'exit 0');
}

/**
 * A pseudo-terminal's raw output holds none of the payload's bytes. Ink's own sequences (cursor moves,
 * SGR, modes) are allowed; the payload's OSC, its colour and blink, and every other forbidden byte not.
 */
export function rawWithoutPayload(raw: string): boolean {
	return !raw.includes('\u001B]') && !raw.includes('\u001B[31;5m') && !FORBIDDEN.test(raw.replaceAll('\u001B', ''));
}
