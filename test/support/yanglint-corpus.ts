/**
 * The differential corpus against libyang's yanglint (test/fixtures/yanglint, README.md there): its
 * suites of vendored YANG modules, their instance documents and single-rule violations, the verdicts
 * recorded from yanglint, and the two judges: canopy (compile the suite's modules, write the document
 * as the whole of a configuration datastore, or of an operational one for state documents, prepare
 * the commit) and yanglint (`--type config --present`, or `--type data` for the operational
 * datastore, the modules given explicitly).
 *
 * A variant (a single-rule violation, or a valid variation) is its base document with a JSON Patch
 * (RFC 6902's add, replace and remove, on RFC 6901 pointers) applied, so each differs from a valid
 * document in exactly one place.
 */
import { spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { DataTree } from '../../src/tree/data-tree.js';
import { DataValidationFailedError } from '../../src/tree/errors.js';
import type { TreeType } from '../../src/tree/json-codec.js';
import { compileSchema } from '../../src/yang/compile.js';
import type {
  ChoiceSchema,
  DataNodeSchema,
  DataParent,
  SchemaContext,
} from '../../src/yang/schema.js';

export const FIXTURE_DIR = resolve('test/fixtures/yanglint');
export const MODULES_DIR = join(FIXTURE_DIR, 'modules');
const DOCUMENTS_DIR = join(FIXTURE_DIR, 'documents');
export const VERDICTS_FILE = join(FIXTURE_DIR, 'verdicts.json');

/** The kinds of rule a violation breaks (issue 9 point 10's list, and the later-issue ones). */
export const RULES = [
  'type',
  'range',
  'length',
  'pattern',
  'enum',
  'identityref',
  'bits',
  'union',
  'decimal64',
  'int64',
  'key',
  'list-duplicate',
  'leaf-list-duplicate',
  'mandatory',
  'choice',
  'min-elements',
  'max-elements',
  'unknown',
  'state',
  'unique',
  'must',
  'when',
  'leafref',
  'xpath',
] as const;
export type Rule = (typeof RULES)[number];

/** One JSON Patch operation (RFC 6902), on an RFC 6901 pointer. */
export type PatchOp =
  | { readonly op: 'add' | 'replace'; readonly path: string; readonly value: unknown }
  | { readonly op: 'remove'; readonly path: string };

/** A document of the suite changed in one place: a single-rule violation, or a valid variant. */
export interface Variant {
  readonly rule: Rule | 'valid';
  /** The datastore the document is for: `config` (the default) or `operational` (state data too). */
  readonly datastore?: TreeType | undefined;
  /** A document of the suite's `documents` the patch applies to. */
  readonly base: string;
  readonly patch: readonly PatchOp[];
  /** The data path canopy's DataValidationFailedError must name (RFC 8040 form). */
  readonly at?: string | undefined;
  /** Why canopy and yanglint disagree here, when they do (docs/API.md lists it too). */
  readonly difference?: string | undefined;
}

export interface Suite {
  /** Module files of `modules/`, given to both judges. */
  readonly modules: readonly string[];
  /** Valid documents of `documents/` (names without .json); `{}` is always added as `empty`. */
  readonly documents: readonly string[];
  /** Valid documents of the operational datastore: configuration and state data together. */
  readonly operational?: readonly string[] | undefined;
  readonly variants: Readonly<Record<string, Variant>>;
}

export interface Corpus {
  readonly suites: Readonly<Record<string, Suite>>;
}

/** One document of the corpus, ready to judge. */
export interface Case {
  /** `suite/name`. */
  readonly id: string;
  readonly suite: string;
  readonly rule: Rule | 'valid';
  readonly datastore: TreeType;
  readonly document: unknown;
  readonly at?: string | undefined;
  readonly difference?: string | undefined;
}

export type Verdict = 'accept' | 'refuse';

/** What yanglint said of one document: the verdict and, for a refusal, its libyang errors. */
export interface Recorded {
  readonly verdict: Verdict;
  readonly error?: string | undefined;
}

export interface RecordedVerdicts {
  readonly tool: string;
  readonly command: string;
  readonly cases: Readonly<Record<string, Recorded>>;
}

export function loadCorpus(): Corpus {
  return JSON.parse(readFileSync(join(FIXTURE_DIR, 'corpus.json'), 'utf8')) as Corpus;
}

export function loadRecorded(): RecordedVerdicts {
  return JSON.parse(readFileSync(VERDICTS_FILE, 'utf8')) as RecordedVerdicts;
}

function readDocument(name: string): unknown {
  return JSON.parse(readFileSync(join(DOCUMENTS_DIR, `${name}.json`), 'utf8'));
}

function pointer(path: string): string[] {
  if (!path.startsWith('/')) throw new Error(`JSON pointer ${path} must start with '/'`);
  return path
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/** Applies `ops` to a deep copy of `doc` (RFC 6902 add/replace/remove). */
export function applyPatch(doc: unknown, ops: readonly PatchOp[]): unknown {
  const copy = structuredClone(doc);
  for (const op of ops) {
    const tokens = pointer(op.path);
    const last = tokens.pop()!;
    let parent: unknown = copy;
    for (const t of tokens) {
      parent = (parent as Record<string, unknown>)[t];
      if (typeof parent !== 'object' || parent === null) {
        throw new Error(`JSON patch: ${op.path} does not exist`);
      }
    }
    if (Array.isArray(parent)) {
      const list = parent as unknown[];
      const index = last === '-' ? list.length : Number(last);
      if (op.op === 'add') list.splice(index, 0, op.value);
      else if (op.op === 'replace') list[index] = op.value;
      else list.splice(index, 1);
      continue;
    }
    const target = parent as Record<string, unknown>;
    if (op.op !== 'add' && !Object.hasOwn(target, last)) {
      throw new Error(`JSON patch: ${op.path} does not exist`);
    }
    if (op.op === 'remove') Reflect.deleteProperty(target, last);
    else target[last] = op.value;
  }
  return copy;
}

/** Every case of every suite, in corpus order: `empty`, the documents, then the variants. */
export function casesOf(corpus: Corpus): Case[] {
  const out: Case[] = [];
  for (const [suite, s] of Object.entries(corpus.suites)) {
    out.push({ id: `${suite}/empty`, suite, rule: 'valid', datastore: 'config', document: {} });
    for (const name of s.documents) {
      const document = readDocument(name);
      out.push({ id: `${suite}/${name}`, suite, rule: 'valid', datastore: 'config', document });
    }
    for (const name of s.operational ?? []) {
      const document = readDocument(name);
      out.push({
        id: `${suite}/${name}`,
        suite,
        rule: 'valid',
        datastore: 'operational',
        document,
      });
    }
    for (const [name, v] of Object.entries(s.variants)) {
      out.push({
        id: `${suite}/${name}`,
        suite,
        rule: v.rule,
        datastore: v.datastore ?? 'config',
        document: applyPatch(readDocument(v.base), v.patch),
        at: v.at,
        difference: v.difference,
      });
    }
  }
  return out;
}

/** Compiles a suite's modules with canopy's compiler. */
export function compileSuite(suite: Suite): SchemaContext {
  return compileSchema(
    suite.modules.map((m) => {
      const file = join(MODULES_DIR, m);
      return { file, text: readFileSync(file, 'utf8') };
    }),
  );
}

/** canopy's verdict: the document written as the whole datastore of its kind, then prepared. */
export type CanopyOutcome =
  | { readonly verdict: 'accept' }
  | { readonly verdict: 'refuse'; readonly path: string; readonly reason: string };

export function judgeWithCanopy(
  schema: SchemaContext,
  document: unknown,
  treeType: TreeType,
): CanopyOutcome {
  const tree = new DataTree(schema, { treeType });
  try {
    const mod = tree.takeSnapshot().newModification();
    mod.write('/', document);
    mod.ready();
    tree.validate(mod);
    tree.commit(tree.prepare(mod));
    return { verdict: 'accept' };
  } catch (e) {
    if (!(e instanceof DataValidationFailedError)) throw e;
    return { verdict: 'refuse', path: e.path, reason: e.reason };
  }
}

/** The yanglint to run: `CANOPY_YANGLINT`, else `yanglint` on the PATH. */
export function yanglintCommand(): string {
  return process.env.CANOPY_YANGLINT ?? 'yanglint';
}

/** yanglint's version line (`yanglint 2.1.30`), or undefined when it cannot be run. */
export function yanglintVersion(): string | undefined {
  const r = spawnSync(yanglintCommand(), ['--version'], { encoding: 'utf8' });
  if (r.error !== undefined || r.status !== 0) return undefined;
  return r.stdout.trim();
}

/** A YANG file whose first statement is `submodule` (after comments). */
const SUBMODULE = /^(?:\s|\/\/[^\n]*\n|\/\*[\s\S]*?\*\/)*submodule\s/;

/** The arguments before the module files and the document, as recorded in verdicts.json. */
const yanglintFlags = (datastore: TreeType): string[] => [
  '--disable-searchdir',
  '--type',
  datastore === 'config' ? 'config' : 'data',
  '--present',
  '--path',
];

export function yanglintCommandLine(): string {
  return `yanglint ${yanglintFlags('config').join(' ')} modules <suite modules> <document> (--type data for the operational datastore)`;
}

/**
 * yanglint's verdict on `document`, written to `file` (pretty-printed, so libyang's line numbers are
 * stable): its exit status, and the `libyang err` lines of a refusal.
 */
export function judgeWithYanglint(
  suite: Suite,
  c: Pick<Case, 'document' | 'datastore'>,
  file: string,
): Recorded {
  const document = c.document;
  writeFileSync(file, JSON.stringify(document, null, 2) + '\n');
  // yanglint reads a submodule through its module's include (from --path), never on its own.
  const modules = suite.modules
    .map((m) => join(MODULES_DIR, m))
    .filter((f) => !SUBMODULE.test(readFileSync(f, 'utf8')));
  const r = spawnSync(
    yanglintCommand(),
    [...yanglintFlags(c.datastore), MODULES_DIR, ...modules, file],
    {
      encoding: 'utf8',
    },
  );
  if (r.error !== undefined) throw r.error;
  if (r.status === 0) return { verdict: 'accept' };
  const errors = r.stderr
    .split('\n')
    .filter((l) => l.startsWith('libyang err'))
    .join('\n');
  if (errors === '') {
    throw new Error(`yanglint exited ${String(r.status)} without a libyang error: ${r.stderr}`);
  }
  return { verdict: 'refuse', error: errors };
}

// ---- schema trees: the compiled schema as yanglint prints it (`--format tree`) and as canopy has it

/** Where the recorded `yanglint --format tree` output of the corpus modules is kept. */
export const TREE_FILE = join(FIXTURE_DIR, 'tree.txt');

/** One schema node of a tree, with what both sides can tell about it. */
export interface TreeEntry {
  readonly kind: 'container' | 'list' | 'leaf' | 'leaf-list' | 'anydata' | 'choice' | 'case';
  readonly config?: boolean | undefined;
  /** A leaf without `?` (mandatory or a key), a choice without `?`. */
  readonly mandatory?: boolean | undefined;
  readonly presence?: boolean | undefined;
  readonly keys?: string | undefined;
}

/** Every module file of `modules/` except submodules, as yanglint is given them. */
export function corpusModuleFiles(): string[] {
  return readdirSync(MODULES_DIR)
    .filter((f) => f.endsWith('.yang'))
    .sort()
    .map((f) => join(MODULES_DIR, f));
}

/** `yanglint --format tree` of every module of `modules/` (submodules through their modules). */
export function yanglintTree(): string {
  const files = corpusModuleFiles().filter((f) => !SUBMODULE.test(readFileSync(f, 'utf8')));
  const r = spawnSync(
    yanglintCommand(),
    ['--disable-searchdir', '--format', 'tree', '--path', MODULES_DIR, ...files],
    { encoding: 'utf8', maxBuffer: 64 << 20 },
  );
  if (r.error !== undefined) throw r.error;
  if (r.status !== 0) throw new Error(`yanglint --format tree failed: ${r.stderr}`);
  return r.stdout;
}

const TREE_LINE = /^([ |]*)[+xo]--(.*)$/;
const TREE_NODE = /^(rw|ro|-w|--)\s+([^\s?*!]+)([?*!]?)(?:\s+\[([^\]]+)\])?(?:\s+(\S+))?/;

/**
 * The data nodes, choices and cases of each `module:` section of a yanglint tree (augments of other
 * modules appear there, prefixed; the `augment`, `rpcs` and `notifications` sections and actions are
 * left out), by path: `/module:a/b/(choice)/:(case)/prefix:c`.
 */
export function parseYanglintTree(text: string): Map<string, TreeEntry> {
  const out = new Map<string, TreeEntry>();
  let module: string | undefined;
  const stack: { name: string; operation: boolean }[] = [];
  for (const line of text.split('\n')) {
    const header = /^module: (\S+)/.exec(line);
    if (header !== null) {
      module = header[1];
      stack.length = 0;
      continue;
    }
    // The sections after the data nodes: augments of other modules' nodes, operations, groupings.
    if (/^\s*(?:augment\s|rpcs:|notifications:|grouping\s|structure\s|yang-data\s)/.test(line)) {
      module = undefined;
    }
    const m = TREE_LINE.exec(line);
    if (module === undefined || m === null) continue;
    stack.length = (m[1]!.length - 2) / 3;
    const rest = m[2]!;
    if (/^-[xn]\s/.test(rest)) {
      stack.push({ name: '', operation: true });
      continue;
    }
    let name: string;
    let entry: TreeEntry;
    const caseName = /^:\(([^)]+)\)/.exec(rest);
    const node = TREE_NODE.exec(rest);
    if (caseName !== null) {
      name = `:(${caseName[1]!})`;
      entry = { kind: 'case' };
    } else if (node !== null) {
      const [, flags, raw, suffix, keys, type] = node;
      const config = flags === 'rw';
      if (raw!.startsWith('(')) {
        name = raw!;
        entry = { kind: 'choice', config, mandatory: suffix !== '?' };
      } else {
        name = raw!;
        const typed = type !== undefined && !type.startsWith('{');
        const kind = suffix === '*' ? (typed ? 'leaf-list' : 'list') : typed ? 'leaf' : 'container';
        entry =
          type === 'anydata' || type === 'anyxml'
            ? { kind: 'anydata', config }
            : kind === 'leaf'
              ? { kind, config, mandatory: suffix !== '?' }
              : kind === 'container'
                ? { kind, config, presence: suffix === '!' }
                : kind === 'list' && keys !== undefined
                  ? { kind, config, keys }
                  : { kind, config };
      }
    } else {
      throw new Error(`unexpected yanglint tree line: ${line}`);
    }
    stack.push({ name, operation: false });
    if (stack.some((s) => s.operation)) continue;
    out.set(`/${module}:${stack.map((s) => s.name).join('/')}`, entry);
  }
  return out;
}

