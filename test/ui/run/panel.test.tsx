// The run panel in ink-testing-library: real temp stores, real definitions files, real child processes.
import {afterEach, describe, expect, it} from 'vitest';
import {KEY, delay, makeStore, renderPanel, writeDefinitions} from './panel-helpers.js';
import {MAX_LINES} from '../../../source/ui/shared/output-buffer.js';

const TOKEN = 'tok-3f9a1c77e2b4';
const unmount: Array<() => void> = [];
afterEach(() => {
	for (const done of unmount.splice(0)) {
		done();
	}
});

async function open(secrets: Record<string, string>, yaml: string | undefined, size?: {width: number; height: number}) {
	const store = await makeStore(secrets);
	const panel = renderPanel(store, yaml === undefined ? undefined : writeDefinitions(yaml), size);
	unmount.push(() => panel.unmount());
	return {...panel, storeDir: store.dir};
}

const ENVIRONMENTS = `
- name: demo
  secrets: [API_TOKEN]
  executables:
    - label: show
      instances:
        - command: 'printf "token=%s\\n" "$API_TOKEN"; printf "args:"; printf " [%s]" <<args>>; echo; echo err >&2'
          num_cores: 1
          parallel_mode: null
    - label: greet
      instances:
        - command: echo hello <<who>>
          num_cores: 1
- name: second
  secrets: [MISSING_ONE, API_TOKEN]
  executables:
    - label: env
      instances:
        - command: 'echo "password=$OTHER"'
`;

