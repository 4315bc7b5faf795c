/**
 * Goal: the pure pieces under the data resource keep their contracts: the content=all merge, the depth
 * limit (checked as properties over generated documents: a limited document is a sub-document of the
 * full one, limiting is idempotent and monotonic in the depth, and a deep enough limit changes
 * nothing), body unwrapping, error-path printing, error mapping by code, and Accept negotiation.
 * Method: direct calls with the toaster + rtest schema; fast-check generates rtest:box documents.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  DataValidationFailedError,
  InvalidPathError,
  OptimisticLockFailedError,
} from '../../../src/tree/errors.js';
import { parsePath } from '../../../src/tree/path.js';
import { RpcError, RpcNotFoundError } from '../../../src/rpc/errors.js';
import {
  limitDepth,
  mergeViews,
  postedChild,
  targetOf,
  unwrapBody,
  type DataTarget,
} from '../../../src/http/data-view.js';
import { queryParams, responseMediaType } from '../../../src/http/request-params.js';
import {
  instanceIdentifier,
  RestconfError,
  toRestconfError,
} from '../../../src/http/restconf-error.js';
import type { JsonValue } from '../../../src/yang/schema.js';
import { operationsSchema } from '../rpc/operations-schema.js';

function target(path: string): DataTarget {
  const schema = operationsSchema();
  return targetOf(parsePath(schema, path), schema.root);
}

describe('restconf: content=all merge', () => {
  it('merges members, list entries by key (config first), and lets config values win', () => {
    const merged = mergeViews(
      target('/rtest:box'),
      { label: 'c', item: [{ id: 'a', qty: 1 }, { id: 'b' }], tags: ['x'] },
      {
        label: 'o',
        state: 's',
        item: [
          { id: 'z', seen: 9 },
          { id: 'a', seen: 2 },
        ],
        tags: ['y'],
      },
    );
    assert.deepStrictEqual(merged, {
      label: 'c',
      item: [{ id: 'a', qty: 1, seen: 2 }, { id: 'b' }, { id: 'z', seen: 9 }],
      tags: ['x'],
      state: 's',
    });
  });

  it('two-key entries match on both keys', () => {
    const merged = mergeViews(
      target('/rtest:pair'),
      [{ a: 'x', b: 1, v: 'c' }],
      [
        { a: 'x', b: 2, v: 'o2' },
        { a: 'x', b: 1, v: 'o1' },
      ],
    );
    assert.deepStrictEqual(merged, [
      { a: 'x', b: 1, v: 'c' },
      { a: 'x', b: 2, v: 'o2' },
    ]);
  });

  it('a side that is absent gives the other unchanged', () => {
    assert.deepStrictEqual(mergeViews(target('/rtest:box'), undefined, { state: 's' }), {
      state: 's',
    });
    assert.equal(mergeViews(target('/rtest:box/label'), undefined, undefined), undefined);
  });
});

const box = fc.record(
  {
    label: fc.string({ maxLength: 3 }),
    size: fc.integer({ min: 0, max: 255 }),
    inner: fc.record(
      {
        a: fc.string({ maxLength: 2 }),
        deeper: fc.record({ b: fc.string() }, { requiredKeys: [], noNullPrototype: true }),
      },
      { requiredKeys: [], noNullPrototype: true },
    ),
    item: fc
      .uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { maxLength: 4 })
      .chain((ids) =>
        fc.tuple(
          ...ids.map((id) =>
            fc.record(
              { id: fc.constant(id), qty: fc.nat(), note: fc.string({ maxLength: 2 }) },
              { requiredKeys: ['id'], noNullPrototype: true },
            ),
          ),
        ),
      ),
    tags: fc.uniqueArray(fc.string({ maxLength: 2 }), { maxLength: 3 }),
  },
  { requiredKeys: [], noNullPrototype: true },
) as fc.Arbitrary<JsonValue>;

/** Whether `part` is `whole` with some members left out (arrays keep their length and order). */
function isSubDocument(part: JsonValue, whole: JsonValue): boolean {
  if (Array.isArray(part) && Array.isArray(whole)) {
    const parts = part as readonly JsonValue[];
    const wholes = whole as readonly JsonValue[];
    return (
      parts.length === wholes.length &&
      parts.every((p, i) => wholes[i] !== undefined && isSubDocument(p, wholes[i]))
    );
  }
  if (typeof part === 'object' && part !== null && typeof whole === 'object' && whole !== null) {
    const w = whole as Record<string, JsonValue>;
    return Object.entries(part).every(([k, v]) => k in w && isSubDocument(v, w[k]!));
  }
  return part === whole;
}

