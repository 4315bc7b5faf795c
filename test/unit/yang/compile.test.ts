/**
 * Goal: compileSchema turns the statements and types canopy supports into the SchemaContext schema.ts
 * promises: groupings expanded with refine and uses-augment, augments across modules (also of augmented
 * nodes), deviations, choice/case flattened with case ancestry, multi-key lists, typedef restriction
 * chains, every built-in type, leafrefs typed by their (chained) targets, identities with several
 * bases, defaults normalised to RFC 7951 JSON, submodules, rpcs, actions and notifications.
 * Method: compile the fixture set test/fixtures/yang/features (four modules and a submodule written to
 * exercise all of it) and compare the compiled nodes with what the RFCs say they must be.
 */
import { strict as assert } from 'node:assert';
import { compileSchema } from '../../../src/yang/compile.js';
import { readYangSources } from '../../../src/yang/load-schema.js';
import { findChoice, findSchemaNode, isDerivedFrom, valueType } from '../../../src/yang/query.js';
import type {
  ContainerSchema,
  DataNodeSchema,
  DataParent,
  LeafListSchema,
  LeafSchema,
  ListSchema,
  SchemaContext,
  YangType,
} from '../../../src/yang/schema.js';

const B = 'feature-base';
const A = 'feature-augment';
const T = 'feature-types';

function node(ctx: SchemaContext, path: string): DataNodeSchema {
  const n = findSchemaNode(ctx, path);
  assert.ok(n, `no schema node at ${path}`);
  return n;
}

function leaf(ctx: SchemaContext, path: string): LeafSchema {
  const n = node(ctx, path);
  assert.equal(n.kind, 'leaf', `${path} is a ${n.kind}`);
  return n;
}

function typeOf<K extends YangType['kind']>(t: YangType, kind: K): Extract<YangType, { kind: K }> {
  assert.equal(t.kind, kind);
  return t as Extract<YangType, { kind: K }>;
}

function container(ctx: SchemaContext, path: string): ContainerSchema {
  const n = node(ctx, path);
  assert.equal(n.kind, 'container');
  return n;
}

