/**
 * Errors of the Raft core a caller can react to. A broken Raft invariant is not one of them: it throws
 * InvariantViolation (src/util/assert.ts) and the shard stops.
 */
import { CanopyError } from '../util/errors.js';

/** A RaftConfig that cannot work (e.g. electionTicks not above heartbeatTicks); the message says which field. */
export class RaftConfigError extends CanopyError {
  readonly code = 'raft-config-invalid';
}
