/**
 * Goal: member names taken from user JSON, or from YANG identifiers, are data whatever they are called:
 * `__proto__`, `constructor` and `toString` never become an object's prototype, never read inherited
 * properties, and never pollute Object.prototype. Method: write anydata and containers with such
 * members, read them back through the JSON codec, the binary codec and candidates, and check the
 * objects' own members and prototypes; a small inline module declares leaves with those names.
 */
import { strict as assert } from 'node:assert';
import {
  applyEncodedModification,
  encodeModification,
  encodeTree,
  installTree,
} from '../../../src/tree/binary-codec.js';
import { DataTree } from '../../../src/tree/data-tree.js';
import { DataValidationFailedError } from '../../../src/tree/errors.js';
import { encodeNode } from '../../../src/tree/json-codec.js';
import { compileSchema } from '../../../src/yang/compile.js';
import type { JsonValue, SchemaContext } from '../../../src/yang/schema.js';
import { testSchema } from './fixtures.js';

const TOP = '/canopy-test:top';
const BLOB = `${TOP}/blob-data`;
const HOSTILE = '{"__proto__": {"polluted": true}, "constructor": {"x": 1}, "toString": 5}';

/** A module whose data nodes are named like Object.prototype's members. */
const ODD_YANG = `module odd {
  yang-version 1.1;
  namespace "urn:canopy:odd";
  prefix odd;
  container box {
    leaf __proto__ { type string; }
    leaf constructor { type string; }
    leaf toString { type string; }
  }
  list entry {
    key constructor;
    leaf constructor { type string; }
    leaf hasOwnProperty { type int32; }
  }
}`;

let oddCache: SchemaContext | undefined;
function oddSchema(): SchemaContext {
  return (oddCache ??= compileSchema([{ file: 'odd.yang', text: ODD_YANG }]));
}

function assertPlainObject(value: unknown, what: string): asserts value is Record<string, unknown> {
  assert.equal(typeof value, 'object', what);
  assert.equal(Object.getPrototypeOf(value), Object.prototype, `${what} keeps Object.prototype`);
}

function assertHostileMembers(read: unknown): void {
  assertPlainObject(read, 'the anydata object');
  assert.deepEqual(Object.keys(read), ['__proto__', 'constructor', 'toString']);
  const own = Object.getOwnPropertyDescriptor(read, '__proto__');
  assert.deepEqual(own?.value, { polluted: true }, '__proto__ is an own member holding the data');
  assert.equal(
    (read as { polluted?: unknown }).polluted,
    undefined,
    'nothing is inherited from it',
  );
  assert.deepEqual(read['constructor'], { x: 1 });
  assert.equal(Object.getOwnPropertyDescriptor(read, 'toString')?.value, 5);
  assert.equal(JSON.stringify(read), JSON.stringify(JSON.parse(HOSTILE)));
  assert.equal(({} as { polluted?: unknown }).polluted, undefined, 'Object.prototype is untouched');
}

describe('tree: member names like __proto__, constructor and toString', () => {
  it('anydata keeps them as own members, through reads and the binary codec', () => {
    const tree = new DataTree(testSchema());
    const m = tree.takeSnapshot().newModification();
    m.write(BLOB, JSON.parse(HOSTILE));
    assertHostileMembers(m.read(BLOB));
    m.ready();
    const c = tree.prepare(m);
    tree.commit(c);
    assertHostileMembers(tree.takeSnapshot().read(BLOB));
    // The candidate's data, as listeners see it.
    const node = c.nodeAt(tree.takeSnapshot().resolve(BLOB).steps)!;
    assertHostileMembers(encodeNode(node.after!, node.module));
    // A tree and a modification decoded from bytes.
    const copy = new DataTree(testSchema());
    installTree(copy, encodeTree(tree.root));
    assertHostileMembers(copy.takeSnapshot().read(BLOB));
    const replay = new DataTree(testSchema());
    applyEncodedModification(replay, encodeModification(m));
    assertHostileMembers(replay.takeSnapshot().read(BLOB));
  });

  it('nested anydata objects keep them too', () => {
    const m = new DataTree(testSchema()).takeSnapshot().newModification();
    m.write(BLOB, { list: [JSON.parse(HOSTILE) as JsonValue] });
    const read = m.read(BLOB) as { list: unknown[] };
    assertHostileMembers(read.list[0]);
  });

  it('a container member so named is an unknown member, not a prototype', () => {
    for (const name of ['__proto__', 'constructor', 'toString']) {
      const m = new DataTree(testSchema()).takeSnapshot().newModification();
      assert.throws(
        () => m.write(TOP, JSON.parse(`{"str": "abc", "${name}": {"plain": "p"}}`)),
        (e: unknown) =>
          e instanceof DataValidationFailedError && e.reason.includes(`unknown member "${name}"`),
        name,
      );
    }
  });

  it('members inherited from a prototype are not data', () => {
    const m = new DataTree(testSchema()).takeSnapshot().newModification();
    const content = Object.create({ plain: 'inherited' }) as Record<string, unknown>;
    content['str'] = 'abc';
    m.write(TOP, content);
    assert.deepEqual(m.read(TOP), { str: 'abc' });
    // A list entry's key leaf is not found on the prototype either.
    assert.throws(
      () => m.write('/canopy-test:item', [Object.create({ name: 'a' }) as object]),
      (e: unknown) => e instanceof DataValidationFailedError && /lacks its key leaf/.test(e.reason),
    );
  });

  it('YANG nodes named __proto__, constructor and toString read back as members', () => {
    const tree = new DataTree(oddSchema());
    const m = tree.takeSnapshot().newModification();
    m.write('/odd:box', JSON.parse('{"__proto__": "p", "constructor": "c", "toString": "t"}'));
    m.write('/odd:entry', [{ constructor: 'k', hasOwnProperty: 1 }]);
    m.ready();
    tree.commit(tree.prepare(m));
    const read = tree.takeSnapshot().read('/odd:box');
    assertPlainObject(read, 'the container');
    assert.deepEqual(Object.keys(read), ['__proto__', 'constructor', 'toString']);
    assert.equal(Object.getOwnPropertyDescriptor(read, '__proto__')?.value, 'p');
    assert.equal(read['constructor'], 'c');
    assert.equal(tree.takeSnapshot().read('/odd:box/__proto__'), 'p');
    assert.deepEqual(tree.takeSnapshot().read('/odd:entry=k'), {
      constructor: 'k',
      hasOwnProperty: 1,
    });
    const copy = new DataTree(oddSchema());
    installTree(copy, encodeTree(tree.root));
    assert.equal(
      Object.getOwnPropertyDescriptor(copy.takeSnapshot().read('/odd:box'), '__proto__')?.value,
      'p',
    );
  });
});
