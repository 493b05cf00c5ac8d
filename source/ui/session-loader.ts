// How the TUI's start loads its ink + React half. Here (tests, unbundled) a plain import; in the build
// this module is replaced by one that runs the bundled session script with a V8 code cache
// (scripts/build.mjs, util/code-cache.ts).
export async function loadSession(): Promise<typeof import('./session.js')> {
	return import('./session.js');
}
