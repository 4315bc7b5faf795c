/**
 * Validates conf/modules.conf and conf/module-shards.conf, in design 003's formats, and checks them
 * against each other and against the cluster's members.
 *
 * modules.conf: `modules = [ { name, namespace, shard-strategy } ]`; canopy adds `shard-strategy =
 * "prefix"` with a `prefix` (an RFC 8040 path) for a module whose data is split below the top level.
 * module-shards.conf: `module-shards = [ { name, shards = [ { name, replicas = [ members ] } ] } ]`.
 *
 * Rules (each broken one is a problem naming the file, line and key):
 * - names in modules.conf are unique and not "default"; a namespace has at most one `module` entry;
 *   prefixes are unique and shaped like `/module:node/...`;
 * - every module-shards.conf entry is "default" or a modules.conf name, appears once, and has exactly
 *   one shard (canopy places a module's data in one shard; split with prefix entries instead, where
 *   ODL's Helium took only the first shard and ignored the rest);
 * - shard names are unique across the file; "default" is the shard of the "default" entry only;
 * - replicas are non-empty, unique, and each a member of the cluster;
 * - every modules.conf entry has a module-shards.conf entry. ODL quietly routes such a module to the
 *   default shard; canopy refuses, since a forgotten entry would silently place data elsewhere.
 * When module-shards.conf has no "default" entry, one is added (first) with every cluster member as a
 * replica, in cluster order. Pure.
 */
import type { KeyPath } from './errors.js';
import { ConfigReader, NAME_EXPECTED, NAME_PATTERN, showValue } from './reader.js';
import { didYouMean } from './suggest.js';
import { DEFAULT_SHARD_NAME } from './types.js';
import type { ClusterMember, ModuleConfig, ShardConfig, ShardStrategy } from './types.js';

const STRATEGIES = ['module', 'prefix'] as const;

/** A URI: a scheme, ':', and no spaces (YANG namespaces are URIs, RFC 7950 §7.1.3). */
const NAMESPACE_PATTERN = /^[A-Za-z][A-Za-z0-9+.-]*:\S+$/;
const NAMESPACE_EXPECTED = 'a YANG namespace URI like "urn:example:toaster"';

/** One RFC 8040 path step: `[module:]identifier[=keys]`. */
const PREFIX_STEP = /^(?:[A-Za-z_][A-Za-z0-9_.-]*:)?[A-Za-z_][A-Za-z0-9_.-]*(?:=[^/]*)?$/;

/** A modules.conf entry as read, with its index in the file. */
export interface ModuleEntry {
  readonly index: number;
  readonly name: string;
  readonly namespace: string;
  readonly strategy: ShardStrategy;
}

/** A module-shards.conf entry as read; `shard` is undefined when it was invalid. */
export interface ShardEntry {
  readonly index: number;
  readonly module: string;
  readonly shard: ShardConfig | undefined;
}

/** modules.conf as read. */
export interface ModulesConf {
  /** The valid entries. */
  readonly entries: readonly ModuleEntry[];
  /** Every well-formed name, valid entry or not, so module-shards.conf is not blamed for them. */
  readonly declared: ReadonlySet<string>;
}

/** Reads modules.conf's value; problems go to `r`. */
export function readModulesConf(value: unknown, r: ConfigReader): ModulesConf {
  const root = r.object(value, [], ['modules']) ?? {};
  const list = r.list(root['modules'], ['modules']) ?? [];
  const out: ModuleEntry[] = [];
  const declared = new Set<string>();
  const names = new Map<string, KeyPath>();
  const namespaces = new Map<string, KeyPath>();
  const prefixes = new Map<string, KeyPath>();
  list.forEach((item, index) => {
    const at: KeyPath = ['modules', index];
    const entry = r.object(item, at, ['name', 'namespace', 'shard-strategy', 'prefix']);
    if (entry === undefined) return;
    const name = r.string(
      r.required(entry, 'name', at),
      [...at, 'name'],
      NAME_PATTERN,
      NAME_EXPECTED,
    );
    const namespace = r.string(
      r.required(entry, 'namespace', at),
      [...at, 'namespace'],
      NAMESPACE_PATTERN,
      NAMESPACE_EXPECTED,
    );
    const strategy = readStrategy(entry, at, r);
    if (name !== undefined) declared.add(name);
    if (name === undefined || namespace === undefined || strategy === undefined) return;
    if (name === DEFAULT_SHARD_NAME) {
      r.problem([...at, 'name'], `the name "default" is reserved for the default shard; rename it`);
      return;
    }
    if (!unique(names, name, [...at, 'name'], r, `the module "${name}"`)) return;
    if (strategy.type === 'module') {
      const first = namespaces.get(namespace);
      if (first !== undefined) {
        r.problem(
          [...at, 'namespace'],
          `the namespace "${namespace}" already has a module entry (at ${r.where(first)}); a ` +
            'namespace goes to one shard: to split its data, use shard-strategy = "prefix"',
        );
        return;
      }
      namespaces.set(namespace, [...at, 'namespace']);
    } else if (!unique(prefixes, strategy.prefix, [...at, 'prefix'], r, 'this prefix')) {
      return;
    }
    out.push({ index, name, namespace, strategy });
  });
  return { entries: out, declared };
}

