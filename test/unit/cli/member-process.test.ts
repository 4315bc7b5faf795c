/**
 * Goal: the member's shutdown loses nothing and its failed start leaks nothing. `close()` must stop
 * accepting HTTP, let a commit in flight finish and answer, and only then close the datastores; a start
 * that fails part-way (the port taken) must close the datastores it had opened.
 *
 * Method: runMember in this process on the shipped conf/, a temporary data directory and a free port,
 * with a backend wrapper that records when it is closed and whether HTTP still answered then, and a
 * config store whose commit waits on a gate the test opens, so the request is provably in flight.
 */
import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { DataBroker } from '../../../src/api/data-broker.js';
import type {
  DOMStore,
  DOMStoreReadWriteTransaction,
  DOMStoreThreePhaseCommitCohort,
} from '../../../src/api/dom-store.js';
import { InMemoryDataStore } from '../../../src/api/in-memory-data-store.js';
import type { BackendOptions, MemberBackend } from '../../../src/cli/member-backend.js';
import { ListenError, runMember } from '../../../src/cli/member-process.js';
import { silentLogger } from '../../../src/runtime/logger.js';
import { freePort, removeDir, shippedConfDir, tempDir } from '../../support/proc-member.js';

/** A config store whose commits wait until `open()` (the phases before run at once). */
function gatedStore(inner: InMemoryDataStore): DOMStore & { open(): void; entered: Promise<void> } {
  let open!: () => void;
  const gate = new Promise<void>((r) => (open = r));
  let entered!: () => void;
  const enteredP = new Promise<void>((r) => (entered = r));
  const wrapTx = (tx: DOMStoreReadWriteTransaction): DOMStoreReadWriteTransaction => ({
    read: (p) => tx.read(p),
    exists: (p) => tx.exists(p),
    write: (p, d) => tx.write(p, d),
    merge: (p, d) => tx.merge(p, d),
    delete: (p) => tx.delete(p),
    verifyUnchanged: (p) => tx.verifyUnchanged(p),
    cancel: () => tx.cancel(),
    // The broker commits a one-store transaction with its own commit(): gate it there too.
    commit: async () => {
      entered();
      await gate;
      return tx.commit();
    },
    ready: (): DOMStoreThreePhaseCommitCohort => {
      const cohort = tx.ready();
      return {
        canCommit: () => cohort.canCommit(),
        preCommit: () => cohort.preCommit(),
        abort: () => cohort.abort(),
        commit: async () => {
          entered();
          await gate;
          return cohort.commit();
        },
      };
    },
  });
  return {
    newReadOnlyTransaction: () => inner.newReadOnlyTransaction(),
    newWriteOnlyTransaction: () => wrapTx(inner.newReadWriteTransaction()),
    newReadWriteTransaction: () => wrapTx(inner.newReadWriteTransaction()),
    createTransactionChain: () => inner.createTransactionChain(),
    registerTreeChangeListener: (p, l) => inner.registerTreeChangeListener(p, l),
    close: () => inner.close(),
    open,
    entered: enteredP,
  };
}

interface Recorder {
  events: string[];
  closed: boolean;
}

function recordingBackend(
  recorder: Recorder,
  url: () => string | undefined,
  gated?: ReturnType<typeof gatedStore>,
): (o: BackendOptions) => Promise<MemberBackend> {
  return (o) => {
    const config = gated ?? new InMemoryDataStore({ schema: o.schema, treeType: 'config' });
    const operational = new InMemoryDataStore({ schema: o.schema });
    return Promise.resolve({
      broker: new DataBroker({ config, operational }),
      status: () => ({ backend: 'in-memory', shards: [] }),
      close: async () => {
        // Is HTTP still accepting when the datastores close? It must not be.
        const base = url();
        const answer =
          base === undefined
            ? 'not listening'
            : await fetch(`${base}/rests`, { signal: AbortSignal.timeout(5000) }).then(
                (r) => `http ${r.status}`,
                () => 'http refused',
              );
        recorder.events.push(`backend closed; ${answer}`);
        recorder.closed = true;
        await Promise.all([config.close(), operational.close()]);
      },
    });
  };
}

