/**
 * Goal: a realistic standard module set compiles, and its typedefs behave as the RFC defines them:
 * our own short renderings of ietf-inet-types and ietf-yang-types (RFC 6991, with its patterns), and a
 * small interfaces model that uses them. Method: compile test/fixtures/yang/ietf and check the
 * resolved types, union defaults and patterns against addresses, dates and counters.
 */
import { strict as assert } from 'node:assert';
import { compileSchema } from '../../../src/yang/compile.js';
import { readYangSources } from '../../../src/yang/load-schema.js';
import { findSchemaNode } from '../../../src/yang/query.js';
import type { LeafSchema, SchemaContext, YangType } from '../../../src/yang/schema.js';
import { parseLexicalValue } from '../../../src/yang/values.js';

function leaf(ctx: SchemaContext, path: string): LeafSchema {
  const n = findSchemaNode(ctx, path);
  assert.ok(n?.kind === 'leaf', `no leaf at ${path}`);
  return n;
}

describe('yang standard types: ietf-inet-types and ietf-yang-types', () => {
  let ctx: SchemaContext;
  const accepts = (t: YangType, value: string): boolean =>
    parseLexicalValue(t, value, { identities: ctx.identities, defaultModule: 'x' }).ok;

  before(async () => {
    ctx = compileSchema(await readYangSources('test/fixtures/yang/ietf'));
  });

  it('compiles the three modules', () => {
    assert.deepEqual([...ctx.modules.keys()].sort(), [
      'example-interfaces',
      'ietf-inet-types',
      'ietf-yang-types',
    ]);
    assert.equal(ctx.modules.get('ietf-inet-types')!.revision, '2013-07-15');
  });

  it('ip-address is a union of two patterned strings; its default picks the ipv4 member', () => {
    const gw = leaf(ctx, '/example-interfaces:interfaces/interface/gateway');
    assert.equal(gw.type.kind, 'union');
    assert.equal(gw.type.name, 'ietf-inet-types:ip-address');
    assert.equal(gw.default, '192.0.2.1');
    assert.ok(accepts(gw.type, '2001:db8::1'));
    assert.ok(accepts(gw.type, '10.0.0.1%eth0'));
    assert.ok(!accepts(gw.type, '300.1.1.1'));
    assert.ok(!accepts(gw.type, 'router'));
  });

  it('host accepts addresses and domain names; domain-name keeps its length', () => {
    const peer = leaf(ctx, '/example-interfaces:interfaces/interface/peer');
    assert.equal(peer.default, 'router.example.net');
    assert.ok(accepts(peer.type, 'example.com'));
    assert.ok(accepts(peer.type, '::1'));
    assert.ok(!accepts(peer.type, 'bad host'));
    assert.ok(!accepts(peer.type, 'a'.repeat(254)));
  });

  it('ip-prefix rejects a prefix length out of range', () => {
    const address = findSchemaNode(ctx, '/example-interfaces:interfaces/interface/address');
    assert.ok(address?.kind === 'leaf-list');
    assert.ok(accepts(address.type, '192.0.2.0/24'));
    assert.ok(accepts(address.type, '2001:db8::/32'));
    assert.ok(!accepts(address.type, '192.0.2.0/33'));
  });

  it('YANG 1.0 double-quoted patterns keep their backslashes: date-and-time works', () => {
    const t = leaf(
      ctx,
      '/example-interfaces:interfaces/interface/statistics/discontinuity-time',
    ).type;
    assert.equal(t.kind, 'string');
    assert.equal(t.kind === 'string' && t.patterns[0]!.source.startsWith('\\d{4}-'), true);
    assert.ok(accepts(t, '2024-05-01T10:00:00Z'));
    assert.ok(accepts(t, '2024-05-01T10:00:00.5+02:00'));
    assert.ok(!accepts(t, '2024-05-01'));
  });

  it('counters resolve to their integer bases; zero-based counters default to 0', () => {
    const inOctets = leaf(ctx, '/example-interfaces:interfaces/interface/statistics/in-octets');
    assert.equal(inOctets.type.kind === 'integer' && inOctets.type.base, 'uint64');
    assert.equal(inOctets.default, '0');
    assert.equal(inOctets.config, false);
    const inErrors = leaf(ctx, '/example-interfaces:interfaces/interface/statistics/in-errors');
    assert.equal(inErrors.default, undefined);
  });

  it('mac-address and port-number', () => {
    const mac = leaf(ctx, '/example-interfaces:interfaces/interface/mac').type;
    assert.ok(accepts(mac, '02:00:5e:10:00:01'));
    assert.ok(!accepts(mac, '02:00:5e:10:00'));
    const port = leaf(ctx, '/example-interfaces:interfaces/interface/port');
    assert.equal(port.default, 830);
    assert.ok(!accepts(port.type, '65536'));
  });
});
