/**
 * Goal: real YANG models validate as the RFCs say, judged document by document against libyang's
 * yanglint: the IETF modules Debian ships (libyuma-base), realistic configurations of each, and
 * single-rule violations of each kind (types, ranges, patterns, enums, identityrefs, bits, unions,
 * decimal64, keys, mandatory, choices, min/max-elements, duplicates, unknown nodes, state data).
 *
 * Method (test/fixtures/yanglint/README.md): every case is written as the whole configuration datastore
 * of canopy (compile the suite's modules, decode, prepare) and compared with the verdict yanglint gave
 * (`yanglint --type config --present`), recorded in verdicts.json so this runs on any machine. Where
 * yanglint is installed, it is run again and must still give the recorded verdict (and the recorded
 * errors, for the same libyang version); CI sets CANOPY_REQUIRE_YANGLINT=1 so a missing yanglint fails
 * instead of skipping. A case where canopy disagrees on purpose names the reason (`difference`), must
 * still disagree (so a fix is noticed), and must be listed in docs/API.md. `REWRITE=1` records
 * yanglint's verdicts afresh.
 */
import { strict as assert } from 'node:assert';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import { compileSchema } from '../../../src/yang/compile.js';
import type { SchemaContext } from '../../../src/yang/schema.js';
import {
  MODULES_DIR,
  RULES,
  TREE_FILE,
  canopyTree,
  corpusModuleFiles,
  parseYanglintTree,
  yanglintTree,
  VERDICTS_FILE,
  casesOf,
  compileSuite,
  judgeWithCanopy,
  judgeWithYanglint,
  loadCorpus,
  loadRecorded,
  yanglintCommandLine,
  yanglintVersion,
  type Recorded,
  type RecordedVerdicts,
} from '../../support/yanglint-corpus.js';

const corpus = loadCorpus();
const cases = casesOf(corpus);
const rewrite = process.env.REWRITE === '1';
const recorded: RecordedVerdicts = rewrite ? { tool: '', command: '', cases: {} } : loadRecorded();
const version = yanglintVersion();

/** The rules issue 9 point 10 asks the corpus to break, each at least once. */
const REQUIRED_RULES = [
  'type',
  'range',
  'pattern',
  'enum',
  'identityref',
  'bits',
  'union',
  'decimal64',
  'key',
  'mandatory',
  'choice',
  'min-elements',
  'max-elements',
  'leaf-list-duplicate',
  'unknown',
  'state',
] as const;

