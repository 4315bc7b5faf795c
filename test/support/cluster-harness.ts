/**
 * A local cluster of `canopy start` processes for integration tests: N members on 127.0.0.1 with free
 * cluster and HTTP ports, each with its own copy of the shipped configuration (every shard replicated
 * on every member) and its own data directory under one temp folder. Members start in any order, are
 * stopped, SIGKILLed and restarted on the same ports and data; the harness reads each member's shard
 * roles from the get-member-status rpc (what `canopy status --json` shows) and talks RESTCONF over
 * fetch. Nothing is mocked: real processes, real sockets, real journals.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  copyShippedConf,
  freePort,
  MemberProcess,
  removeDir,
  tempDir,
  waitFor,
} from './proc-member.js';

/** One member's status of one shard replica, from get-member-status. */
export interface ReplicaView {
  readonly id: string;
  readonly 'shard-name': string;
  readonly datastore: string;
  readonly state: string;
  readonly role: string;
  readonly term: string;
  readonly leader?: string;
  readonly 'commit-index': string;
  readonly 'applied-index': string;
}

export interface ClusterHarnessOptions {
  /** Member count; default 3. */
  readonly members?: number | undefined;
  /** More `canopy start` arguments for every member (`--set` of timings). */
  readonly args?: readonly string[] | undefined;
}

/** The members of one test cluster. See the file comment. */
export class ClusterHarness {
  readonly root: string;
  readonly names: readonly string[];
  private readonly addresses: { name: string; host: string; port: number }[];
  private readonly httpPorts = new Map<string, number>();
  private readonly procs = new Map<string, MemberProcess>();
  private readonly args: readonly string[];

  private constructor(
    root: string,
    addresses: { name: string; host: string; port: number }[],
    args: readonly string[],
  ) {
    this.root = root;
    this.addresses = addresses;
    this.names = addresses.map((a) => a.name);
    this.args = args;
  }

  /** Picks ports and writes each member's configuration; starts nobody. */
  static async create(options: ClusterHarnessOptions = {}): Promise<ClusterHarness> {
    const n = options.members ?? 3;
    const root = tempDir('cluster');
    const addresses = [];
    for (let i = 1; i <= n; i++) {
      addresses.push({ name: `member-${i}`, host: '127.0.0.1', port: await freePort() });
    }
    const h = new ClusterHarness(root, addresses, options.args ?? []);
    const list = JSON.stringify(h.names);
    for (const name of h.names) {
      h.httpPorts.set(name, await freePort());
      const conf = copyShippedConf(join(root, name));
      const shards = join(conf, 'module-shards.conf');
      writeFileSync(
        shards,
        readFileSync(shards, 'utf8').replaceAll(
          /replicas = \[\s*"member-1"\s*\]/g,
          `replicas = ${list}`,
        ),
      );
    }
    return h;
  }

  /** Starts `name` (again, after a stop or kill) on its data and ports; resolves once it listens. */
  async start(name: string): Promise<MemberProcess> {
    const proc = await MemberProcess.start({
      confDir: join(this.root, name, 'conf'),
      dataDir: join(this.root, name, 'data'),
      httpPort: this.httpPorts.get(name)!,
      args: [
        '--member',
        name,
        '--set',
        `cluster.members=${JSON.stringify(this.addresses)}`,
        ...this.args,
      ],
    });
    this.procs.set(name, proc);
    return proc;
  }

  /** Starts every member at once (each waits for nobody: any order forms the cluster). */
  async startAll(order: readonly string[] = this.names): Promise<void> {
    await Promise.all(order.map((n) => this.start(n)));
  }

  member(name: string): MemberProcess {
    const p = this.procs.get(name);
    if (p === undefined) throw new Error(`${name} was not started`);
    return p;
  }

  url(name: string): string {
    return this.member(name).url;
  }

  /** The members whose process runs. */
  running(): string[] {
    return this.names.filter((n) => {
      const p = this.procs.get(n);
      return p !== undefined && p.exit === undefined;
    });
  }

  async kill(name: string): Promise<void> {
    await this.member(name).kill();
  }

  async stop(name: string): Promise<void> {
    await this.member(name).stop();
  }

  /** Every shard replica of `name` as its get-member-status reports it. */
  async replicas(name: string): Promise<ReplicaView[]> {
    const res = await fetch(
      `${this.url(name)}/rests/operations/canopy-cluster-admin:get-member-status`,
      { method: 'POST', headers: { accept: 'application/yang-data+json' } },
    );
    if (res.status !== 200) throw new Error(`status of ${name}: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as Record<string, { shard?: ReplicaView[] }>;
    return body['canopy-cluster-admin:output']?.shard ?? [];
  }

  /**
   * The member whose replica of `shard` (config datastore) leads, with the highest term among the
   * running members; undefined while none does.
   */
  async leaderOf(shard: string): Promise<string | undefined> {
    let best: { name: string; term: number } | undefined;
    for (const name of this.running()) {
      let views: ReplicaView[];
      try {
        views = await this.replicas(name);
      } catch {
        continue;
      }
      const v = views.find((r) => r['shard-name'] === shard && r.datastore === 'config');
      if (v?.role === 'leader' && v.state === 'running') {
        const term = Number(v.term);
        if (best === undefined || term > best.term) best = { name, term };
      }
    }
    return best?.name;
  }

  /** Waits for a leader of `shard`; throws naming every member's view after `timeoutMs`. */
  async waitForLeader(shard: string, timeoutMs = 30_000, not?: string): Promise<string> {
    let leader: string | undefined;
    const ok = await eventually(async () => {
      leader = await this.leaderOf(shard);
      return leader !== undefined && leader !== not;
    }, timeoutMs);
    if (!ok) throw new Error(`no leader of ${shard} within ${timeoutMs} ms`);
    return leader!;
  }

  /** Kills what still runs and removes the data. */
  async close(): Promise<void> {
    for (const p of this.procs.values()) await p.kill();
    removeDir(this.root);
  }
}

/** Polls `check` every 50 ms; true once it holds, false after `timeoutMs`. */
export async function eventually(
  check: () => Promise<boolean>,
  timeoutMs: number,
  everyMs = 50,
): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, everyMs));
  }
  return false;
}

export { waitFor };
