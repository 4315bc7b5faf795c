/**
 * Environment variables and command-line flags that override canopy.conf. Precedence: flags, then
 * environment, then the file, then defaults. Overrides apply to canopy.conf only; modules.conf and
 * module-shards.conf describe the whole cluster and must be the same file on every member.
 *
 * Environment: `CANOPY_MEMBER_NAME`, `CANOPY_DATA_DIR`, `CANOPY_HTTP_HOST`, `CANOPY_HTTP_PORT`, and
 * for any key `CANOPY__` + the key path with `__` between levels, in any case, `_` standing for `-`:
 * `CANOPY__DATASTORE__OPERATIONAL__PERSISTENT=true`, `CANOPY__datastore__shard-snapshot-batch-count`.
 * A `CANOPY_` variable within two edits of a known name is reported as a likely typo; other
 * `CANOPY_` variables belong to other parts of canopy and are left alone.
 * Flags (from the CLI): `--member`, `--data-dir`, `--http-host`, `--http-port`, and `--set key=value`
 * (repeatable) for any key. A list (`cluster.members`) is given as JSON.
 *
 * Values stay strings (numbers and booleans are converted by the reader, as HOCON does), so a bad value
 * is reported by validation naming the variable or flag. One key set twice within one layer (say
 * `--member` and `--set member-name=...`) is a problem rather than a guess. Pure: the environment is a
 * parameter, never `process.env`.
 */
import { formatKeyPath } from './errors.js';
import type { ConfigProblem, KeyPath, ValueOrigin } from './errors.js';
import { OVERRIDABLE_KEYS } from './settings.js';
import { didYouMean, editDistance } from './suggest.js';

/** Environment variables, as `process.env` holds them. */
export type ConfigEnv = Readonly<Record<string, string | undefined>>;

/** The CLI's configuration flags (the `canopy` command parses them; this module reads them). */
export interface ConfigFlags {
  /** `--conf DIR`: the directory of canopy.conf, modules.conf and module-shards.conf. */
  readonly conf?: string | undefined;
  /** `--member NAME`: member-name. */
  readonly member?: string | undefined;
  /** `--data-dir DIR`: data-dir. */
  readonly dataDir?: string | undefined;
  /** `--http-host HOST`: http.host. */
  readonly httpHost?: string | undefined;
  /** `--http-port PORT`: http.port. */
  readonly httpPort?: string | number | undefined;
  /** `--set key=value`, repeatable: any key of canopy.conf. */
  readonly set?: readonly string[] | undefined;
}

/** One override: the key it sets, the raw value and where it came from. */
export interface Override {
  readonly key: string;
  readonly value: unknown;
  readonly origin: ValueOrigin;
}

/** The named environment variables and the keys they set. */
export const ENV_VARIABLES: ReadonlyMap<string, string> = new Map([
  ['CANOPY_MEMBER_NAME', 'member-name'],
  ['CANOPY_DATA_DIR', 'data-dir'],
  ['CANOPY_HTTP_HOST', 'http.host'],
  ['CANOPY_HTTP_PORT', 'http.port'],
]);

/** The environment variable naming the configuration directory (read by load-config.ts). */
export const ENV_CONF_DIR = 'CANOPY_CONF';

/** The prefix of the generic form: `CANOPY__DATASTORE__PERSISTENT`. */
export const ENV_GENERIC_PREFIX = 'CANOPY__';

/**
 * The overrides in `env` and `flags`, flags winning over the environment, one per key; problems
 * (unknown keys, malformed `--set`, a key set twice in one layer, bad JSON) go to `problems`.
 */
export function collectOverrides(
  env: ConfigEnv,
  flags: ConfigFlags,
  problems: ConfigProblem[],
): Override[] {
  const merged = new Map<string, Override>();
  for (const layer of [envOverrides(env, problems), flagOverrides(flags, problems)]) {
    const seen = new Map<string, Override>();
    for (const o of layer) {
      const first = seen.get(o.key);
      if (first !== undefined) {
        problems.push({
          origin: o.origin,
          key: o.key,
          message: `also set by ${describeOrigin(first.origin)}; keep one of them`,
        });
        continue;
      }
      seen.set(o.key, o);
      merged.set(o.key, parseValue(o, problems));
    }
  }
  return [...merged.values()];
}

function describeOrigin(origin: ValueOrigin): string {
  switch (origin.type) {
    case 'env':
      return `the environment variable ${origin.name}`;
    case 'flag':
      return `the flag ${origin.name}`;
    case 'file':
      return origin.file;
  }
}

