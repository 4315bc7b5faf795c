/**
 * From the text of the three config files (plus environment and flag overrides) to a validated,
 * deeply frozen `Config`: parse each file (hocon.ts), apply overrides to canopy.conf, validate each
 * file and then the files against each other, and throw one `ConfigValidationError` listing every
 * problem. A member refuses to start on any problem rather than guess (design 003's
 * ClusteringConfiguration is read once, at start).
 *
 * `validateAgainstSchema` adds the one check that needs the YANG schema: every namespace in
 * modules.conf belongs to a loaded module. The schema is passed in as a set of namespaces, so this
 * layer does not depend on src/yang.
 *
 * Pure: the file texts and environment are parameters; load-config.ts reads the disk.
 */
import { ConfigValidationError, formatKeyPath } from './errors.js';
import type { ConfigProblem, KeyPath, ValueOrigin } from './errors.js';
import { parseHocon } from './hocon.js';
import type { HoconDocument } from './hocon.js';
import { applyOverrides, collectOverrides } from './overrides.js';
import type { ConfigEnv, ConfigFlags } from './overrides.js';
import { ConfigReader } from './reader.js';
import { suggest } from './suggest.js';
import type { Config } from './types.js';
import { readCanopyConf } from './validate-canopy.js';
import { joinModulesAndShards, readModuleShardsConf, readModulesConf } from './validate-shards.js';

/** The text of one config file and the name to use for it in messages. */
export interface ConfigSource {
  readonly file: string;
  readonly text: string;
}

/** The three files of a member's configuration. */
export interface ConfigSources {
  readonly canopy: ConfigSource;
  readonly modules: ConfigSource;
  readonly moduleShards: ConfigSource;
}

export interface BuildConfigOptions {
  /** Environment variables (overrides canopy.conf; see overrides.ts). Default: none. */
  readonly env?: ConfigEnv | undefined;
  /** Command-line flags (override the environment). Default: none. */
  readonly flags?: ConfigFlags | undefined;
  /** When given, also runs `validateAgainstSchema` with these namespaces. */
  readonly namespaces?: ReadonlySet<string> | undefined;
}

/** Where each config's modules.conf entries are, for `validateAgainstSchema`'s messages. */
const modulesDocuments = new WeakMap<Config, HoconDocument>();
/** Where each config's module-shards.conf entries are, for `validateReplicaPlacement`'s messages. */
const shardsDocuments = new WeakMap<Config, HoconDocument>();

/**
 * Builds the Config of one member from the texts of its files. Throws `ConfigSyntaxError` for the
 * first file that does not parse, and `ConfigValidationError` with every problem otherwise.
 */
export function buildConfig(sources: ConfigSources, options: BuildConfigOptions = {}): Config {
  const canopyDoc = parseHocon(sources.canopy.text, sources.canopy.file);
  const modulesDoc = parseHocon(sources.modules.text, sources.modules.file);
  const shardsDoc = parseHocon(sources.moduleShards.text, sources.moduleShards.file);
  const problems: ConfigProblem[] = [];
  const overrides = collectOverrides(options.env ?? {}, options.flags ?? {}, problems);
  const applied = applyOverrides(canopyDoc.value, overrides);
  const canopyReader = new ConfigReader(problems, originIn(canopyDoc, applied.origins));
  const canopy = readCanopyConf(applied.value, canopyReader);
  const modulesReader = new ConfigReader(problems, originIn(modulesDoc));
  const modules = readModulesConf(modulesDoc.value, modulesReader);
  const shardsReader = new ConfigReader(problems, originIn(shardsDoc));
  const shardEntries = readModuleShardsConf(shardsDoc.value, shardsReader, canopy.members);
  const joined = joinModulesAndShards({
    modules,
    shardEntries,
    members: canopy.members,
    modulesReader,
    shardsReader,
    modulesFile: sources.modules.file,
    shardsFile: sources.moduleShards.file,
  });
  if (problems.length > 0) throw new ConfigValidationError(inReadingOrder(problems, sources));
  const config: Config = deepFreeze({
    memberName: canopy.memberName,
    dataDir: canopy.dataDir,
    http: canopy.http,
    rpc: canopy.rpc,
    examples: canopy.examples,
    cluster: {
      name: canopy.clusterName,
      members: canopy.members,
      transport: canopy.transport,
      membership: canopy.membership,
    },
    datastore: canopy.datastore,
    journal: canopy.journal,
    modules: joined.modules,
    shards: joined.shards,
    files: {
      canopy: sources.canopy.file,
      modules: sources.modules.file,
      moduleShards: sources.moduleShards.file,
    },
  });
  modulesDocuments.set(config, modulesDoc);
  shardsDocuments.set(config, shardsDoc);
  if (options.namespaces !== undefined) validateAgainstSchema(config, options.namespaces);
  return config;
}

/**
 * Problems sorted as a reader meets them: overrides first, then canopy.conf, modules.conf and
 * module-shards.conf, each top to bottom (whole-file problems first). The sort is stable, so problems
 * on one line keep the order they were found in.
 */
function inReadingOrder(
  problems: readonly ConfigProblem[],
  sources: ConfigSources,
): ConfigProblem[] {
  const files = [sources.canopy.file, sources.modules.file, sources.moduleShards.file];
  const rank = (p: ConfigProblem): [number, number] =>
    p.origin.type === 'file' ? [files.indexOf(p.origin.file), p.origin.line ?? 0] : [-1, 0];
  return [...problems].sort((a, b) => {
    const [fa, la] = rank(a);
    const [fb, lb] = rank(b);
    return fa !== fb ? fa - fb : la - lb;
  });
}

