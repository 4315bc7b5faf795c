/**
 * The command-line arguments of the client commands that canopy checks itself before sending anything:
 * `--timeout-ms`, `--depth`, an rpc's name and its input. Pure: each function takes the text the user
 * typed and returns what goes on the wire, or throws `UsageError` (exit 2) naming the flag or argument
 * and what it expects. What the member checks anyway (a path's nodes, a `--fields` expression, the
 * input against the rpc's schema) is left to the member, so there is one authority and one message.
 */
import { UsageError } from './restconf-client.js';

/** The default of `--timeout-ms`. */
export const DEFAULT_TIMEOUT_MS = 30_000;

/** The largest `--timeout-ms` (Node's timer limit, about 24.8 days). */
const TIMEOUT_MS_MAX = 2_147_483_647;

/** `--timeout-ms MS`: a whole number of milliseconds, 1 or more; the default when absent. */
export function parseTimeoutMs(text: string | undefined): number {
  if (text === undefined) return DEFAULT_TIMEOUT_MS;
  const n = /^[0-9]+$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= TIMEOUT_MS_MAX)) {
    throw new UsageError(
      `--timeout-ms expects a whole number of milliseconds from 1 to ${TIMEOUT_MS_MAX}, got ${JSON.stringify(text)}`,
    );
  }
  return n;
}

/**
 * `--depth N`: RFC 8040 §4.8.2's `depth`, a whole number from 1 to 65535 or `unbounded`; returns the
 * query value. `0`, negatives, fractions and words are usage errors (the target itself is depth 1, so
 * there is nothing to return at depth 0).
 */
export function parseDepth(text: string): string {
  if (text === 'unbounded') return text;
  const n = /^[0-9]{1,5}$/.test(text) ? Number(text) : NaN;
  if (!(n >= 1 && n <= 65535)) {
    throw new UsageError(
      `--depth expects a whole number from 1 to 65535 or "unbounded", got ${JSON.stringify(text)} (the target itself is depth 1)`,
    );
  }
  return String(n);
}

/** A YANG identifier (RFC 7950 §6.2). */
const IDENTIFIER = '[A-Za-z_][A-Za-z0-9_.-]*';
const RPC_NAME = new RegExp(`^${IDENTIFIER}:${IDENTIFIER}$`);

/** An rpc's name as RESTCONF names it, `MODULE:NAME` (`toaster:make-toast`). */
export function parseRpcName(text: string): { readonly module: string; readonly name: string } {
  if (!RPC_NAME.test(text)) {
    throw new UsageError(
      `the rpc ${JSON.stringify(text)} is not MODULE:NAME (the module's name, a colon, the rpc's name: toaster:make-toast)`,
    );
  }
  const colon = text.indexOf(':');
  return { module: text.slice(0, colon), name: text.slice(colon + 1) };
}

/**
 * The body of an rpc invocation from the INPUT argument (parsed JSON): `{"MODULE:input": {...}}` is sent
 * as it is; any other object is the input's content and is wrapped in `MODULE:input`, so
 * `{"toasterDoneness": 3}` and `{"toaster:input": {"toasterDoneness": 3}}` invoke the same. No INPUT
 * sends no body. INPUT that is not a JSON object is a usage error.
 */
export function rpcBody(module: string, input: unknown): Record<string, unknown> | undefined {
  if (input === undefined) return undefined;
  const member = `${module}:input`;
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    throw new UsageError(
      `the rpc input must be a JSON object, {"${member}": {...}} or just the input's {...}`,
    );
  }
  const members = Object.keys(input);
  if (members.length === 1 && members[0] === member) return input as Record<string, unknown>;
  return { [member]: input };
}
