// `npm test` after the build: runs the unit, sim and integration tiers in that order (each its own
// mocha process, as `npm run test:TIER` does), every tier even when an earlier one failed, then ends
// with one line totalling them:
//   npm test: 1762 passing, 3 failing, 0 pending (unit 1649, 3 failing; sim 78; integration 35) in 25m 26s
// The line starts with "npm test:" so that it never matches the per-tier summary lines ("  12 passing")
// that .ci/run adds up. Exits 1 when any test failed or a tier ended without a mocha summary.
import { runTier, TIERS } from './mocha-tier.mjs';

const startedMs = Date.now();
const results = [];
for (const tier of Object.keys(TIERS)) {
  results.push(await runTier(tier));
}

const sum = (key) => results.reduce((total, r) => total + r[key], 0);
const tierPart = (r) => {
  if (r.files === 0) return `${r.tier} none`;
  if (!r.summarised) return `${r.tier} ended without a summary (exit ${r.code})`;
  const failing = r.failing > 0 ? `, ${r.failing} failing` : '';
  const pending = r.pending > 0 ? `, ${r.pending} pending` : '';
  return `${r.tier} ${r.passing}${failing}${pending}`;
};
const seconds = Math.round((Date.now() - startedMs) / 1000);
const took = seconds >= 60 ? `${Math.floor(seconds / 60)}m ${seconds % 60}s` : `${seconds}s`;
const broken = results.filter((r) => r.files > 0 && (!r.summarised || r.code !== 0));
console.log(
  `npm test: ${sum('passing')} passing, ${sum('failing')} failing, ${sum('pending')} pending ` +
    `(${results.map(tierPart).join('; ')}) in ${took}`,
);
process.exit(broken.length === 0 ? 0 : 1);
