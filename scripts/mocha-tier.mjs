// Runs one test tier (unit, sim, integration) with mocha over the compiled tests in dist/test.
// A tier with no test files yet is reported and skipped rather than failing with "No test files found".
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const tiers = {
  unit: ['dist/test/unit', 'dist/test/conformance'],
  sim: ['dist/test/sim'],
  integration: ['dist/test/integration'],
};

function testFiles(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return testFiles(path);
    return d.name.endsWith('.test.js') ? [path] : [];
  });
}
const [tier, ...extra] = process.argv.slice(2);
const patterns = tiers[tier];
if (!patterns) {
  console.error(`mocha-tier: unknown tier ${tier}; one of ${Object.keys(tiers).join(', ')}`);
  process.exit(2);
}
const files = patterns.flatMap((dir) => testFiles(dir)).sort();
if (files.length === 0) {
  console.log(`mocha-tier: no ${tier} tests yet`);
  process.exit(0);
}
const result = spawnSync(
  'node_modules/.bin/mocha',
  ['--config', '.mocharc.json', ...extra, ...files],
  {
    stdio: 'inherit',
  },
);
process.exit(result.status ?? 1);
