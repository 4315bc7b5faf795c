/**
 * The errors of the data tree that callers react to. They are re-exported by src/api (the classes users
 * catch). Each names the data path (RFC 8040 form) and the reason, and says what to do where that helps.
 *
 * - `InvalidPathError`: a malformed path or an unknown module/node; thrown at the call, not at commit.
 * - `DataValidationFailedError`: data that breaks the schema (types, ranges, patterns, keys, mandatory,
 *   choice exclusivity, list key immutability); thrown at the call when the value itself is wrong, and at
 *   commit (canCommit) for constraints that only the whole tree can check.
 * - `OptimisticLockFailedError`: a transaction committed since this one's snapshot changed what this one
 *   modified (yangtools' conflict rules); retry the transaction on a fresh snapshot.
 */
import { CanopyError } from '../util/errors.js';

/** A path that does not parse or names nothing in the schema. */
export class InvalidPathError extends CanopyError {
  readonly code = 'invalid-path';
  /** The path as the caller gave it. */
  readonly path: string;
  constructor(path: string, reason: string, options?: ErrorOptions) {
    super(`invalid path ${JSON.stringify(path)}: ${reason}`, options);
    this.path = path;
  }
}

/** Data that does not conform to the schema. */
export class DataValidationFailedError extends CanopyError {
  readonly code = 'data-validation-failed';
  /** The RFC 8040 path of the offending node. */
  readonly path: string;
  readonly reason: string;
  constructor(path: string, reason: string, options?: ErrorOptions) {
    super(`${path}: ${reason}`, options);
    this.path = path;
    this.reason = reason;
  }
}

/** A concurrent transaction committed a conflicting change first. */
export class OptimisticLockFailedError extends CanopyError {
  readonly code = 'optimistic-lock-failed';
  /** The RFC 8040 path where the conflict was found. */
  readonly path: string;
  readonly reason: string;
  constructor(path: string, reason: string, options?: ErrorOptions) {
    super(`${path}: ${reason}; retry the transaction`, options);
    this.path = path;
    this.reason = reason;
  }
}

/** An operation on a transaction, chain or store that is in the wrong state (closed, already ready). */
export class TransactionStateError extends CanopyError {
  readonly code = 'transaction-state';
}
