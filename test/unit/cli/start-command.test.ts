/**
 * Goal: the signal rule of `canopy start`: the first SIGTERM or SIGINT starts the clean stop, a copy
 * of it arriving within SIGNAL_ECHO_MS (a terminal's Ctrl-C reaches the member directly and again
 * through npm) changes nothing, and any later or different signal exits at once. Method: the pure
 * decision `signalAction` on explicit times; test/integration/npm-start.test.ts checks the real thing.
 */
import assert from 'node:assert/strict';
import { SIGNAL_ECHO_MS, signalAction } from '../../../src/cli/start-command.js';

describe('cli: start signals', () => {
  it('the first signal starts the clean stop, whichever it is', () => {
    assert.equal(signalAction(undefined, 'SIGTERM', 0), 'close');
    assert.equal(signalAction(undefined, 'SIGINT', 123_456), 'close');
  });

  it('the same signal again within SIGNAL_ECHO_MS is the same request', () => {
    const first = { signal: 'SIGINT', atMs: 5_000 } as const;
    assert.equal(signalAction(first, 'SIGINT', 5_000), 'same-request');
    assert.equal(signalAction(first, 'SIGINT', 5_000 + SIGNAL_ECHO_MS - 1), 'same-request');
  });

  it('the same signal later, or another signal at any time, exits at once', () => {
    const first = { signal: 'SIGTERM', atMs: 5_000 } as const;
    assert.equal(signalAction(first, 'SIGTERM', 5_000 + SIGNAL_ECHO_MS), 'exit-now');
    assert.equal(signalAction(first, 'SIGTERM', 90_000), 'exit-now');
    assert.equal(signalAction(first, 'SIGINT', 5_001), 'exit-now');
  });
});
