/**
 * Goal: constraints that depend on the whole result of a transaction (mandatory nodes, presence
 * containers, min/max-elements, choices) are enforced when it is prepared, with the path of the node
 * whose constraint failed, and only where the transaction changed something. Method: prepare
 * modifications on the test model (list `strict` and container `top/pres` carry the constraints) and
 * check the DataValidationFailedError, then the fixed variant.
 */
import { strict as assert } from 'node:assert';
import { DataTree } from '../../../src/tree/data-tree.js';
import { DataValidationFailedError } from '../../../src/tree/errors.js';
import type { DataTreeModification } from '../../../src/tree/modification.js';
import { testSchema } from './fixtures.js';

const STRICT = '/canopy-test:strict';
const VALID = { required: 'r', few: ['a'], settings: { level: 1 }, automatic: [null] };

function prepare(tree: DataTree, fn: (m: DataTreeModification) => void): void {
  const m = tree.takeSnapshot().newModification();
  fn(m);
  m.ready();
  tree.validate(m);
  tree.commit(tree.prepare(m));
}

function refused(
  fn: (m: DataTreeModification) => void,
  path: string,
  reason: RegExp,
  tree = new DataTree(testSchema()),
): void {
  assert.throws(
    () => {
      prepare(tree, fn);
    },
    (e: unknown) => {
      assert.ok(e instanceof DataValidationFailedError, String(e));
      assert.equal(e.path, path);
      assert.match(e.reason, reason);
      return true;
    },
  );
}

describe('tree: validation at commit', () => {
  it('accepts a complete entry', () => {
    const tree = new DataTree(testSchema());
    prepare(tree, (m) => m.write(`${STRICT}=1`, VALID));
    assert.deepEqual(tree.takeSnapshot().read(`${STRICT}=1`), { id: '1', ...VALID });
  });

  it('a mandatory leaf of a list entry must exist', () => {
    const { required: _, ...rest } = VALID;
    refused(
      (m) => m.write(`${STRICT}=1`, rest),
      `${STRICT}=1`,
      /mandatory leaf required is missing/,
    );
  });

  it('a non-presence container holding a mandatory leaf must exist', () => {
    const { settings: _, ...rest } = VALID;
    refused(
      (m) => m.write(`${STRICT}=1`, rest),
      `${STRICT}=1`,
      /container settings \(it holds mandatory leaf level\) is missing/,
    );
    refused(
      (m) => m.write(`${STRICT}=1`, { ...VALID, settings: {} }),
      `${STRICT}=1`,
      /container settings/,
    );
  });

  it('min-elements and max-elements hold for every list and leaf-list that exists', () => {
    const { few: _, ...rest } = VALID;
    refused(
      (m) => m.write(`${STRICT}=1`, rest),
      `${STRICT}=1`,
      /leaf-list few \(min-elements 1\) is missing/,
    );
    refused(
      (m) => m.write(`${STRICT}=1`, { ...VALID, few: ['a', 'b', 'c'] }),
      `${STRICT}=1/few`,
      /has 3 element\(s\), more than max-elements 2/,
    );
    refused(
      (m) => {
        for (let i = 1; i <= 4; i++) m.write(`${STRICT}=${i}`, VALID);
      },
      STRICT,
      /has 4 element\(s\), more than max-elements 3/,
    );
    refused(
      (m) => m.write('/canopy-test:top/small-nums', [1, 2, 3, 4]),
      '/canopy-test:top/small-nums',
      /more than max-elements 3/,
    );
  });

  it('a mandatory choice needs data from one case, and the chosen case its own mandatory leaves', () => {
    const { automatic: _, ...rest } = VALID;
    refused(
      (m) => m.write(`${STRICT}=1`, rest),
      `${STRICT}=1`,
      /mandatory choice mode has no data; give one of its cases \(automatic, manual\)/,
    );
    refused(
      (m) => m.write(`${STRICT}=1`, { ...rest, note: 'n' }),
      `${STRICT}=1`,
      /mandatory leaf speed is missing/,
    );
    const tree = new DataTree(testSchema());
    prepare(tree, (m) => m.write(`${STRICT}=1`, { ...rest, speed: 10 }));
  });

  it('data from two cases of one choice is refused when a merge combines them', () => {
    const tree = new DataTree(testSchema());
    prepare(tree, (m) => m.write('/canopy-test:top/tcp-port', 80));
    refused(
      (m) => m.merge('/canopy-test:top', { 'udp-port': 53 }),
      '/canopy-test:top',
      /choice transport has data from two cases, tcp and udp; only one case may exist/,
      tree,
    );
    prepare(tree, (m) => {
      m.delete('/canopy-test:top/tcp-port');
      m.merge('/canopy-test:top', { 'udp-port': 53 });
    });
    assert.deepEqual(tree.takeSnapshot().read('/canopy-test:top'), { 'udp-port': 53 });
  });

  it('a presence container requires its mandatory leaves only while it exists', () => {
    refused(
      (m) => m.write('/canopy-test:top/pres', { optional: 'o' }),
      '/canopy-test:top/pres',
      /mandatory leaf must-have is missing/,
    );
    const tree = new DataTree(testSchema());
    prepare(tree, (m) =>
      m.write('/canopy-test:top/plain', 'no presence container, nothing required'),
    );
    prepare(tree, (m) => m.write('/canopy-test:top/pres', { 'must-have': 'x' }));
    refused(
      (m) => m.delete('/canopy-test:top/pres/must-have'),
      '/canopy-test:top/pres',
      /must-have is missing/,
      tree,
    );
  });

  it('a transaction may pass through invalid states; only its result is checked', () => {
    const tree = new DataTree(testSchema());
    prepare(tree, (m) => {
      m.write(`${STRICT}=1/required`, 'r');
      m.write(`${STRICT}=1/few`, ['a']);
      m.write(`${STRICT}=1/settings/level`, 2);
      m.write(`${STRICT}=1/automatic`, [null]);
    });
    assert.deepEqual(tree.takeSnapshot().read(`${STRICT}=1/settings`), { level: 2 });
  });

  it('removing a mandatory leaf of an existing entry is refused', () => {
    const tree = new DataTree(testSchema());
    prepare(tree, (m) => m.write(`${STRICT}=1`, VALID));
    refused(
      (m) => m.delete(`${STRICT}=1/required`),
      `${STRICT}=1`,
      /mandatory leaf required is missing/,
      tree,
    );
    refused(
      (m) => m.delete(`${STRICT}=1/settings/level`),
      `${STRICT}=1`,
      /container settings/,
      tree,
    );
    prepare(tree, (m) => m.delete(`${STRICT}=1`));
    assert.equal(tree.takeSnapshot().read(STRICT), undefined);
  });
});
