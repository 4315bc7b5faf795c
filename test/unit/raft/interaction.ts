/**
 * The commands of the Raft trace files (test/unit/raft/testdata/*.txt), after etcd-io/raft's rafttest
 * InteractionEnv: build a group, drive it step by step, and print what each step produced.
 *
 *   add-nodes voters=(a b c) [learners=(d)] [pre-vote] [check-quorum] [inflight=N] [append-bytes=N]
 *             [chunk-bytes=N]                      bootstrap a group (its membership entries applied)
 *   add-member ID                                   a new member with an empty log
 *   campaign ID | tick ID [n=N] | restart ID
 *   propose ID DATA | conf-change ID add-voter|add-learner|remove-node NODE
 *   transfer ID TO | read-index ID REQUEST
 *   process-ready ID... | deliver [ID...] | stabilize
 *   status ID... | log ID
 *   isolate ID | partition a,b c,d | heal | compact ID [keep=N] | drop [from=ID] [to=ID] [type=T]
 */
import { describeEntry } from '../../../src/raft/entries.js';
import {
  describeMessage,
  describeReady,
  describeSnapshot,
  describeStatus,
} from '../../../src/raft/describe.js';
import type { RaftConfig } from '../../../src/raft/raft-core.js';
import type { ConfChange, RaftMessage } from '../../../src/raft/types.js';
import { argValues, bareArgs, type TestCase } from '../../support/datadriven.js';
import { Cluster, enc } from './cluster.js';

export class Interaction {
  private cluster: Cluster | undefined = undefined;

  private get c(): Cluster {
    if (this.cluster === undefined) throw new Error('add-nodes first');
    return this.cluster;
  }

  handle(tc: TestCase): string {
    const words = bareArgs(tc);
    const id = words[0] ?? '';
    switch (tc.command) {
      case 'add-nodes':
        return this.addNodes(tc);
      case 'add-member':
        this.c.addMember(id);
        return describeStatus(this.c.core(id).status()).join('\n');
      case 'campaign':
        this.c.core(id).campaign();
        return 'ok';
      case 'tick': {
        const n = Number(argValues(tc, 'n')?.[0] ?? '1');
        for (let i = 0; i < n; i++) this.c.core(id).tick();
        return 'ok';
      }
      case 'restart':
        this.c.restart(id);
        return describeStatus(this.c.core(id).status()).join('\n');
      case 'propose': {
        const r = this.c.core(id).propose(enc(words[1] ?? ''));
        return r.ok ? `ok index=${r.index} term=${r.term}` : `refused ${r.reason}: ${r.detail}`;
      }
      case 'conf-change': {
        const change = { type: words[1], node: words[2] } as ConfChange;
        const r = this.c.core(id).proposeConfChange(change);
        return r.ok ? `ok index=${r.index} term=${r.term}` : `refused ${r.reason}: ${r.detail}`;
      }
      case 'transfer': {
        const r = this.c.core(id).transferLeadership(words[1] ?? '');
        return r.ok ? 'ok' : `refused ${r.reason}`;
      }
      case 'read-index':
        this.c.core(id).readIndex(words[1] ?? '');
        return 'ok';
      case 'process-ready':
        return words.flatMap((w) => this.processReady(w)).join('\n');
      case 'deliver':
        return this.deliver(words.length > 0 ? words : [...this.c.members.keys()]).join('\n');
      case 'stabilize':
        return this.stabilize().join('\n');
      case 'status':
        return words.flatMap((w) => describeStatus(this.c.core(w).status())).join('\n');
      case 'log':
        return this.log(id);
      case 'isolate':
        this.c.isolate(id);
        return 'ok';
      case 'partition':
        this.c.partition(...words.map((w) => w.split(',')));
        return 'ok';
      case 'heal':
        this.c.heal();
        return 'ok';
      case 'compact': {
        const keep = Number(argValues(tc, 'keep')?.[0] ?? '0');
        return describeSnapshot(this.c.snapshotAndCompact(id, keep));
      }
      case 'drop':
        return this.drop(tc).join('\n');
      default:
        throw new Error(`${tc.file}:${tc.line}: unknown command ${tc.command}`);
    }
  }

