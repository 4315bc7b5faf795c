/**
 * `npm run bench`: runs every benchmark module next to this file (`*.bench.js` in the compiled tree,
 * each exporting `benches: Bench[]`), prints one table, and optionally writes the results as JSON.
 *
 *   node dist/test/bench/run.js [--filter NAME] [--json FILE]
 *
 * `--filter` keeps the benches whose family or case name contains NAME. Benchmarks are never part of
 * `npm test` and never assert on speed; the figures go to docs/PERFORMANCE.md with the machine they ran
 * on.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { Bench, BenchResult } from './bench-types.js';

interface Row extends Partial<BenchResult> {
  readonly family: string;
  readonly name: string;
}

async function discover(): Promise<Bench[]> {
  const here = dirname(fileURLToPath(import.meta.url));
  const files = readdirSync(here)
    .filter((f) => f.endsWith('.bench.js'))
    .sort();
  const benches: Bench[] = [];
  for (const file of files) {
    const mod = (await import(pathToFileURL(join(here, file)).href)) as {
      benches?: unknown;
      bench?: unknown;
    };
    if (Array.isArray(mod.benches)) benches.push(...(mod.benches as Bench[]));
    else if (typeof mod.bench === 'object' && mod.bench !== null) benches.push(mod.bench as Bench);
    else throw new Error(`${file} exports neither benches: Bench[] nor bench: Bench`);
  }
  return benches;
}

function fmt(n: number | undefined, digits = 0): string {
  if (n === undefined || Number.isNaN(n)) return '';
  if (Math.abs(n) >= 1000) return Math.round(n).toLocaleString('en-US');
  return n.toFixed(digits);
}

function printTable(rows: readonly Row[]): void {
  const header = [
    'bench',
    'case',
    'ops/s',
    'items/s',
    'p50 µs',
    'p99 µs',
    'floor',
    'floor/ours',
    'spread',
  ];
  const cells = rows.map((r) => [
    r.family,
    r.name,
    fmt(r.opsPerSec),
    fmt(r.itemsPerSec),
    fmt(r.p50Micros, 1),
    fmt(r.p99Micros, 1),
    r.value !== undefined ? `${fmt(r.value, 2)} ${r.unit ?? ''}`.trim() : '',
    r.floorOpsPerSec !== undefined
      ? `${fmt(r.floorOpsPerSec)} ops/s`
      : r.floorP50Micros !== undefined
        ? `p50 ${fmt(r.floorP50Micros, 1)} / p99 ${fmt(r.floorP99Micros, 1)} µs`
        : '',
    r.floorRatio !== undefined ? `${r.floorRatio.toFixed(1)}x` : '',
    r.spread !== undefined ? `${(r.spread * 100).toFixed(0)}%` : '',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]): string =>
    c.map((x, i) => (i < 2 ? x.padEnd(widths[i]!) : x.padStart(widths[i]!))).join('  ');
  console.log(line(header));
  console.log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const c of cells) console.log(line(c));
  for (const r of rows) {
    if (r.floor !== undefined) console.log(`  ${r.family} / ${r.name}: floor = ${r.floor}`);
    if (r.note !== undefined) console.log(`  ${r.family} / ${r.name}: ${r.note}`);
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { filter: { type: 'string' }, json: { type: 'string' } },
    strict: true,
  });
  const filter = values.filter;
  const cpu = cpus()[0]?.model ?? 'unknown CPU';
  console.log(`canopy bench: node ${process.version}, ${cpus().length} cores, ${cpu}`);
  const rows: Row[] = [];
  for (const bench of await discover()) {
    const whole = filter === undefined || bench.name.includes(filter);
    const selected = (caseName: string): boolean => whole || caseName.includes(filter ?? '');
    // A bench whose run() takes no selection runs whole or not at all.
    if (!whole && bench.run.length === 0) continue;
    for (const r of await bench.run(selected)) {
      if (selected(r.name)) rows.push({ family: bench.name, ...r });
    }
  }
  printTable(rows);
  if (values.json !== undefined) {
    const report = { node: process.version, cores: cpus().length, cpu, results: rows };
    writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`wrote ${values.json}`);
  }
}

await main();
