/**
 * What listeners receive: a JSON view of a tree candidate node (`DataTreeCandidateNode` in
 * dom-store.ts). Every field is computed on first read and cached, so a listener that only looks at
 * `modificationType` never pays for encoding the data before and after. The fields are own, enumerable
 * accessor properties: `JSON.stringify`, `assert.deepStrictEqual` and object spread see plain data.
 *
 * One view serves every listener registered on the same path for one commit (listeners.ts), so that
 * the data is encoded once per commit and path, not once per listener. It is therefore read-only: the
 * view, its children array and its data are frozen, so that no listener can change what another sees.
 */
import type { JsonValue } from '../yang/schema.js';
import type { CandidateNode, ModificationType } from '../tree/candidate.js';
import { encodeNode } from '../tree/json-codec.js';
import type { TreeNode } from '../tree/node.js';
import type { DataTreeCandidateNode } from '../api/dom-store.js';

const UNSET: unique symbol = Symbol('unset');

/** Freezes encoded JSON in place, deeply (anydata content arrives frozen already). */
function deepFreeze(value: JsonValue): JsonValue {
  if (typeof value !== 'object' || value === null || Object.isFrozen(value)) {
    return value;
  }
  if (Array.isArray(value)) {
    for (const item of value as JsonValue[]) {
      deepFreeze(item);
    }
  } else {
    for (const key of Object.keys(value)) {
      deepFreeze((value as Record<string, JsonValue>)[key]!);
    }
  }
  return Object.freeze(value);
}

function frozenJson(node: TreeNode | undefined, module: string): JsonValue | undefined {
  return node === undefined ? undefined : deepFreeze(encodeNode(node, module));
}

/** The listener-facing view of `node` (frozen; share it freely). */
export function candidateView(node: CandidateNode): DataTreeCandidateNode {
  // An object literal with accessors: V8 shares its shape between views, so creating one is cheap;
  // the closures hold the node and what was computed.
  let path: string | typeof UNSET = UNSET;
  let before: JsonValue | undefined | typeof UNSET = UNSET;
  let after: JsonValue | undefined | typeof UNSET = UNSET;
  let children: readonly DataTreeCandidateNode[] | undefined;
  return Object.freeze({
    get path(): string {
      return path === UNSET ? (path = node.path.text) : path;
    },
    get modificationType(): ModificationType {
      return node.modificationType;
    },
    get dataBefore(): JsonValue | undefined {
      return before === UNSET ? (before = frozenJson(node.before, node.module)) : before;
    },
    get dataAfter(): JsonValue | undefined {
      return after === UNSET ? (after = frozenJson(node.after, node.module)) : after;
    },
    get children(): readonly DataTreeCandidateNode[] {
      return (children ??= Object.freeze(node.children().map(candidateView)));
    },
  });
}
