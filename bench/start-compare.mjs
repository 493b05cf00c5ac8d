// Temporary: warm TUI start of several builds, interleaved (not committed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pty from '@lydell/node-pty';
const clis = process.argv.slice(2);
const home = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'stc-')), 'home');
fs.mkdirSync(home, {mode: 0o700});
const now = new Date().toISOString(); const secrets = {};
for (let i = 0; i < 1000; i++) secrets[`SECRET_${String(i).padStart(5, '0')}`] = {value: `value-${i}`, created: now, updated: now};
fs.writeFileSync(path.join(home, 'secrets.json'), JSON.stringify({version: 1, secrets}), {mode: 0o600});
const strip = (t) => t.replaceAll(/\u001B(?:\[[0-9;?<>=]*[ -/]*[@-~]|\][^\u0007\u001B]*(?:\u0007|\u001B\\)|[@-Z\\-_])/g, '');
function run(args, cache, wait = 0) {
  return new Promise((resolve) => {
    const env = {...process.env, SECRETS_TUI_HOME: home, SECRETS_TUI_CACHE: cache, TERM: 'xterm-256color'};
    const t0 = process.hrtime.bigint();
    const c = pty.spawn(process.execPath, args, {cols: 100, rows: 30, cwd: home, env});
    let out = '', t1;
    c.onData((d) => { out += d; if (!t1 && args.length && strip(out).includes('SECRET_00000') && strip(out).includes('help')) { t1 = process.hrtime.bigint(); setTimeout(() => c.write('q'), wait); } });
    c.onExit(() => resolve(Number((t1 ?? process.hrtime.bigint()) - t0) / 1e6));
  });
}
const caches = clis.map((_, i) => path.join(path.dirname(home), `cache${i}`));
for (const [i, cli] of clis.entries()) await run([cli], caches[i], 2500);
const times = clis.map(() => []); const base = [];
for (let r = 0; r < Number(process.env.RUNS ?? 15); r++) {
  base.push(await run(['-e', ''], caches[0]));
  for (const [i, cli] of clis.entries()) times[i].push(await run([cli], caches[i]));
}
const med = (v) => [...v].sort((a, b) => a - b)[v.length >> 1];
console.log('node', med(base).toFixed(1));
for (const [i, cli] of clis.entries()) console.log(cli, med(times[i]).toFixed(1), (med(times[i]) / med(base)).toFixed(2), fs.readdirSync(caches[i]).join(' '));
