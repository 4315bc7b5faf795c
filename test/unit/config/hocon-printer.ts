/**
 * Test helper: prints values and whole Configs back to HOCON in the subset canopy reads, in a choice
 * of styles (separators, commas or new lines, root braces, comments), so property tests can check that
 * reading what was printed gives back what was printed. Not a test file itself.
 */
import {
  DATASTORE_SETTINGS,
  HTTP_SETTINGS,
  RPC_SETTINGS,
  MEMBERSHIP_SETTINGS,
  TRANSPORT_SETTINGS,
} from '../../../src/config/settings.js';
import type { Config, DatastoreSettings } from '../../../src/config/types.js';
import { DATASTORE_TYPES } from '../../../src/config/types.js';

/** How to lay out the printed text. */
export interface PrintStyle {
  /** Between a key and a scalar or list. */
  readonly separator: '=' | ':';
  /** Between a key and an object: nothing, or a separator. */
  readonly objectSeparator: '' | ' =' | ' :';
  /** Separate list elements with ',' (else new lines only). */
  readonly listCommas: boolean;
  /** Put lists of scalars on one line (always with commas). */
  readonly inlineLists: boolean;
  /** Wrap the file in braces. */
  readonly rootBraces: boolean;
  /** End each field with ','. */
  readonly fieldCommas: boolean;
  /** Add comments before fields and after values. */
  readonly comments: boolean;
  /** Print strings that need no quotes without them. */
  readonly bareStrings: boolean;
  readonly indent: string;
}

export const PLAIN_STYLE: PrintStyle = {
  separator: '=',
  objectSeparator: '',
  listCommas: false,
  inlineLists: false,
  rootBraces: false,
  fieldCommas: false,
  comments: false,
  bareStrings: false,
  indent: '  ',
};

/** A value the printer accepts. */
export type PrintValue =
  string | number | boolean | null | readonly PrintValue[] | { readonly [key: string]: PrintValue };

const BARE = /^[A-Za-z_][A-Za-z0-9_.-]*$/;

function scalar(v: string | number | boolean | null, style: PrintStyle): string {
  if (typeof v === 'number') {
    const text = String(v);
    if (!/^\d+(\.\d+)?$/.test(text)) throw new Error(`cannot print the number ${text}`);
    return text;
  }
  if (typeof v !== 'string') return String(v);
  const bare =
    style.bareStrings && BARE.test(v) && !/^(true|false|null)$/.test(v) && !/^\d/.test(v);
  return bare ? v : `"${v.replaceAll('"', '\\"')}"`;
}

function isScalar(v: PrintValue): v is string | number | boolean | null {
  return typeof v !== 'object' || v === null;
}

function printValue(v: PrintValue, style: PrintStyle, depth: number): string {
  if (isScalar(v)) return scalar(v, style);
  const pad = style.indent.repeat(depth + 1);
  const close = style.indent.repeat(depth);
  if (Array.isArray(v)) {
    const list = v as readonly PrintValue[];
    if (list.length === 0) return '[]';
    if (style.inlineLists && list.every(isScalar)) {
      return `[${list.map((e) => scalar(e, style)).join(', ')}]`;
    }
    const sep = style.listCommas ? ',' : '';
    // NB: a comment after an unquoted element would need a space, which the subset forbids there.
    const items = list.map((e, i) => {
      const comment = style.comments && i === 0 ? `${pad}# element ${i}\n` : '';
      return `${comment}${pad}${printValue(e, style, depth + 1)}${i < list.length - 1 ? sep : ''}`;
    });
    return `[\n${items.join('\n')}\n${close}]`;
  }
  const obj = v as { readonly [key: string]: PrintValue };
  return `{\n${printFields(obj, style, depth + 1)}${close}}`;
}

