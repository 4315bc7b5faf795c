/**
 * The public API of canopy (re-exported by src/index.ts).
 */
export type * from './dom-store.js';
export type { JsonValue, JsonObject, JsonScalar, SchemaContext } from '../yang/schema.js';
export type { InstanceIdentifier, PathArgument } from '../tree/path.js';
export type { ModificationType } from '../tree/candidate.js';
export { CanopyError } from '../util/errors.js';
export {
  InvalidPathError,
  DataValidationFailedError,
  OptimisticLockFailedError,
  TransactionStateError,
} from '../tree/errors.js';
