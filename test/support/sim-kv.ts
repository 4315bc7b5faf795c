/**
 * The small key-value state machine the simulated Raft group replicates: integer registers under string
 * keys, changed by `write` and compare-and-set (`cas`) commands carried in log entries; reads do not go
 * through the log (they use ReadIndex, see sim-node.ts).
 *
 * Exactly-once: every command carries its client and a per-client sequence number, and the machine keeps
 * a session per client with the last sequence applied and its result (Raft dissertation §6.3). A command
 * whose sequence is not above the session's is not applied again: a duplicated client request that was
 * proposed twice changes the state once, and an old request overtaken by the client's next one never
 * takes effect (the client had already given up on it: it is `info` in the history).
 *
 * Invariants: apply is deterministic (every replica reaches the same state at the same index); the
 * snapshot is a canonical encoding (sorted), so equal states have equal bytes. The state checksum is
 * kept incrementally (a sum of per-key and per-session hashes), so checking it after every apply
 * costs nothing; equal states have equal checksums.
 */
import { fnv1a } from './sim-trace.js';

export interface KvCommand {
  readonly client: number;
  readonly seq: number;
  readonly f: 'write' | 'cas';
  readonly key: string;
  readonly value: number;
  /** For cas: the value the key must hold (null: absent). */
  readonly expected?: number | null | undefined;
}

/**
 * What applying a command did. A repeated command reports its first result; `skipped`: the client had
 * already moved on to a later command, so this one never takes effect.
 */
export type KvApplyResult =
  | { readonly kind: 'ok' }
  | { readonly kind: 'mismatch'; readonly current: number | null }
  | { readonly kind: 'skipped' };

const encoder = new TextEncoder();
const decoder = new TextDecoder();

export function encodeCommand(command: KvCommand): Uint8Array {
  return encoder.encode(JSON.stringify(command));
}

export function decodeCommand(data: Uint8Array): KvCommand {
  return JSON.parse(decoder.decode(data)) as KvCommand;
}

interface Session {
  readonly seq: number;
  readonly result: KvApplyResult;
}

/** The replicated registers and client sessions. */
function dataHash(key: string, value: number): number {
  return fnv1a(`d:${key}=${value}`);
}

function sessionHash(client: number, session: Session): number {
  return fnv1a(`s:${client}:${session.seq}:${JSON.stringify(session.result)}`);
}

export class KvStateMachine {
  private data = new Map<string, number>();
  private sessions = new Map<number, Session>();
  /** Sum (mod 2^32) of dataHash and sessionHash over the state. */
  private sum = 0;

  /** The value under `key`, null when never written. */
  read(key: string): number | null {
    return this.data.get(key) ?? null;
  }

  /**
   * Applies one command. A command already applied (same client, sequence not above the session's)
   * returns the stored result when it is the same sequence, else `skipped`, and changes nothing.
   */
  apply(command: KvCommand): KvApplyResult {
    const session = this.sessions.get(command.client);
    if (session !== undefined && command.seq <= session.seq) {
      return command.seq === session.seq ? session.result : { kind: 'skipped' };
    }
    let result: KvApplyResult;
    const current = this.read(command.key);
    if (command.f === 'cas' && current !== (command.expected ?? null)) {
      result = { kind: 'mismatch', current };
    } else {
      if (current !== null) this.sum -= dataHash(command.key, current);
      this.data.set(command.key, command.value);
      this.sum += dataHash(command.key, command.value);
      result = { kind: 'ok' };
    }
    if (session !== undefined) this.sum -= sessionHash(command.client, session);
    const next = { seq: command.seq, result };
    this.sessions.set(command.client, next);
    this.sum = (this.sum + sessionHash(command.client, next)) >>> 0;
    return result;
  }

  /** A canonical encoding of the whole state. */
  snapshot(): Uint8Array {
    const data = [...this.data.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const sessions = [...this.sessions.entries()].sort((a, b) => a[0] - b[0]);
    return encoder.encode(JSON.stringify({ data, sessions }));
  }

  /** Replaces the state with a snapshot's (an empty snapshot means the initial state). */
  restore(bytes: Uint8Array): void {
    this.data = new Map();
    this.sessions = new Map();
    this.sum = 0;
    if (bytes.byteLength === 0) return;
    const parsed = JSON.parse(decoder.decode(bytes)) as {
      data: [string, number][];
      sessions: [number, Session][];
    };
    this.data = new Map(parsed.data);
    this.sessions = new Map(parsed.sessions);
    for (const [key, value] of this.data) this.sum += dataHash(key, value);
    for (const [client, session] of this.sessions) this.sum += sessionHash(client, session);
    this.sum >>>= 0;
  }

  /** A checksum of the state, equal on replicas in equal states. */
  hash(): number {
    return this.sum >>> 0;
  }
}