/** Where values of `doc` come from: an override's origin, or the file and line. */
function originIn(
  doc: HoconDocument,
  overridden: ReadonlyMap<string, ValueOrigin> = new Map(),
): (path: KeyPath) => ValueOrigin {
  return (path) => {
    for (let n = path.length; n > 0; n--) {
      const o = overridden.get(formatKeyPath(path.slice(0, n)));
      if (o !== undefined) return o;
    }
    return { type: 'file', file: doc.file, line: doc.lineOf(path) };
  };
}

/** How many known namespaces a message lists. */
const NAMESPACES_SHOWN_MAX = 12;

/**
 * Checks that every modules.conf namespace is in `namespaces` (the namespaces of the loaded YANG
 * modules; the CLI passes the keys of `schema.modulesByNamespace`). Throws `ConfigValidationError`
 * naming modules.conf, the line and key of each unknown namespace, and the known ones.
 */
export function validateAgainstSchema(config: Config, namespaces: ReadonlySet<string>): void {
  const doc = modulesDocuments.get(config);
  const problems: ConfigProblem[] = [];
  const known = [...namespaces].sort();
  const shown =
    known.length === 0
      ? 'no YANG modules are loaded'
      : `the loaded modules' namespaces: ${known.slice(0, NAMESPACES_SHOWN_MAX).join(', ')}` +
        (known.length > NAMESPACES_SHOWN_MAX
          ? `, and ${known.length - NAMESPACES_SHOWN_MAX} more`
          : '');
  config.modules.forEach((m) => {
    if (namespaces.has(m.namespace)) return;
    const index = moduleIndex(doc, m.name);
    const path: KeyPath = index === undefined ? ['modules'] : ['modules', index, 'namespace'];
    const near = suggest(m.namespace, known);
    problems.push({
      origin: { type: 'file', file: config.files.modules, line: doc?.lineOf(path) },
      key: formatKeyPath(path),
      message:
        `no YANG module has the namespace "${m.namespace}" (module "${m.name}"; ${shown})` +
        `${near === undefined ? '' : `; did you mean "${near}"?`}; add the module's YANG file ` +
        'or correct the namespace',
    });
  });
  if (problems.length > 0) throw new ConfigValidationError(problems);
}

/**
 * Checks that every shard has a replica on this member. A shard whose replicas are on other members
 * as well forms a Raft group with them over the cluster transport (src/cluster/shard-transport-network.ts),
 * and the proxies reach its leader wherever it is (src/cluster/shard-service.ts). A shard with no
 * replica here is refused for now: its change listeners and RESTCONF event streams are fed by a local
 * replica's apply (listeners on a shard held elsewhere are not in this release), and every read of it
 * would ship its whole tree from the leader; so a member refuses to start on such a layout, before
 * anything is opened. Throws `ConfigValidationError` naming module-shards.conf, the line of
 * each such shard's `replicas`, the shard and the members holding it.
 */
export function validateReplicaPlacement(config: Config): void {
  const doc = shardsDocuments.get(config);
  const me = config.memberName;
  const problems: ConfigProblem[] = [];
  config.shards.forEach((shard) => {
    // Replicas on other members as well as this one form a Raft group over the cluster transport.
    if (shard.replicas.includes(me)) return;
    const path = shardReplicasPath(doc, shard.name);
    problems.push({
      origin: { type: 'file', file: config.files.moduleShards, line: doc?.lineOf(path) },
      key: formatKeyPath(path),
      message:
        `shard "${shard.name}" has no replica on this member (${me}); its replicas are on ` +
        `${shard.replicas.join(', ')}; this release needs a replica of every shard on every ` +
        `member (change listeners and event streams are fed by a local replica, and reads of a ` +
        `shard held elsewhere would copy its whole tree); add "${me}" to its replicas`,
    });
  });
  if (problems.length > 0) throw new ConfigValidationError(problems);
}

/** The key path in module-shards.conf of the `replicas` of the shard named `name`. */
function shardReplicasPath(doc: HoconDocument | undefined, name: string): KeyPath {
  const root = doc?.value as
    { 'module-shards'?: readonly { shards?: readonly { name?: unknown }[] }[] } | undefined;
  const entries = root?.['module-shards'] ?? [];
  for (let i = 0; i < entries.length; i++) {
    const j = entries[i]?.shards?.findIndex((s) => s.name === name) ?? -1;
    if (j >= 0) return ['module-shards', i, 'shards', j, 'replicas'];
  }
  return ['module-shards'];
}

/** The index in modules.conf of the entry named `name`. */
function moduleIndex(doc: HoconDocument | undefined, name: string): number | undefined {
  const root = doc?.value as { modules?: readonly { name?: unknown }[] } | undefined;
  const i = root?.modules?.findIndex((e) => e.name === name) ?? -1;
  return i < 0 ? undefined : i;
}

function deepFreeze<T>(v: T): T {
  if (typeof v === 'object' && v !== null && !Object.isFrozen(v)) {
    for (const child of Object.values(v)) deepFreeze(child);
    Object.freeze(v);
  }
  return v;
}
