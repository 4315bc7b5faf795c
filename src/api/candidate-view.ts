/**
 * What listeners receive: a JSON view of a tree candidate node (`DataTreeCandidateNode` in
 * dom-store.ts). Every field is computed on first read and cached, so a listener that only looks at
 * `modificationType` never pays for encoding the data before and after. The fields are own, enumerable
 * accessor properties: `JSON.stringify`, `assert.deepStrictEqual` and object spread see plain data.
 */
import type { CandidateNode } from '../tree/candidate.js';
import { encodeNode } from '../tree/json-codec.js';
import type { DataTreeCandidateNode } from './dom-store.js';

function lazy(compute: () => unknown): PropertyDescriptor {
  let cached: { value: unknown } | undefined;
  return {
    enumerable: true,
    configurable: false,
    get(): unknown {
      cached ??= { value: compute() };
      return cached.value;
    },
  };
}

/** The listener-facing view of `node`. */
export function candidateView(node: CandidateNode): DataTreeCandidateNode {
  const view = {} as DataTreeCandidateNode;
  const module = node.module;
  Object.defineProperties(view, {
    path: lazy(() => node.path.text),
    modificationType: lazy(() => node.modificationType),
    dataBefore: lazy(() =>
      node.before === undefined ? undefined : encodeNode(node.before, module),
    ),
    dataAfter: lazy(() => (node.after === undefined ? undefined : encodeNode(node.after, module))),
    children: lazy(() => Object.freeze(node.children().map(candidateView))),
  });
  return view;
}
