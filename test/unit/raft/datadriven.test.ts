/**
 * Goal: pin the exact behaviour of the core, message by message, in readable traces that double as
 * documentation (etcd-io/raft's testdata/*.txt). Method: each file under test/unit/raft/testdata is a
 * script of interaction commands (see interaction.ts) with the expected output after each; REWRITE=1
 * regenerates the outputs after a deliberate change, to be reviewed in the diff.
 */
import { join } from 'node:path';
import { runFile, traceFiles } from '../../support/datadriven.js';
import { Interaction } from './interaction.js';

// Traces live in the source tree; tests run from the repository root (npm test, scripts/dev-test.sh).
const dir = join(process.cwd(), 'test/unit/raft/testdata');

describe('raft: traces', () => {
  for (const file of traceFiles(dir)) {
    it(`${file.slice(dir.length + 1)} replays as recorded`, () => {
      const env = new Interaction();
      runFile(file, (tc) => env.handle(tc));
    });
  }
});
