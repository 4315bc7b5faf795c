/**
 * The journal of a replica of a non-persistent datastore (`persistent = false`, ODL's default for
 * operational data): it keeps nothing, because nothing of such a datastore survives a restart. Raft
 * still runs over the replica's in-memory log view (shard-core.ts), which holds the entries until a
 * snapshot compacts them, so the shard behaves the same either way; only durability differs.
 *
 * Why not MemoryDurableStorage: that one models a disk for the simulator (unsynced writes, crashes),
 * copying its entry list on every write; a volatile journal needs none of that.
 */
import type { DurableRaftStorage, DurableState } from '../raft/storage.js';

const EMPTY: DurableState = Object.freeze({
  hardState: Object.freeze({ term: 0, vote: null, commit: 0 }),
  snapshot: undefined,
  entries: Object.freeze([]),
});

/** A DurableRaftStorage that keeps nothing (see the file comment). */
export class VolatileRaftStorage implements DurableRaftStorage {
  /** Always empty: a restarted replica starts from scratch. */
  load(): Promise<DurableState> {
    return Promise.resolve(EMPTY);
  }

  save(): Promise<void> {
    return Promise.resolve();
  }

  compact(): Promise<void> {
    return Promise.resolve();
  }

  close(): Promise<void> {
    return Promise.resolve();
  }
}
