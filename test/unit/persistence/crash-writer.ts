/**
 * The child process of the crash tests (crash.test.ts), not a test itself. It opens the journal in the
 * directory given as its first argument and, for each of three groups concurrently (so group commit
 * merges their batches), appends batches of 1..3 entries with `sync: true`, printing `ack <group>
 * <last index>` only after each save resolved; group 0 also saves a snapshot every 200 entries
 * (`snap <group> <index>`). With `--batches N` it stops after N saves per group and waits to be killed;
 * with `--high-water MODE` it opens the journal in that synced-high-water mode.
 * The parent SIGKILLs it at random moments and checks that every acknowledged write survived.
 */
import { HIGH_WATER_MODES, openRaftStore } from '../../../src/persistence/raft-store.js';
import { entries, snapshotData } from './helpers.js';

export const CRASH_GROUPS = ['member-1-shard-a', 'member-1-shard-b', 'member-1-shard-c'];

async function runGroup(
  store: Awaited<ReturnType<typeof openRaftStore>>,
  group: string,
  takesSnapshots: boolean,
  batches: number,
): Promise<void> {
  const log = store.group(group);
  const state = await log.load();
  let last = state.entries.at(-1)?.index ?? state.snapshot?.meta.index ?? 0;
  let snapshotIndex = state.snapshot?.meta.index ?? 0;
  for (let n = 0; n < batches; n++) {
    const from = last + 1;
    const to = from + (from % 3);
    await log.save(
      { entries: entries(group, from, to), hardState: { term: 1, vote: 'member-1', commit: to } },
      { sync: true },
    );
    last = to;
    process.stdout.write(`ack ${group} ${last}\n`);
    if (takesSnapshots && last - snapshotIndex >= 200) {
      const confState = { voters: ['member-1'], learners: [] };
      const meta = { index: last, term: 1, confState };
      await log.save({ entries: [], snapshot: { meta, data: snapshotData(last) } }, { sync: true });
      snapshotIndex = last;
      process.stdout.write(`snap ${group} ${last}\n`);
    }
  }
}

async function main(): Promise<void> {
  const dir = process.argv[2]!;
  const at = process.argv.indexOf('--batches');
  const batches = at > 0 ? Number(process.argv[at + 1]) : Number.POSITIVE_INFINITY;
  const modeAt = process.argv.indexOf('--high-water');
  const mode = HIGH_WATER_MODES.find((m) => m === process.argv[modeAt + 1]);
  const store = await openRaftStore(dir, {
    snapshotChunkBytes: 16 * 1024,
    ...(modeAt > 0 ? { syncedHighWater: mode } : {}),
  });
  await Promise.all(CRASH_GROUPS.map((g, i) => runGroup(store, g, i === 0, batches)));
  process.stdout.write('done\n');
  // Wait to be killed, holding the journal open like a crashed member that never closed it.
  setInterval(() => undefined, 1 << 30);
}

if (process.argv[1]?.endsWith('crash-writer.js') === true) {
  main().catch((error: unknown) => {
    process.stderr.write(`crash-writer failed: ${String(error)}\n`);
    process.exit(3);
  });
}
