// The run panel under a chatty child: the built program in a real pseudo-terminal opens the panel with
// `r`, launches a child that prints 1,000,000 lines (with a secret injected, so redaction runs), and we
// read the TUI process's peak memory (VmHWM) and how long the lines took to flow through.
import {spawnSync} from 'node:child_process';
import {performance} from 'node:perf_hooks';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import xterm from '@xterm/headless';
import * as pty from '@lydell/node-pty';
import {median, ms} from '../harness.mjs';

const {Terminal} = xterm;
const LINES = 1_000_000;
// The same lines as a million small writes (process.stdout is synchronous on a pipe): many small chunks.
const DRIP = `node -e 'for (let i = 1; i <= ${LINES}; i++) process.stdout.write(i + "\\n")'`;
const RUNS = 3;

export async function run({cli}) {
	const rows = [];
	const idle = [];
	const peaks = [];
	const flows = [];
	const baselines = [];
	const dripPeaks = [];
	const dripFlows = [];
	for (let index = 0; index < RUNS; index++) {
		baselines.push(timeBaseline());
		const result = await measure(cli, `seq 1 ${LINES}`);
		idle.push(result.idleKiB);
		peaks.push(result.peakKiB);
		flows.push(result.flowMs);
		const drip = await measure(cli, DRIP);
		dripPeaks.push(drip.peakKiB);
		dripFlows.push(drip.flowMs);
	}

	const mib = (kib) => `${(kib / 1024).toFixed(1)} MiB`;
	rows.push(
		`| what | median of ${RUNS} |`,
		'|---|---|',
		`| TUI peak memory (VmHWM) on the list, before the panel | ${mib(median(idle))} |`,
		`| TUI peak memory (VmHWM) after the child printed ${LINES.toLocaleString('en')} lines | ${mib(median(peaks))} |`,
		`| time from Enter to the exit status on screen, ${LINES.toLocaleString('en')} lines | ${ms(median(flows))} |`,
		`| baseline: \`bash -c 'seq 1 ${LINES}' | cat > /dev/null\` | ${ms(median(baselines))} |`,
		`| TUI peak memory after a node child wrote ${LINES.toLocaleString('en')} lines with one write each | ${mib(median(dripPeaks))} |`,
		`| time from Enter to the exit status on screen, that child | ${ms(median(dripFlows))} |`,
	);
	return [
		'## Run panel: a child printing 1,000,000 lines',
		'',
		`The built program in a pseudo-terminal (100×30): \`r\`, Enter four times, the child runs \`seq 1 ${LINES}\` (or \`${DRIP}\`) with one secret injected (so every byte goes through redaction). The panel keeps the last 5,000 lines and renders at most every 40 ms. Peak memory is the TUI process's VmHWM; the list before the panel is the baseline.`,
		'',
		...rows,
	].join('\n');
}

function timeBaseline() {
	const start = process.hrtime.bigint();
	spawnSync('bash', ['-c', `seq 1 ${LINES} | cat > /dev/null`], {stdio: 'ignore'});
	return Number(process.hrtime.bigint() - start) / 1e6;
}

async function measure(cli, command) {
	const home = fs.mkdtempSync(path.join(os.tmpdir(), 'secrets-tui-bench-panel-'));
	try {
		fs.chmodSync(home, 0o700);
		const now = new Date().toISOString();
		fs.writeFileSync(path.join(home, 'secrets.json'), JSON.stringify({version: 1, secrets: {BENCH_TOKEN: {value: 'bench-token-value-123', created: now, updated: now}}}), {mode: 0o600});
		fs.writeFileSync(
			path.join(home, 'environments.yaml'),
			`- name: chatty\n  secrets: [BENCH_TOKEN]\n  executables:\n    - label: count\n      instances:\n        - command: ${JSON.stringify(command)}\n`,
		);
		const env = {...process.env, SECRETS_TUI_HOME: home, TERM: 'xterm-256color', NO_COLOR: '1'};
		delete env.CI;
		delete env.SECRETS_TUI_ENVS;
		const term = new Terminal({cols: 100, rows: 30, allowProposedApi: true});
		const child = pty.spawn(process.execPath, [cli], {name: 'xterm-256color', cols: 100, rows: 30, cwd: home, env});
		let pending = Promise.resolve();
		child.onData((data) => {
			pending = pending.then(() => new Promise((resolve) => term.write(data, resolve)));
		});
		const screen = async () => {
			await pending;
			const buffer = term.buffer.active;
			const lines = [];
			for (let row = 0; row < term.rows; row++) {
				lines.push(buffer.getLine(buffer.viewportY + row)?.translateToString(true) ?? '');
			}

			return lines.join('\n');
		};

		const waitFor = async (text, timeoutMs = 120_000) => {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const current = await screen();
				if (current.includes(text)) {
					return current;
				}

				if (Date.now() > deadline) {
					throw new Error(`bench panel: timed out waiting for ${text}:\n${current}`);
				}

				await new Promise((resolve) => setTimeout(resolve, 10));
			}
		};

		const press = async (key) => {
			child.write(key);
			await new Promise((resolve) => setTimeout(resolve, 60));
		};

		try {
			await waitFor('BENCH_TOKEN', 20_000);
			const idleKiB = vmHwm(child.pid);
			await press('r');
			await waitFor('Step 1/4');
			// The list's key handler lingers until React's passive effects run (see test/e2e/tui/run-panel.test.ts).
			await new Promise((resolve) => setTimeout(resolve, 150));
			await press('\r');
			await press('\r');
			await press('\r');
			await waitFor('Step 4/4');
			const started = performance.now();
			child.write('\r');
			const final = await waitFor('exited with code');
			const flowMs = performance.now() - started;
			if (!final.includes(`${LINES.toLocaleString('en')} lines`)) {
				throw new Error(`bench panel: the panel did not count ${LINES} lines:\n${final}`);
			}

			return {idleKiB, peakKiB: vmHwm(child.pid), flowMs};
		} finally {
			child.kill('SIGKILL');
		}
	} finally {
		fs.rmSync(home, {recursive: true, force: true});
	}
}

function vmHwm(pid) {
	const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
	const match = /^VmHWM:\s+(\d+) kB/m.exec(status);
	if (!match) {
		throw new Error(`bench panel: no VmHWM for ${pid}`);
	}

	return Number(match[1]);
}
