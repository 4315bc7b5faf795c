// Runs one test tier (unit, sim, integration) with mocha over the compiled tests in dist/test:
// `node scripts/mocha-tier.mjs TIER [mocha args]`. A tier with no test files yet is reported and
// skipped rather than failing with "No test files found". scripts/test-all.mjs (`npm test`) runs every
// tier through `runTier` and totals them.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Each tier's folders of compiled tests, and the mocha arguments it always gets. */
export const TIERS = {
  unit: { dirs: ['dist/test/unit', 'dist/test/conformance'], args: [] },
  sim: { dirs: ['dist/test/sim'], args: [] },
  integration: { dirs: ['dist/test/integration'], args: ['--timeout', '120000'] },
};

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return testFiles(path);
    return d.name.endsWith('.test.js') ? [path] : [];
  });
}

// Mocha's closing summary lines (every reporter we use prints them): "  12 passing (3s)".
const SUMMARY = /^\s*(\d+) (passing|failing|pending)\b/;

/**
 * Runs one tier's mocha. Its standard output is copied to ours line by line (so it reads as if mocha
 * ran alone, colours kept when ours is a terminal) and its summary lines are counted; standard error
 * is inherited. Resolves with `{ tier, code, files, passing, failing, pending, summarised }`;
 * `summarised` is false when mocha ended without a summary (it crashed, or found nothing to run).
 */
export function runTier(tier, extra = []) {
  if (!Object.hasOwn(TIERS, tier)) {
    throw new Error(`unknown tier ${tier}; one of ${Object.keys(TIERS).join(', ')}`);
  }
  const spec = TIERS[tier];
  const files = spec.dirs.flatMap((dir) => testFiles(dir)).sort();
  const result = {
    tier,
    code: 0,
    files: files.length,
    passing: 0,
    failing: 0,
    pending: 0,
    summarised: false,
  };
  if (files.length === 0) {
    console.log(`mocha-tier: no ${tier} tests yet`);
    return Promise.resolve(result);
  }
  const colour = process.stdout.isTTY ? ['--color'] : [];
  const child = spawn(
    'node_modules/.bin/mocha',
    ['--config', '.mocharc.json', ...colour, ...spec.args, ...extra, ...files],
    { stdio: ['inherit', 'pipe', 'inherit'] },
  );
  let partial = '';
  const count = (line) => {
    // eslint-disable-next-line no-control-regex -- colour codes around the numbers
    const m = SUMMARY.exec(line.replace(/\x1b\[[0-9;]*m/g, ''));
    if (m === null) return;
    result[m[2]] += Number(m[1]);
    result.summarised = true;
  };
  child.stdout.setEncoding('utf8').on('data', (chunk) => {
    process.stdout.write(chunk);
    const lines = (partial + chunk).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines) count(line);
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (code, signal) => {
      count(partial);
      result.code = code ?? (signal === null ? 1 : 128);
      resolve(result);
    });
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [tier, ...extra] = process.argv.slice(2);
  if (!Object.hasOwn(TIERS, tier ?? '')) {
    console.error(`mocha-tier: unknown tier ${tier}; one of ${Object.keys(TIERS).join(', ')}`);
    process.exit(2);
  }
  const result = await runTier(tier, extra);
  process.exit(result.code);
}
