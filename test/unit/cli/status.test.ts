/**
 * Goal: `canopy status` tells an operator the truth about each shard replica. The get-member-status
 * output is a contract checked by the RpcService against the built-in YANG module, so a status that
 * breaks it would make the rpc fail exactly when it is needed; and the human table shows every
 * replica, with a stopped replica's reason on its own line.
 *
 * Method: the real RpcService over the shipped YANG models plus the cluster-admin module, invoked with
 * a made-up sharded status (values past 2^32, a stopped replica); formatStatus on its output.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import {
  clusterAdminSource,
  MEMBER_STATUS_RPC,
  memberStatusOutput,
  registerMemberStatus,
} from '../../../src/cli/cluster-admin.js';
import type { MemberStatus, ShardReplicaStatus } from '../../../src/cli/member-backend.js';
import type { MemberView } from '../../../src/cluster/membership-core.js';
import { formatBytes, formatStatus, formatUptime } from '../../../src/cli/status-format.js';
import { RpcService } from '../../../src/rpc/rpc-service.js';
import { compileSchema } from '../../../src/yang/compile.js';
import { readYangSources } from '../../../src/yang/load-schema.js';
import { shippedConfDir } from '../../support/proc-member.js';

function replica(overrides: Partial<ShardReplicaStatus>): ShardReplicaStatus {
  return {
    id: 'member-1-shard-default-config',
    shard: 'default',
    datastore: 'config',
    persistent: true,
    state: 'running',
    reason: undefined,
    role: 'leader',
    term: 3,
    leader: 'member-1-shard-default-config',
    commitIndex: 120,
    appliedIndex: 119,
    journalFirstIndex: 101,
    journalLastIndex: 121,
    snapshotIndex: 100,
    snapshotBytes: 1536,
    journalBytesSinceSnapshot: 4096,
    treeNodes: 42,
    queueLength: 1,
    inDoubt: 0,
    commits: 120,
    ...overrides,
  };
}

const SHARDED: MemberStatus = {
  backend: 'sharded',
  shards: [
    replica({}),
    replica({
      id: 'member-1-shard-inventory-config',
      shard: 'inventory',
      commitIndex: 2 ** 40,
      appliedIndex: 2 ** 40,
      journalLastIndex: 2 ** 40 + 5,
    }),
    replica({
      id: 'member-1-shard-toaster-operational',
      shard: 'toaster',
      datastore: 'operational',
      persistent: false,
      state: 'stopped',
      reason: 'JournalCorruptionError: entry 7 fails its checksum',
      role: 'follower',
      leader: null,
      inDoubt: 2,
    }),
  ],
};

const FACTS = {
  memberName: 'member-1',
  dataDir: '/var/lib/canopy',
  startedAtMs: 1_000,
  nowMs: () => 3_726_000,
  pid: 4242,
};

const MEMBERS: MemberView[] = [
  {
    member: 'member-1',
    self: true,
    state: 'up',
    incarnation: 2 ** 47 + 3,
    phi: 0,
    lastHeartbeatAgoMs: undefined,
    sinceMs: 3_725_000,
  },
  {
    member: 'member-2',
    self: false,
    state: 'up',
    incarnation: 99,
    phi: 0.4321,
    lastHeartbeatAgoMs: 120,
    sinceMs: 61_000,
  },
  {
    member: 'member-3',
    self: false,
    state: 'unreachable',
    incarnation: undefined,
    phi: Infinity,
    lastHeartbeatAgoMs: undefined,
    sinceMs: 3_725_000,
  },
];

describe('cli: get-member-status', () => {
  let rpc: RpcService;

  before(async () => {
    const sources = await readYangSources(join(shippedConfDir(), 'yang'));
    const schema = compileSchema([...sources, clusterAdminSource()]);
    rpc = new RpcService({ schema, memberName: 'member-1' });
  });

  it('a sharded status passes the rpc output schema unchanged, counters past 2^32 exact', async () => {
    const registration = registerMemberStatus(rpc, FACTS, () => SHARDED);
    try {
      const { output } = await rpc.invokeRpc(MEMBER_STATUS_RPC);
      assert.deepEqual(output, memberStatusOutput(FACTS, SHARDED));
      const shards = (output as { shard: Record<string, unknown>[] }).shard;
      assert.equal(shards[1]!['commit-index'], '1099511627776');
      assert.equal(shards[2]!.reason, 'JournalCorruptionError: entry 7 fails its checksum');
      assert.equal(shards[2]!.leader, undefined);
    } finally {
      registration.close();
    }
  });

  it('lists the members of the cluster with their state, passing the output schema', async () => {
    const registration = registerMemberStatus(
      rpc,
      FACTS,
      () => SHARDED,
      () => MEMBERS,
    );
    try {
      const { output } = await rpc.invokeRpc(MEMBER_STATUS_RPC);
      assert.deepEqual(output, memberStatusOutput(FACTS, SHARDED, MEMBERS));
      const members = (output as { member: Record<string, unknown>[] }).member;
      assert.deepEqual(
        members.map((m) => [m.name, m.self, m.state, m.phi]),
        [
          ['member-1', true, 'up', '0.0'],
          ['member-2', false, 'up', '0.43'],
          ['member-3', false, 'unreachable', '1000000000.0'],
        ],
      );
      assert.equal(members[0]!.incarnation, String(2 ** 47 + 3));
      assert.equal(members[2]!['last-heartbeat-ms-ago'], undefined);
    } finally {
      registration.close();
    }
  });

  it('a member alone in its cluster reports no members', async () => {
    const registration = registerMemberStatus(rpc, FACTS, () => SHARDED);
    try {
      const { output } = await rpc.invokeRpc(MEMBER_STATUS_RPC);
      assert.equal((output as { member?: unknown }).member, undefined);
      assert.doesNotMatch(formatStatus(output), /cluster:/);
    } finally {
      registration.close();
    }
  });

  it('an in-memory member reports no shards', async () => {
    const registration = registerMemberStatus(rpc, FACTS, () => ({
      backend: 'in-memory',
      shards: [],
    }));
    try {
      const { output } = await rpc.invokeRpc(MEMBER_STATUS_RPC);
      assert.equal((output as { backend: string }).backend, 'in-memory');
      assert.equal((output as { shard?: unknown }).shard, undefined);
      assert.match(formatStatus(output), /datastores: in memory/);
    } finally {
      registration.close();
    }
  });
});

describe('cli: status table', () => {
  const text = formatStatus(memberStatusOutput(FACTS, SHARDED));
  const lines = text.split('\n');

  it('opens with the member, its pid and uptime, then the data directory', () => {
    assert.equal(lines[0], 'member member-1 (pid 4242, up 1h2m5s)');
    assert.equal(lines[1], 'data directory /var/lib/canopy');
  });

  it('has one row per replica under a header, columns aligned', () => {
    const header = lines.findIndex((l) => l.startsWith('SHARD'));
    assert.ok(header > 0, text);
    const rows = lines.slice(header + 1, header + 4);
    assert.match(
      rows[0]!,
      /^member-1-shard-default-config\s+leader\s+running\s+120\s+119\s+101\.\.121\s+100 \(1\.5 KiB\)\s+42\s+1\s+120$/,
    );
    assert.match(
      rows[1]!,
      /^member-1-shard-inventory-config\s+.*\s1099511627776\s+1099511627776\s+101\.\.1099511627781\s/,
    );
    // Right-aligned numbers end in the same column as their header.
    const end = (line: string, word: string): number => line.indexOf(word) + word.length;
    assert.equal(end(rows[1]!, '1099511627781'), end(lines[header]!, 'JOURNAL'));
  });

  it('prints a stopped replica with its reason, and its transactions in doubt', () => {
    assert.ok(
      lines.includes(
        'member-1-shard-toaster-operational stopped: JournalCorruptionError: entry 7 fails its checksum',
      ),
      text,
    );
    assert.ok(
      lines.includes('member-1-shard-toaster-operational: 2 transaction(s) in doubt'),
      text,
    );
  });

  it('shows the members, this one starred, with their state, phi and when last heard', () => {
    const withMembers = formatStatus(memberStatusOutput(FACTS, SHARDED, MEMBERS)).split('\n');
    const at = withMembers.indexOf('cluster: 3 members (2 up, 1 unreachable)');
    assert.ok(at > 0, withMembers.join('\n'));
    assert.match(withMembers[at + 1]!, /^MEMBER\s+STATE\s+PHI\s+LAST HEARD\s+SINCE$/);
    assert.match(withMembers[at + 2]!, /^member-1 \*\s+up\s+-\s+-\s+1h2m5s$/);
    assert.match(withMembers[at + 3]!, /^member-2\s+up\s+0\.43\s+120ms ago\s+1m1s$/);
    assert.match(withMembers[at + 4]!, /^member-3\s+unreachable\s+inf\s+never\s+1h2m5s$/);
  });

  it('formats sizes and durations for people', () => {
    assert.equal(formatBytes('0'), '0 B');
    assert.equal(formatBytes('1023'), '1023 B');
    assert.equal(formatBytes(String(5 * 1024 * 1024)), '5.0 MiB');
    assert.equal(formatUptime('59'), '59s');
    assert.equal(formatUptime('61'), '1m1s');
    assert.equal(formatUptime('3725'), '1h2m5s');
  });
});
