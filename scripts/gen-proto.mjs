// Generates src/wire/gen/proto.{js,d.ts} from proto/*.proto with protobufjs-cli's pbjs.
// With --check, regenerates into a temp folder and fails when the committed files are stale.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, mkdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const check = process.argv.includes('--check');
const protos = readdirSync('proto')
  .filter((f) => f.endsWith('.proto'))
  .sort()
  .map((f) => join('proto', f));
if (protos.length === 0) {
  console.log('gen:proto: no .proto files');
  process.exit(0);
}
const outDir = check ? mkdtempSync(join(tmpdir(), 'canopy-proto-')) : 'src/wire/gen';
mkdirSync(outDir, { recursive: true });
const js = join(outDir, 'proto.js');
const bin = 'node_modules/.bin';
// `-d` makes pbjs write proto.d.ts next to proto.js from its own JSDoc (pbts needs the comments).
execFileSync(
  join(bin, 'pbjs'),
  [
    '-t',
    'static-module',
    '-w',
    'esm',
    '--dependency',
    'protobufjs/minimal.js',
    '-d',
    '-o',
    js,
    ...protos,
  ],
  { stdio: 'inherit' },
);
if (check) {
  let stale = false;
  for (const f of ['proto.js', 'proto.d.ts']) {
    const want = readFileSync(join(outDir, f), 'utf8');
    let have = '';
    try {
      have = readFileSync(join('src/wire/gen', f), 'utf8');
    } catch {
      have = '';
    }
    if (want !== have) {
      console.error(`gen:proto: src/wire/gen/${f} is stale; run npm run gen:proto`);
      stale = true;
    }
  }
  rmSync(outDir, { recursive: true, force: true });
  process.exit(stale ? 1 : 0);
}
