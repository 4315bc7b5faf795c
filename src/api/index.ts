/**
 * The public API of canopy (re-exported by src/index.ts): the schema loader, the in-memory datastore,
 * the data broker, paths (parse, print, build), the configuration loader and the package's own conf/,
 * the RPC and notification services, the logger, the error classes users catch, and the types. The
 * RESTCONF server and the toaster provider sit above src/api and are added by src/index.ts.
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
export type { ListenerErrorHandler } from '../txn/listener-registry.js';
export {
  DataBroker,
  BrokerReadTransaction,
  BrokerReadWriteTransaction,
  BrokerTransactionChain,
} from './data-broker.js';
export type { DataBrokerStores, LogicalDatastoreType } from './data-broker.js';
export { PathBuilder, parsePath, path, printPath, resolvePath } from '../tree/path.js';
export type { ResolvedPath } from '../tree/path.js';
export { CanopyError, InvariantViolation } from '../util/errors.js';
export {
  InvalidPathError,
  DataValidationFailedError,
  OptimisticLockFailedError,
  TransactionStateError,
} from '../tree/errors.js';
export { DistributedDataStore, startMember } from './distributed-data-store.js';
export type {
  DistributedDataStoreOptions,
  StartMemberOptions,
  CanopyMember,
  MemberStatus,
  DatastoreStatus,
  ReadTransactionOptions,
} from './distributed-data-store.js';
export type { ShardStatus, ShardState } from '../shard/shard-types.js';
export {
  ShardUnavailableError,
  CommitOutcomeUnknownError,
  ShardOperationTimeoutError,
  TransactionIdleTimeoutError,
  CommitQueueFullError,
  ShardConfigError,
  ShardJournalError,
  ShardVotersMismatchError,
  OrphanedShardReplicaError,
  MisroutedShardDataError,
  NoShardLeaderError,
  NotShardLeaderError,
} from '../shard/errors.js';
export type { OrphanedReplica, MisroutedData } from '../shard/errors.js';
export { RpcService } from '../rpc/rpc-service.js';
export type {
  RpcImplementation,
  RpcInvocationContext,
  RpcRegistration,
  RpcResult,
  RpcServiceOptions,
} from '../rpc/rpc-service.js';
export { NotificationService } from '../rpc/notification-service.js';
export type { NotificationEvent, NotificationListener } from '../rpc/notification-service.js';
export {
  RpcNotFoundError,
  UnknownOperationError,
  RpcError,
  RpcImplementationFailedError,
  RpcUnavailableError,
  RpcTimeoutError,
} from '../rpc/errors.js';
export type { ErrorTag, ErrorType } from '../rpc/errors.js';
export { ConfigSyntaxError, ConfigValidationError } from '../config/errors.js';
export { loadConfig } from '../config/load-config.js';
export type { LoadConfigOptions } from '../config/load-config.js';
export type { ConfigEnv, ConfigFlags } from '../config/overrides.js';
export { defaultConfDir, defaultYangDir } from '../config/shipped-conf.js';
export type { Config } from '../config/types.js';
export { BinaryDecodeError } from '../tree/binary-codec.js';
export { RaftConfigError } from '../raft/errors.js';
export { WireDecodeError } from '../wire/errors.js';
export {
  ConnectionLostError,
  HandshakeRefusedError,
  MessageTooLargeError,
  TransportClosedError,
  TransportProtocolError,
  UnknownMemberError,
} from '../cluster/errors.js';
export {
  JournalCorruptionError,
  JournalIoError,
  JournalVersionError,
} from '../persistence/errors.js';
export { createLogger } from '../runtime/logger.js';
export type { Logger, LogLevel } from '../runtime/logger.js';
