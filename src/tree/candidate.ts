/**
 * Data tree candidates: what a commit changed, node by node, with before/after data (yangtools'
 * DataTreeCandidate). Placeholder with the shared vocabulary; the tree implementation fills this file.
 */

/**
 * How a node changed in a commit:
 * - `write`: the node was (re)placed as a whole; `delete`: removed (it existed before);
 * - `subtree-modified`: the node existed before and after and something below it changed;
 * - `appeared` / `disappeared`: a non-presence container or list came into or went out of existence
 *   because of changes to its children;
 * - `unmodified`: nothing changed (e.g. a write of identical data, or a delete of something absent).
 */
export type ModificationType =
  'write' | 'delete' | 'subtree-modified' | 'appeared' | 'disappeared' | 'unmodified';