describe('cli: member process', function () {
  this.timeout(30_000);
  let dir: string;

  beforeEach(() => {
    dir = tempDir('member-process');
  });

  afterEach(() => {
    removeDir(dir);
  });

  it('close lets a commit in flight answer, then stops HTTP, then closes the datastores', async () => {
    const recorder: Recorder = { events: [], closed: false };
    let baseUrl = '';
    let gated: ReturnType<typeof gatedStore> | undefined;
    const member = await runMember({
      flags: { conf: shippedConfDir(), dataDir: join(dir, 'data'), httpPort: await freePort() },
      logger: silentLogger(),
      startBackend: (o) => {
        gated = gatedStore(new InMemoryDataStore({ schema: o.schema, treeType: 'config' }));
        return recordingBackend(recorder, () => baseUrl, gated)(o);
      },
    });
    baseUrl = member.url;
    assert.ok(gated);
    const put = fetch(`${member.url}/rests/data/toaster:toaster`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/yang-data+json' },
      body: '{"toaster:toaster":{"darknessFactor":9}}',
    }).then((r) => {
      recorder.events.push(`put answered ${r.status}`);
      return r.status;
    });
    await gated.entered;
    const closed = member.close().then(() => recorder.events.push('close resolved'));
    // Give close every chance to run ahead of the commit if it were going to.
    await new Promise((r) => setTimeout(r, 50));
    assert.equal(recorder.closed, false, 'the datastores closed with a commit in flight');
    gated.open();
    assert.equal(await put, 201);
    await closed;
    assert.deepEqual(recorder.events, [
      'put answered 201',
      'backend closed; http refused',
      'close resolved',
    ]);
  });

  it('a start that cannot listen closes the datastores it opened and says where', async () => {
    const blocker = createServer();
    const port = await new Promise<number>((resolve) => {
      blocker.listen(0, '127.0.0.1', () => {
        const a = blocker.address();
        resolve(typeof a === 'object' && a !== null ? a.port : 0);
      });
    });
    const recorder: Recorder = { events: [], closed: false };
    try {
      await assert.rejects(
        runMember({
          flags: { conf: shippedConfDir(), dataDir: join(dir, 'data'), httpPort: port },
          logger: silentLogger(),
          startBackend: recordingBackend(recorder, () => undefined),
        }),
        (e: unknown) =>
          e instanceof ListenError &&
          e.message.startsWith(`cannot listen for RESTCONF on 127.0.0.1:${port}: EADDRINUSE`),
      );
      assert.deepEqual(recorder.events, ['backend closed; not listening']);
    } finally {
      await new Promise((r) => blocker.close(r));
    }
  });

  it('the http settings reach the RESTCONF server: body limit, public URL, stream limits', async () => {
    const recorder: Recorder = { events: [], closed: false };
    let baseUrl = '';
    const member = await runMember({
      flags: {
        conf: shippedConfDir(),
        dataDir: join(dir, 'data'),
        httpPort: await freePort(),
        set: [
          'http.body-bytes-max=100',
          'http.public-url=https://canopy.example.org',
          'http.streams.max=0',
        ],
      },
      logger: silentLogger(),
      startBackend: recordingBackend(recorder, () => baseUrl),
    });
    baseUrl = member.url;
    try {
      const big = await fetch(`${member.url}/rests/data/toaster:toaster`, {
        method: 'PUT',
        headers: { 'Content-Type': 'application/yang-data+json' },
        body: JSON.stringify({ 'toaster:toaster': { darknessFactor: 9, pad: 'x'.repeat(100) } }),
      });
      assert.equal(big.status, 413);
      assert.match(await big.text(), /larger than 100 bytes.*http\.body-bytes-max/);
      const location = await fetch(
        `${member.url}/rests/data/ietf-restconf-monitoring:restconf-state/streams/stream=NETCONF/access=json/location`,
      );
      assert.deepEqual(await location.json(), {
        'ietf-restconf-monitoring:location': 'https://canopy.example.org/rests/streams/NETCONF',
      });
      const stream = await fetch(`${member.url}/rests/streams/NETCONF`);
      assert.equal(stream.status, 503);
      await stream.text();
    } finally {
      await member.close();
    }
  });

  it('close is idempotent: a second call waits for the same shutdown', async () => {
    const recorder: Recorder = { events: [], closed: false };
    let baseUrl = '';
    const member = await runMember({
      flags: { conf: shippedConfDir(), dataDir: join(dir, 'data'), httpPort: await freePort() },
      logger: silentLogger(),
      startBackend: recordingBackend(recorder, () => baseUrl),
    });
    baseUrl = member.url;
    await Promise.all([member.close(), member.close()]);
    await member.close();
    assert.equal(recorder.events.filter((e) => e.startsWith('backend closed')).length, 1);
  });
});
