// Builds dist/ once before any test runs: the CLI and end-to-end tests drive the built program.
import {buildCli} from '../../scripts/build.mjs';

export default async function setup() {
	await buildCli();
}
