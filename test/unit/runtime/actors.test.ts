/**
 * Goal: the typed nact wrapper delivers messages in order, one at a time, answers queries, times out
 * queries nobody answers, and reports a crashing behaviour. Method: small actors in a real nact system.
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
});
