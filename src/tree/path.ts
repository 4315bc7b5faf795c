/**
 * Instance identifiers: the path of a node in the data tree, parsed from and printed to RFC 8040 form.
 * Placeholder with the shared shape; the tree implementation fills this file.
 */
import type { JsonScalar, QName } from '../yang/schema.js';

/** One step of a path. Choice and case never appear (RFC 8040 paths skip them). */
export type PathArgument =
  | { readonly kind: 'node'; readonly qname: QName }
  | {
      readonly kind: 'entry';
      readonly qname: QName;
      /** Key leaf values in the list's key order, normalised (RFC 7951 JSON scalars). */
      readonly keys: readonly JsonScalar[];
    }
  | { readonly kind: 'value'; readonly qname: QName; readonly value: JsonScalar };

/** A parsed path. The empty path is the datastore root. */
export interface InstanceIdentifier {
  readonly args: readonly PathArgument[];
}
