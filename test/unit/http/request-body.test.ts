/**
 * Goal: request bodies parse to what JSON.parse gives, except that a member named `__proto__` is
 * refused however it is spelled (plainly or with `\u` escapes), while the text `__proto__` elsewhere (a
 * string value) is data; and the first module of a data path is found from its first segment only
 * (what decides whether a path addresses the server's own state).
 * Method: direct calls of parseJsonBody and firstModule; fast-check compares parseJsonBody with
 * JSON.parse over generated JSON values.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { firstModule } from '../../../src/http/data-resource.js';
import { RestconfError } from '../../../src/http/restconf-error.js';
import { parseJsonBody } from '../../../src/http/restconf-server.js';

function refused(text: string): boolean {
  try {
    parseJsonBody(text);
    return false;
  } catch (e) {
    return e instanceof RestconfError && e.tag === 'malformed-message';
  }
}

describe('restconf: request bodies', () => {
  it('an empty or blank body is undefined', () => {
    assert.equal(parseJsonBody(''), undefined);
    assert.equal(parseJsonBody(' \n\t'), undefined);
  });

  it('a body is what JSON.parse gives for any JSON without a __proto__ member', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const text = JSON.stringify(value);
        fc.pre(!text.includes('"__proto__":'));
        assert.deepStrictEqual(parseJsonBody(text), JSON.parse(text));
      }),
    );
  });

  it('a member named __proto__ is refused, spelled plainly or with escapes, at any depth', () => {
    assert.ok(refused('{"__proto__": {"x": 1}}'));
    assert.ok(refused('{"a": [{"b": {"__proto__": 1}}]}'));
    assert.ok(refused('{"\\u005f_proto__": 1}'));
    assert.ok(refused('{"\\u005F\\u005Fproto\\u005f\\u005f": 1}'));
  });

  it('__proto__ as a string value, or inside a longer name, is data', () => {
    assert.deepStrictEqual(parseJsonBody('{"a": "__proto__"}'), { a: '__proto__' });
    assert.deepStrictEqual(parseJsonBody('{"a": "\\u005f_proto__"}'), { a: '__proto__' });
    const longer = parseJsonBody('{"x__proto__": 1}') as Record<string, unknown>;
    assert.equal(longer['x__proto__'], 1);
  });

  it('malformed JSON is malformed-message, with or without escapes', () => {
    assert.ok(refused('{"a": '));
    assert.ok(refused('{"\\u00": 1}'));
  });
});

describe('restconf: the first module of a data path', () => {
  const cases: [string, string][] = [
    ['/ietf-yang-library:yang-library', 'ietf-yang-library'],
    ['/rtest:box/item=a:b', 'rtest'],
    ['/rtest:box', 'rtest'],
    ['/box/rtest:item', ''],
    ['/item=a:b', ''],
    ['/box', ''],
    ['/', ''],
  ];
  for (const [path, module] of cases) {
    it(`${path} is in module ${JSON.stringify(module)}`, () => {
      assert.equal(firstModule(path), module);
    });
  }
});
