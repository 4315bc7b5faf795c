/**
 * Goal: the less common corners of the compiler behave as RFC 7950 says: every deviate operation,
 * leafref paths with deref(), from rpc input and from groupings used in another module, choices
 * nested as shorthand, augments into cases and choices, uses with when, refine of config, must and
 * element counts, actions and notifications inside groupings, typedef defaults across modules, and
 * top-level choices. Method: compile small inline module sets and inspect the compiled nodes.
 */
import { strict as assert } from 'node:assert';
import { compileSchema } from '../../../src/yang/compile.js';
import { findChoice, findSchemaNode } from '../../../src/yang/query.js';
import type {
  ContainerSchema,
  DataNodeSchema,
  LeafListSchema,
  LeafSchema,
  ListSchema,
  SchemaContext,
} from '../../../src/yang/schema.js';

function mod(name: string, body: string, imports = ''): { file: string; text: string } {
  return {
    file: `${name}.yang`,
    text: `module ${name} {\n  yang-version 1.1;\n  namespace "urn:${name}";\n  prefix ${name};\n${imports}\n${body}\n}\n`,
  };
}

function at(ctx: SchemaContext, path: string): DataNodeSchema {
  const n = findSchemaNode(ctx, path);
  assert.ok(n, `no node at ${path}`);
  return n;
}

function leafAt(ctx: SchemaContext, path: string): LeafSchema {
  const n = at(ctx, path);
  assert.equal(n.kind, 'leaf');
  return n;
}

describe('yang compile edges: deviations', () => {
  const base = mod(
    'b',
    `  container c {
    leaf a { type string; default "x"; must "true()"; units "s"; }
    leaf m { type string; }
    list l { key k; leaf k { type string; } leaf v { type int8; } }
    leaf-list ll { type int8; default 1; default 2; }
    list gone { key k; leaf k { type string; } }
  }`,
  );

  it('not-supported removes a whole subtree; add, replace and delete edit properties', () => {
    const dev = mod(
      'd',
      `  deviation "/b:c/b:gone" { deviate not-supported; }
  deviation "/b:c/b:a" {
    deviate delete { default "x"; must "true()"; units "s"; }
    deviate replace { config false; }
  }
  deviation "/b:c/b:m" { deviate add { mandatory true; must "string-length(.) > 0"; } }
  deviation "/b:c/b:l" {
    deviate add { unique "v"; min-elements 1; }
    deviate replace { max-elements 5; }
  }
  deviation "/b:c/b:ll" { deviate replace { default 7; type int16; } }`,
      '  import b { prefix b; }',
    );
    const ctx = compileSchema([base, dev]);
    assert.equal(findSchemaNode(ctx, '/b:c/gone'), undefined);
    const a = leafAt(ctx, '/b:c/a');
    assert.equal(a.default, undefined);
    assert.deepEqual(a.must, []);
    assert.equal(a.units, undefined);
    assert.equal(a.config, false);
    const m = leafAt(ctx, '/b:c/m');
    assert.equal(m.mandatory, true);
    assert.deepEqual(m.must, ['string-length(.) > 0']);
    const l = at(ctx, '/b:c/l') as ListSchema;
    assert.deepEqual(l.unique, [['b:v']]);
    assert.equal(l.minElements, 1);
    assert.equal(l.maxElements, 5);
    const ll = at(ctx, '/b:c/ll') as LeafListSchema;
    assert.deepEqual(ll.defaults, [7]);
    assert.equal(ll.type.kind === 'integer' && ll.type.base, 'int16');
  });

  it('deleting what is not there and adding what is already there are errors', () => {
    const dev = mod(
      'd',
      `  deviation "/b:c/b:a" { deviate delete { default "y"; } }
  deviation "/b:c/b:a" { deviate add { units "ms"; } }
  deviation "/b:c/b:a" { deviate add { default "z"; } }`,
      '  import b { prefix b; }',
    );
    assert.throws(
      () => compileSchema([base, dev]),
      (e: Error) =>
        /^d\.yang:6:43: deviate delete of \/b:c\/a: it has no default "y"$/m.test(e.message) &&
        e.message.split('\n').length === 3,
    );
  });
});

