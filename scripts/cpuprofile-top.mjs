// Summarises V8 CPU profiles (`node --cpu-prof`, e.g. from `npm run bench:peer -- --profile DIR`):
// the functions with the most self time, and the files (or packages) with the most self time, as
// shares of the sampled time. Idle time ("(idle)") is left out of the shares and reported apart.
//
//   node scripts/cpuprofile-top.mjs [--top 30] [--filter TEXT] FILE.cpuprofile...
//
// `--filter TEXT` also prints the inclusive time (self + callees) of every function whose name or
// file contains TEXT: how much one path costs in total, wherever its time is spent.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values, positionals } = parseArgs({
  options: { top: { type: 'string' }, filter: { type: 'string' } },
  allowPositionals: true,
});
const top = Number(values.top ?? 30);
if (positionals.length === 0) {
  console.error(
    'usage: node scripts/cpuprofile-top.mjs [--top N] [--filter TEXT] FILE.cpuprofile...',
  );
  process.exit(2);
}

function where(frame) {
  const url = frame.url ?? '';
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0)
    return url
      .slice(nm + 'node_modules/'.length)
      .split('/')
      .slice(0, 2)
      .join('/');
  const dist = url.indexOf('/dist/');
  if (dist >= 0) return `${url.slice(dist + 6)}:${frame.lineNumber + 1}`;
  return url === '' ? '(native)' : url.replace(/^file:\/\//, '');
}

const selfByFn = new Map();
const selfByFile = new Map();
const inclusive = new Map();
let total = 0;
let idle = 0;
for (const file of positionals) {
  const profile = JSON.parse(readFileSync(file, 'utf8'));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const dt = new Map();
  profile.samples.forEach((id, i) => {
    dt.set(id, (dt.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  for (const [id, us] of dt) {
    const node = byId.get(id);
    const fn = node.callFrame.functionName || '(anonymous)';
    if (fn === '(idle)') {
      idle += us;
      continue;
    }
    total += us;
    const name = `${fn} ${where(node.callFrame)}`;
    selfByFn.set(name, (selfByFn.get(name) ?? 0) + us);
    const f = where(node.callFrame).replace(/:\d+$/, '');
    selfByFile.set(f, (selfByFile.get(f) ?? 0) + us);
    if (values.filter !== undefined) {
      const seen = new Set();
      for (let at = id; at !== undefined; at = parent.get(at)) {
        const frame = byId.get(at).callFrame;
        const label = `${frame.functionName || '(anonymous)'} ${where(frame)}`;
        if (!label.includes(values.filter) || seen.has(label)) continue;
        seen.add(label);
        inclusive.set(label, (inclusive.get(label) ?? 0) + us);
      }
    }
  }
}

function print(title, map) {
  console.log(`\n${title}`);
  const rows = [...map].sort((a, b) => b[1] - a[1]).slice(0, top);
  for (const [name, us] of rows) {
    console.log(
      `${((100 * us) / total).toFixed(1).padStart(5)}%  ${(us / 1000).toFixed(0).padStart(7)} ms  ${name}`,
    );
  }
}

console.log(
  `busy ${(total / 1000).toFixed(0)} ms, idle ${(idle / 1000).toFixed(0)} ms (shares below are of busy time)`,
);
print('self time by function', selfByFn);
print('self time by file or package', selfByFile);
if (values.filter !== undefined)
  print(`inclusive time of functions matching ${values.filter}`, inclusive);
