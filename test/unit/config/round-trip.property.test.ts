/**
 * Goal: validation loses and invents nothing. Any valid configuration, printed as the three HOCON
 * files and loaded, gives exactly the Config it was printed from; and any loaded Config, printed back
 * in another style (separators, commas, braces, comments, settings shared in `datastore { }` or
 * repeated per type) and loaded again, gives the same Config. Method: fast-check generates a model
 * Config (members, addresses, every datastore and http setting within its range, module and prefix entries,
 * shards with shuffled replica subsets), the test printer writes it, buildConfig reads it.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import {
  DATASTORE_SETTINGS,
  HTTP_SETTINGS,
  MEMBERSHIP_SETTINGS,
  TRANSPORT_DEFAULTS,
  type HttpLimitField,
} from '../../../src/config/settings.js';
import type {
  ClusterMember,
  Config,
  DatastoreSettings,
  MembershipSettings,
  ModuleConfig,
  ShardConfig,
} from '../../../src/config/types.js';
import { buildConfig } from '../../../src/config/validate.js';
import { printConfig } from './hocon-printer.js';
import type { PrintStyle } from './hocon-printer.js';

type Model = Omit<Config, 'files'>;

const name = fc
  .stringMatching(/^[a-z][a-z0-9_-]{0,10}$/)
  .filter((n) => n !== 'default' && !(n in Object.prototype));

const style: fc.Arbitrary<PrintStyle> = fc.record({
  separator: fc.constantFrom('=' as const, ':' as const),
  objectSeparator: fc.constantFrom('' as const, ' =' as const, ' :' as const),
  listCommas: fc.boolean(),
  inlineLists: fc.boolean(),
  rootBraces: fc.boolean(),
  fieldCommas: fc.boolean(),
  comments: fc.boolean(),
  bareStrings: fc.boolean(),
  indent: fc.constantFrom('', '  ', '\t'),
});

const settings: fc.Arbitrary<DatastoreSettings> = fc
  .tuple(
    ...DATASTORE_SETTINGS.map((spec) =>
      spec.kind === 'boolean'
        ? fc.boolean()
        : fc.integer({ min: spec.min, max: spec.max }).map((v) => v * spec.scale),
    ),
  )
  .map((values) => {
    const out: Record<string, number | boolean> = {};
    DATASTORE_SETTINGS.forEach((spec, i) => (out[spec.field] = values[i]!));
    return out as unknown as DatastoreSettings;
  });

const httpLimits: fc.Arbitrary<Record<HttpLimitField, number>> = fc
  .tuple(...HTTP_SETTINGS.map((spec) => fc.integer({ min: spec.min, max: spec.max })))
  .map((values) => {
    const out: Partial<Record<HttpLimitField, number>> = {};
    HTTP_SETTINGS.forEach((spec, i) => (out[spec.field] = values[i]!));
    return out as Record<HttpLimitField, number>;
  });

const members: fc.Arbitrary<ClusterMember[]> = fc
  .uniqueArray(
    fc.record({
      name,
      host: fc.constantFrom('127.0.0.1', '10.1.2.3', 'node-a.example.org', '::1'),
      port: fc.integer({ min: 1, max: 65535 }),
    }),
    { minLength: 1, maxLength: 5, selector: (m) => m.name },
  )
  .map((ms) => ms.map((m) => ({ ...m }))) // fc.record makes objects without a prototype
  .filter((ms) => new Set(ms.map((m) => `${m.host}:${m.port}`)).size === ms.length);

const model: fc.Arbitrary<Model> = members.chain((ms) => {
  const names = ms.map((m) => m.name);
  const replicas = fc.shuffledSubarray(names, { minLength: 1 });
  const entry = fc.record({
    name,
    namespace: name.map((n) => `urn:example:${n}`),
    prefix: fc.option(
      fc
        .tuple(name, name, fc.option(name))
        .map(([m, a, b]) => `/${m}:${a}${b === null ? '' : `/${b}=k1`}`),
    ),
    shard: name,
    replicas,
  });
  const entries = fc
    .uniqueArray(entry, {
      maxLength: 5,
      selector: (e) => e.name,
    })
    .filter(
      (es) =>
        new Set(es.map((e) => e.shard)).size === es.length &&
        new Set(es.map((e) => e.prefix ?? e.namespace)).size === es.length,
    );
  return fc
    .record({
      self: fc.constantFrom(...names),
      dataDir: fc.string({ unit: fc.constantFrom(...'abz09/._- '.split('')), minLength: 1 }),
      http: fc.record({
        host: fc.constantFrom('127.0.0.1', '0.0.0.0', 'localhost'),
        port: fc.integer({ min: 1, max: 65535 }),
        accessLog: fc.boolean(),
      }),
      httpPublicUrl: fc.constantFrom(
        undefined,
        'http://127.0.0.1:8181',
        'https://canopy.example.org',
        'https://[::1]:8443/canopy',
      ),
      httpLimits: httpLimits,
      config: settings,
      operational: settings,
      syncedHighWater: fc.constantFrom('strict' as const, 'trailing' as const, 'off' as const),
      rpc: fc
        .tuple(
          fc.integer({ min: 10, max: 100_000 }),
          fc.integer({ min: 0, max: 1_000_000 }),
          fc.integer({ min: 10, max: 1_000_000 }),
        )
        .map(([gossipIntervalMs, more, requestTimeoutMs]) => ({
          gossipIntervalMs,
          downMemberExpiryMs: gossipIntervalMs + more,
          requestTimeoutMs,
        })),
      toasterProvider: fc.boolean(),
      membership: fc
        .record(
          Object.fromEntries(
            MEMBERSHIP_SETTINGS.map((spec) => [
              spec.field,
              spec.kind === 'number'
                ? fc.integer({ min: spec.min * 100, max: spec.max * 100 }).map((n) => n / 100)
                : fc.integer({ min: spec.min, max: spec.max }),
            ]),
          ) as unknown as { [K in keyof MembershipSettings]: fc.Arbitrary<number> },
        )
        .map((m): MembershipSettings => ({ ...m })),
      defaultReplicas: replicas,
      entries,
    })
    .filter(({ self, http }) => {
      const me = ms.find((m) => m.name === self)!;
      return me.host !== http.host || me.port !== http.port;
    })
    .map((g): Model => {
      const modules: ModuleConfig[] = g.entries.map((e) => ({
        name: e.name,
        namespace: e.namespace,
        strategy: e.prefix === null ? { type: 'module' } : { type: 'prefix', prefix: e.prefix },
        shard: e.shard,
      }));
      const shards: ShardConfig[] = [
        { name: 'default', module: 'default', replicas: g.defaultReplicas },
        ...g.entries.map((e) => ({ name: e.shard, module: e.name, replicas: e.replicas })),
      ];
      return {
        memberName: g.self,
        dataDir: g.dataDir,
        http: { ...g.http, publicUrl: g.httpPublicUrl, ...g.httpLimits },
        cluster: {
          name: 'canopy-test',
          members: ms,
          transport: TRANSPORT_DEFAULTS,
          membership: g.membership,
        },
        datastore: { config: g.config, operational: g.operational },
        journal: { syncedHighWater: g.syncedHighWater },
        rpc: g.rpc,
        examples: { toasterProvider: g.toasterProvider },
        modules,
        shards,
      };
    });
});

function load(texts: { canopy: string; modules: string; moduleShards: string }): Model {
  const c = buildConfig({
    canopy: { file: 'canopy.conf', text: texts.canopy },
    modules: { file: 'modules.conf', text: texts.modules },
    moduleShards: { file: 'module-shards.conf', text: texts.moduleShards },
  });
  const { files: _files, ...rest } = c;
  return rest;
}

describe('config: printed and reloaded', () => {
  it('a generated valid configuration loads as exactly the Config it was printed from', () => {
    fc.assert(
      fc.property(model, style, fc.boolean(), (m, s, factor) => {
        const texts = printConfig(m, s, factor);
        assert.deepEqual(
          load(texts),
          m,
          `${texts.canopy}\n${texts.modules}\n${texts.moduleShards}`,
        );
      }),
      { numRuns: 150 },
    );
  });

  it('a loaded Config printed back in another style loads as the same Config', () => {
    fc.assert(
      fc.property(model, style, style, fc.boolean(), (m, s1, s2, factor) => {
        const first = load(printConfig(m, s1, !factor));
        const second = load(printConfig(first, s2, factor));
        assert.deepEqual(second, first);
      }),
      { numRuns: 100 },
    );
  });
});
