/**
 * Goal: the models we ship in conf/yang load into the schema the rest of canopy relies on (toaster,
 * opendaylight-inventory, network-topology: design 003's modules.conf), and loadSchema reports an
 * unusable folder clearly. Method: load the real folder from the repository root (where the tests
 * run) and inspect the compiled schema; load missing and empty folders and check the error.
 */
import { strict as assert } from 'node:assert';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { YangLoadError, loadSchema } from '../../../src/yang/load-schema.js';
import type {
  ContainerSchema,
  DataNodeSchema,
  DataParent,
  LeafSchema,
  ListSchema,
  SchemaContext,
} from '../../../src/yang/schema.js';
import { YangSyntaxError } from '../../../src/yang/errors.js';

function child(parent: DataParent, qname: string): DataNodeSchema {
  const c = parent.children.get(qname);
  assert.ok(c, `expected child ${qname}; have ${[...parent.children.keys()].join(', ')}`);
  return c;
}

function leaf(parent: DataParent, qname: string): LeafSchema {
  const c = child(parent, qname);
  assert.equal(c.kind, 'leaf');
  return c;
}

describe('yang: loading conf/yang', () => {
  let ctx: SchemaContext;
  before(async () => {
    ctx = await loadSchema('conf/yang');
  });

  it('holds exactly the three modules of modules.conf, by name and by namespace', () => {
    assert.deepEqual([...ctx.modules.keys()].sort(), [
      'network-topology',
      'opendaylight-inventory',
      'toaster',
    ]);
    assert.equal(
      ctx.modulesByNamespace.get('http://netconfcentral.org/ns/toaster')?.name,
      'toaster',
    );
    assert.equal(
      ctx.modulesByNamespace.get('urn:opendaylight:inventory')?.name,
      'opendaylight-inventory',
    );
    assert.equal(
      ctx.modulesByNamespace.get('urn:TBD:params:xml:ns:yang:network-topology')?.name,
      'network-topology',
    );
    assert.equal(ctx.modules.get('toaster')?.revision, '2009-11-20');
    assert.equal(ctx.modules.get('network-topology')?.revision, '2013-10-21');
    assert.equal(ctx.modules.get('toaster')?.prefix, 'toast');
  });

  it('toaster: a presence container with state leaves and a defaulted darknessFactor', () => {
    const toaster = child(ctx.root, 'toaster:toaster') as ContainerSchema;
    assert.equal(toaster.kind, 'container');
    assert.equal(toaster.presence, true);
    assert.equal(toaster.config, true);
    const dark = leaf(toaster, 'toaster:darknessFactor');
    assert.equal(dark.default, 1000);
    assert.equal(dark.config, true);
    assert.equal(dark.schemaPath, '/toaster:toaster/darknessFactor');
    const maker = leaf(toaster, 'toaster:toasterManufacturer');
    assert.equal(maker.config, false);
    assert.equal(maker.type.kind, 'string');
    assert.equal(maker.type.name, 'toaster:DisplayString');
    assert.deepEqual(maker.type.kind === 'string' && maker.type.lengths, [{ min: 0, max: 255 }]);
    const status = leaf(toaster, 'toaster:toasterStatus');
    assert.equal(status.config, false);
    assert.deepEqual(status.type.kind === 'enumeration' && [...status.type.enums], [
      ['up', 1],
      ['down', 2],
    ]);
  });

  it('toaster: rpcs with defaulted input, notifications, and the toast-type identities', () => {
    assert.deepEqual([...ctx.rpcs.keys()].sort(), [
      'toaster:cancel-toast',
      'toaster:make-toast',
      'toaster:restock-toaster',
    ]);
    const make = ctx.rpcs.get('toaster:make-toast')!;
    const doneness = leaf(make.input, 'toaster:toasterDoneness');
    assert.equal(doneness.default, 5);
    assert.equal(doneness.config, false);
    assert.deepEqual(doneness.type.kind === 'integer' && doneness.type.ranges, [
      { min: 1n, max: 10n },
    ]);
    const toastType = leaf(make.input, 'toaster:toasterToastType');
    assert.equal(toastType.default, 'toaster:wheat-bread');
    assert.deepEqual(toastType.type.kind === 'identityref' && toastType.type.bases, [
      'toaster:toast-type',
    ]);
    assert.equal(ctx.rpcs.get('toaster:cancel-toast')!.input.children.size, 0);
    assert.ok(
      ctx.rpcs.get('toaster:restock-toaster')!.input.children.has('toaster:amountOfBreadToStock'),
    );
    assert.ok(ctx.notifications.has('toaster:toasterOutOfBread'));
    const restocked = ctx.notifications.get('toaster:toasterRestocked')!;
    assert.equal(leaf(restocked, 'toaster:amountOfBread').type.kind, 'integer');
    assert.deepEqual([...ctx.identities.get('toaster:toast-type')!.derived].sort(), [
      'toaster:frozen-bagel',
      'toaster:frozen-waffle',
      'toaster:hash-brown',
      'toaster:wheat-bread',
      'toaster:white-bread',
      'toaster:wonder-bread',
    ]);
  });

  it('inventory: nodes/node keyed by id with node-connector keyed by id, and state data', () => {
    const nodes = child(ctx.root, 'opendaylight-inventory:nodes') as ContainerSchema;
    const node = child(nodes, 'opendaylight-inventory:node') as ListSchema;
    assert.equal(node.kind, 'list');
    assert.deepEqual(node.keys, ['opendaylight-inventory:id']);
    const id = leaf(node, 'opendaylight-inventory:id');
    assert.equal(id.isKey, true);
    assert.equal(id.type.name, 'opendaylight-inventory:node-id');
    const connector = child(node, 'opendaylight-inventory:node-connector') as ListSchema;
    assert.deepEqual(connector.keys, ['opendaylight-inventory:id']);
    const state = child(node, 'opendaylight-inventory:node-state');
    assert.equal(state.config, false);
    assert.equal(leaf(state as ContainerSchema, 'opendaylight-inventory:hardware').config, false);
  });

  it('topology: topologies, nodes, termination points and links with leafrefs typed by their targets', () => {
    const nt = child(ctx.root, 'network-topology:network-topology') as ContainerSchema;
    const topology = child(nt, 'network-topology:topology') as ListSchema;
    assert.deepEqual(topology.keys, ['network-topology:topology-id']);
    assert.equal(child(topology, 'network-topology:topology-types').kind, 'container');
    const node = child(topology, 'network-topology:node') as ListSchema;
    assert.deepEqual(node.keys, ['network-topology:node-id']);
    const tp = child(node, 'network-topology:termination-point') as ListSchema;
    assert.deepEqual(tp.keys, ['network-topology:tp-id']);
    const link = child(topology, 'network-topology:link') as ListSchema;
    assert.deepEqual(link.keys, ['network-topology:link-id']);
    const source = child(link, 'network-topology:source') as ContainerSchema;
    const sourceNode = leaf(source, 'network-topology:source-node');
    assert.equal(sourceNode.mandatory, true);
    assert.equal(sourceNode.type.kind, 'leafref');
    if (sourceNode.type.kind === 'leafref') {
      assert.equal(sourceNode.type.target.kind, 'string');
      assert.equal(sourceNode.type.target.name, 'network-topology:node-id');
      assert.equal(sourceNode.type.requireInstance, true);
    }
    const destination = child(link, 'network-topology:destination') as ContainerSchema;
    assert.equal(leaf(destination, 'network-topology:dest-tp').type.kind, 'leafref');
  });
});

