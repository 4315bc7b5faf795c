/**
 * Goal: the notification service publishes only schema-defined, checked notifications, to every
 * subscriber whose filter accepts them, in publish order with growing sequence numbers and the
 * injected clock's time, and a throwing subscriber neither stops a publish nor other subscribers.
 * Method: a real NotificationService over the toaster + rtest schema with a fixed clock.
 */
import { strict as assert } from 'node:assert';
import { DataValidationFailedError } from '../../../src/tree/errors.js';
import { UnknownOperationError } from '../../../src/rpc/errors.js';
import {
  NotificationService,
  type NotificationEvent,
} from '../../../src/rpc/notification-service.js';
import { operationsSchema } from './operations-schema.js';

const T0 = new Date('2026-03-01T12:00:00.000Z');

describe('rpc: notification service', () => {
  it('subscribers get checked notifications in publish order with sequence and event time', () => {
    const service = new NotificationService({ schema: operationsSchema(), now: () => T0 });
    const all: NotificationEvent[] = [];
    const pings: string[] = [];
    service.subscribe((e) => all.push(e));
    service.subscribe(
      (e) => pings.push(`${e.sequence}:${JSON.stringify(e.content['n'])}`),
      ['rtest:ping'],
    );
    service.publish('toaster:toasterRestocked', { 'toaster:amountOfBread': 4 });
    service.publish('rtest:ping', { n: 7 });
    assert.deepStrictEqual(all, [
      {
        notification: 'toaster:toasterRestocked',
        content: { amountOfBread: 4 },
        eventTime: '2026-03-01T12:00:00.000Z',
        sequence: 1,
      },
      {
        notification: 'rtest:ping',
        content: { n: 7 },
        eventTime: '2026-03-01T12:00:00.000Z',
        sequence: 2,
      },
    ]);
    assert.deepStrictEqual(pings, ['2:7']);
  });

  it('publishing an undefined notification or bad content throws and reaches no subscriber', () => {
    const service = new NotificationService({ schema: operationsSchema() });
    const seen: NotificationEvent[] = [];
    service.subscribe((e) => seen.push(e));
    assert.throws(() => service.publish('rtest:pong'), UnknownOperationError);
    assert.throws(() => service.publish('rtest:ping', {}), DataValidationFailedError);
    assert.throws(() => service.publish('rtest:ping', { n: -1 }), DataValidationFailedError);
    assert.deepStrictEqual(seen, []);
  });

  it('a subscriber that throws is reported and the others still receive the notification', () => {
    const errors: unknown[] = [];
    const service = new NotificationService({
      schema: operationsSchema(),
      onSubscriberError: (e) => errors.push(e),
    });
    const boom = new Error('subscriber bug');
    const seen: number[] = [];
    service.subscribe(() => {
      throw boom;
    });
    service.subscribe((e) => seen.push(e.sequence));
    service.publish('toaster:toasterOutOfBread');
    assert.deepStrictEqual(seen, [1]);
    assert.deepStrictEqual(errors, [boom]);
  });

  it('a closed subscription receives nothing more; subscribing to an undefined name throws', () => {
    const service = new NotificationService({ schema: operationsSchema() });
    const seen: number[] = [];
    const sub = service.subscribe((e) => seen.push(e.sequence));
    service.publish('toaster:toasterOutOfBread');
    sub.close();
    service.publish('toaster:toasterOutOfBread');
    assert.deepStrictEqual(seen, [1]);
    assert.throws(
      () => service.subscribe(() => undefined, ['toaster:nope']),
      UnknownOperationError,
    );
  });

  it('a notification from another member is checked, delivered with its member and time, and never relayed again', () => {
    const service = new NotificationService({ schema: operationsSchema(), now: () => T0 });
    const seen: NotificationEvent[] = [];
    const relayed: NotificationEvent[] = [];
    service.subscribe((e) => seen.push(e));
    service.onPublished((e) => relayed.push(e));
    service.publish('rtest:ping', { n: 1 });
    const remote = service.deliverRemote(
      'member-2',
      'rtest:ping',
      { 'rtest:n': 2 },
      '2026-03-01T11:59:59.000Z',
    );
    assert.deepStrictEqual(remote, {
      notification: 'rtest:ping',
      content: { n: 2 },
      eventTime: '2026-03-01T11:59:59.000Z',
      sequence: 2,
      member: 'member-2',
    });
    assert.deepStrictEqual(
      seen.map((e) => [e.sequence, e.member]),
      [
        [1, undefined],
        [2, 'member-2'],
      ],
    );
    assert.deepStrictEqual(
      relayed.map((e) => e.sequence),
      [1],
    );
    assert.throws(
      () => service.deliverRemote('member-2', 'rtest:ping', { n: 'x' }, T0.toISOString()),
      DataValidationFailedError,
    );
    assert.equal(seen.length, 2);
  });
});