describe('yang compile edges: leafrefs', () => {
  it('deref() follows the referenced leafref to its target, then walks from there', () => {
    const ctx = compileSchema([
      mod(
        'm',
        `  list iface { key name; leaf name { type string; } leaf speed { type uint32; } }
  container cfg {
    leaf which { type leafref { path "/iface/name"; } }
    leaf speed { type leafref { path "deref(../which)/../speed"; } }
  }`,
      ),
    ]);
    const speed = leafAt(ctx, '/m:cfg/speed');
    assert.equal(speed.type.kind === 'leafref' && speed.type.target.name, 'uint32');
  });

  it('a relative leafref in rpc input climbs past input to the rpc; absolute ones reach data', () => {
    const ctx = compileSchema([
      mod(
        'm',
        `  list item { key id; leaf id { type int16; } }
  rpc act {
    input {
      leaf target { type leafref { path "/item/id"; } }
      leaf copy { type leafref { path "../target"; } }
    }
  }`,
      ),
    ]);
    const input = ctx.rpcs.get('m:act')!.input;
    const copy = input.children.get('m:copy') as LeafSchema;
    assert.equal(copy.type.kind === 'leafref' && copy.type.target.kind, 'leafref');
    const target = input.children.get('m:target') as LeafSchema;
    assert.equal(target.type.kind === 'leafref' && target.type.target.name, 'int16');
  });

  it("a grouping's relative leafref resolves among the using module's nodes", () => {
    const lib = mod(
      'lib',
      `  grouping pair { leaf a { type int8; } leaf b { type leafref { path "../lib:a"; } } }`,
    );
    const app = mod('app', '  container c { uses l:pair; }', '  import lib { prefix l; }');
    const ctx = compileSchema([lib, app]);
    const b = leafAt(ctx, '/app:c/b');
    assert.equal(b.qname, 'app:b');
    assert.equal(b.type.kind === 'leafref' && b.type.target.name, 'int8');
  });

  it('an unprefixed path in a typedef of another module also resolves in that module', () => {
    const lib = mod(
      'lib',
      `  container things { list thing { key id; leaf id { type uint8; } } }
  typedef thing-ref { type leafref { path "/things/thing/id"; } }`,
    );
    const app = mod('app', '  leaf favourite { type l:thing-ref; }', '  import lib { prefix l; }');
    const ctx = compileSchema([lib, app]);
    const fav = leafAt(ctx, '/app:favourite');
    assert.equal(fav.type.kind === 'leafref' && fav.type.target.name, 'uint8');
  });

  it('a leafref inside a union typedef binds per leaf', () => {
    const ctx = compileSchema([
      mod(
        'm',
        `  typedef ref-or-num { type union { type leafref { path "../name"; } type uint8; } }
  container x { leaf name { type string; } leaf r { type ref-or-num; } }
  container y { leaf name { type boolean; } leaf r { type ref-or-num; } }`,
      ),
    ]);
    const rx = leafAt(ctx, '/m:x/r').type;
    const ry = leafAt(ctx, '/m:y/r').type;
    assert.ok(rx.kind === 'union' && ry.kind === 'union');
    assert.equal(rx.types[0]!.kind === 'leafref' && rx.types[0].target.kind, 'string');
    assert.equal(ry.types[0]!.kind === 'leafref' && ry.types[0].target.kind, 'boolean');
  });

  it('require-instance false lets a config leafref point at state data', () => {
    const ctx = compileSchema([
      mod(
        'm',
        `  container s { config false; leaf v { type string; } }
  leaf r { type leafref { path "/s/v"; require-instance false; } }`,
      ),
    ]);
    const r = leafAt(ctx, '/m:r');
    assert.equal(r.type.kind === 'leafref' && r.type.requireInstance, false);
  });
});

