/**
 * Judging what data tree change listeners receive, from the DOMStore contract alone.
 *
 * - `candidateProblems` checks that one delivered candidate is internally consistent: its
 *   modificationType agrees with dataBefore/dataAfter (write has data after, delete and disappeared had
 *   data before and have none after, appeared the reverse, subtree-modified both, unmodified no change),
 *   each child is a direct child of its parent whose before/after is exactly the parent's content at that
 *   child, and a subtree-modified/appeared/disappeared node lists a child for every member that changed.
 * - `ListenerRecorder` records every call a listener gets, in order, and replays the candidates onto a
 *   view of the subtree so that a test can compare what the listener believes with what the store holds.
 * - `waitUntil` waits for an asynchronous delivery with a generous bound: it is a liveness bound, never
 *   a speed assertion.
 */
import type {
  DataTreeCandidate,
  DataTreeCandidateNode,
  DataTreeChangeListener,
  JsonObject,
  JsonValue,
  SchemaContext,
} from '../../src/index.js';
import { canonical, entryOf, keyText, resolvePath, sameData, show } from './store-data.js';
import type { ResolvedStep } from './store-data.js';

/** Problems with one candidate tree (empty when it is consistent). */
export function candidateProblems(schema: SchemaContext, node: DataTreeCandidateNode): string[] {
  const problems: string[] = [];
  checkNode(schema, node, problems);
  return problems;
}

function checkNode(schema: SchemaContext, node: DataTreeCandidateNode, problems: string[]): void {
  const { path, modificationType: type, dataBefore: before, dataAfter: after } = node;
  const where = `${path} (${type})`;
  const changed = !sameData(before, after);
  // Identical including order: a node whose content is not even reordered did not change at all.
  const identical = JSON.stringify(before) === JSON.stringify(after);
  switch (type) {
    case 'write':
      if (after === undefined) problems.push(`${where}: a write has no dataAfter`);
      if (identical) problems.push(`${where}: data did not change, so this is 'unmodified'`);
      break;
    case 'delete':
    case 'disappeared':
      if (before === undefined || after !== undefined) {
        problems.push(
          `${where}: expects data before and none after, got ${show(before)} -> ${show(after)}`,
        );
      }
      break;
    case 'appeared':
      if (before !== undefined || after === undefined) {
        problems.push(
          `${where}: expects no data before and data after, got ${show(before)} -> ${show(after)}`,
        );
      }
      break;
    case 'subtree-modified':
      if (before === undefined || after === undefined) {
        problems.push(
          `${where}: expects data before and after, got ${show(before)} -> ${show(after)}`,
        );
      }
      if (identical) problems.push(`${where}: data did not change, so this is 'unmodified'`);
      if (changed && node.children.length === 0) {
        problems.push(`${where}: lists no changed children`);
      }
      break;
    case 'unmodified':
      if (changed) problems.push(`${where}: data changed ${show(before)} -> ${show(after)}`);
      if (node.children.length > 0) problems.push(`${where}: has children`);
      break;
  }
  checkChildren(schema, node, problems);
}

function checkChildren(
  schema: SchemaContext,
  node: DataTreeCandidateNode,
  problems: string[],
): void {
  const parentSteps = resolvePath(schema, node.path);
  if (parentSteps === undefined) {
    problems.push(`${node.path}: the candidate path does not resolve in the schema`);
    return;
  }
  const parentLast = parentSteps[parentSteps.length - 1];
  const parentIsWholeList = parentLast !== undefined && isWholeList(parentLast);
  const seen = new Set<string>();
  const seenIds = new Set<string>();
  for (const child of node.children) {
    if (seen.has(child.path)) problems.push(`${child.path}: listed twice under ${node.path}`);
    seen.add(child.path);
    const steps = resolvePath(schema, child.path);
    const step = steps?.[steps.length - 1];
    const isDirect =
      steps !== undefined &&
      step !== undefined &&
      (parentIsWholeList
        ? steps.length === parentSteps.length &&
          step.keys !== undefined &&
          child.path.startsWith(`${node.path}=`)
        : steps.length === parentSteps.length + 1 && child.path.startsWith(`${node.path}/`));
    if (step === undefined || !isDirect) {
      problems.push(`${child.path}: is not a direct child of ${node.path}`);
      continue;
    }
    const data = (parent: JsonValue | undefined): JsonValue | undefined =>
      parentIsWholeList ? entryOf(parent, step) : memberOf(parent, step.member);
    const expectBefore = data(node.dataBefore);
    const expectAfter = data(node.dataAfter);
    if (!sameData(expectBefore, child.dataBefore) || !sameData(expectAfter, child.dataAfter)) {
      problems.push(
        `${child.path}: before/after ${show(child.dataBefore)} -> ${show(child.dataAfter)} ` +
          `is not its parent's ${show(expectBefore)} -> ${show(expectAfter)}`,
      );
    }
    seenIds.add(
      parentIsWholeList ? `=${(step.keys ?? []).join('\u0000')}` : localName(step.member),
    );
    checkNode(schema, child, problems);
  }
  const type = node.modificationType;
  if (type === 'subtree-modified' || type === 'appeared' || type === 'disappeared') {
    for (const id of changedIds(node.dataBefore, node.dataAfter, parentLast)) {
      if (!seenIds.has(id)) {
        problems.push(`${node.path}: ${id} changed but has no child candidate`);
      }
    }
  }
}

