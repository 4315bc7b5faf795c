/**
 * Invariant checks. `assert(cond, () => msg)` throws `InvariantViolation` when `cond` is false; the
 * message is built lazily so hot paths pay nothing when the invariant holds. Use it for things that can
 * only be false through a bug in canopy; bad input gets a typed `CanopyError` instead.
 */
import { InvariantViolation } from './errors.js';

/** Throws `InvariantViolation` with `message()` when `condition` is false. */
export function assert(condition: unknown, message: () => string): asserts condition {
  if (!condition) {
    throw new InvariantViolation(message());
  }
}

/** Marks a branch the type system proves unreachable (exhaustive switches). */
export function unreachable(value: never, what = 'value'): never {
  throw new InvariantViolation(`unreachable: unexpected ${what} ${JSON.stringify(value)}`);
}
