/**
 * Goal: a real `canopy start` member serves what OpenDaylight's RESTCONF clients call beyond the data
 * resource: the YANG library in both revisions with schema locations whose GET returns the shipped
 * YANG text, the sal-remote rpc that opens a data-change stream (create, subscribe, commit, see the
 * change), and with-defaults on the shipped toaster model.
 *
 * Method: one member process (the compiled CLI, the shipped conf/, a temporary data directory, a free
 * port); every step is an HTTP request a client would make (fetch, and a server-sent events client);
 * the expected YANG text is read from the shipped conf/yang, not from the member.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  MemberProcess,
  removeDir,
  shippedConfDir,
  stopAll,
  tempDir,
} from '../support/proc-member.js';
import { SseClient } from '../unit/http/sse-client.js';

async function getJson(url: string): Promise<unknown> {
  const res = await fetch(url);
  const text = await res.text();
  assert.equal(res.status, 200, `${url}: ${text}`);
  return JSON.parse(text) as unknown;
}

describe('restconf: what OpenDaylight clients call, on a running member', function () {
  this.timeout(120_000);
  let dir: string;
  let member: MemberProcess;

  before(async () => {
    dir = tempDir('restconf-odl');
    member = await MemberProcess.start({ dataDir: join(dir, 'data') });
  });

  after(async () => {
    await stopAll();
    removeDir(dir);
  });

  it('modules-state names where each shipped module is, and that URL serves the shipped text', async () => {
    const state = (await getJson(`${member.url}/rests/data/ietf-yang-library:modules-state`)) as {
      'ietf-yang-library:modules-state': {
        module: { name: string; revision: string; schema?: string }[];
      };
    };
    const modules = state['ietf-yang-library:modules-state'].module;
    const toaster = modules.find((m) => m.name === 'toaster');
    assert.equal(toaster?.schema, `${member.url}/rests/modules/toaster/2009-11-20`);
    const res = await fetch(toaster.schema);
    assert.equal(res.status, 200);
    assert.match(res.headers.get('content-type') ?? '', /^application\/yang/);
    assert.equal(
      await res.text(),
      readFileSync(join(shippedConfDir(), 'yang', 'toaster@2009-11-20.yang'), 'utf8'),
    );
    for (const name of [
      'sal-remote',
      'sal-remote-augment',
      'canopy-cluster-admin',
      'canopy-rpc-admin',
    ]) {
      const module = modules.find((m) => m.name === name);
      assert.ok(module?.schema, `${name} has a schema location`);
      assert.equal((await fetch(module.schema)).status, 200, name);
    }
  });

  it('sal-remote: create a data-change subscription, open its location, commit, see the change', async () => {
    const created = await fetch(
      `${member.url}/rests/operations/sal-remote:create-data-change-event-subscription`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/yang-data+json' },
        body: JSON.stringify({ 'sal-remote:input': { path: '/toaster:toaster' } }),
      },
    );
    assert.equal(created.status, 200);
    const name = ((await created.json()) as { 'sal-remote:output': { 'stream-name': string } })[
      'sal-remote:output'
    ]['stream-name'];
    const access = (await getJson(
      `${member.url}/rests/data/ietf-restconf-monitoring:restconf-state/streams/stream=${encodeURIComponent(name)}/access=json`,
    )) as { 'ietf-restconf-monitoring:access': { location: string }[] };
    const location = access['ietf-restconf-monitoring:access'][0]!.location;
    const stream = await SseClient.open(location);
    assert.equal(stream.status, 200);
    try {
      const put = await fetch(`${member.url}/rests/data/toaster:toaster`, {
        method: 'PUT',
        headers: { 'content-type': 'application/yang-data+json' },
        body: JSON.stringify({ 'toaster:toaster': { darknessFactor: 250 } }),
      });
      assert.ok(put.status === 201 || put.status === 204, String(put.status));
      const event = await stream.next();
      const notification = (event.data as Record<string, Record<string, unknown>>)[
        'ietf-restconf:notification'
      ];
      assert.deepStrictEqual(notification?.['sal-remote:data-changed-notification'], {
        'data-change-event': [
          {
            path: '/toaster:toaster',
            operation: 'created',
            data: { 'toaster:toaster': { darknessFactor: 250 } },
          },
        ],
      });
    } finally {
      stream.close();
    }
  });

  it('with-defaults=report-all fills the shipped toaster default; without it the default is not reported', async () => {
    const put = await fetch(`${member.url}/rests/data/toaster:toaster`, {
      method: 'PUT',
      headers: { 'content-type': 'application/yang-data+json' },
      body: JSON.stringify({ 'toaster:toaster': {} }),
    });
    assert.ok(put.status === 201 || put.status === 204, String(put.status));
    assert.deepStrictEqual(
      await getJson(
        `${member.url}/rests/data/toaster:toaster/darknessFactor?content=config&with-defaults=report-all`,
      ),
      { 'toaster:darknessFactor': 1000 },
    );
    assert.equal(
      (await fetch(`${member.url}/rests/data/toaster:toaster/darknessFactor?content=config`))
        .status,
      404,
    );
  });
});
