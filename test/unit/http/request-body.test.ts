/**
 * Goal: request bodies parse to what JSON.parse gives, except that a member named `__proto__`, or a
 * member name given twice in one object, is refused however it is spelled (plainly or with `\u`
 * escapes) and at any depth, with a message naming the member, its line and column and the path of its
 * object; the text `__proto__` elsewhere (a string value) is data, and equal names in different objects
 * are fine; and the first module of a data path is found from its first segment only (what decides
 * whether a path addresses the server's own state).
 * Method: direct calls of parseJsonBody and firstModule; fast-check compares parseJsonBody with
 * JSON.parse over generated JSON values, and checks that a repeated name planted at a random place of
 * a generated value is always found.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { firstModule } from '../../../src/http/data-resource.js';
import { RestconfError } from '../../../src/http/restconf-error.js';
import { parseJsonBody } from '../../../src/http/json-body.js';

function refused(text: string): boolean {
  return refusal(text) !== undefined;
}

/** The message of the 400 malformed-message refusal of `text`; undefined when it parses. */
function refusal(text: string): string | undefined {
  try {
    parseJsonBody(text);
    return undefined;
  } catch (e) {
    assert.ok(e instanceof RestconfError && e.tag === 'malformed-message' && e.status === 400);
    return e.message;
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

  it('a member name given twice in one object is refused, naming it, its position and its object', () => {
    assert.match(
      refusal('{"rtest:box": {"label": "a",\n  "label": "b"}}') ?? '',
      /the member "label" is given twice in one object \(the second at line 2, column 3, in the object at \/rtest:box\)/,
    );
    assert.match(
      refusal('{"a": [{"k": 1}, {"k": 1, "x": {"y": 1, "y": 2}}]}') ?? '',
      /"y" is given twice .* in the object at \/a\/1\/x\)/,
    );
    assert.match(refusal('{"a": 1, "a": 1}') ?? '', /"a" is given twice .*object at \/\)/);
    assert.match(refusal('{"m/n~": {"a": 1, "a": 2}}') ?? '', /object at \/m~1n~0\)/);
  });

  it('names compare decoded: an escaped spelling of a name is the same name', () => {
    assert.match(refusal('{"ab": 1, "\\u0061b": 2}') ?? '', /"ab" is given twice/);
    assert.match(refusal('{"a\\"b": 1, "a\\u0022b": 2}') ?? '', /"a\\"b" is given twice/);
  });

  it('equal names in different objects, and strings that look like names, are data', () => {
    const text =
      '{"a": {"k": 1}, "b": {"k": 1}, "c": [{"k": 1}, {"k": 2}], "d": "\\"k\\": 1, \\"k\\""}';
    assert.deepStrictEqual(parseJsonBody(text), JSON.parse(text));
    assert.deepStrictEqual(parseJsonBody('{"a\\\\": 1, "a": 2}'), { 'a\\': 1, a: 2 });
  });

  it('a name repeated anywhere in any JSON value is found', () => {
    const member = fc.string({ maxLength: 4 }).filter((s) => s !== '__proto__');
    fc.assert(
      fc.property(fc.jsonValue(), member, fc.jsonValue(), (value, name, extra) => {
        const text = JSON.stringify({ [name]: value, x: { [name]: extra } });
        fc.pre(!text.includes('"__proto__":'));
        // Splice a repeat of the inner member into the inner object: {"x":{name:extra, name:1}}.
        const at = text.lastIndexOf('}', text.length - 2);
        const planted = `${text.slice(0, at)},${JSON.stringify(name)}:1${text.slice(at)}`;
        assert.match(refusal(planted) ?? '', / is given twice .* in the object at \/x\)/);
      }),
    );
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