describe('restconf: depth limit', () => {
  const boxTarget = target('/rtest:box');

  it('a limited document is a sub-document of the full one', () => {
    fc.assert(
      fc.property(box, fc.integer({ min: 1, max: 6 }), (doc, depth) =>
        isSubDocument(limitDepth(boxTarget, doc, depth), doc),
      ),
    );
  });

  it('limiting is idempotent and monotonic in the depth', () => {
    fc.assert(
      fc.property(box, fc.integer({ min: 1, max: 5 }), (doc, depth) => {
        const limited = limitDepth(boxTarget, doc, depth);
        assert.deepStrictEqual(limitDepth(boxTarget, limited, depth), limited);
        assert.ok(isSubDocument(limited, limitDepth(boxTarget, doc, depth + 1)));
      }),
    );
  });

  it('a limit at least the document’s depth (4 for rtest:box) changes nothing', () => {
    fc.assert(
      fc.property(box, fc.integer({ min: 4, max: 65535 }), (doc, depth) => {
        assert.deepStrictEqual(limitDepth(boxTarget, doc, depth), doc);
      }),
    );
  });

  it('list entries at the limit keep exactly their keys', () => {
    const limited = limitDepth(target('/rtest:pair'), [{ a: 'x', b: 1, v: 'c' }], 1);
    assert.deepStrictEqual(limited, [{ a: 'x', b: 1 }]);
  });
});

describe('restconf: request bodies', () => {
  it('unwrapBody takes the target’s member; a list entry as one-element array or object', () => {
    assert.deepStrictEqual(unwrapBody(target('/rtest:box'), { 'rtest:box': { label: 'x' } }), {
      label: 'x',
    });
    assert.deepStrictEqual(
      unwrapBody(target('/rtest:box/item=a'), { 'rtest:item': [{ id: 'a' }] }),
      {
        id: 'a',
      },
    );
    assert.deepStrictEqual(unwrapBody(target('/rtest:box/item=a'), { 'rtest:item': { id: 'a' } }), {
      id: 'a',
    });
    assert.deepStrictEqual(unwrapBody(target('/'), { 'ietf-restconf:data': { x: 1 } }), { x: 1 });
  });

  const refused: [string, string, unknown][] = [
    ['a scalar body', '/rtest:box', 3],
    ['an unqualified member (RFC 7951 §4)', '/rtest:box', { box: { label: 'x' } }],
    ['an unqualified entry member', '/rtest:box/item=a', { item: [{ id: 'a' }] }],
    ['another node', '/rtest:box', { 'rtest:pair': [] }],
    [
      'two entries for one entry URI',
      '/rtest:box/item=a',
      { 'rtest:item': [{ id: 'a' }, { id: 'b' }] },
    ],
  ];
  for (const [what, path, body] of refused) {
    it(`unwrapBody refuses ${what} with malformed-message`, () => {
      assert.throws(
        () => unwrapBody(target(path), body),
        (e: unknown) =>
          e instanceof RestconfError && e.tag === 'malformed-message' && e.status === 400,
      );
    });
  }

  it('postedChild names the new entry by its percent-encoded keys', () => {
    const child = postedChild(target('/'), { 'rtest:pair': [{ a: 'x/y', b: 2 }] });
    assert.equal(child.segment, 'rtest:pair=x%2Fy,2');
    assert.equal(
      postedChild(target('/rtest:box'), { 'rtest:tags': ['a b'] }).segment,
      'tags=a%20b',
    );
  });
});