function readStrategy(
  entry: Readonly<Record<string, unknown>>,
  at: KeyPath,
  r: ConfigReader,
): ShardStrategy | undefined {
  const path = [...at, 'shard-strategy'];
  const raw = r.required(entry, 'shard-strategy', at);
  if (raw === undefined) return undefined;
  if (raw !== 'module' && raw !== 'prefix') {
    const hint = typeof raw === 'string' ? didYouMean(raw, STRATEGIES) : '';
    r.problem(path, `expected "module" or "prefix", got ${showValue(raw)}${hint}`);
    return undefined;
  }
  const prefixPath = [...at, 'prefix'];
  if (raw === 'module') {
    if (entry['prefix'] !== undefined) {
      r.problem(prefixPath, 'a prefix is only read with shard-strategy = "prefix"; remove it');
      return undefined;
    }
    return { type: 'module' };
  }
  const prefix = r.string(
    r.required(entry, 'prefix', at),
    prefixPath,
    /^\/\S+$/,
    'an RFC 8040 path like "/module:container/list"',
  );
  if (prefix === undefined) return undefined;
  const problem = prefixProblem(prefix);
  if (problem !== undefined) {
    r.problem(prefixPath, problem);
    return undefined;
  }
  return { type: 'prefix', prefix };
}

/** What is wrong with the shape of a prefix path, if anything (the schema is checked later). */
export function prefixProblem(prefix: string): string | undefined {
  const steps = prefix.slice(1).split('/');
  if (!prefix.startsWith('/') || steps.some((s) => s === '')) {
    return `the prefix "${prefix}" must start with '/' and have no empty steps ('//' or a final '/')`;
  }
  const bad = steps.find((s) => !PREFIX_STEP.test(s));
  if (bad !== undefined) {
    return `the step "${bad}" of the prefix "${prefix}" is not [module:]name or [module:]name=keys`;
  }
  if (!steps[0]!.split('=')[0]!.includes(':')) {
    return `the prefix "${prefix}" must name its module in the first step, like "/toaster:toaster"`;
  }
  return undefined;
}

/** Records `key` at `path` in `seen`, or reports it as listed twice and returns false. */
function unique(
  seen: Map<string, KeyPath>,
  key: string,
  path: KeyPath,
  r: ConfigReader,
  what: string,
): boolean {
  const first = seen.get(key);
  if (first !== undefined) {
    r.problem(path, `${what} is listed twice (first at ${r.where(first)}); remove one`);
    return false;
  }
  seen.set(key, path);
  return true;
}

/** Reads module-shards.conf's value; problems go to `r`. Replicas are checked against `members`. */
export function readModuleShardsConf(
  value: unknown,
  r: ConfigReader,
  members: readonly ClusterMember[],
): ShardEntry[] {
  const root = r.object(value, [], ['module-shards']) ?? {};
  const list = r.list(root['module-shards'], ['module-shards']) ?? [];
  const out: ShardEntry[] = [];
  const modules = new Map<string, KeyPath>();
  const shards = new Map<string, KeyPath>();
  list.forEach((item, index) => {
    const at: KeyPath = ['module-shards', index];
    const entry = r.object(item, at, ['name', 'shards']);
    if (entry === undefined) return;
    const module = r.string(
      r.required(entry, 'name', at),
      [...at, 'name'],
      NAME_PATTERN,
      NAME_EXPECTED,
    );
    const shard = readShard(entry, at, r, members, module);
    if (module === undefined) return;
    if (!unique(modules, module, [...at, 'name'], r, `the module "${module}"`)) return;
    if (shard !== undefined) {
      const shardPath = [...at, 'shards', 0, 'name'];
      if (!unique(shards, shard.name, shardPath, r, `the shard "${shard.name}"`)) {
        // The module has its entry (no second complaint that it lacks one); only the shard is refused.
        out.push({ index, module, shard: undefined });
        return;
      }
    }
    out.push({ index, module, shard });
  });
  return out;
}