describe('yang compile edges: choices, augments and groupings', () => {
  it('a choice directly in a choice gets an implicit case; top-level choices sit on the root', () => {
    const ctx = compileSchema([
      mod(
        'm',
        `  choice outer {
    choice inner { leaf a { type string; } leaf b { type string; } }
    leaf c { type string; }
  }`,
      ),
    ]);
    const outer = ctx.root.choices.get('m:outer')!;
    assert.deepEqual([...outer.cases.keys()], ['m:inner', 'm:c']);
    assert.deepEqual(leafAt(ctx, '/m:a').caseAncestry, [
      { choice: 'm:outer', case: 'm:inner' },
      { choice: 'm:inner', case: 'm:a' },
    ]);
    assert.ok(findChoice(ctx.root, 'm:inner'));
    assert.ok(ctx.modules.get('m')!.dataChildren.has('m:b'));
  });

  it('augments may target a case (adding nodes) or a choice (adding cases, also through uses)', () => {
    const base = mod('b', '  container c { choice ch { case one { leaf x { type string; } } } }');
    const ext = mod(
      'e',
      `  grouping g { leaf z { type string; } }
  augment "/b:c/b:ch/b:one" { leaf y { type string; } }
  augment "/b:c/b:ch" { uses g; }`,
      '  import b { prefix b; }',
    );
    const ctx = compileSchema([base, ext]);
    const ch = findChoice(at(ctx, '/b:c') as ContainerSchema, 'b:ch')!;
    assert.deepEqual([...ch.cases.keys()], ['b:one', 'e:z']);
    assert.ok(ch.cases.get('b:one')!.children.has('e:y'));
    assert.deepEqual(leafAt(ctx, '/b:c/e:z').caseAncestry, [{ choice: 'b:ch', case: 'e:z' }]);
  });

  it('uses with when puts the condition on every node it adds; refine adjusts config, must, counts', () => {
    const ctx = compileSchema([
      mod(
        'm',
        `  grouping g {
    leaf a { type string; }
    leaf-list b { type string; }
    list l { key k; leaf k { type string; } }
  }
  container c {
    uses g {
      when "../on = 'true'";
      refine a { config false; must ". != 'x'"; }
      refine b { min-elements 1; max-elements 3; default "p"; default "q"; }
      refine l { max-elements 9; }
    }
  }`,
      ),
    ]);
    const a = leafAt(ctx, '/m:c/a');
    assert.equal(a.config, false);
    assert.deepEqual(a.must, [". != 'x'"]);
    assert.deepEqual(a.when, ["../on = 'true'"]);
    const b = at(ctx, '/m:c/b') as LeafListSchema;
    assert.equal(b.minElements, 1);
    assert.equal(b.maxElements, 3);
    assert.deepEqual(b.defaults, ['p', 'q']);
    assert.deepEqual(b.when, ["../on = 'true'"]);
    assert.equal((at(ctx, '/m:c/l') as ListSchema).maxElements, 9);
  });

  it('actions and notifications defined in a grouping land on the container that uses it', () => {
    const ctx = compileSchema([
      mod(
        'm',
        `  grouping ops {
    action reset { output { leaf ok { type boolean; } } }
    notification changed;
  }
  container box { uses ops; }`,
      ),
    ]);
    const box = at(ctx, '/m:box') as ContainerSchema;
    assert.equal(box.actions?.get('m:reset')?.kind, 'action');
    assert.ok(box.actions?.get('m:reset')?.output.children.has('m:ok'));
    assert.ok(box.notifications?.has('m:changed'));
  });

  it('an identityref default in a typedef resolves with the typedef file prefixes', () => {
    const lib = mod(
      'lib',
      `  identity base;
  identity one { base base; }
  typedef kind { type identityref { base base; } default one; }`,
    );
    const app = mod('app', '  leaf k { type l:kind; }', '  import lib { prefix l; }');
    const ctx = compileSchema([lib, app]);
    assert.equal(leafAt(ctx, '/app:k').default, 'lib:one');
  });

  it('if-feature may name a feature of an imported module', () => {
    const lib = mod('lib', '  feature fast;');
    const app = mod(
      'app',
      '  leaf x { if-feature "l:fast or not l:fast"; type string; }',
      '  import lib { prefix l; }',
    );
    const ctx = compileSchema([lib, app]);
    assert.ok(findSchemaNode(ctx, '/app:x'));
    assert.deepEqual(ctx.modules.get('lib')!.features, ['fast']);
  });

  it('key leaves get no default, even when their type has one', () => {
    const ctx = compileSchema([
      mod(
        'm',
        '  typedef t { type int8; default 3; }\n  list l { key k; leaf k { type t; } leaf v { type t; } }',
      ),
    ]);
    assert.equal(leafAt(ctx, '/m:l/k').default, undefined);
    assert.equal(leafAt(ctx, '/m:l/v').default, 3);
  });
});
