/**
 * Goal: RFC 8040 paths parse into normalised identifiers and print back canonically, hand-built and
 * builder-made identifiers agree with parsed ones, and every malformed path is an InvalidPathError that
 * names the segment and the reason. Method: parse against the shipped models and the test model, round
 * trip, and check each error case by its message.
 */
import { strict as assert } from 'node:assert';
import { InvalidPathError } from '../../../src/tree/errors.js';
import { PathCodec, parsePath, path, printPath, resolvePath } from '../../../src/tree/path.js';
import { confSchema, testSchema } from './fixtures.js';

function invalid(text: string, pattern: RegExp): void {
  assert.throws(
    () => parsePath(testSchema(), text),
    (e: unknown) => e instanceof InvalidPathError && pattern.test(e.message),
  );
}

describe('tree: paths', () => {
  it('parses and prints the paths of the shipped models', () => {
    const schema = confSchema();
    for (const text of [
      '/toaster:toaster/darknessFactor',
      '/opendaylight-inventory:nodes/node=openflow%3A1',
      '/network-topology:network-topology/topology=t1/node=n1',
      '/network-topology:network-topology/topology=t1/node=n1/termination-point=tp%2F1',
    ]) {
      const p = parsePath(schema, text);
      assert.equal(p.text, text);
      assert.equal(printPath(p), text);
      assert.equal(printPath({ args: p.args }), text);
    }
  });

  it('decodes key values and gives them as normalised JSON scalars', () => {
    const p = parsePath(confSchema(), '/opendaylight-inventory:nodes/node=openflow%3A1');
    assert.deepEqual(p.args, [
      { kind: 'node', qname: 'opendaylight-inventory:nodes' },
      { kind: 'entry', qname: 'opendaylight-inventory:node', keys: ['openflow:1'] },
    ]);
    const multi = parsePath(testSchema(), '/canopy-test:pair=a%2Cb,007');
    assert.deepEqual(multi.args[0], { kind: 'entry', qname: 'canopy-test:pair', keys: ['a,b', 7] });
    assert.equal(multi.text, '/canopy-test:pair=a%2Cb,7');
  });

  it('treats / as the root and refuses the empty string', () => {
    assert.deepEqual(parsePath(testSchema(), '/').args, []);
    assert.equal(parsePath(testSchema(), '/').text, '/');
    invalid('', /an empty path; the datastore root is '\/'/);
  });

  it('addresses whole lists, leaf-lists and single leaf-list values', () => {
    const schema = testSchema();
    assert.equal(parsePath(schema, '/canopy-test:item').steps.length, 1);
    const v = parsePath(schema, '/canopy-test:top/small-nums=03');
    assert.deepEqual(v.args[1], { kind: 'value', qname: 'canopy-test:small-nums', value: 3 });
    assert.equal(v.text, '/canopy-test:top/small-nums=3');
    const s = parsePath(schema, '/canopy-test:top/tags=a,b');
    assert.deepEqual(s.args[1], { kind: 'value', qname: 'canopy-test:tags', value: 'a,b' });
  });

  it('qualifies a segment only where its module changes (augments)', () => {
    const p = parsePath(testSchema(), '/canopy-test:top/canopy-test-aug:gadget/power');
    assert.equal(p.text, '/canopy-test:top/canopy-test-aug:gadget/power');
    const redundant = parsePath(testSchema(), '/canopy-test:top/canopy-test:inner/a');
    assert.equal(redundant.text, '/canopy-test:top/inner/a');
  });

  it('percent-encodes reserved and non-ASCII characters in keys', () => {
    const p = path(testSchema()).entry('canopy-test:item', 'a/b=c,d%e é').build();
    assert.equal(p.text, '/canopy-test:item=a%2Fb%3Dc%2Cd%25e%20%C3%A9');
    assert.deepEqual(parsePath(testSchema(), p.text).args, p.args);
  });

  it('builds paths with the typed builder, inheriting modules', () => {
    const schema = confSchema();
    const p = path(schema).node('toaster:toaster').node('darknessFactor').build();
    assert.equal(p.text, '/toaster:toaster/darknessFactor');
    const e = path(schema)
      .node('network-topology:network-topology')
      .entry('topology', 't1')
      .entry('node', 'n1')
      .toString();
    assert.equal(e, '/network-topology:network-topology/topology=t1/node=n1');
    const typed = path(testSchema()).entry('canopy-test:pair', 'x', 12).build();
    assert.deepEqual(typed.args[0], { kind: 'entry', qname: 'canopy-test:pair', keys: ['x', 12] });
    assert.throws(() => path(testSchema()).node('top'), /first node must name its module/);
    assert.throws(() => path(testSchema()).node('canopy-test:top').node('nope'), InvalidPathError);
  });

  it('resolves hand-built identifiers, normalising and checking keys', () => {
    const schema = testSchema();
    const p = resolvePath(schema, {
      args: [{ kind: 'entry', qname: 'canopy-test:pair', keys: ['x', 3] }],
    });
    assert.equal(p.text, '/canopy-test:pair=x,3');
    assert.throws(
      () =>
        resolvePath(schema, {
          args: [{ kind: 'entry', qname: 'canopy-test:pair', keys: ['x', '3'] }],
        }),
      /bad value for key right: expected a number/,
    );
  });

  it('reports each malformed path with its segment and reason', () => {
    invalid('canopy-test:top', /must start with '\/'/);
    invalid('/canopy-test:top//str', /segment 2 "": empty segment/);
    invalid('/canopy-test:top/', /segment 2 "": empty segment/);
    invalid('/nosuch:top', /segment 1 "nosuch:top": unknown module "nosuch"/);
    invalid('/top', /segment 1 "top": the first segment must name its module/);
    invalid(
      '/canopy-test:top/nope',
      /segment 2 "nope": "canopy-test:nope" is not a data node here; known children: str, plain/,
    );
    invalid('/canopy-test:top=1', /container canopy-test:top takes no key values/);
    invalid('/canopy-test:pair=a', /has 2 key\(s\) \(left, right\), got 1 value/);
    invalid('/canopy-test:pair=a,b', /bad value for key right: "b" is not an integer/);
    invalid('/canopy-test:pair=a,70000', /out of the uint16 range/);
    invalid('/canopy-test:item/value', /list canopy-test:item needs key values/);
    invalid(
      '/canopy-test:top/str/x',
      /segment 3 "x": \/canopy-test:top\/str is a leaf and has no children/,
    );
    invalid('/canopy-test:state/log=1', /has no keys, so its entries cannot be addressed/);
    invalid('/canopy-test:item=%E0%A4%A', /bad percent-encoding/);
    invalid('/canopy-test:top/small-nums=300', /bad leaf-list value/);
  });

  it('keeps its parse cache bounded, and cached and fresh parses agree', () => {
    const codec = new PathCodec(testSchema(), 4);
    const texts = Array.from({ length: 20 }, (_, i) => `/canopy-test:item=k${i}/value`);
    for (const t of texts) {
      assert.equal(codec.parse(t).text, t);
    }
    const again = codec.parse(texts[19]!);
    assert.equal(again, codec.parse(texts[19]!));
    assert.deepEqual(codec.parse(texts[0]!).args, parsePath(testSchema(), texts[0]!).args);
    const internals = codec as unknown as {
      young: Map<string, unknown>;
      old: Map<string, unknown>;
    };
    assert.ok(internals.young.size + internals.old.size <= 8);
  });

  it('caches a path from its second parse on, so a stream of unique paths leaves the cache alone', () => {
    const codec = new PathCodec(testSchema(), 64);
    const internals = codec as unknown as {
      young: Map<string, unknown>;
      old: Map<string, unknown>;
    };
    const hot = '/canopy-test:item=hot/value';
    const first = codec.parse(hot);
    const second = codec.parse(hot);
    assert.deepEqual(second.args, first.args);
    for (let i = 0; i < 1000; i++) {
      assert.equal(
        codec.parse(`/canopy-test:item=k${i}/value`).text,
        `/canopy-test:item=k${i}/value`,
      );
    }
    assert.equal(internals.young.size + internals.old.size, 1, 'only the repeated path is cached');
    assert.equal(codec.parse(hot), second, 'and it survived the stream');
  });

  it('gives the canonical text for any accepted spelling, and the input itself when canonical', () => {
    const schema = testSchema();
    const cases: [string, string][] = [
      ['/canopy-test:top/canopy-test:str', '/canopy-test:top/str'],
      ['/canopy-test:pair=%61,007', '/canopy-test:pair=a,7'],
      ['/canopy-test:item=a%2Fb/sub=01/label', '/canopy-test:item=a%2Fb/sub=1/label'],
      ['/canopy-test:top/tags=x%2Cy', '/canopy-test:top/tags=x%2Cy'],
    ];
    for (const [input, text] of cases) {
      const codec = new PathCodec(schema);
      assert.equal(codec.parse(input).text, text, input);
      assert.equal(printPath(codec.parse(input)), text);
    }
    const canonical = '/canopy-test:item=k1/value';
    assert.equal(new PathCodec(schema).parse(canonical).text, canonical);
  });
});
