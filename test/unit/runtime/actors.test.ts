/**
 * Goal: actors deliver messages in order, one at a time; handle what is queued together in one
 * event-loop turn while a message posted during the turn waits for the next (after the turn's promise
 * callbacks); hold the mailbox while an async behaviour runs; answer queries, time out queries nobody
 * answers, report a crashing behaviour and drop mail to a stopped actor. Method: small actors in a
 * real actor system.
 */
import { strict as assert } from 'node:assert';
import { ActorSystem } from '../../../src/runtime/actors.js';

type CounterMsg =
  { type: 'add'; n: number } | { type: 'get'; reply: (n: number) => void } | { type: 'boom' };

describe('runtime: actors', () => {
  let system: ActorSystem;
  beforeEach(() => {
    system = ActorSystem.start('test');
  });
  afterEach(() => {
    system.shutdown();
  });

  it('processes messages in order and answers a query with the state so far', async () => {
    const counter = system.spawn<number, CounterMsg>(
      'counter',
      (state, msg) => {
        switch (msg.type) {
          case 'add':
            return state + msg.n;
          case 'get':
            msg.reply(state);
            return state;
          case 'boom':
            throw new Error('boom');
        }
      },
      0,
    );
    for (let i = 1; i <= 100; i++) system.dispatch(counter, { type: 'add', n: i });
    const total = await system.query<CounterMsg, number>(
      counter,
      (reply) => ({ type: 'get', reply }),
      1000,
    );
    assert.equal(total, 5050);
  });

  it('a query nobody answers rejects after its timeout', async () => {
    type Ignore = { type: 'ignore'; reply: (x: number) => void };
    const mute = system.spawn<null, Ignore>('mute', (s) => s, null);
    await assert.rejects(
      system.query<Ignore, number>(mute, (reply) => ({ type: 'ignore', reply }), 20),
      /Timeout/,
    );
  });

  it('a behaviour that throws reports the error through onCrash', async () => {
    const crashes: unknown[] = [];
    const actor = system.spawn<number, CounterMsg>(
      'fragile',
      (s, m) => {
        if (m.type === 'boom') throw new Error('kaput');
        return s;
      },
      0,
      { onCrash: (e) => crashes.push(e) },
    );
    system.dispatch(actor, { type: 'boom' });
    await new Promise((r) => setTimeout(r, 20));
    assert.equal(crashes.length, 1);
    assert.match(String(crashes[0]), /kaput/);
  });

  it('handles what is queued in one turn; mail posted during the turn comes after its promise callbacks', async () => {
    type Msg = { type: 'log'; what: string; post?: string } | { type: 'done'; reply: () => void };
    const log: string[] = [];
    const self: { ref?: ReturnType<typeof system.spawn<null, Msg>> } = {};
    const actor = system.spawn<null, Msg>(
      'batcher',
      (s, m) => {
        if (m.type === 'done') {
          m.reply();
          return s;
        }
        log.push(m.what);
        if (m.post !== undefined) {
          const post = m.post;
          void Promise.resolve().then(() => log.push(`callback of ${m.what}`));
          system.dispatch(self.ref!, { type: 'log', what: post });
        }
        return s;
      },
      null,
    );
    self.ref = actor;
    system.dispatch(actor, { type: 'log', what: 'a', post: 'c' });
    system.dispatch(actor, { type: 'log', what: 'b' });
    await system.query<Msg, void>(actor, (reply) => ({ type: 'done', reply }), 1000);
    assert.deepEqual(log, ['a', 'b', 'callback of a'], 'c waits for the next turn');
    await system.query<Msg, void>(actor, (reply) => ({ type: 'done', reply }), 1000);
    assert.deepEqual(log, ['a', 'b', 'callback of a', 'c']);
  });

  it('an async behaviour holds the mailbox until it settles', async () => {
    type Msg = { type: 'slow' | 'fast'; log: string[] } | { type: 'done'; reply: () => void };
    const actor = system.spawn<null, Msg>(
      'async',
      async (s, m) => {
        if (m.type === 'done') {
          m.reply();
          return s;
        }
        if (m.type === 'slow') await new Promise((r) => setTimeout(r, 20));
        m.log.push(m.type);
        return s;
      },
      null,
    );
    const log: string[] = [];
    system.dispatch(actor, { type: 'slow', log });
    system.dispatch(actor, { type: 'fast', log });
    await system.query<Msg, void>(actor, (reply) => ({ type: 'done', reply }), 1000);
    assert.deepEqual(log, ['slow', 'fast']);
  });

  it('a stopped actor drops its mail and a query to it fails at once', async () => {
    const seen: number[] = [];
    const actor = system.spawn<null, CounterMsg>(
      'stopping',
      (s, m) => {
        if (m.type === 'add') seen.push(m.n);
        return s;
      },
      null,
    );
    system.dispatch(actor, { type: 'add', n: 1 });
    system.stop(actor);
    system.dispatch(actor, { type: 'add', n: 2 });
    await assert.rejects(
      system.query<CounterMsg, number>(actor, (reply) => ({ type: 'get', reply }), 1000),
      /stopped/,
    );
    await new Promise((r) => setTimeout(r, 10));
    assert.deepEqual(seen, []);
    // The name is free again.
    system.spawn<null, CounterMsg>('stopping', (s) => s, null);
    assert.throws(() => system.spawn<null, CounterMsg>('stopping', (s) => s, null), /already/);
  });
});