  private addNodes(tc: TestCase): string {
    const num = (key: string): number | undefined => {
      const v = argValues(tc, key)?.[0];
      return v === undefined ? undefined : Number(v);
    };
    const words = bareArgs(tc);
    const inflight = num('inflight');
    const appendBytes = num('append-bytes');
    const chunkBytes = num('chunk-bytes');
    const config: Partial<RaftConfig> = {
      preVote: words.includes('pre-vote'),
      checkQuorum: words.includes('check-quorum'),
      ...(inflight === undefined ? {} : { inflightAppendsMax: inflight }),
      ...(appendBytes === undefined ? {} : { appendBytesMax: appendBytes }),
      ...(chunkBytes === undefined ? {} : { snapshotChunkBytes: chunkBytes }),
    };
    this.cluster = new Cluster({
      voters: argValues(tc, 'voters') ?? [],
      learners: argValues(tc, 'learners') ?? [],
      config,
    });
    return [...this.c.members.values()].flatMap((m) => describeStatus(m.core.status())).join('\n');
  }

  private processReady(id: string): string[] {
    const member = this.c.m(id);
    const before = member.readies.length;
    if (!this.c.processReady(id)) return [`> ${id}: no Ready`];
    return [
      `> ${id} handling Ready`,
      ...describeReady(member.readies[before]!).map((l) => `  ${l}`),
    ];
  }

  /** Delivers the queued messages addressed to `to`, grouped by recipient, printing them. */
  private deliver(to: readonly string[]): string[] {
    const out: string[] = [];
    for (const id of to) {
      const batch = this.c.queue.filter((m) => m.to === id);
      if (batch.length === 0) continue;
      this.c.queue = this.c.queue.filter((m) => m.to !== id);
      out.push(`> ${id} receiving messages`);
      for (const m of batch) {
        const cut = this.c.isCut(m.from, m.to);
        out.push(`  ${describeMessage(m)}${cut ? ' (dropped)' : ''}`);
        if (!cut) this.c.core(id).step(m);
      }
    }
    return out;
  }

  private stabilize(): string[] {
    const out: string[] = [];
    for (let round = 0; round < 1000; round++) {
      let moved = false;
      for (const id of this.c.members.keys()) {
        while (this.c.core(id).hasReady()) {
          out.push(...this.processReady(id));
          moved = true;
        }
      }
      if (this.c.queue.length > 0) {
        out.push(...this.deliver([...this.c.members.keys()]));
        moved = true;
      }
      if (!moved) return out;
    }
    throw new Error('stabilize: no quiescence after 1000 rounds');
  }

  private log(id: string): string {
    const log = this.c.m(id).log;
    const lines = [
      `log [${log.firstIndex()}, ${log.lastIndex()}] snapshot=${log.snapshot().meta.index}`,
    ];
    if (log.lastIndex() >= log.firstIndex()) {
      for (const e of log.entries(log.firstIndex(), log.lastIndex() + 1, Infinity)) {
        lines.push(`  ${describeEntry(e)}`);
      }
    }
    return lines.join('\n');
  }

  private drop(tc: TestCase): string[] {
    const from = argValues(tc, 'from')?.[0];
    const to = argValues(tc, 'to')?.[0];
    const type = argValues(tc, 'type')?.[0];
    const hit = (m: RaftMessage): boolean =>
      (from === undefined || m.from === from) &&
      (to === undefined || m.to === to) &&
      (type === undefined || m.type === type);
    const dropped = this.c.queue.filter(hit);
    this.c.queue = this.c.queue.filter((m) => !hit(m));
    return dropped.length === 0 ? ['none'] : dropped.map((m) => `dropped ${describeMessage(m)}`);
  }
}