describe('yang: an application module extending the shipped models', () => {
  let ctx: SchemaContext;
  before(async () => {
    ctx = await loadSchema(['conf/yang', 'test/fixtures/yang/shipped-augment']);
  });

  it('augments inventory nodes and node connectors, with a leafref into inventory', () => {
    const node = (
      ctx.root.children.get('opendaylight-inventory:nodes') as ContainerSchema
    ).children.get('opendaylight-inventory:node') as ListSchema;
    assert.equal(
      leaf(node, 'canopy-inventory-extras:location').schemaPath,
      '/opendaylight-inventory:nodes/node/canopy-inventory-extras:location',
    );
    assert.equal(child(node, 'canopy-inventory-extras:table-stats').config, false);
    const group = child(node, 'canopy-inventory-extras:group') as ListSchema;
    assert.deepEqual(group.keys, ['canopy-inventory-extras:group-id']);
    assert.equal(leaf(group, 'canopy-inventory-extras:group-type').default, 'all');
    const connector = child(node, 'opendaylight-inventory:node-connector') as ListSchema;
    const peer = leaf(connector, 'canopy-inventory-extras:peer-node');
    assert.equal(
      peer.type.kind === 'leafref' && peer.type.target.name,
      'opendaylight-inventory:node-id',
    );
  });

  it('augments topology types and nodes, and toaster rpc input; extends toast-type', () => {
    const topology = (
      ctx.root.children.get('network-topology:network-topology') as ContainerSchema
    ).children.get('network-topology:topology') as ListSchema;
    const types = child(topology, 'network-topology:topology-types') as ContainerSchema;
    assert.equal(
      (child(types, 'canopy-inventory-extras:inventory-topology') as ContainerSchema).presence,
      true,
    );
    const ntNode = child(topology, 'network-topology:node') as ListSchema;
    assert.equal(
      leaf(ntNode, 'canopy-inventory-extras:inventory-node-ref').type.kind,
      'instance-identifier',
    );
    const input = ctx.rpcs.get('toaster:make-toast')!.input;
    assert.equal(leaf(input, 'canopy-inventory-extras:slices').default, 2);
    assert.ok(
      ctx.identities.get('toaster:toast-type')!.derived.has('canopy-inventory-extras:rye-bread'),
    );
  });
});

