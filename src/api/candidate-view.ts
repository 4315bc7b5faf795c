/**
 * What listeners receive: a JSON view of a tree candidate node (`DataTreeCandidateNode` in
 * dom-store.ts). Every field is computed on first read and cached, so a listener that only looks at
 * `modificationType` never pays for encoding the data before and after. The fields are own, enumerable
 * accessor properties: `JSON.stringify`, `assert.deepStrictEqual` and object spread see plain data.
 */
import type { JsonValue } from '../yang/schema.js';
import type { CandidateNode, ModificationType } from '../tree/candidate.js';
import { encodeNode } from '../tree/json-codec.js';
import type { DataTreeCandidateNode } from './dom-store.js';

const UNSET: unique symbol = Symbol('unset');

/** The listener-facing view of `node`. */
export function candidateView(node: CandidateNode): DataTreeCandidateNode {
  // An object literal with accessors: V8 shares its shape between views, so creating one is cheap;
  // the closures hold the node and what was computed.
  let path: string | typeof UNSET = UNSET;
  let before: JsonValue | undefined | typeof UNSET = UNSET;
  let after: JsonValue | undefined | typeof UNSET = UNSET;
  let children: readonly DataTreeCandidateNode[] | undefined;
  return {
    get path(): string {
      return path === UNSET ? (path = node.path.text) : path;
    },
    get modificationType(): ModificationType {
      return node.modificationType;
    },
    get dataBefore(): JsonValue | undefined {
      if (before === UNSET) {
        before = node.before === undefined ? undefined : encodeNode(node.before, node.module);
      }
      return before;
    },
    get dataAfter(): JsonValue | undefined {
      if (after === UNSET) {
        after = node.after === undefined ? undefined : encodeNode(node.after, node.module);
      }
      return after;
    },
    get children(): readonly DataTreeCandidateNode[] {
      return (children ??= Object.freeze(node.children().map(candidateView)));
    },
  };
}
