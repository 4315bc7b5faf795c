// Checks the import graph of src/ (STYLE.md, "Layout"): a folder imports only from folders above it
// in LAYERS, and no module is part of an import cycle. Type-only imports count too: a layer that
// needs a type from below should get it through a port declared above. Prints every violation with
// the importing file and line; exits 1 when there is any.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';

// Top to bottom. Folders on one line are peers and may not import each other.
const LAYERS = [
  ['util'],
  ['runtime'],
  ['yang'],
  ['config'],
  ['tree'],
  ['raft'],
  ['shard'],
  ['txn'],
  ['wire'],
  ['persistence'],
  ['cluster'],
  ['rpc'],
  ['api'],
  ['http'],
  ['cli'],
];
// Exceptions. The DOMStore contract (src/api/dom-store.ts, types only) is named by src/txn, which
// implements it for the distributed store; a type-only import erases at run time, so it adds no
// dependency. Anything else from below is a violation.
const TYPE_ONLY_CONTRACTS = new Set(['src/api/dom-store.ts']);

const rank = new Map(LAYERS.flatMap((peers, i) => peers.map((f) => [f, i])));

function files(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = join(dir, d.name);
    if (d.isDirectory()) return d.name === 'gen' ? [] : files(p);
    return p.endsWith('.ts') && !p.endsWith('.d.ts') ? [p] : [];
  });
}

const importRe =
  /^\s*(import type|export type|import|export)\b[^'"]*?from\s+'(\.{1,2}\/[^']+)'|^\s*import\s+'(\.{1,2}\/[^']+)'/gm;
const graph = new Map();
const problems = [];
for (const file of files('src')) {
  const text = readFileSync(file, 'utf8');
  const edges = [];
  for (const m of text.matchAll(importRe)) {
    const typeOnly = m[1] === 'import type' || m[1] === 'export type';
    const spec = m[2] ?? m[3];
    const target = normalize(join(dirname(file), spec)).replace(/\.js$/, '.ts');
    const line = text.slice(0, m.index).split('\n').length;
    edges.push({ target, line });
    const from = file.split('/')[1];
    const to = target.split('/')[1];
    if (from === to || !rank.has(from) || !rank.has(to) || file.split('/').length < 3) continue;
    if (target.split('/').length < 3) continue;
    if (typeOnly && TYPE_ONLY_CONTRACTS.has(target)) continue;
    if (rank.get(to) >= rank.get(from)) {
      problems.push(
        `${file}:${line}: ${from}/ imports ${relative('src', target)} from ${to}/, which is not above it`,
      );
    }
  }
  graph.set(file, edges);
}

// Cycles: iterative DFS with colours.
const colour = new Map();
const stack = [];
function visit(start) {
  const frames = [{ file: start, i: 0 }];
  colour.set(start, 1);
  stack.push(start);
  while (frames.length > 0) {
    const top = frames[frames.length - 1];
    const edges = graph.get(top.file) ?? [];
    if (top.i >= edges.length) {
      colour.set(top.file, 2);
      stack.pop();
      frames.pop();
      continue;
    }
    const { target } = edges[top.i++];
    if (!graph.has(target)) continue;
    const c = colour.get(target) ?? 0;
    if (c === 1) {
      const cycle = stack.slice(stack.indexOf(target)).concat(target);
      problems.push(`import cycle: ${cycle.join(' -> ')}`);
    } else if (c === 0) {
      colour.set(target, 1);
      stack.push(target);
      frames.push({ file: target, i: 0 });
    }
  }
}
for (const file of graph.keys()) if (!colour.has(file)) visit(file);

if (problems.length > 0) {
  for (const p of problems) console.error(p);
  console.error(`check-imports: ${problems.length} problem(s)`);
  process.exit(1);
}
console.log(`check-imports: ${graph.size} modules, layers respected, no cycles`);