function printFields(
  obj: { readonly [key: string]: PrintValue },
  style: PrintStyle,
  depth: number,
): string {
  const pad = style.indent.repeat(depth);
  let out = '';
  for (const [key, v] of Object.entries(obj)) {
    if (style.comments) out += `${pad}// ${key}\n`;
    const objectValue = typeof v === 'object' && v !== null && !Array.isArray(v);
    const sep = objectValue ? `${style.objectSeparator} ` : ` ${style.separator} `;
    const comma = style.fieldCommas ? ',' : '';
    out += `${pad}${key}${sep}${printValue(v, style, depth)}${comma}\n`;
  }
  return out;
}

/** Prints an object as a HOCON file. */
export function printHocon(
  value: { readonly [key: string]: PrintValue },
  style: PrintStyle = PLAIN_STYLE,
): string {
  const header = style.comments ? '# printed by the test printer\n' : '';
  if (!style.rootBraces) return header + printFields(value, style, 0);
  return `${header}{\n${printFields(value, style, 1)}}\n`;
}

/** The three files that say `config`, each printed in `style`. */
export function printConfig(
  config: Omit<Config, 'files'>,
  style: PrintStyle = PLAIN_STYLE,
  factorCommon = false,
): { canopy: string; modules: string; moduleShards: string } {
  const common: Record<string, PrintValue> = {};
  const perType: Record<string, Record<string, PrintValue>> = {};
  for (const type of DATASTORE_TYPES) perType[type] = {};
  for (const spec of DATASTORE_SETTINGS) {
    const written = (s: DatastoreSettings): number | boolean => {
      const v = s[spec.field];
      return typeof v === 'number' ? v / spec.scale : v;
    };
    const c = written(config.datastore.config);
    const o = written(config.datastore.operational);
    if (factorCommon && c === o) common[spec.key] = c;
    else {
      perType['config']![spec.key] = c;
      perType['operational']![spec.key] = o;
    }
  }
  const canopy = {
    'member-name': config.memberName,
    'data-dir': config.dataDir,
    http: printHttp(config),
    cluster: {
      name: config.cluster.name,
      members: config.cluster.members.map((m) => ({ name: m.name, host: m.host, port: m.port })),
      transport: Object.fromEntries(
        TRANSPORT_SETTINGS.map((spec) => [spec.key, config.cluster.transport[spec.field]]),
      ),
      membership: Object.fromEntries(
        MEMBERSHIP_SETTINGS.map((spec) => [spec.key, config.cluster.membership[spec.field]]),
      ),
    },
    datastore: { ...common, config: perType['config']!, operational: perType['operational']! },
    journal: { 'synced-high-water': config.journal.syncedHighWater },
    rpc: Object.fromEntries(RPC_SETTINGS.map((spec) => [spec.key, config.rpc[spec.field]])),
    examples: { 'toaster-provider': config.examples.toasterProvider },
  };
  const modules = {
    modules: config.modules.map((m) =>
      m.strategy.type === 'module'
        ? { name: m.name, namespace: m.namespace, 'shard-strategy': 'module' }
        : {
            name: m.name,
            namespace: m.namespace,
            'shard-strategy': 'prefix',
            prefix: m.strategy.prefix,
          },
    ),
  };
  const moduleShards = {
    'module-shards': config.shards.map((s) => ({
      name: s.module,
      shards: [{ name: s.name, replicas: [...s.replicas] }],
    })),
  };
  return {
    canopy: printHocon(canopy, style),
    modules: printHocon(modules, style),
    moduleShards: printHocon(moduleShards, style),
  };
}

/** The `http { }` block of `config`: every limit written out, streams.* in a nested block. */
function printHttp(config: Omit<Config, 'files'>): { readonly [key: string]: PrintValue } {
  const http: Record<string, PrintValue> = {
    host: config.http.host,
    port: config.http.port,
    'access-log': config.http.accessLog,
  };
  if (config.http.publicUrl !== undefined) http['public-url'] = config.http.publicUrl;
  const streams: Record<string, PrintValue> = {};
  for (const spec of HTTP_SETTINGS) {
    const value = config.http[spec.field];
    if (spec.key.startsWith('streams.')) streams[spec.key.slice('streams.'.length)] = value;
    else http[spec.key] = value;
  }
  http['streams'] = streams;
  return http;
}