/** canopy's schema in the same form: names prefixed where the node's module is not the tree's. */
export function canopyTree(schema: SchemaContext): Map<string, TreeEntry> {
  const out = new Map<string, TreeEntry>();
  let top = '';
  const name = (n: { module: string; name: string }): string =>
    n.module === top ? n.name : `${schema.modules.get(n.module)!.prefix}:${n.name}`;
  const join = (base: string, segment: string): string =>
    base.endsWith(':') ? base + segment : `${base}/${segment}`;
  const node = (n: DataNodeSchema, base: string): void => {
    const path = join(base, name(n));
    switch (n.kind) {
      case 'leaf':
        out.set(path, { kind: 'leaf', config: n.config, mandatory: n.mandatory || n.isKey });
        return;
      case 'leaf-list':
        out.set(path, { kind: 'leaf-list', config: n.config });
        return;
      case 'anydata':
      case 'anyxml':
        out.set(path, { kind: 'anydata', config: n.config });
        return;
      case 'container':
        out.set(path, { kind: 'container', config: n.config, presence: n.presence });
        break;
      case 'list':
        out.set(
          path,
          n.keys.length === 0
            ? { kind: 'list', config: n.config }
            : { kind: 'list', config: n.config, keys: n.keys.map(localPart).join(' ') },
        );
        break;
    }
    parent(n, path);
  };
  const parent = (p: DataParent, base: string): void => {
    for (const child of p.children.values()) if (child.caseAncestry.length === 0) node(child, base);
    for (const c of p.choices.values()) choice(c, base);
  };
  const choice = (c: ChoiceSchema, base: string): void => {
    const path = join(base, `(${name(c)})`);
    out.set(path, { kind: 'choice', config: c.config, mandatory: c.mandatory });
    for (const k of c.cases.values()) {
      const casePath = `${path}/:(${name(k)})`;
      out.set(casePath, { kind: 'case' });
      for (const child of k.children.values()) {
        const last = child.caseAncestry[child.caseAncestry.length - 1];
        if (last?.choice === c.qname && last.case === k.qname) node(child, casePath);
      }
      for (const inner of k.choices.values()) choice(inner, casePath);
    }
  };
  for (const m of schema.modules.values()) {
    top = m.name;
    for (const n of m.dataChildren.values())
      if (n.caseAncestry.length === 0) node(n, `/${m.name}:`);
    for (const c of schema.root.choices.values()) if (c.module === m.name) choice(c, `/${m.name}:`);
  }
  return out;
}

function localPart(qname: string): string {
  return qname.slice(qname.indexOf(':') + 1);
}