function isWholeList(step: ResolvedStep): boolean {
  return (
    step.keys === undefined && (step.schema.kind === 'list' || step.schema.kind === 'leaf-list')
  );
}

function localName(member: string): string {
  return member.slice(member.indexOf(':') + 1);
}

function memberOf(parent: JsonValue | undefined, member: string): JsonValue | undefined {
  if (typeof parent !== 'object' || parent === null || Array.isArray(parent)) return undefined;
  return (parent as JsonObject)[member];
}

/** Ids (member local name, or `=` and the key texts) of the children whose content differs. */
function changedIds(
  before: JsonValue | undefined,
  after: JsonValue | undefined,
  last: ResolvedStep | undefined,
): string[] {
  if (last !== undefined && isWholeList(last)) {
    const index = (v: JsonValue | undefined): Map<string, JsonValue> => {
      const m = new Map<string, JsonValue>();
      if (Array.isArray(v)) {
        for (const item of v as readonly JsonValue[]) m.set(entryId(item, last), item);
      }
      return m;
    };
    const b = index(before);
    const a = index(after);
    return [...new Set([...b.keys(), ...a.keys()])].filter((k) => !sameData(b.get(k), a.get(k)));
  }
  const members = (v: JsonValue | undefined): JsonObject =>
    typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as JsonObject) : {};
  const b = members(before);
  const a = members(after);
  return [...new Set([...Object.keys(b), ...Object.keys(a)])]
    .filter((k) => !sameData(b[k], a[k]))
    .map(localName);
}

/** `=` and the key texts of a list entry (or the text of a leaf-list value), joined by NUL. */
function entryId(item: JsonValue, list: ResolvedStep): string {
  if (list.schema.kind !== 'list') {
    return `=${keyText(item) ?? JSON.stringify(item)}`;
  }
  const obj = (typeof item === 'object' && item !== null ? item : {}) as JsonObject;
  return `=${list.schema.keys.map((q) => keyText(obj[localName(q)]) ?? '').join('\u0000')}`;
}

/** Records every call of a listener, in order. */
export class ListenerRecorder {
  /** Each call's candidates, in call order. */
  readonly calls: (readonly DataTreeCandidate[])[] = [];
  readonly listener: DataTreeChangeListener = (changes) => {
    this.calls.push([...changes]);
  };

  /** Every candidate received, flattened across calls, in order. */
  get candidates(): DataTreeCandidate[] {
    return this.calls.flat();
  }

  /** Candidates after the initial call, without `unmodified` ones. */
  changesAfterInitial(): DataTreeCandidate[] {
    return this.calls
      .slice(1)
      .flat()
      .filter((c) => c.modificationType !== 'unmodified');
  }

  /**
   * The listener's view of its subtree: the initial content replayed through every candidate's
   * dataAfter. Records a problem when a candidate's dataBefore is not the view it should follow.
   */
  replay(problems: string[] = []): JsonValue | undefined {
    let view: JsonValue | undefined;
    this.calls.forEach((call, i) => {
      for (const c of call) {
        if (c.modificationType === 'unmodified') continue;
        if (i > 0 && !sameData(c.dataBefore, view)) {
          problems.push(
            `${c.path}: dataBefore ${show(c.dataBefore)} but the view was ${show(view)}`,
          );
        }
        view = c.dataAfter;
      }
    });
    return view;
  }
}

/**
 * Resolves once `done()` holds; rejects with `what` if it does not within `boundMs` (a liveness bound
 * for asynchronous delivery, generous on purpose).
 */
export async function waitUntil(
  done: () => boolean,
  what: string,
  boundMs = 10_000,
): Promise<void> {
  const start = Date.now();
  let spins = 0;
  while (!done()) {
    if (Date.now() - start > boundMs) {
      throw new Error(`timed out after ${boundMs} ms waiting until ${what}`);
    }
    // Let microtasks and immediates run first; then back off to real time for stores that need it.
    await new Promise<void>((resolve) => {
      if (spins++ < 100) setImmediate(resolve);
      else setTimeout(resolve, 2);
    });
  }
}

/** Lets every already-queued delivery run (macrotask turns), for "nothing more arrives" checks. */
export async function drain(turns = 20): Promise<void> {
  for (let i = 0; i < turns; i++) {
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
}

/** The canonical text of content, for messages. */
export function canon(v: JsonValue | undefined): string {
  return show(canonical(v));
}