function readShard(
  entry: Readonly<Record<string, unknown>>,
  at: KeyPath,
  r: ConfigReader,
  members: readonly ClusterMember[],
  module: string | undefined,
): ShardConfig | undefined {
  const shardsPath = [...at, 'shards'];
  const list = r.list(r.required(entry, 'shards', at), shardsPath);
  if (list === undefined) return undefined;
  if (list.length !== 1) {
    r.problem(
      shardsPath,
      list.length === 0
        ? 'expected one shard, got none; add { name = "...", replicas = [ ... ] }'
        : `expected one shard, got ${list.length}: canopy places all of a module's data in one ` +
            'shard; keep one, and split the module with shard-strategy = "prefix" entries in ' +
            'modules.conf instead',
    );
    return undefined;
  }
  const shardAt = [...shardsPath, 0];
  const shard = r.object(list[0], shardAt, ['name', 'replicas']);
  if (shard === undefined) return undefined;
  const namePath = [...shardAt, 'name'];
  const name = r.string(r.required(shard, 'name', shardAt), namePath, NAME_PATTERN, NAME_EXPECTED);
  const replicas = readReplicas(shard, shardAt, r, members);
  if (name === undefined || replicas === undefined) return undefined;
  if (module === DEFAULT_SHARD_NAME && name !== DEFAULT_SHARD_NAME) {
    r.problem(namePath, `the shard of the "default" entry must be named "default", got "${name}"`);
    return undefined;
  }
  if (module !== undefined && module !== DEFAULT_SHARD_NAME && name === DEFAULT_SHARD_NAME) {
    r.problem(namePath, `the shard name "default" belongs to the "default" entry; rename this one`);
    return undefined;
  }
  return { name, module: module ?? '', replicas };
}

function readReplicas(
  shard: Readonly<Record<string, unknown>>,
  at: KeyPath,
  r: ConfigReader,
  members: readonly ClusterMember[],
): readonly string[] | undefined {
  const path = [...at, 'replicas'];
  const list = r.list(r.required(shard, 'replicas', at), path);
  if (list === undefined) return undefined;
  if (list.length === 0) {
    r.problem(path, 'a shard needs at least one replica; list the members that hold it');
    return undefined;
  }
  const names = members.map((m) => m.name);
  const seen = new Map<string, KeyPath>();
  const out: string[] = [];
  list.forEach((item, i) => {
    const p = [...path, i];
    const name = r.string(item, p, NAME_PATTERN, 'a member name');
    if (name === undefined || !unique(seen, name, p, r, `the replica "${name}"`)) return;
    if (names.length > 0 && !names.includes(name)) {
      r.problem(
        p,
        `"${name}" is not a member of the cluster (cluster.members in canopy.conf: ` +
          `${names.join(', ')})${didYouMean(name, names)}; add it to cluster.members or remove it`,
      );
      return;
    }
    out.push(name);
  });
  return out.length === list.length ? out : undefined;
}

/** What `joinModulesAndShards` checks against each other. */
export interface JoinInput {
  readonly modules: ModulesConf;
  readonly shardEntries: readonly ShardEntry[];
  readonly members: readonly ClusterMember[];
  /** Gets problems about modules.conf entries. */
  readonly modulesReader: ConfigReader;
  /** Gets problems about module-shards.conf entries. */
  readonly shardsReader: ConfigReader;
  readonly modulesFile: string;
  readonly shardsFile: string;
}

/** Checks the two files against each other and produces the final module and shard lists. */
export function joinModulesAndShards(input: JoinInput): {
  modules: ModuleConfig[];
  shards: ShardConfig[];
} {
  const { shardEntries, members, modulesReader, shardsReader, modulesFile, shardsFile } = input;
  const modules = input.modules.entries;
  const moduleNames = modules.map((m) => m.name);
  const shardOf = new Map<string, string>();
  const shards: ShardConfig[] = [];
  for (const entry of shardEntries) {
    if (input.modules.declared.has(entry.module) && !moduleNames.includes(entry.module)) {
      continue; // its modules.conf entry is invalid, and reported there
    }
    if (entry.module !== DEFAULT_SHARD_NAME && !moduleNames.includes(entry.module)) {
      const listed =
        moduleNames.length === 0 ? 'it lists none' : `it lists ${moduleNames.join(', ')}`;
      shardsReader.problem(
        ['module-shards', entry.index, 'name'],
        `the module "${entry.module}" is not in ${modulesFile} (${listed})` +
          `${didYouMean(entry.module, moduleNames)}; add it there with its namespace, or remove ` +
          'this entry',
      );
      continue;
    }
    if (entry.shard === undefined) continue;
    shardOf.set(entry.module, entry.shard.name);
    shards.push(entry.shard);
  }
  if (!shardEntries.some((e) => e.module === DEFAULT_SHARD_NAME)) {
    const replicas = members.map((m) => m.name);
    shards.unshift({ name: DEFAULT_SHARD_NAME, module: DEFAULT_SHARD_NAME, replicas });
  }
  const out: ModuleConfig[] = [];
  for (const m of modules) {
    const shard = shardOf.get(m.name);
    if (shard === undefined) {
      if (!shardEntries.some((e) => e.module === m.name)) {
        modulesReader.problem(
          ['modules', m.index, 'name'],
          `the module "${m.name}" has no entry in ${shardsFile}; add one with its replicas, or ` +
            'remove the module here so its data goes to the default shard',
        );
      }
      continue;
    }
    out.push({ name: m.name, namespace: m.namespace, strategy: m.strategy, shard });
  }
  return { modules: out, shards };
}
