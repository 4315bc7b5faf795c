/**
 * The member's administrative rpc, `canopy-cluster-admin:get-member-status`, served over RESTCONF at
 * `/rests/operations/canopy-cluster-admin:get-member-status` like OpenDaylight's cluster-admin rpcs
 * (`cluster-admin:get-shard-role`, ...): the members of the cluster with their state (membership, up
 * to unreachable, down or removed), shard replicas with their role, commit and applied index,
 * journal and snapshot positions, tree size and commit queue. `canopy status` calls it.
 *
 * The module is built into the member (it describes the member, not the application's data), so its
 * YANG text lives here and is compiled together with the configuration's `yang/` folder. It defines
 * no data nodes: adding it changes no datastore. Its output is checked against this schema by the
 * RpcService, so the JSON shape below is a contract: uint64 counters travel as strings (RFC 7951 §6.1).
 */
import type { MemberView } from '../cluster/membership-core.js';
import type { RpcRegistration, RpcService } from '../rpc/rpc-service.js';
import type { YangSource } from '../yang/compile.js';
import type { JsonObject } from '../yang/schema.js';
import type { MemberStatus, ShardReplicaStatus } from './member-backend.js';

/** The rpc's QName. */
export const MEMBER_STATUS_RPC = 'canopy-cluster-admin:get-member-status';

/** The module's text; compiled with the configuration's YANG modules. */
export const CLUSTER_ADMIN_YANG = `module canopy-cluster-admin {
  yang-version 1.1;
  namespace "urn:canopy:params:xml:ns:yang:cluster-admin";
  prefix cadmin;
  organization "canopy project";
  description "Administration of a canopy member, after OpenDaylight's cluster-admin.";
  revision 2026-12-07 {
    description "The members of the cluster and their state (list member).";
  }
  revision 2026-11-23 {
    description "Initial revision: get-member-status.";
  }

  typedef counter {
    type uint64;
  }

  rpc get-member-status {
    description "The member and each of its shard replicas as they are now.";
    output {
      leaf member-name {
        type string;
      }
      leaf pid {
        type uint32;
      }
      leaf uptime-seconds {
        type uint32;
      }
      leaf data-dir {
        type string;
      }
      leaf backend {
        type enumeration {
          enum in-memory;
          enum sharded;
        }
      }
      container journal {
        description "The LevelDB journal every persistent shard replica of the member shares.";
        leaf dir {
          type string;
        }
        leaf batches {
          type counter;
          description "LevelDB write batches since the member started.";
        }
        leaf syncs {
          type counter;
          description "Of those, batches written with sync: one fsync each.";
        }
        leaf writes {
          type counter;
          description "Writes the shards submitted; writes per sync is the group-commit gain.";
        }
        leaf bytes {
          type counter;
        }
      }
      list member {
        key "name";
        description
          "Every member of cluster.members as this member sees it (absent when this member is
           the only one): heartbeats and a phi-accrual failure detector per peer.";
        leaf name {
          type string;
        }
        leaf self {
          type boolean;
          description "This member.";
        }
        leaf state {
          type enumeration {
            enum up;
            enum unreachable;
            enum down;
            enum removed;
          }
        }
        leaf incarnation {
          type counter;
          description "The life last heard (random per process start); absent when never heard.";
        }
        leaf phi {
          type decimal64 {
            fraction-digits 2;
          }
          description "How suspicious the silence since its last heartbeat is; 0 for this member.";
        }
        leaf last-heartbeat-ms-ago {
          type counter;
          description "Milliseconds since its last heartbeat; absent when never heard.";
        }
        leaf state-since-ms-ago {
          type counter;
          description "Milliseconds since it entered its state.";
        }
      }
      list shard {
        key "id";
        leaf id {
          type string;
          description "The replica's ShardIdentifier, member-1-shard-inventory-config.";
        }
        leaf shard-name {
          type string;
        }
        leaf datastore {
          type enumeration {
            enum config;
            enum operational;
          }
        }
        leaf persistent {
          type boolean;
        }
        leaf state {
          type enumeration {
            enum recovering;
            enum running;
            enum closing;
            enum stopped;
          }
        }
        leaf reason {
          type string;
          description "Why the replica stopped.";
        }
        leaf role {
          type enumeration {
            enum follower;
            enum pre-candidate;
            enum candidate;
            enum leader;
          }
        }
        leaf term {
          type counter;
        }
        leaf leader {
          type string;
        }
        leaf commit-index {
          type counter;
        }
        leaf applied-index {
          type counter;
        }
        leaf journal-first-index {
          type counter;
        }
        leaf journal-last-index {
          type counter;
        }
        leaf snapshot-index {
          type counter;
        }
        leaf snapshot-bytes {
          type counter;
        }
        leaf journal-bytes-since-snapshot {
          type counter;
        }
        leaf tree-nodes {
          type counter;
        }
        leaf queue-length {
          type counter;
        }
        leaf in-doubt {
          type counter;
        }
        leaf commits {
          type counter;
        }
      }
    }
  }
}
`;