describe('yang: real models validate as yanglint says (test/fixtures/yanglint)', () => {
  const schemas = new Map<string, SchemaContext>();
  before(() => {
    for (const [name, suite] of Object.entries(corpus.suites)) {
      schemas.set(name, compileSuite(suite));
    }
  });

  describe('canopy gives yanglint’s recorded verdict on every document', () => {
    before(function () {
      if (rewrite) this.skip(); // the verdicts are being recorded below; run again to compare
    });
    for (const c of cases) {
      const expected = recorded.cases[c.id];
      it(`${c.id} (${c.rule}${c.datastore === 'operational' ? ', operational' : ''}): ${expected?.verdict ?? 'not recorded'}${c.difference === undefined ? '' : ', a known difference'}`, () => {
        assert.ok(expected !== undefined, `${c.id} has no recorded verdict: run with REWRITE=1`);
        const outcome = judgeWithCanopy(schemas.get(c.suite)!, c.document, c.datastore);
        const shown = JSON.stringify(outcome);
        if (c.difference !== undefined) {
          assert.notEqual(
            outcome.verdict,
            expected.verdict,
            `${c.id} is listed as a known difference but canopy now agrees with yanglint: remove it from corpus.json and docs/API.md`,
          );
          return;
        }
        assert.equal(
          outcome.verdict,
          expected.verdict,
          `canopy: ${shown}; yanglint: ${expected.error ?? 'accept'}`,
        );
        if (outcome.verdict === 'refuse') {
          assert.ok(c.at !== undefined, `${c.id}: a refused violation names its path ("at")`);
          assert.equal(outcome.path, c.at, `canopy refused for another reason: ${shown}`);
        }
      });
    }
  });

  describe('yanglint still gives the recorded verdicts', () => {
    let dir: string;
    const fresh: Record<string, Recorded> = {};
    before(function () {
      if (version === undefined) {
        if (process.env.CANOPY_REQUIRE_YANGLINT === '1' || rewrite) {
          throw new Error(
            'yanglint is not installed (CANOPY_REQUIRE_YANGLINT=1 or REWRITE=1): apt-get install libyang2-tools',
          );
        }
        this.skip();
      }
      dir = mkdtempSync(join(tmpdir(), 'canopy-yanglint-'));
    });
    after(() => {
      if (dir !== undefined) rmSync(dir, { recursive: true, force: true });
      if (rewrite && version !== undefined) {
        const out: RecordedVerdicts = {
          tool: version,
          command: yanglintCommandLine(),
          cases: fresh,
        };
        writeFileSync(VERDICTS_FILE, JSON.stringify(out, null, 2) + '\n');
      }
    });

    for (const [i, c] of cases.entries()) {
      it(c.id, () => {
        const suite = corpus.suites[c.suite]!;
        const got = judgeWithYanglint(suite, c, join(dir, `case-${i}.json`));
        fresh[c.id] = got;
        if (rewrite) return;
        const expected = recorded.cases[c.id];
        assert.ok(expected !== undefined, `${c.id} has no recorded verdict: run with REWRITE=1`);
        assert.equal(got.verdict, expected.verdict, `yanglint now says: ${got.error ?? 'accept'}`);
        if (version === recorded.tool) assert.equal(got.error, expected.error);
      });
    }
  });

  describe('the compiled schema', () => {
    it('has the nodes, kinds, config, mandatory leaves and choices, presence and keys yanglint prints', () => {
      const schema = compileSchema(
        corpusModuleFiles().map((file) => ({ file, text: readFileSync(file, 'utf8') })),
      );
      const expected = parseYanglintTree(readFileSync(TREE_FILE, 'utf8'));
      const actual = canopyTree(schema);
      const problems: string[] = [];
      for (const [path, entry] of expected) {
        const ours = actual.get(path);
        if (ours === undefined) problems.push(`missing in canopy: ${path}`);
        else if (!isDeepStrictEqual(ours, entry)) {
          problems.push(
            `${path}: yanglint ${JSON.stringify(entry)}, canopy ${JSON.stringify(ours)}`,
          );
        }
      }
      for (const path of actual.keys()) {
        if (!expected.has(path)) problems.push(`only in canopy: ${path}`);
      }
      assert.ok(expected.size > 400, `the recorded tree has ${expected.size} nodes`);
      assert.deepEqual(problems, []);
    });

    it('is still what yanglint prints (where it is installed)', function () {
      if (version === undefined) {
        if (process.env.CANOPY_REQUIRE_YANGLINT === '1')
          throw new Error('yanglint is not installed');
        this.skip();
      }
      const tree = yanglintTree();
      if (rewrite) writeFileSync(TREE_FILE, tree);
      else assert.equal(tree, readFileSync(TREE_FILE, 'utf8'));
    });
  });

  describe('the vendored modules', () => {
    const debian = '/usr/share/yuma/modules';
    it('are Debian libyuma-base’s, unchanged (where it is installed)', function () {
      if (!existsSync(debian)) {
        if (process.env.CANOPY_REQUIRE_YANGLINT === '1') {
          throw new Error(
            `${debian} is missing (CANOPY_REQUIRE_YANGLINT=1): apt-get install libyuma-base`,
          );
        }
        this.skip();
      }
      for (const name of readdirSync(MODULES_DIR)) {
        if (name === 'canopy-rules.yang') continue;
        const original = ['ietf', 'ietf-draft']
          .map((d) => join(debian, d, name))
          .find((f) => existsSync(f));
        assert.ok(original !== undefined, `${name} is not in ${debian}`);
        assert.equal(
          readFileSync(join(MODULES_DIR, name), 'utf8'),
          readFileSync(original, 'utf8'),
          name,
        );
      }
    });
  });

  describe('the corpus', () => {
    it('breaks every kind of rule issue 9 lists, and records nothing it does not hold', () => {
      const broken = new Set(cases.map((c) => c.rule));
      for (const rule of REQUIRED_RULES) assert.ok(broken.has(rule), `no violation of ${rule}`);
      for (const c of cases) assert.ok(c.rule === 'valid' || RULES.includes(c.rule), c.rule);
      if (!rewrite) {
        const ids = new Set(cases.map((c) => c.id));
        for (const id of Object.keys(recorded.cases)) assert.ok(ids.has(id), `stale: ${id}`);
      }
    });

    it('every known difference is listed in docs/API.md with its case', () => {
      const api = readFileSync(resolve('docs/API.md'), 'utf8');
      const start = api.indexOf('### Known differences from yanglint');
      assert.ok(start >= 0, 'docs/API.md has no "Known differences from yanglint" section');
      const section = api.slice(start);
      for (const c of cases) {
        if (c.difference !== undefined) {
          assert.ok(section.includes(`\`${c.id}\``), `docs/API.md does not list ${c.id}`);
        }
      }
    });

    it('every valid document is accepted by both, and every violation refused by yanglint', () => {
      for (const c of cases) {
        const r = recorded.cases[c.id];
        if (r === undefined || c.difference !== undefined) continue;
        assert.equal(
          r.verdict,
          c.rule === 'valid' ? 'accept' : 'refuse',
          `${c.id}: a ${c.rule} case that yanglint ${r.verdict}s`,
        );
      }
    });
  });
});