describe('restconf: errors', () => {
  const schema = operationsSchema();

  it('error-path is an RFC 7951 instance-identifier', () => {
    assert.equal(
      instanceIdentifier(parsePath(schema, '/rtest:box/item=a/qty')),
      "/rtest:box/item[id='a']/qty",
    );
    assert.equal(
      instanceIdentifier(parsePath(schema, '/rtest:pair=x,3')),
      "/rtest:pair[a='x'][b='3']",
    );
    assert.equal(
      instanceIdentifier(parsePath(schema, "/rtest:box/tags=it's")),
      `/rtest:box/tags[.="it's"]`,
    );
    assert.equal(instanceIdentifier(parsePath(schema, '/')), '/');
  });

  const mapped: [string, unknown, number, string, boolean][] = [
    ['InvalidPathError', new InvalidPathError('/x', 'bad'), 400, 'invalid-value', false],
    [
      'DataValidationFailedError',
      new DataValidationFailedError('/rtest:box/size', 'too big'),
      400,
      'invalid-value',
      false,
    ],
    [
      'OptimisticLockFailedError',
      new OptimisticLockFailedError('/rtest:box', 'conflict'),
      409,
      'in-use',
      false,
    ],
    ['RpcNotFoundError', new RpcNotFoundError('rtest:echo'), 404, 'invalid-value', false],
    [
      'RpcError(resource-denied)',
      new RpcError('resource-denied', 'no'),
      409,
      'resource-denied',
      false,
    ],
    ['a plain Error', new Error('boom'), 500, 'operation-failed', true],
    ['a thrown string', 'boom', 500, 'operation-failed', true],
  ];
  for (const [what, error, status, tag, internal] of mapped) {
    it(`${what} maps to ${status} ${tag}${internal ? ', logged as internal' : ''}`, () => {
      const result = toRestconfError(schema, error);
      assert.equal(result.error.status, status);
      assert.equal(result.error.tag, tag);
      assert.equal(result.internal, internal);
      if (internal) {
        assert.doesNotMatch(result.error.message, /boom/);
      }
    });
  }

  it('a validation error carries its data path as error-path', () => {
    const { error } = toRestconfError(
      schema,
      new DataValidationFailedError('/rtest:box/item=a/qty', 'x'),
    );
    assert.equal(error.errorPath, "/rtest:box/item[id='a']/qty");
  });
});

describe('restconf: request parameters', () => {
  const accepts: [string | undefined, string | undefined][] = [
    [undefined, 'application/yang-data+json'],
    ['*/*', 'application/yang-data+json'],
    ['application/json', 'application/json'],
    ['application/yang-data+json, application/json;q=0.5', 'application/yang-data+json'],
    ['application/yang-data+xml;q=1, application/json;q=0.1', 'application/json'],
    ['text/html', undefined],
    ['application/json;q=0', undefined],
  ];
  for (const [accept, expected] of accepts) {
    it(`Accept ${JSON.stringify(accept)} answers ${expected ?? '406'}`, () => {
      if (expected === undefined) {
        assert.throws(
          () => responseMediaType(accept),
          (e: unknown) => e instanceof RestconfError && e.status === 406,
        );
      } else {
        assert.equal(responseMediaType(accept), expected);
      }
    });
  }

  it('an Accept header answers the same every time, and a refused one is refused every time', () => {
    const accept = 'application/json, application/yang-data+json;q=0.9';
    assert.equal(responseMediaType(accept), 'application/json');
    assert.equal(responseMediaType(accept), 'application/json');
    for (let i = 0; i < 2; i++) {
      assert.throws(
        () => responseMediaType('application/xml'),
        (e: unknown) => e instanceof RestconfError && e.status === 406,
      );
    }
    // More distinct values than the memo holds: every one still gets its own answer.
    for (let i = 0; i < 200; i++) {
      assert.equal(responseMediaType(`application/json;x=${i}`), 'application/json');
      assert.equal(responseMediaType(`*/*;x=${i}`), 'application/yang-data+json');
    }
    assert.equal(responseMediaType(' '), 'application/yang-data+json');
  });

  it('a URL without a query has no parameters, whatever the resource allows', () => {
    assert.equal(queryParams('/rests/data/rtest:box', []).size, 0);
    assert.equal(queryParams('/rests/data/rtest:box?', []).size, 0);
    assert.throws(() => queryParams('/rests/data/rtest:box?x', []), RestconfError);
  });

  it('query parameters are decoded, and unknown or repeated ones refused', () => {
    assert.deepStrictEqual(
      [...queryParams('/rests/data?depth=2&content=config', ['depth', 'content'])],
      [
        ['depth', '2'],
        ['content', 'config'],
      ],
    );
    assert.throws(() => queryParams('/x?depth=1', []), RestconfError);
    assert.throws(() => queryParams('/x?depth=1&depth=1', ['depth']), RestconfError);
  });
});
