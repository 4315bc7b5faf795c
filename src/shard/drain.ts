/**
 * The drain step: the one piece of code that takes a Ready from a shard core, makes it durable, sends
 * its messages and advances the core, and carries out the core's effects. The production shell
 * (shard-actor.ts), the unit tests' synchronous shell (test/unit/shard/core-driver.ts) and the
 * simulator's member node all run it over their own port, so a test runs the order that ships.
 *
 * Order, per Ready (STYLE.md; Raft Figure 2): (1) the write the core asks for (`hardStateToSave`, the
 * entries, a received snapshot) goes to the port, synced when the Ready must be; (2) once the port
 * reports it durable (`saved`), the Ready's messages are sent; (3) the core is advanced (it applies
 * the committed entries, answers requests, notifies listeners); (4) its effects are carried out in
 * order. Only one such write is outstanding at a time: every proposal arriving meanwhile joins the
 * next Ready (group commit). A Ready with nothing durable in it (the commit index moved, nothing
 * else) is not waited for: its write, when the core asks for one, goes to `saveAside` (unsynced) and
 * the Ready is advanced at once.
 *
 * Saving snapshots. A `save-snapshot` effect goes to the port's `saveSnapshot`; the shell reports
 * `snapshotSaved` or `snapshotFailed`. It may overlap a Ready's write: the storage applies writes in
 * call order (DurableRaftStorage), and a snapshot covers applied entries only, which are durable
 * before they are applied, so either order leaves a journal that restarts to the same state. The
 * one exception is a Ready carrying the leader's snapshot, newer than anything applied here: the
 * core takes no snapshot while such a Ready is being saved (one taken then would reach the storage
 * after it, older than it), and ignores its own snapshot whose save completes after the leader's was
 * installed (ShardCore.maybeSnapshot, snapshotSaved).
 *
 * Invariants: a Ready is advanced at most once, after its write is durable; no Ready is taken while
 * one is being saved; nothing is done for a core that stopped (its Ready is dropped, as its state is).
 *
 * Pure: no I/O of its own; the port does it.
 */
import { assert } from '../util/assert.js';
import type { Ready, SoftState } from '../raft/raft-core.js';
import type { DurableWrite } from '../raft/storage.js';
import type { RaftMessage, Snapshot } from '../raft/types.js';
import type { ShardCore } from './shard-core.js';
import type { ShardEffect } from './shard-types.js';

/** The effects a shell carries out itself (the drain step saves snapshots through the port). */
export type DeliveredEffect = Exclude<ShardEffect, { readonly type: 'save-snapshot' }>;

/** What the drain step needs from its shell. */
export interface ShardDrainPort {
  /**
   * Starts one durable write of `ready` (synced when `sync`). The shell calls
   * `ShardDrain.saved(ready)` once it is durable, or stops the shard when it failed. May complete
   * before returning (a synchronous shell then calls `saved` after `run` returns).
   */
  save(ready: Ready, write: DurableWrite, options: { readonly sync: boolean }): void;
  /**
   * A write nothing waits for (only the commit index moved): queued unsynced, after every write
   * started before it. Its failure stops the shard, like any other.
   */
  saveAside(write: DurableWrite): void;
  /** Starts saving a snapshot the core took; the shell reports `snapshotSaved` / `snapshotFailed`. */
  saveSnapshot(snapshot: Snapshot): void;
  /** Sends the Raft messages of a durable Ready to the peers (none for a sole voter). */
  send(messages: readonly RaftMessage[]): void;
  /** Carries out the core's effects other than `save-snapshot`, in order (one batch per call). */
  deliver(effects: readonly DeliveredEffect[]): void;
  /** Optional: the replica's Raft role or known leader changed (for the shell's log line). */
  roleChanged?(soft: SoftState): void;
}

/** The drain step of one shard core over one port. See the file comment. */
export class ShardDrain {
  readonly core: ShardCore;
  private readonly port: ShardDrainPort;
  private pending: Ready | undefined;

  constructor(core: ShardCore, port: ShardDrainPort) {
    this.core = core;
    this.port = port;
  }

  /** The Ready whose write the port is making durable, if any. */
  get saving(): Ready | undefined {
    return this.pending;
  }

  /**
   * After any input to the core: carries out its effects, then takes Readies (advancing those with
   * nothing durable at once) until one is being saved or none is left.
   */
  run(): void {
    this.effects();
    const core = this.core;
    while (this.pending === undefined && core.currentState !== 'stopped') {
      const ready = core.ready();
      if (ready === undefined) break;
      const hardState = core.hardStateToSave(ready);
      if (ready.entries.length === 0 && ready.snapshot === undefined && !ready.mustSync) {
        // Only the commit index moved, and the core did not store it with the entries it covers
        // (ShardCore.hardStateToSave). Raft keeps it volatile (Figure 2), so nothing waits for this
        // write; it is queued unsynced, in order with the saves, so that recovery knows how far the
        // journal was acknowledged and refuses, rather than cuts, damage in acknowledged entries.
        if (hardState !== undefined) this.port.saveAside({ hardState, entries: [] });
        this.finish(ready);
        continue;
      }
      this.pending = ready;
      this.port.save(
        ready,
        { hardState, entries: ready.entries, snapshot: ready.snapshot },
        { sync: ready.mustSync },
      );
    }
  }

  /** The write of `ready` is durable: send, advance, carry out effects. Call `run` next. */
  saved(ready: Ready): void {
    if (this.core.currentState === 'stopped') {
      // Stopped while the write was in flight (the shell called saveFailed then): nothing to do.
      this.pending = undefined;
      return;
    }
    assert(this.pending === ready, () => `${this.core.id}: saved() of a Ready not being saved`);
    this.pending = undefined;
    this.finish(ready);
  }

  /** The write of the pending Ready failed: the shell stops the shard (its Ready is dropped). */
  saveFailed(): void {
    this.pending = undefined;
  }

  /** The snapshot of a `save-snapshot` effect is durable. */
  snapshotSaved(snapshot: Snapshot): void {
    this.core.snapshotSaved(snapshot);
    this.effects();
  }

  /** Saving a snapshot failed: the core takes another later. */
  snapshotFailed(): void {
    this.core.snapshotFailed();
  }

  /** Carries out the core's effects, in order. */
  effects(): void {
    const effects = this.core.takeEffects();
    if (effects.length === 0) return;
    const delivered: DeliveredEffect[] = [];
    for (const effect of effects) {
      if (effect.type === 'save-snapshot') this.port.saveSnapshot(effect.snapshot);
      else delivered.push(effect);
    }
    if (delivered.length > 0) this.port.deliver(delivered);
  }

  private finish(ready: Ready): void {
    if (this.core.currentState === 'stopped') return;
    this.port.send(ready.messages);
    if (ready.softState !== undefined) this.port.roleChanged?.(ready.softState);
    this.core.advance(ready);
    this.effects();
  }
}