describe('yang: loadSchema errors', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'canopy-yang-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('a missing folder is a YangLoadError naming the folder', async () => {
    const missing = join(dir, 'nope');
    await assert.rejects(loadSchema(missing), (e: unknown) => {
      assert.ok(e instanceof YangLoadError);
      assert.equal(e.code, 'yang-load');
      assert.match(e.message, /cannot read the YANG folder .*nope/);
      return true;
    });
  });

  it('a folder without .yang files is a YangLoadError', async () => {
    await writeFile(join(dir, 'readme.txt'), 'not yang');
    await assert.rejects(loadSchema(dir), /no \.yang files in/);
  });

  it('an unreadable entry named .yang is a YangLoadError naming it', async () => {
    await mkdir(join(dir, 'odd.yang'));
    await assert.rejects(loadSchema(dir), (e: unknown) => {
      assert.ok(e instanceof YangLoadError);
      assert.match(e.message, /cannot read .*odd\.yang/);
      return true;
    });
  });

  it('several folders compile as one set, so one may import from another', async () => {
    await writeFile(
      join(dir, 'app.yang'),
      'module app {\n  namespace "urn:app";\n  prefix app;\n  import toaster { prefix t; }\n' +
        '  augment "/t:toaster" { leaf owner { type string; } }\n}\n',
    );
    const ctx = await loadSchema(['conf/yang', dir]);
    assert.equal(ctx.modules.size, 4);
    const toaster = ctx.root.children.get('toaster:toaster') as ContainerSchema;
    assert.equal(toaster.children.get('app:owner')?.schemaPath, '/toaster:toaster/app:owner');
  });

  it('errors name the file as folder/name.yang with line and column', async () => {
    await writeFile(
      join(dir, 'broken.yang'),
      'module broken {\n  namespace "urn:b";\n  prefix b\n}\n',
    );
    await assert.rejects(loadSchema(dir), (e: unknown) => {
      assert.ok(e instanceof YangSyntaxError);
      assert.equal(e.location.file, join(dir, 'broken.yang'));
      assert.equal(e.location.line, 4);
      assert.equal(e.location.column, 1);
      return true;
    });
  });
});
