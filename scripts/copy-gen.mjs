// Copies the generated protobuf module (src/wire/gen/proto.{js,d.ts}) into dist: tsc with allowJs off
// does not emit .js sources, and only src/wire imports it.
import { cpSync, existsSync, mkdirSync } from 'node:fs';

const from = 'src/wire/gen';
const to = 'dist/src/wire/gen';
if (existsSync(`${from}/proto.js`)) {
  mkdirSync(to, { recursive: true });
  cpSync(`${from}/proto.js`, `${to}/proto.js`);
  cpSync(`${from}/proto.d.ts`, `${to}/proto.d.ts`);
}
