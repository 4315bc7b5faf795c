/**
 * Goal: conditional edits never lose an update. If-Match / If-None-Match / If-Unmodified-Since on
 * PUT, PATCH, POST, DELETE and YANG Patch are evaluated as RFC 9110 §13 and RFC 8040 §3.4.1 say (strong
 * comparison for If-Match, weak for If-None-Match, `*`, lists, 412 with an ietf-restconf:errors body),
 * against the resource as the edit's transaction reads it; a writer that commits between the check
 * and the commit makes the conditional edit fail with 412 (the lost-update race: of two clients that
 * read the same ETag and both write with it, exactly one wins); GET's ETag, Last-Modified, 304s.
 * Method: a real server over in-memory stores (harness.ts); the race is made deterministic by holding
 * every commit at a gate until all racing requests have reached it (a DataBroker subclass that delays
 * commit and nothing else), and is also run without the gate; Last-Modified runs on a settable clock.
 */
import { strict as assert } from 'node:assert';
import { DataBroker } from '../../../src/index.js';
import type { BrokerReadWriteTransaction } from '../../../src/api/data-broker.js';
import { call, restconfError, seed, startRestconf, type Harness, type Reply } from './harness.js';

const BOX = '/rests/data/rtest:box';
const PATCH_TYPE = { 'content-type': 'application/yang-patch+json' };

/** A DataBroker whose commits wait at a gate: `hold()` closes it, `release()` opens it. */
class GatedBroker extends DataBroker {
  private gate: Promise<void> | undefined;
  private open: (() => void) | undefined;
  /** Commits waiting at the gate. */
  waiting = 0;

  hold(): void {
    this.gate = new Promise((resolve) => {
      this.open = resolve;
    });
  }

  release(): void {
    this.open?.();
    this.gate = undefined;
  }

  override newReadWriteTransaction(): BrokerReadWriteTransaction {
    const tx = super.newReadWriteTransaction();
    const commit = tx.commit.bind(tx);
    tx.commit = async () => {
      const gate = this.gate;
      if (gate !== undefined) {
        this.waiting++;
        await gate;
        this.waiting--;
      }
      return commit();
    };
    return tx;
  }
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 500 && !condition(); i++) {
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  assert.ok(condition(), 'timed out waiting');
}

async function read(h: Harness, path: string): Promise<unknown> {
  const tx = h.broker.newReadOnlyTransaction();
  try {
    return await tx.read('config', path);
  } finally {
    tx.close();
  }
}

function etagOf(reply: Reply): string {
  const etag = reply.headers.get('etag');
  assert.ok(etag !== null && /^"[A-Za-z0-9_-]+"$/.test(etag), `a strong ETag, got ${etag}`);
  return etag;
}

function assert412(reply: Reply, header: RegExp): void {
  assert.equal(reply.status, 412, reply.text);
  const error = restconfError(reply);
  assert.equal(error['error-tag'], 'operation-failed');
  assert.equal(error['error-type'], 'protocol');
  assert.match(String(error['error-message']), header);
}

const box = (label: string): unknown => ({ 'rtest:box': { label } });

