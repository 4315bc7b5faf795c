/**
 * Goal: constraints that depend on the whole result of a transaction (mandatory nodes, presence
 * containers, min/max-elements, choices) are enforced when it is prepared, with the path of the node
 * whose constraint failed, and only where the transaction changed something; those of state data only
 * in an operational tree; those of top-level nodes once their module has data. Method: prepare
 * modifications on the test model (list `strict` and container `top/pres` carry the constraints) and
 * on a small inline model of NMDA shapes and top-level mandatory nodes, and check the
 * DataValidationFailedError, then the fixed variant.
 */
import { strict as assert } from 'node:assert';
import { DataTree } from '../../../src/tree/data-tree.js';
import { DataValidationFailedError } from '../../../src/tree/errors.js';
import type { TreeType } from '../../../src/tree/json-codec.js';
import type { DataTreeModification } from '../../../src/tree/modification.js';
import { compileSchema } from '../../../src/yang/compile.js';
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

/**
 * A model with the shapes of NMDA modules (ietf-netconf-acm's counters, RFC 8343's admin-status: state
 * leaves, mandatory, inside configuration nodes) and of modules with top-level mandatory nodes.
 */
const STATE_MODEL = compileSchema([
  {
    file: 'nmda.yang',
    text: `module nmda {
  yang-version 1.1;
  namespace "urn:nmda";
  prefix n;
  container acm {
    leaf enabled { type boolean; }
    leaf denied { type uint32; config false; mandatory true; }
    list session { config false; min-elements 1; key id; leaf id { type uint32; } }
    container counters { config false; leaf total { type uint32; mandatory true; } }
    choice origin { config false; mandatory true; leaf learned { type empty; } leaf static { type empty; } }
  }
  list interface {
    key name;
    leaf name { type string; }
    leaf mtu { type uint16; }
    leaf admin-status { type enumeration { enum up; enum down; } config false; mandatory true; }
  }
}`,
  },
  {
    file: 'top.yang',
    text: `module top {
  yang-version 1.1;
  namespace "urn:top";
  prefix t;
  leaf name { type string; mandatory true; }
  leaf note { type string; }
  leaf-list servers { type string; min-elements 1; }
  choice clock { mandatory true; leaf utc { type empty; } leaf zone { type string; } }
  leaf uptime { type uint32; config false; mandatory true; }
}`,
  },
  {
    file: 'other.yang',
    text: `module other {
  namespace "urn:other";
  prefix o;
  leaf x { type string; }
}`,
  },
]);

const FULL_ACM = {
  enabled: true,
  denied: 0,
  session: [{ id: 1 }],
  counters: { total: 1 },
  learned: [null],
};

function stateTree(treeType: TreeType): DataTree {
  return new DataTree(STATE_MODEL, { treeType });
}

describe('tree: validation of state data constraints (RFC 7950 §8.1, RFC 8342 §5.1)', () => {
  it('a configuration tree does not require state data: config false mandatory leaves, min-elements and mandatory choices', () => {
    const tree = stateTree('config');
    prepare(tree, (m) => m.write('/nmda:acm', { enabled: true }));
    prepare(tree, (m) => m.write('/nmda:interface=eth0', { name: 'eth0', mtu: 1500 }));
    assert.deepEqual(tree.takeSnapshot().read('/nmda:interface=eth0'), {
      name: 'eth0',
      mtu: 1500,
    });
  });

  it('an operational tree requires them, naming the node', () => {
    refused(
      (m) => {
        m.write('/nmda:acm', FULL_ACM);
        m.write('/nmda:interface=eth0', { name: 'eth0', mtu: 1500 });
      },
      '/nmda:interface=eth0',
      /mandatory leaf admin-status is missing/,
      stateTree('operational'),
    );
    // The module has data, so its top-level container holding state mandatory nodes is required.
    refused(
      (m) => m.write('/nmda:interface=eth0', { name: 'eth0', 'admin-status': 'up' }),
      '/',
      /container acm \(it holds mandatory leaf denied\) is missing/,
      stateTree('operational'),
    );
    refused(
      (m) => m.write('/nmda:acm', { enabled: true }),
      '/nmda:acm',
      /mandatory leaf denied is missing/,
      stateTree('operational'),
    );
    refused(
      (m) =>
        m.write('/nmda:acm', {
          enabled: true,
          denied: 0,
          session: [{ id: 1 }],
          counters: { total: 1 },
        }),
      '/nmda:acm',
      /mandatory choice origin has no data/,
      stateTree('operational'),
    );
    const tree = stateTree('operational');
    prepare(tree, (m) => {
      m.write('/nmda:acm', FULL_ACM);
      m.write('/nmda:interface=eth0', { name: 'eth0', 'admin-status': 'up' });
    });
  });

  it('a configuration tree still refuses state data itself', () => {
    assert.throws(
      () => stateTree('config').takeSnapshot().newModification().write('/nmda:acm/denied', 1),
      /state data \(config false\)/,
    );
  });
});