describe('yang compile: the feature fixture set', () => {
  let ctx: SchemaContext;
  before(async () => {
    ctx = compileSchema(await readYangSources('test/fixtures/yang/features'));
  });

  describe('modules, submodules, imports', () => {
    it('records names, namespaces, revisions (newest first), submodules, imports and features', () => {
      const base = ctx.modules.get(B)!;
      assert.equal(base.namespace, 'urn:canopy:test:feature-base');
      assert.equal(base.prefix, 'fb');
      assert.equal(base.revision, '2024-02-01');
      assert.deepEqual(base.revisions, ['2024-02-01', '2024-01-01']);
      assert.deepEqual(base.submodules, ['feature-base-sub']);
      assert.deepEqual(base.imports, [T]);
      assert.deepEqual(base.features, ['fancy']);
      assert.deepEqual(ctx.modules.get(A)!.imports, [B, T]);
      assert.equal(ctx.modules.get(A)!.revision, undefined);
      assert.equal(ctx.modulesByNamespace.get('urn:canopy:test:feature-augment')!.name, A);
    });

    it('a submodule contributes nodes in its module namespace, resolving its own import prefixes', () => {
      const level = leaf(ctx, `/${B}:logging/level`);
      assert.equal(level.qname, `${B}:level`);
      assert.equal(level.default, 'red');
      assert.ok(level.source.file.endsWith('feature-base-sub.yang'));
      const file = leaf(ctx, `/${B}:logging/file`);
      assert.equal(file.type.name, `${B}:sub-name`);
      assert.equal(typeOf(file.type, 'string').patterns.length, 1);
      assert.ok(ctx.modules.get(B)!.dataChildren.has(`${B}:logging`));
    });

    it('the root holds every module top-level data node; rpcs and notifications are separate', () => {
      assert.deepEqual([...ctx.root.children.keys()].sort(), [
        `${A}:favorite`,
        `${B}:devices`,
        `${B}:logging`,
        `${B}:state`,
        `${B}:system`,
      ]);
      assert.deepEqual([...ctx.rpcs.keys()], [`${B}:reboot`]);
      assert.deepEqual([...ctx.notifications.keys()], [`${B}:alarm`]);
    });
  });

  describe('typedef chains and built-in types', () => {
    it('a derived range narrows its base, and the leaf inherits default and units through the chain', () => {
      const small = leaf(ctx, `/${B}:system/small`);
      const t = typeOf(small.type, 'integer');
      assert.equal(t.name, `${T}:small-percent`);
      assert.equal(t.base, 'uint8');
      assert.deepEqual(t.ranges, [{ min: 0n, max: 10n }]);
      assert.equal(small.default, 5);
      assert.equal(small.units, 'percent');
    });

    it('string lengths narrow and patterns accumulate, with invert-match and error-message', () => {
      const t = typeOf(leaf(ctx, `/${B}:system/short`).type, 'string');
      assert.deepEqual(t.lengths, [{ min: 1, max: 8 }]);
      assert.equal(t.patterns.length, 2);
      const [first, second] = t.patterns;
      assert.equal(first!.source, '[a-z][a-z0-9-]*');
      assert.equal(first!.invertMatch, false);
      assert.equal(second!.invertMatch, true);
      assert.equal(second!.errorMessage, 'a short name must not end in a digit');
      assert.ok(second!.regex.test('abc1') && !second!.regex.test('abc'));
      const host = leaf(ctx, `/${B}:system/hostname`);
      assert.deepEqual(typeOf(host.type, 'string').lengths, [{ min: 1, max: 64 }]);
      assert.equal(host.default, 'host');
    });

    it('decimal64 keeps fraction-digits and scaled ranges; defaults are canonical strings', () => {
      const budget = leaf(ctx, `/${B}:system/budget`);
      const t = typeOf(budget.type, 'decimal64');
      assert.equal(t.fractionDigits, 2);
      assert.deepEqual(t.ranges, [{ min: -100000n, max: 100000n }]);
      assert.equal(budget.default, '12.5');
      const ratio = typeOf(leaf(ctx, `/${B}:system/ratio`).type, 'decimal64');
      assert.equal(ratio.fractionDigits, 18);
      assert.deepEqual(ratio.ranges, [{ min: -(2n ** 63n), max: 2n ** 63n - 1n }]);
    });

    it('integers: unrestricted ranges are the built-in limits; 64-bit defaults are strings', () => {
      const big = leaf(ctx, `/${B}:system/big`);
      assert.deepEqual(typeOf(big.type, 'integer').ranges, [
        { min: -(2n ** 63n), max: 2n ** 63n - 1n },
      ]);
      assert.equal(big.default, '-9223372036854775808');
      const ubig = typeOf(leaf(ctx, `/${B}:system/ubig`).type, 'integer');
      assert.deepEqual(ubig.ranges, [{ min: 1n, max: 2n ** 64n - 1n }]);
      assert.equal(ubig.base, 'uint64');
    });

    it('a union default takes the first member type that accepts it', () => {
      const target = leaf(ctx, `/${B}:system/target`);
      assert.deepEqual(
        typeOf(target.type, 'union').types.map((m) => m.name),
        ['uint16', `${T}:name`],
      );
      assert.equal(target.default, 8080);
      assert.equal(leaf(ctx, `/${B}:system/label`).default, 'web');
    });

    it('bits: explicit and automatic positions; a default is normalised to position order', () => {
      const perms = leaf(ctx, `/${B}:system/perms`);
      assert.deepEqual(
        [...typeOf(perms.type, 'bits').bits],
        [
          ['read', 0],
          ['write', 4],
          ['exec', 5],
        ],
      );
      assert.equal(perms.default, 'read exec');
    });

    it('enumerations number automatically after the highest value; a restriction keeps values', () => {
      const color = leaf(ctx, `/${B}:system/color`);
      const t = typeOf(color.type, 'enumeration');
      assert.equal(t.name, `${T}:primary`);
      assert.deepEqual(
        [...t.enums],
        [
          ['red', 0],
          ['blue', 11],
        ],
      );
      assert.equal(color.default, 'blue');
      const severity = ctx.notifications
        .get(`${B}:alarm`)!
        .children.get(`${B}:severity`) as LeafSchema;
      assert.deepEqual(
        [...typeOf(severity.type, 'enumeration').enums],
        [
          ['red', 0],
          ['green', 10],
          ['blue', 11],
        ],
      );
    });

    it('empty, binary with length, instance-identifier with require-instance, anydata, anyxml', () => {
      assert.equal(leaf(ctx, `/${B}:system/enabled`).type.kind, 'empty');
      assert.equal(leaf(ctx, `/${B}:system/enabled`).default, undefined);
      assert.deepEqual(typeOf(leaf(ctx, `/${B}:system/blob`).type, 'binary').lengths, [
        { min: 1, max: 16 },
      ]);
      assert.equal(
        typeOf(leaf(ctx, `/${B}:system/pointer`).type, 'instance-identifier').requireInstance,
        false,
      );
      assert.equal(node(ctx, `/${B}:system/extra`).kind, 'anydata');
      assert.equal(node(ctx, `/${B}:system/legacy`).kind, 'anyxml');
    });
  });

  describe('identities', () => {
    it('an identity with several bases is derived from each, across modules', () => {
      const dog = ctx.identities.get(`${T}:dog`)!;
      assert.deepEqual(dog.bases, [`${T}:mammal`, `${T}:pet`]);
      assert.deepEqual([...ctx.identities.get(`${T}:animal`)!.derived].sort(), [
        `${A}:cat`,
        `${T}:dog`,
        `${T}:mammal`,
        `${T}:pet`,
      ]);
      assert.ok(isDerivedFrom(ctx, `${A}:cat`, `${T}:animal`));
      assert.ok(!isDerivedFrom(ctx, `${T}:animal`, `${T}:animal`));
      assert.ok(isDerivedFrom(ctx, `${T}:animal`, `${T}:animal`, true));
      assert.ok(!isDerivedFrom(ctx, `${T}:mammal`, `${T}:pet`));
      assert.ok(ctx.modules.get(A)!.identities.has(`${A}:cat`));
    });

    it('identityref defaults are module-qualified and checked against the bases', () => {
      const pet = leaf(ctx, `/${B}:system/pet`);
      assert.deepEqual(typeOf(pet.type, 'identityref').bases, [`${T}:animal`]);
      assert.equal(pet.default, `${T}:dog`);
      assert.equal(leaf(ctx, `/${A}:favorite`).default, `${A}:cat`);
    });
  });

  describe('groupings', () => {
    it('refine changes mandatory, default and description of the used nodes only', () => {
      const address = leaf(ctx, `/${B}:system/server/address`);
      assert.equal(address.mandatory, false);
      assert.equal(address.default, '0.0.0.0');
      const port = leaf(ctx, `/${B}:system/server/port`);
      assert.equal(port.default, 8080);
      assert.equal(port.description, 'The server listens here.');
      const hopAddress = leaf(ctx, `/${B}:system/route/next-hop/address`);
      assert.equal(hopAddress.mandatory, true);
      assert.equal(leaf(ctx, `/${B}:system/route/next-hop/port`).default, 80);
    });

    it('uses-augment and a refine through a nested grouping reach the nested nodes', () => {
      assert.equal(leaf(ctx, `/${B}:system/tunnel/ends/mtu`).type.name, 'uint16');
      assert.equal(leaf(ctx, `/${B}:system/tunnel/ends/port`).default, 4789);
      assert.equal(leaf(ctx, `/${B}:system/tunnel/ends/address`).mandatory, true);
    });

    it('nodes of a grouping from another module take the namespace of the using module', () => {
      const address = leaf(ctx, `/${B}:devices/device/${A}:address`);
      assert.equal(address.qname, `${A}:address`);
      assert.equal(address.module, A);
      assert.equal(address.schemaPath, `/${B}:devices/device/${A}:address`);
      assert.equal(address.mandatory, true);
      assert.deepEqual(address.when, ["base:id != 'loopback'"]);
      assert.ok(address.source.file.endsWith('feature-base.yang'));
    });
  });

  describe('lists', () => {
    it('a multi-key list lists its keys in order and marks the key leaves', () => {
      const route = node(ctx, `/${B}:system/route`) as ListSchema;
      assert.equal(route.kind, 'list');
      assert.deepEqual(route.keys, [`${B}:prefix`, `${B}:length`]);
      assert.equal(leaf(ctx, `/${B}:system/route/prefix`).isKey, true);
      assert.equal(leaf(ctx, `/${B}:system/route/metric`).isKey, false);
      assert.deepEqual(route.unique, [[`${B}:next-hop/${B}:address`, `${B}:metric`]]);
      assert.equal(route.orderedBy, 'user');
      assert.equal(route.minElements, 0);
      assert.equal(route.maxElements, 100);
      assert.equal((node(ctx, `/${B}:system/interface`) as ListSchema).maxElements, Infinity);
    });

    it('a config false list may have no key', () => {
      const session = node(ctx, `/${B}:state/session`) as ListSchema;
      assert.deepEqual(session.keys, []);
      assert.equal(session.config, false);
    });

    it('leaf-list defaults and ordering', () => {
      const dns = node(ctx, `/${B}:system/dns`) as LeafListSchema;
      assert.equal(dns.kind, 'leaf-list');
      assert.deepEqual(dns.defaults, ['8.8.8.8', '1.1.1.1']);
      assert.equal(dns.orderedBy, 'user');
    });
  });

  describe('choice and case', () => {
    it('children are flattened through choices, nested choices and augmented cases', () => {
      const system = container(ctx, `/${B}:system`);
      for (const q of [
        `${B}:tcp-port`,
        `${B}:udp-port`,
        `${B}:peer`,
        `${B}:group`,
        `${B}:ttl`,
        `${B}:tls`,
        `${A}:quic-port`,
        `${A}:sctp-port`,
        `${A}:broadcast-address`,
      ]) {
        assert.ok(system.children.has(q), `system should have ${q}`);
      }
      assert.ok(!system.children.has(`${B}:transport`));
      assert.deepEqual([...system.choices.keys()], [`${B}:transport`]);
    });

    it('shorthand cases are named after their node; the default case is a QName', () => {
      const transport = findChoice(
        ctx.root.children.get(`${B}:system`) as ContainerSchema,
        `${B}:transport`,
      )!;
      assert.deepEqual(
        [...transport.cases.keys()],
        [`${B}:tcp-port`, `${B}:udp`, `${B}:tls`, `${A}:quic`, `${A}:sctp-port`],
      );
      assert.equal(transport.defaultCase, `${B}:udp`);
      assert.equal(transport.mandatory, false);
      const tls = transport.cases.get(`${B}:tls`)!;
      assert.equal((tls.children.get(`${B}:tls`) as ContainerSchema).presence, true);
    });

    it('case ancestry lists every choice/case step from the data parent, outermost first', () => {
      assert.deepEqual(leaf(ctx, `/${B}:system/peer`).caseAncestry, [
        { choice: `${B}:transport`, case: `${B}:udp` },
        { choice: `${B}:udp-mode`, case: `${B}:unicast` },
      ]);
      assert.deepEqual(leaf(ctx, `/${B}:system/tcp-port`).caseAncestry, [
        { choice: `${B}:transport`, case: `${B}:tcp-port` },
      ]);
      assert.deepEqual(leaf(ctx, `/${B}:system/${A}:broadcast-address`).caseAncestry, [
        { choice: `${B}:transport`, case: `${B}:udp` },
        { choice: `${B}:udp-mode`, case: `${A}:broadcast` },
      ]);
      assert.deepEqual(leaf(ctx, `/${B}:system/hostname`).caseAncestry, []);
    });

    it('a case holds its data flattened through nested choices, and the nested choice itself', () => {
      const system = ctx.root.children.get(`${B}:system`) as ContainerSchema;
      const udp = findChoice(system, `${B}:transport`)!.cases.get(`${B}:udp`)!;
      assert.deepEqual([...udp.children.keys()].sort(), [
        `${A}:broadcast-address`,
        `${B}:group`,
        `${B}:peer`,
        `${B}:ttl`,
        `${B}:udp-port`,
      ]);
      assert.deepEqual([...udp.choices.keys()], [`${B}:udp-mode`]);
      assert.equal(findChoice(system, `${B}:udp-mode`)!.cases.size, 3);
      assert.equal(udp.children.get(`${B}:peer`), system.children.get(`${B}:peer`));
    });
  });

  describe('leafrefs', () => {
    it('a relative leafref takes its target leaf type', () => {
      const t = typeOf(leaf(ctx, `/${B}:system/primary-interface`).type, 'leafref');
      assert.equal(t.path, '../interface/name');
      assert.equal(t.requireInstance, true);
      assert.equal(t.target.name, `${T}:name`);
      assert.equal(t.target.kind, 'string');
    });

    it('a leafref to a leafref carries the chain; valueType unwraps it', () => {
      const t = typeOf(leaf(ctx, `/${B}:system/backup-interface`).type, 'leafref');
      const inner = typeOf(t.target, 'leafref');
      assert.equal(inner.path, '../interface/name');
      assert.equal(valueType(t).name, `${T}:name`);
    });

    it('predicates are skipped when resolving the target; leafref keys work', () => {
      const mtu = typeOf(leaf(ctx, `/${B}:system/binding/mtu`).type, 'leafref');
      assert.equal(mtu.target.name, 'uint16');
      const ifName = leaf(ctx, `/${B}:system/binding/if-name`);
      assert.equal(ifName.isKey, true);
      assert.equal(typeOf(ifName.type, 'leafref').target.name, `${T}:name`);
    });
  });

  describe('config', () => {
    it('config false is inherited; rpc input and notifications are config false', () => {
      assert.equal(container(ctx, `/${B}:state`).config, false);
      assert.equal(leaf(ctx, `/${B}:state/uptime`).config, false);
      assert.equal(leaf(ctx, `/${B}:system/hostname`).config, true);
      const reboot = ctx.rpcs.get(`${B}:reboot`)!;
      assert.equal((reboot.input.children.get(`${B}:delay`) as LeafSchema).config, false);
      const severity = ctx.notifications.get(`${B}:alarm`)!.children.get(`${B}:severity`)!;
      assert.equal(severity.config, false);
    });
  });

  describe('augment and deviation across modules', () => {
    it('augmented nodes keep their module QName and path prefix, and record the augment when', () => {
      const location = leaf(ctx, `/${B}:system/${A}:location`);
      assert.equal(location.qname, `${A}:location`);
      assert.equal(location.schemaPath, `/${B}:system/${A}:location`);
      assert.deepEqual(location.when, ["base:hostname != 'forbidden'"]);
      const lat = typeOf(leaf(ctx, `/${B}:system/${A}:gps/lat`).type, 'decimal64');
      assert.deepEqual(lat.ranges, [{ min: -90000000n, max: 90000000n }]);
    });

    it('an augment may target a node another augment adds, whatever the order', () => {
      const alt = leaf(ctx, `/${B}:system/${A}:gps/alt`);
      assert.equal(alt.qname, `${A}:alt`);
      assert.equal(alt.schemaPath, `/${B}:system/${A}:gps/alt`);
    });

    it('augmenting rpc input adds input parameters', () => {
      const input = ctx.rpcs.get(`${B}:reboot`)!.input;
      assert.deepEqual([...input.children.keys()], [`${B}:delay`, `${A}:force`]);
      assert.equal((input.children.get(`${A}:force`) as LeafSchema).default, false);
      assert.ok(ctx.rpcs.get(`${B}:reboot`)!.output.children.has(`${B}:at`));
    });

    it('deviate not-supported removes a node; replace and add change type and default', () => {
      assert.equal(findSchemaNode(ctx, `/${B}:system/fancy-leaf`), undefined);
      const load = leaf(ctx, `/${B}:system/load`);
      assert.deepEqual(typeOf(load.type, 'integer').ranges, [{ min: 0n, max: 10n }]);
      assert.equal(load.default, 3);
    });
  });

  describe('actions and nested notifications', () => {
    it('a list carries its actions (with input defaults) and notifications', () => {
      const device = node(ctx, `/${B}:devices/device`) as ListSchema;
      const ping = device.actions?.get(`${B}:ping`);
      assert.ok(ping);
      assert.equal(ping.kind, 'action');
      assert.equal((ping.input.children.get(`${B}:count`) as LeafSchema).default, 3);
      assert.equal(ping.output.children.size, 0);
      const down = device.notifications?.get(`${B}:went-down`);
      assert.ok(down);
      assert.ok(down.children.has(`${B}:reason`));
      assert.equal(container(ctx, `/${B}:devices`).actions, undefined);
    });
  });

  describe('schema objects', () => {
    it('are frozen', () => {
      const system = container(ctx, `/${B}:system`);
      assert.ok(Object.isFrozen(system));
      assert.ok(Object.isFrozen(leaf(ctx, `/${B}:system/hostname`)));
      assert.ok(Object.isFrozen(ctx));
    });

    it('schema paths are RFC 8040 style, qualified where the module changes', () => {
      assert.equal(
        node(ctx, `/${B}:system/route/next-hop`).schemaPath,
        `/${B}:system/route/next-hop`,
      );
      assert.equal(node(ctx, `/${B}:system/peer`).schemaPath, `/${B}:system/peer`);
    });

    it('sources point at the defining statement', () => {
      const hostname = leaf(ctx, `/${B}:system/hostname`);
      assert.ok(hostname.source.file.endsWith('features/feature-base.yang'));
      assert.equal(hostname.source.line, 37);
      assert.equal(hostname.source.column, 5);
    });
  });
});

describe('yang compile: DataParent lookups', () => {
  it('findSchemaNode returns undefined for unknown steps and for steps under a leaf', () => {
    const ctx = compileSchema([
      {
        file: 'm.yang',
        text: 'module m { namespace "urn:m"; prefix m; container c { leaf l { type string; } } }',
      },
    ]);
    assert.ok(findSchemaNode(ctx, '/m:c/l'));
    assert.equal(findSchemaNode(ctx, '/m:c/x'), undefined);
    assert.equal(findSchemaNode(ctx, '/m:c/l/deeper'), undefined);
    assert.equal(findSchemaNode(ctx, '/c'), undefined);
    assert.equal(findSchemaNode(ctx, 'm:c'), undefined);
    const parent: DataParent = ctx.root;
    assert.equal(parent.children.size, 1);
  });
});