/** The module as a source for `compileSchema`. */
export function clusterAdminSource(): YangSource {
  return { file: '<built-in>/canopy-cluster-admin.yang', text: CLUSTER_ADMIN_YANG };
}

/** What the member adds to the status of its backend. */
export interface MemberFacts {
  readonly memberName: string;
  readonly dataDir: string;
  readonly startedAtMs: number;
  readonly nowMs: () => number;
  readonly pid: number;
}

/** Registers get-member-status; close the registration to withdraw it. */
export function registerMemberStatus(
  rpc: RpcService,
  facts: MemberFacts,
  status: () => MemberStatus,
  members: () => readonly MemberView[] | undefined = () => undefined,
): RpcRegistration {
  return rpc.registerRpcImplementation(MEMBER_STATUS_RPC, () =>
    Promise.resolve(memberStatusOutput(facts, status(), members())),
  );
}

/** The rpc output for `status` and the cluster's `members` (pure). */
export function memberStatusOutput(
  facts: MemberFacts,
  status: MemberStatus,
  members?: readonly MemberView[],
): JsonObject {
  return {
    'member-name': facts.memberName,
    pid: facts.pid,
    'uptime-seconds': Math.max(0, Math.floor((facts.nowMs() - facts.startedAtMs) / 1000)),
    'data-dir': facts.dataDir,
    backend: status.backend,
    ...(status.journal === undefined
      ? {}
      : {
          journal: {
            dir: status.journal.dir,
            batches: counter(status.journal.batches),
            syncs: counter(status.journal.syncs),
            writes: counter(status.journal.writes),
            bytes: counter(status.journal.bytes),
          },
        }),
    ...(members === undefined || members.length === 0 ? {} : { member: members.map(memberOutput) }),
    ...(status.shards.length === 0 ? {} : { shard: status.shards.map(shardOutput) }),
  };
}

/**
 * A decimal64 with 2 fraction digits as RFC 7951 writes it (a string, §6.1) in canonical form (no
 * trailing zeros but one): 0.4321 -> "0.43", 0 -> "0.0". An infinite phi is shown as 1e9.
 */
function decimal2(n: number): string {
  return n.toFixed(2).replace(/(\.\d)0$/, '$1');
}

function memberOutput(m: MemberView): JsonObject {
  return {
    name: m.member,
    self: m.self,
    state: m.state,
    ...(m.incarnation === undefined ? {} : { incarnation: counter(m.incarnation) }),
    phi: decimal2(Number.isFinite(m.phi) ? Math.min(m.phi, 1e9) : 1e9),
    ...(m.lastHeartbeatAgoMs === undefined
      ? {}
      : { 'last-heartbeat-ms-ago': counter(m.lastHeartbeatAgoMs) }),
    'state-since-ms-ago': counter(m.sinceMs),
  };
}

/** A uint64 counter as RFC 7951 writes it: a decimal string. */
function counter(n: number): string {
  return String(Math.max(0, Math.trunc(n)));
}

function shardOutput(s: ShardReplicaStatus): JsonObject {
  return {
    id: s.id,
    'shard-name': s.shard,
    datastore: s.datastore,
    persistent: s.persistent,
    state: s.state,
    ...(s.reason === undefined ? {} : { reason: s.reason }),
    role: s.role,
    term: counter(s.term),
    ...(s.leader === null ? {} : { leader: s.leader }),
    'commit-index': counter(s.commitIndex),
    'applied-index': counter(s.appliedIndex),
    'journal-first-index': counter(s.journalFirstIndex),
    'journal-last-index': counter(s.journalLastIndex),
    'snapshot-index': counter(s.snapshotIndex),
    'snapshot-bytes': counter(s.snapshotBytes),
    'journal-bytes-since-snapshot': counter(s.journalBytesSinceSnapshot),
    'tree-nodes': counter(s.treeNodes),
    'queue-length': counter(s.queueLength),
    'in-doubt': counter(s.inDoubt),
    commits: counter(s.commits),
  };
}