describe('run panel', () => {
	it('runs the first environment’s first executable with its declared secrets on Enter alone, redacted', async () => {
		const panel = await open({API_TOKEN: TOKEN, OTHER: 'other-value-123'}, ENVIRONMENTS);
		let frame = await panel.waitFor('Step 1/4');
		expect(frame).toContain('demo');
		expect(frame).toMatch(/second.*1 missing/);
		await panel.press(KEY.enter);
		frame = await panel.waitFor('Step 2/4');
		expect(frame).toContain('show');
		await panel.press(KEY.enter);
		frame = await panel.waitFor('Step 3/4');
		expect(frame).toMatch(/\[x\] API_TOKEN/);
		expect(frame).toMatch(/\[ \] OTHER/);
		await panel.press(KEY.enter);
		await panel.waitFor('Step 4/4');
		await panel.press(KEY.enter);
		frame = await panel.waitFor('exited with code 0');
		expect(frame).toContain('token=[secret:API_TOKEN]');
		expect(frame).toContain('args:');
		expect(frame).toContain('err');
		expect(frame).toMatch(/3 lines/);
		for (const seen of panel.frames) {
			expect(seen).not.toContain(TOKEN);
		}
	});

	it('launches exactly once when the four Enters come faster than the screen redraws', async () => {
		const panel = await open({API_TOKEN: TOKEN}, ENVIRONMENTS);
		await panel.waitFor('Step 1/4');
		panel.stdin.write('\r');
		panel.stdin.write('\r');
		panel.stdin.write('\r');
		panel.stdin.write('\r');
		const frame = await panel.waitFor('exited with code 0');
		expect(frame).toContain('token=[secret:API_TOKEN]');
		expect(frame).toMatch(/· 3 lines/);
	});

	it('takes Enters that arrive in one read as that many Enters', async () => {
		const panel = await open({API_TOKEN: TOKEN}, ENVIRONMENTS);
		await panel.waitFor('Step 1/4');
		panel.stdin.write('\r\r\r\r');
		const frame = await panel.waitFor('exited with code 0');
		expect(frame).toContain('token=[secret:API_TOKEN]');
	});

	it('passes typed arguments as words and asks for placeholders', async () => {
		const panel = await open({API_TOKEN: TOKEN}, ENVIRONMENTS);
		await panel.waitFor('Step 1/4');
		await panel.press(KEY.enter, KEY.enter, KEY.enter);
		await panel.waitFor('Step 4/4');
		await panel.type(`one "two words" '$HOME'`);
		await panel.press(KEY.enter);
		const frame = await panel.waitFor('exited with code 0');
		expect(frame).toContain('args: [one] [two words] [$HOME]');
		// Esc goes back to the arguments; then to the executables, where another one asks for <<who>>.
		await panel.press(KEY.escape);
		await panel.waitFor('Step 4/4');
		await panel.press(KEY.escape, KEY.escape);
		await panel.waitFor('Step 2/4');
		await panel.press(KEY.down, KEY.enter, KEY.enter);
		await panel.waitFor('<<who>>');
		// An empty placeholder is refused before anything starts.
		await panel.press(KEY.enter, KEY.enter);
		await panel.waitFor(/needs a value for <<who>>/);
		// Back to the arguments, the focus still on <<who>> (Tab would go on to the shell field).
		await panel.press(KEY.escape);
		await panel.waitFor('Step 4/4');
		await panel.type('world');
		await panel.press(KEY.enter);
		expect(await panel.waitFor('exited with code 0')).toContain('hello world');
	});

	it('adds another stored secret under its own name, and names every missing one without launching', async () => {
		const panel = await open({API_TOKEN: TOKEN, OTHER: 'other-value-123'}, ENVIRONMENTS);
		await panel.waitFor('Step 1/4');
		await panel.press(KEY.down, KEY.enter, KEY.enter);
		let frame = await panel.waitFor('Step 3/4');
		expect(frame).toMatch(/MISSING_ONE \(declared\) \(missing from the store\)/);
		await panel.press(KEY.enter, KEY.enter);
		frame = await panel.waitFor('not started');
		expect(frame).toContain('MISSING_ONE');
		// Untick the missing one, tick OTHER: it arrives as $OTHER, redacted.
		await panel.press(KEY.escape, KEY.escape);
		await panel.waitFor('Step 3/4');
		await panel.press(' ', KEY.down, KEY.down, ' ', KEY.enter, KEY.enter);
		frame = await panel.waitFor('exited with code 0');
		expect(frame).toContain('password=[secret:OTHER]');
		expect(panel.frames.join('\n')).not.toContain('other-value-123');
	});

	it('shows the variable each secret becomes where it is not its own name (db-password → $db_password)', async () => {
		const panel = await open({API_TOKEN: TOKEN, 'db-password': 'hunter2-but-longer'}, `
- name: db
  secrets: [db-password, {secret: API_TOKEN, env: TOKEN}]
  executables:
    - label: check
      instances:
        - command: 'echo "same=$([ "$db_password" = hunter2-but-longer ] && echo yes)"'
`);
		let frame = await panel.waitFor('Step 1/4');
		expect(frame).toContain('secrets: db-password → $db_password, API_TOKEN → $TOKEN');
		await panel.press(KEY.enter, KEY.enter);
		frame = await panel.waitFor('Step 3/4');
		expect(frame).toMatch(/\[x\] db-password → \$db_password \(declared\)/);
		await panel.press(KEY.enter, KEY.enter);
		frame = await panel.waitFor('exited with code 0');
		expect(frame).toContain('same=yes');
	});

	it('stops a running child with Ctrl+C and stays open; R runs it again', async () => {
		const yaml = `
- name: slow
  executables:
    - label: loop
      instances:
        - command: 'echo started; exec sleep 30'
`;
		const panel = await open({}, yaml);
		await panel.waitFor('Step 1/4');
		await panel.press(KEY.enter, KEY.enter, KEY.enter, KEY.enter);
		let frame = await panel.waitFor((text) => text.includes('started') && /running \d+s/.test(text));
		expect(frame).toContain('Ctrl+C stop');
		await panel.press(KEY.ctrlC);
		frame = await panel.waitFor('stopped by SIGINT');
		expect(frame).toContain('exit 130');
		expect(panel.closed()).toBe(0);
		// A second Ctrl+C once it has ended does not close the panel either.
		await panel.press(KEY.ctrlC);
		await delay(100);
		expect(panel.closed()).toBe(0);
		await panel.press('R');
		await panel.waitFor(/running \d+s/);
		await panel.press(KEY.ctrlC);
		await panel.waitFor('stopped by SIGINT');
	});

	it('keeps only the last lines of a chatty child and scrolls', async () => {
		const yaml = `
- name: chatty
  executables:
    - label: count
      instances:
        - command: 'seq 1 20000'
`;
		const panel = await open({}, yaml, {width: 80, height: 12});
		await panel.waitFor('Step 1/4');
		await panel.press(KEY.enter, KEY.enter, KEY.enter, KEY.enter);
		let frame = await panel.waitFor('exited with code 0');
		expect(frame).toContain(`20,000 lines (last ${MAX_LINES.toLocaleString('en')} kept)`);
		expect(frame).toMatch(/^20000$/m);
		await panel.press(KEY.pageUp);
		frame = await panel.waitFor('scrolled up');
		expect(frame).not.toMatch(/^20000$/m);
		await panel.press('g');
		frame = await panel.waitFor(new RegExp(`^${20_000 - MAX_LINES + 1}$`, 'm'));
		await panel.press('G');
		await panel.waitFor(/^20000$/m);
	});

	it('batches output: a child writing 400 lines a millisecond apart costs a few dozen frames, not one per line', async () => {
		const script = 'let i = 0; const next = () => { if (i < 400) { process.stdout.write("tick " + i++ + "\\n"); setTimeout(next, 1); } }; next();';
		const panel = await open({}, `
- name: drip
  executables:
    - label: lines
      instances:
        - command: '${process.execPath} -e ${JSON.stringify(script).replaceAll("'", "''")}'
`, {width: 80, height: 12});
		await panel.waitFor('Step 1/4');
		await panel.press(KEY.enter, KEY.enter, KEY.enter);
		await panel.waitFor('Step 4/4');
		const before = panel.frames.length;
		const started = Date.now();
		await panel.press(KEY.enter);
		const frame = await panel.waitFor('exited with code 0');
		const elapsed = Date.now() - started;
		expect(frame).toContain('400 lines');
		expect(frame).toMatch(/^tick 399$/m);
		// Only the lines that fit are drawn: the frame is no taller than the panel.
		expect(frame.split('\n').length).toBeLessThanOrEqual(12);
		// ink-testing-library records every frame rendered: at most one per flush (every 40 ms) and per second of
		// the clock, plus a few for the steps; never one per write.
		const rendered = panel.app.frames.length - before;
		expect(rendered).toBeLessThan(20 + elapsed / 25);
		expect(rendered).toBeLessThan(200);
	});

	it('runs the instance picked on the executable step', async () => {
		const panel = await open({}, `
- name: multi
  executables:
    - label: solve
      instances:
        - command: echo first-instance
          num_cores: 1
        - command: echo second-instance
          num_cores: {start: 2, stop: 8}
`);
		await panel.waitFor('Step 1/4');
		await panel.press(KEY.enter);
		const frame = await panel.waitFor('instance 2: 2-8 cores');
		expect(frame).toContain('instance 1: 1 core)');
		await panel.press(KEY.down, KEY.enter, KEY.enter, KEY.enter);
		expect(await panel.waitFor('exited with code 0')).toMatch(/^second-instance$/m);
	});

	it('stays usable in a small terminal (40×10 leaves the panel 40×6)', async () => {
		const panel = await open({API_TOKEN: TOKEN}, ENVIRONMENTS, {width: 40, height: 6});
		for (const step of ['Step 1/4', 'Step 2/4', 'Step 3/4', 'Step 4/4']) {
			const frame = await panel.waitFor(step);
			expect(frame.split('\n').length).toBeLessThanOrEqual(6);
			await panel.press(KEY.enter);
		}

		const frame = await panel.waitFor('exited with code 0');
		expect(frame.split('\n').length).toBeLessThanOrEqual(6);
		expect(frame).toContain('err');
		expect(panel.frames.join('\n')).not.toContain(TOKEN);
	});

	it('keeps every arguments field on a row of its own at 40×10, the focused one in view', async () => {
		const yaml = `
- name: many
  executables:
    - label: three
      instances:
        - command: echo <<first>> <<second>> <<third>>
`;
		const panel = await open({}, yaml, {width: 40, height: 6});
		await panel.waitFor('Step 1/4');
		await panel.press(KEY.enter, KEY.enter, KEY.enter);
		await panel.waitFor('Step 4/4');
		// Tab walks arguments, first, second, third, shell: each focused field shows, and no row holds two labels.
		for (const label of ['arguments', '<<first>>', '<<second>>', '<<third>>', 'shell']) {
			const frame = await panel.waitFor((text) => text.split('\n').some((line) => line.startsWith(`› ${label}`)));
			expect(frame.split('\n').length).toBeLessThanOrEqual(6);
			for (const line of frame.split('\n')) {
				expect(line.match(/<<\w+>>/g)?.length ?? 0, line).toBeLessThanOrEqual(line.includes('echo') ? 3 : 1);
			}

			await panel.press(KEY.tab);
		}
	});

	it('shows the launcher’s warnings above the status line (a value too short to redact)', async () => {
		const panel = await open({API_TOKEN: 'abc'}, ENVIRONMENTS);
		await panel.waitFor('Step 1/4');
		await panel.press(KEY.enter, KEY.enter, KEY.enter, KEY.enter);
		const frame = await panel.waitFor('exited with code 0');
		expect(frame).toMatch(/warning: The secret API_TOKEN is shorter than 4 characters/);
	});

	it('closes with Esc on the first step, never with Ctrl+C', async () => {
		const panel = await open({}, ENVIRONMENTS);
		await panel.waitFor('Step 1/4');
		await panel.press(KEY.enter, KEY.ctrlC);
		await delay(50);
		expect(panel.closed()).toBe(0);
		expect(panel.frame()).toContain('Step 2/4');
		await panel.press(KEY.escape, KEY.ctrlC);
		await delay(50);
		expect(panel.closed()).toBe(0);
		await panel.press(KEY.escape);
		await delay(50);
		expect(panel.closed()).toBe(1);
	});

	it('says where to create the definitions file when there is none, with an example', async () => {
		const panel = await open({}, undefined);
		const frame = await panel.waitFor('No environment definitions yet');
		// Beside this store, wherever the user's own data directory is.
		expect(frame.replaceAll('\n', '')).toContain(panel.storeDir);
		expect(frame).toMatch(/environments\.yaml/);
		expect(frame).toContain('executables:');
		await panel.press(KEY.ctrlC);
		await delay(50);
		expect(panel.closed()).toBe(0);
		await panel.press(KEY.escape);
		await delay(50);
		expect(panel.closed()).toBe(1);
	});

	it('shows the loader’s sentence for a broken file', async () => {
		const panel = await open({}, '- name: [unclosed\n');
		const frame = await panel.waitFor('environments.yaml');
		expect(frame).toMatch(/line \d/);
	});

	it('shows definition warnings', async () => {
		const panel = await open({}, `
- name: leaky
  setup: export password=1234
  executables:
    - label: x
      instances:
        - command: 'true'
`);
		const frame = await panel.waitFor('warning');
		expect(frame).toMatch(/warning: .*password/);
	});
});