describe('tree: validation of top-level nodes (the modules present in the datastore)', () => {
  const VALID_TOP = { 'top:name': 'n', 'top:servers': ['s1'], 'top:utc': [null] };

  it('an empty datastore is valid, and data of another module commits without them', () => {
    const tree = stateTree('config');
    prepare(tree, (m) => m.write('/other:x', 'unrelated'));
    prepare(tree, (m) => m.write('/', { 'other:x': 'replaced' }));
    assert.deepEqual(tree.takeSnapshot().read('/'), { 'other:x': 'replaced' });
  });

  it('once a module has data, its top-level mandatory leaf, min-elements and mandatory choice apply', () => {
    refused(
      (m) => m.write('/top:note', 'n'),
      '/',
      /mandatory leaf name is missing/,
      stateTree('config'),
    );
    refused(
      (m) => {
        m.write('/top:name', 'n');
        m.write('/top:utc', [null]);
      },
      '/',
      /leaf-list servers \(min-elements 1\) is missing/,
      stateTree('config'),
    );
    refused(
      (m) => {
        m.write('/top:name', 'n');
        m.write('/top:servers', ['s']);
      },
      '/',
      /mandatory choice clock has no data/,
      stateTree('config'),
    );
    refused(
      (m) => m.write('/', { 'other:x': 'x', 'top:note': 'n' }),
      '/',
      /mandatory leaf name is missing/,
      stateTree('config'),
    );
  });

  it('a complete module commits, removing one of its mandatory nodes is refused, removing all of it is not', () => {
    const tree = stateTree('config');
    prepare(tree, (m) => m.merge('/', VALID_TOP));
    refused((m) => m.delete('/top:name'), '/', /mandatory leaf name is missing/, tree);
    prepare(tree, (m) => m.write('/other:x', 'x'));
    prepare(tree, (m) => {
      m.delete('/top:name');
      m.delete('/top:servers');
      m.delete('/top:utc');
    });
    assert.deepEqual(tree.takeSnapshot().read('/'), { 'other:x': 'x' });
  });

  it('the top-level state leaf is required in the operational tree only', () => {
    refused(
      (m) => m.merge('/', VALID_TOP),
      '/',
      /mandatory leaf uptime is missing/,
      stateTree('operational'),
    );
    prepare(stateTree('operational'), (m) => m.merge('/', { ...VALID_TOP, 'top:uptime': 5 }));
  });
});

const UNIQUE_MODEL = compileSchema([
  {
    file: 'u.yang',
    text: `module u {
  yang-version 1.1;
  namespace "urn:u";
  prefix u;
  list server {
    key name;
    unique "ip port";
    unique "endpoint/label";
    leaf name { type string; }
    leaf ip { type string; }
    leaf port { type uint16; default 80; }
    container endpoint { presence "set"; leaf label { type string; default "none"; } }
  }
  list state-server {
    config false;
    key name;
    unique "ip";
    leaf name { type string; }
    leaf ip { type string; }
  }
}`,
  },
]);

describe('tree: validation of unique (RFC 7950 §7.8.3)', () => {
  const S = '/u:server';
  it('two entries with the same values of the named leaves are refused, naming both', () => {
    refused(
      (m) =>
        m.write(S, [
          { name: 'a', ip: '10.0.0.1', port: 80 },
          { name: 'b', ip: '10.0.0.1', port: 80 },
        ]),
      S,
      /entries server=a and server=b break unique "ip port": both have "10\.0\.0\.1", 80/,
      new DataTree(UNIQUE_MODEL, { treeType: 'config' }),
    );
  });

  it('a default counts as the value; an entry lacking a leaf without default is not compared', () => {
    const tree = new DataTree(UNIQUE_MODEL, { treeType: 'config' });
    prepare(tree, (m) => m.write(S, [{ name: 'a', ip: '10.0.0.1' }, { name: 'b' }, { name: 'c' }]));
    refused(
      (m) => m.write(`${S}=d`, { name: 'd', ip: '10.0.0.1', port: 80 }),
      S,
      /server=a and server=d break unique "ip port"/,
      tree,
    );
    prepare(tree, (m) => m.write(`${S}=d`, { name: 'd', ip: '10.0.0.1', port: 8080 }));
  });

  it('a leaf under an absent presence container has no value, not even its default', () => {
    const tree = new DataTree(UNIQUE_MODEL, { treeType: 'config' });
    prepare(tree, (m) => m.write(S, [{ name: 'a' }, { name: 'b' }]));
    prepare(tree, (m) => m.write(`${S}=a/endpoint`, {}));
    refused(
      (m) => m.write(`${S}=b/endpoint`, {}),
      S,
      /break unique "endpoint\/label": both have "none"/,
      tree,
    );
  });

  it('changing one entry checks it against the others already there', () => {
    const tree = new DataTree(UNIQUE_MODEL, { treeType: 'config' });
    prepare(tree, (m) =>
      m.write(S, [
        { name: 'a', ip: '1' },
        { name: 'b', ip: '2' },
      ]),
    );
    refused((m) => m.write(`${S}=b/ip`, '1'), S, /server=a and server=b/, tree);
  });

  it('holds for state lists in the operational tree', () => {
    refused(
      (m) =>
        m.write('/u:state-server', [
          { name: 'a', ip: '1' },
          { name: 'b', ip: '1' },
        ]),
      '/u:state-server',
      /break unique "ip"/,
      new DataTree(UNIQUE_MODEL, { treeType: 'operational' }),
    );
  });
});
