/**
 * What listeners receive: a JSON view of a tree candidate node (`DataTreeCandidateNode` in
 * dom-store.ts). Every field is computed on first read and cached, so a listener that only looks at
 * `modificationType` never pays for encoding the data before and after. The fields are own, enumerable
 * accessor properties: `JSON.stringify`, `assert.deepStrictEqual` and object spread see plain data.
 * The accessors are shared by every view (no closures per view); each view keeps its candidate node
 * and its cache under non-enumerable symbols.
 */
import type { CandidateNode } from '../tree/candidate.js';
import { encodeNode } from '../tree/json-codec.js';
import type { DataTreeCandidateNode } from './dom-store.js';

const NODE = Symbol('candidate');
const CACHE = Symbol('cache');

interface ViewState {
  [NODE]: CandidateNode;
  [CACHE]: Partial<Record<keyof DataTreeCandidateNode, unknown>>;
}

function cached<K extends keyof DataTreeCandidateNode>(
  key: K,
  compute: (node: CandidateNode) => DataTreeCandidateNode[K],
): PropertyDescriptor {
  return {
    enumerable: true,
    configurable: false,
    get(this: ViewState): DataTreeCandidateNode[K] {
      const cache = this[CACHE];
      if (key in cache) {
        return cache[key] as DataTreeCandidateNode[K];
      }
      const value = compute(this[NODE]);
      cache[key] = value;
      return value;
    },
  };
}

const DESCRIPTORS: PropertyDescriptorMap = {
  path: cached('path', (node) => node.path.text),
  modificationType: cached('modificationType', (node) => node.modificationType),
  dataBefore: cached('dataBefore', (node) =>
    node.before === undefined ? undefined : encodeNode(node.before, node.module),
  ),
  dataAfter: cached('dataAfter', (node) =>
    node.after === undefined ? undefined : encodeNode(node.after, node.module),
  ),
  children: cached('children', (node) => Object.freeze(node.children().map(candidateView))),
};

/** The listener-facing view of `node`. */
export function candidateView(node: CandidateNode): DataTreeCandidateNode {
  const view = Object.create(Object.prototype, {
    [NODE]: { value: node, enumerable: false },
    [CACHE]: { value: {}, enumerable: false },
  }) as object;
  return Object.defineProperties(view, DESCRIPTORS) as DataTreeCandidateNode;
}
