/**
 * The public API of canopy (re-exported by src/index.ts): the schema loader, the in-memory datastore,
 * the data broker, paths (parse, print, build), the error classes users catch, and the types.
 */
export type * from './dom-store.js';
export type { JsonValue, JsonObject, JsonScalar, SchemaContext } from '../yang/schema.js';
export type { InstanceIdentifier, PathArgument } from '../tree/path.js';
export type { ModificationType } from '../tree/candidate.js';
export type { TreeType } from '../tree/json-codec.js';
export { loadSchema, YangLoadError } from '../yang/load-schema.js';
export { YangSyntaxError, YangSemanticError } from '../yang/errors.js';
export { compileSchema } from '../yang/compile.js';
export type { YangSource } from '../yang/compile.js';
export { InMemoryDataStore } from './in-memory-data-store.js';
export type { InMemoryDataStoreOptions } from './in-memory-data-store.js';
export type { ListenerErrorHandler } from './listeners.js';
export {
  DataBroker,
  BrokerReadTransaction,
  BrokerReadWriteTransaction,
  BrokerTransactionChain,
} from './data-broker.js';
export type { DataBrokerStores, LogicalDatastoreType } from './data-broker.js';
export { PathBuilder, parsePath, path, printPath, resolvePath } from '../tree/path.js';
export type { ResolvedPath } from '../tree/path.js';
export { CanopyError } from '../util/errors.js';
export {
  InvalidPathError,
  DataValidationFailedError,
  OptimisticLockFailedError,
  TransactionStateError,
} from '../tree/errors.js';