function envOverrides(env: ConfigEnv, problems: ConfigProblem[]): Override[] {
  const out: Override[] = [];
  const known = [...ENV_VARIABLES.keys(), ENV_CONF_DIR];
  for (const name of Object.keys(env).sort()) {
    const value = env[name];
    if (value === undefined || !name.toUpperCase().startsWith('CANOPY_')) continue;
    const origin: ValueOrigin = { type: 'env', name };
    const named = ENV_VARIABLES.get(name);
    if (named !== undefined) {
      out.push({ key: named, value, origin });
      continue;
    }
    if (name.toUpperCase().startsWith(ENV_GENERIC_PREFIX)) {
      const key = name
        .slice(ENV_GENERIC_PREFIX.length)
        .split('__')
        .map((s) => s.toLowerCase().replaceAll('_', '-'))
        .join('.');
      const o = overrideOf(key, value, origin, problems);
      if (o !== undefined) out.push(o);
      continue;
    }
    const near = known.find((k) => k !== name && editDistance(k, name.toUpperCase()) <= 2);
    if (near !== undefined) {
      problems.push({
        origin,
        key: '',
        message: `is not a canopy setting; did you mean ${near}? (docs/CONFIGURATION.md)`,
      });
    }
  }
  return out;
}

/** An override of `key` if it is a key that can be overridden, else a problem. */
function overrideOf(
  key: string,
  value: string,
  origin: ValueOrigin,
  problems: ConfigProblem[],
): Override | undefined {
  if (OVERRIDABLE_KEYS.has(key)) return { key, value, origin };
  problems.push({
    origin,
    key,
    message:
      `is not a setting of canopy.conf${didYouMean(key, OVERRIDABLE_KEYS.keys())} ` +
      '(docs/CONFIGURATION.md lists them)',
  });
  return undefined;
}

function flagOverrides(flags: ConfigFlags, problems: ConfigProblem[]): Override[] {
  const out: Override[] = [];
  const named: [string, string, string | number | undefined][] = [
    ['--member', 'member-name', flags.member],
    ['--data-dir', 'data-dir', flags.dataDir],
    ['--http-host', 'http.host', flags.httpHost],
    ['--http-port', 'http.port', flags.httpPort],
  ];
  for (const [flag, key, value] of named) {
    if (value !== undefined)
      out.push({ key, value: String(value), origin: { type: 'flag', name: flag } });
  }
  for (const setting of flags.set ?? []) {
    const eq = setting.indexOf('=');
    if (eq <= 0) {
      problems.push({
        origin: { type: 'flag', name: '--set' },
        key: '',
        message: `expected key=value (like --set http.port=8182), got ${JSON.stringify(setting)}`,
      });
      continue;
    }
    const key = setting.slice(0, eq).trim();
    const origin: ValueOrigin = { type: 'flag', name: `--set ${key}` };
    const o = overrideOf(key, setting.slice(eq + 1), origin, problems);
    if (o !== undefined) out.push(o);
  }
  return out;
}

/** Lists arrive as JSON; everything else stays a string for the reader to convert. */
function parseValue(o: Override, problems: ConfigProblem[]): Override {
  if (OVERRIDABLE_KEYS.get(o.key) !== 'json' || typeof o.value !== 'string') return o;
  try {
    return { ...o, value: JSON.parse(o.value) as unknown };
  } catch (e) {
    problems.push({
      origin: o.origin,
      key: o.key,
      message:
        `expected JSON like [{"name":"member-1","host":"127.0.0.1","port":2550}] ` +
        `(${e instanceof Error ? e.message : String(e)})`,
    });
    return { ...o, value: undefined };
  }
}

/**
 * `value` (canopy.conf's parsed value) with `overrides` applied, and the origin of every overridden
 * key path. An override under something the file set to a non-object is skipped: validation reports
 * the file's value.
 */
export function applyOverrides(
  value: unknown,
  overrides: readonly Override[],
): { value: unknown; origins: ReadonlyMap<string, ValueOrigin> } {
  const origins = new Map<string, ValueOrigin>();
  let root = value;
  for (const o of overrides) {
    if (o.value === undefined) continue; // unparseable JSON, already a problem
    const path: KeyPath = o.key.split('.');
    const updated = setIn(root, path, o.value);
    if (updated === undefined) continue;
    root = updated;
    origins.set(formatKeyPath(path), o.origin);
  }
  return { value: root, origins };
}

function isPlainObject(v: unknown): v is Readonly<Record<string, unknown>> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** A copy of `target` with `path` set to `value` (copying only along the path), or undefined. */
function setIn(target: unknown, path: KeyPath, value: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return value;
  const obj = target === undefined ? {} : target;
  if (!isPlainObject(obj)) return undefined;
  const child = setIn(obj[head], rest, value);
  if (child === undefined) return undefined;
  return { ...obj, [head]: child };
}