describe('restconf: conditional edits', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await startRestconf();
    await seed(h, 'config', '/rtest:box', { label: 'v1', item: [{ id: 'a', qty: 1 }] });
  });
  afterEach(async () => {
    await h.close();
  });

  describe('restconf: If-Match', () => {
    it('a PUT with the current ETag applies and answers with the new ETag, which GET then gives', async () => {
      const etag = etagOf(await call(h, 'GET', BOX));
      const put = await call(h, 'PUT', BOX, box('v2'), { 'if-match': etag });
      assert.equal(put.status, 204);
      const next = etagOf(put);
      assert.notEqual(next, etag);
      assert.equal(etagOf(await call(h, 'GET', BOX)), next);
      assert.equal(etagOf(await call(h, 'GET', `${BOX}?content=config`)), next);
      assert.ok(put.headers.get('last-modified') !== null);
    });

    it('a PUT with a stale ETag is 412 operation-failed and changes nothing', async () => {
      const stale = etagOf(await call(h, 'GET', BOX));
      await call(h, 'PUT', `${BOX}/label`, { 'rtest:label': 'other' });
      const put = await call(h, 'PUT', BOX, box('mine'), { 'if-match': stale });
      assert412(put, /If-Match: the resource has changed/);
      assert.deepStrictEqual(await read(h, '/rtest:box/label'), 'other');
      const logged = h.logger.lines.find((l) => l.fields['status'] === 412);
      assert.equal(logged?.level, 'info');
      assert.equal(logged.fields['err'], undefined);
    });

    it('uses the strong comparison: a weak tag never matches; one of a list is enough', async () => {
      const etag = etagOf(await call(h, 'GET', BOX));
      assert412(await call(h, 'PUT', BOX, box('x'), { 'if-match': `W/${etag}` }), /If-Match/);
      const listed = await call(h, 'PUT', BOX, box('y'), {
        'if-match': `"nope", ${etag}, "other,with,commas"`,
      });
      assert.equal(listed.status, 204);
    });

    it('If-Match: * requires the resource to exist (update only)', async () => {
      assert.equal((await call(h, 'PUT', BOX, box('z'), { 'if-match': '*' })).status, 204);
      const absent = await call(
        h,
        'PUT',
        '/rests/data/rtest:pair=p,1',
        {
          'rtest:pair': [{ a: 'p', b: 1 }],
        },
        { 'if-match': '*' },
      );
      assert412(absent, /If-Match: the resource does not exist/);
      assert.equal(await read(h, '/rtest:pair=p,1'), undefined);
    });

    it('the ETag of GET with content=all counts, also when state data makes it differ from content=config', async () => {
      await seed(h, 'operational', '/rtest:box', { state: 'on' });
      const all = etagOf(await call(h, 'GET', BOX));
      const config = etagOf(await call(h, 'GET', `${BOX}?content=config`));
      assert.notEqual(all, config);
      assert.equal((await call(h, 'PUT', BOX, box('a'), { 'if-match': all })).status, 204);
      const config2 = etagOf(await call(h, 'GET', `${BOX}?content=config`));
      assert.equal((await call(h, 'PUT', BOX, box('b'), { 'if-match': config2 })).status, 204);
      // A depth-limited representation's tag is not the resource's.
      const shallow = etagOf(await call(h, 'GET', `${BOX}?depth=1`));
      assert412(await call(h, 'PUT', BOX, box('c'), { 'if-match': shallow }), /If-Match/);
    });

    it('a plain PATCH: stale is 412, current merges and answers with the new ETag, absent is 404', async () => {
      const etag = etagOf(await call(h, 'GET', BOX));
      const patch = await call(h, 'PATCH', BOX, { 'rtest:box': { size: 3 } }, { 'if-match': etag });
      assert.equal(patch.status, 204);
      assert.equal(etagOf(patch), etagOf(await call(h, 'GET', BOX)));
      assert.deepStrictEqual(await read(h, '/rtest:box/label'), 'v1');
      assert412(
        await call(h, 'PATCH', BOX, { 'rtest:box': { size: 4 } }, { 'if-match': etag }),
        /If-Match/,
      );
      const absent = await call(
        h,
        'PATCH',
        `${BOX}/inner`,
        { 'rtest:inner': { a: 'x' } },
        { 'if-match': '*' },
      );
      assert.equal(absent.status, 404);
    });

    it('DELETE: stale is 412 and keeps the data; current deletes', async () => {
      const entry = `${BOX}/item=a`;
      const etag = etagOf(await call(h, 'GET', entry));
      await call(h, 'PATCH', entry, { 'rtest:item': [{ id: 'a', qty: 2 }] });
      assert412(await call(h, 'DELETE', entry, undefined, { 'if-match': etag }), /If-Match/);
      assert.notEqual(await read(h, '/rtest:box/item=a'), undefined);
      const current = etagOf(await call(h, 'GET', entry));
      assert.equal(
        (await call(h, 'DELETE', entry, undefined, { 'if-match': current })).status,
        204,
      );
      assert.equal(await read(h, '/rtest:box/item=a'), undefined);
    });

    it('POST: the condition is on the target, the parent of the new child', async () => {
      const etag = etagOf(await call(h, 'GET', BOX));
      const created = await call(
        h,
        'POST',
        BOX,
        { 'rtest:item': [{ id: 'b' }] },
        {
          'if-match': etag,
        },
      );
      assert.equal(created.status, 201);
      const again = await call(
        h,
        'POST',
        BOX,
        { 'rtest:item': [{ id: 'c' }] },
        {
          'if-match': etag,
        },
      );
      assert412(again, /If-Match/);
      assert.equal(await read(h, '/rtest:box/item=c'), undefined);
    });

    it('YANG Patch: the condition is on the request target; stale is 412 and applies no edit', async () => {
      const etag = etagOf(await call(h, 'GET', BOX));
      const body = (id: string): unknown => ({
        'ietf-yang-patch:yang-patch': {
          'patch-id': id,
          edit: [
            { 'edit-id': 'e', operation: 'merge', target: '/label', value: { 'rtest:label': id } },
          ],
        },
      });
      const first = await call(h, 'PATCH', BOX, body('p1'), { ...PATCH_TYPE, 'if-match': etag });
      assert.equal(first.status, 200, first.text);
      const second = await call(h, 'PATCH', BOX, body('p2'), { ...PATCH_TYPE, 'if-match': etag });
      assert412(second, /If-Match/);
      assert.equal(await read(h, '/rtest:box/label'), 'p1');
    });

    it('an unquoted entity-tag is 400 invalid-value naming the header', async () => {
      const reply = await call(h, 'PUT', BOX, box('x'), { 'if-match': 'abc' });
      assert.equal(reply.status, 400);
      assert.match(String(restconfError(reply)['error-message']), /If-Match: "abc" is not/);
    });
  });

  describe('restconf: If-None-Match', () => {
    it('If-None-Match: * makes PUT create-only', async () => {
      const path = '/rests/data/rtest:pair=p,1';
      const body = { 'rtest:pair': [{ a: 'p', b: 1, v: 'first' }] };
      assert.equal((await call(h, 'PUT', path, body, { 'if-none-match': '*' })).status, 201);
      const again = await call(
        h,
        'PUT',
        path,
        { 'rtest:pair': [{ a: 'p', b: 1, v: 'second' }] },
        {
          'if-none-match': '*',
        },
      );
      assert412(again, /If-None-Match: the resource exists/);
      assert.equal(await read(h, '/rtest:pair=p,1/v'), 'first');
    });

    it('an edit with If-None-Match naming the current tag (weakly) is 412; other tags pass', async () => {
      const etag = etagOf(await call(h, 'GET', BOX));
      assert412(
        await call(h, 'PUT', BOX, box('x'), { 'if-none-match': `W/${etag}` }),
        /If-None-Match: the resource still has/,
      );
      assert.equal((await call(h, 'PUT', BOX, box('y'), { 'if-none-match': '"x"' })).status, 204);
    });

    it('GET: If-None-Match with the current tag (weak or strong) is 304 with the ETag, else 200', async () => {
      const etag = etagOf(await call(h, 'GET', BOX));
      const hit = await call(h, 'GET', BOX, undefined, { 'if-none-match': `"x", W/${etag}` });
      assert.equal(hit.status, 304);
      assert.equal(hit.headers.get('etag'), etag);
      assert.equal((await call(h, 'GET', BOX, undefined, { 'if-none-match': '"x"' })).status, 200);
    });
  });

  describe('restconf: the lost-update race', () => {
    let gated: GatedBroker;
    beforeEach(async () => {
      await h.close();
      h = await startRestconf({
        broker: (stores) => {
          gated = new GatedBroker(stores);
          return gated;
        },
      });
      await seed(h, 'config', '/rtest:box', { label: 'v1', size: 1 });
    });

    const races: [string, (etag: string, n: number) => Promise<Reply>][] = [
      ['PUT', (etag, n) => call(h, 'PUT', BOX, box(`client-${n}`), { 'if-match': etag })],
      [
        'PATCH of different leaves',
        (etag, n) =>
          call(
            h,
            'PATCH',
            BOX,
            { 'rtest:box': n === 0 ? { label: 'client-0' } : { size: 10 + n } },
            { 'if-match': etag },
          ),
      ],
      [
        'POST of different children',
        (etag, n) =>
          call(h, 'POST', BOX, { 'rtest:item': [{ id: `c${n}` }] }, { 'if-match': etag }),
      ],
    ];
    for (const [what, write] of races) {
      it(`two clients that read the same ETag and ${what} with it: exactly one wins, the other gets 412`, async () => {
        const etag = etagOf(await call(h, 'GET', BOX));
        gated.hold();
        const replies = [write(etag, 0), write(etag, 1)];
        // Both checked the precondition against the same state and wait to commit.
        await until(() => gated.waiting === 2);
        gated.release();
        const statuses = (await Promise.all(replies)).map((r) => r.status).sort();
        assert.equal(statuses[0]! < 300, true, `one wins: ${statuses.join(', ')}`);
        assert.equal(statuses[1], 412, `the other is 412: ${statuses.join(', ')}`);
        const loser = (await Promise.all(replies)).find((r) => r.status === 412)!;
        assert412(loser, /changed while this conditional edit was applied/);
      });
    }

    it('without a gate, of four clients racing with one ETag exactly one wins, round after round', async () => {
      for (let round = 0; round < 10; round++) {
        const etag = etagOf(await call(h, 'GET', BOX));
        const replies = await Promise.all(
          [0, 1, 2, 3].map((n) =>
            call(h, 'PUT', BOX, box(`r${round}-c${n}`), { 'if-match': etag }),
          ),
        );
        const won = replies.filter((r) => r.status === 204);
        assert.equal(won.length, 1, replies.map((r) => r.status).join(', '));
        assert.ok(replies.every((r) => r.status === 204 || r.status === 412));
        const label = await read(h, '/rtest:box/label');
        const winner = replies.indexOf(won[0]!);
        assert.equal(label, `r${round}-c${winner}`);
      }
    });
  });

  describe('restconf: Last-Modified and If-Unmodified-Since', () => {
    let nowMs: number;
    beforeEach(async () => {
      await h.close();
      nowMs = Date.UTC(2026, 0, 2, 3, 4, 5, 500);
      h = await startRestconf({ now: () => new Date(nowMs) });
      await seed(h, 'config', '/rtest:box', { label: 'v1' });
    });

    it('GET with content=config or all has Last-Modified; depth, fields and nonconfig have none', async () => {
      const first = await call(h, 'GET', BOX);
      // First seen at 03:04:05.5, so modified by 03:04:06; the header may not be ahead of now.
      assert.equal(first.headers.get('last-modified'), 'Fri, 02 Jan 2026 03:04:05 GMT');
      nowMs += 2000;
      assert.equal(
        (await call(h, 'GET', BOX)).headers.get('last-modified'),
        'Fri, 02 Jan 2026 03:04:06 GMT',
      );
      assert.ok((await call(h, 'GET', `${BOX}?content=config`)).headers.has('last-modified'));
      for (const query of ['depth=1', 'fields=label', 'content=nonconfig']) {
        const reply = await call(h, 'GET', `${BOX}?${query}`);
        assert.equal(reply.headers.get('last-modified'), null, query);
      }
    });

    it('an edit with the Last-Modified of a read a second after the change applies; after another change it is 412', async () => {
      await call(h, 'GET', BOX);
      nowMs += 1500;
      const lastModified = (await call(h, 'GET', BOX)).headers.get('last-modified')!;
      const ok = await call(
        h,
        'PUT',
        `${BOX}/label`,
        { 'rtest:label': 'v2' },
        {
          'if-unmodified-since': lastModified,
        },
      );
      assert.equal(ok.status, 204, ok.text);
      nowMs += 3000;
      const fresh = (await call(h, 'GET', BOX)).headers.get('last-modified')!;
      await call(h, 'PUT', `${BOX}/label`, { 'rtest:label': 'someone-else' });
      nowMs += 3000;
      const late = await call(
        h,
        'PUT',
        `${BOX}/label`,
        { 'rtest:label': 'v3' },
        {
          'if-unmodified-since': fresh,
        },
      );
      assert412(late, /If-Unmodified-Since: the resource may have changed/);
      assert.equal(await read(h, '/rtest:box/label'), 'someone-else');
    });

    it('a change in the same second as the read is caught: the date given then is too early', async () => {
      await call(h, 'GET', BOX);
      nowMs += 1000;
      const read1 = (await call(h, 'GET', BOX)).headers.get('last-modified')!;
      // Another client changes the box within the same second, and a GET sees it.
      await call(h, 'PUT', `${BOX}/label`, { 'rtest:label': 'other' });
      await call(h, 'GET', BOX);
      const reply = await call(
        h,
        'PUT',
        `${BOX}/size`,
        { 'rtest:size': 9 },
        {
          'if-unmodified-since': read1,
        },
      );
      assert412(reply, /If-Unmodified-Since/);
    });

    it('a resource never read, or deleted since, is not unmodified; a malformed date is 400', async () => {
      const date = 'Fri, 02 Jan 2026 03:04:09 GMT';
      assert412(
        await call(h, 'PUT', BOX, box('x'), { 'if-unmodified-since': date }),
        /If-Unmodified-Since/,
      );
      assert412(
        await call(h, 'PUT', `${BOX}/size`, { 'rtest:size': 1 }, { 'if-unmodified-since': date }),
        /the resource does not exist/,
      );
      const bad = await call(h, 'PUT', BOX, box('x'), { 'if-unmodified-since': 'yesterday' });
      assert.equal(bad.status, 400);
    });

    it('If-Match wins over If-Unmodified-Since (RFC 9110 §13.2.2)', async () => {
      const etag = etagOf(await call(h, 'GET', BOX));
      const reply = await call(h, 'PUT', BOX, box('x'), {
        'if-match': etag,
        'if-unmodified-since': 'Thu, 01 Jan 1970 00:00:00 GMT',
      });
      assert.equal(reply.status, 204);
    });

    it('GET: If-Modified-Since is 304 while unchanged, 200 after a change; ignored when malformed', async () => {
      await call(h, 'GET', BOX);
      nowMs += 1500;
      const lastModified = (await call(h, 'GET', BOX)).headers.get('last-modified')!;
      const headers = { 'if-modified-since': lastModified };
      assert.equal((await call(h, 'GET', BOX, undefined, headers)).status, 304);
      await call(h, 'PUT', `${BOX}/label`, { 'rtest:label': 'v2' });
      assert.equal((await call(h, 'GET', BOX, undefined, headers)).status, 200);
      const malformed = { 'if-modified-since': 'soon' };
      assert.equal((await call(h, 'GET', BOX, undefined, malformed)).status, 200);
    });
  });
});
