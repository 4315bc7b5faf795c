/**
 * The toaster provider: canopy's rendering of OpenDaylight's toaster sample (the MD-SAL "hello world"),
 * an application that uses nothing but the public pieces: the DataBroker, the RpcService and the
 * NotificationService. It implements conf/yang/toaster's rpcs and keeps the toaster's state in the
 * operational datastore, so RESTCONF shows it at /rests/data/toaster:toaster.
 *
 * Behaviour (after ODL's OpendaylightToaster):
 * - start: writes operational /toaster:toaster (manufacturer, model number, status `up`) and registers
 *   the three rpcs; close: withdraws them, cancels a toast in progress, removes the operational state.
 * - make-toast: refused with `in-use` while a toast is being made, with `resource-denied` (app-tag
 *   `out-of-stock`) when there is no bread; otherwise status `down`, toast for darknessFactor (read from
 *   the configuration datastore, default 1000) × doneness milliseconds, take one slice, status `up`,
 *   and answer. The slice that empties the toaster publishes `toasterOutOfBread`.
 * - cancel-toast: stops the toast in progress (its make-toast fails with `operation-failed`, app-tag
 *   `toast-cancelled`, and no bread is used); nothing to cancel is fine.
 * - restock-toaster: sets the bread in stock; a positive amount publishes `toasterRestocked`.
 *
 * Invariants: at most one toast at a time (the slot is taken synchronously, before any await); the
 * operational status is `down` exactly while a toast is being made (modulo the commit in flight). The
 * waiting is injected (`toast`) so tests decide when a toast is done.
 */
import type { DataBroker } from '../api/data-broker.js';
import type { JsonObject } from '../yang/schema.js';
import { RpcError } from '../rpc/errors.js';
import type { NotificationService } from '../rpc/notification-service.js';
import type { RpcRegistration, RpcService } from '../rpc/rpc-service.js';

const TOASTER = '/toaster:toaster';
const DEFAULT_DARKNESS_FACTOR = 1000;

/** Waits while the toast is made; rejects (any error) when `signal` aborts. */
export type ToastTimer = (durationMs: number, signal: AbortSignal) => Promise<void>;

export interface ToasterProviderOptions {
  readonly broker: DataBroker;
  readonly rpc: RpcService;
  readonly notifications: NotificationService;
  /** Default `Opendaylight`, as the original. */
  readonly manufacturer?: string | undefined;
  /** Default `Model 1 - canopy`. */
  readonly modelNumber?: string | undefined;
  /** Slices in stock at start; default 100. */
  readonly breadSlices?: number | undefined;
  /** Default: a real timer. */
  readonly toast?: ToastTimer | undefined;
}

/** A real timer for `ToastTimer`. */
export const realToastTimer: ToastTimer = (durationMs, signal) =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(resolve, durationMs);
    signal.addEventListener(
      'abort',
      () => {
        clearTimeout(timer);
        reject(new Error('toast cancelled'));
      },
      { once: true },
    );
  });

export class ToasterProvider {
  private readonly broker: DataBroker;
  private readonly notifications: NotificationService;
  private readonly toast: ToastTimer;
  private readonly registrations: RpcRegistration[] = [];
  private current: AbortController | undefined;
  /** The make-toast in progress, settled or not; close() waits for it. */
  private running: Promise<unknown> | undefined;
  private closed = false;
  private slices: number;

  private constructor(options: ToasterProviderOptions) {
    this.broker = options.broker;
    this.notifications = options.notifications;
    this.toast = options.toast ?? realToastTimer;
    this.slices = options.breadSlices ?? 100;
  }

  /** Writes the operational toaster and registers the rpcs. */
  static async start(options: ToasterProviderOptions): Promise<ToasterProvider> {
    const provider = new ToasterProvider(options);
    const tx = options.broker.newReadWriteTransaction();
    tx.write('operational', TOASTER, {
      toasterManufacturer: options.manufacturer ?? 'Opendaylight',
      toasterModelNumber: options.modelNumber ?? 'Model 1 - canopy',
      toasterStatus: 'up',
    });
    await tx.commit();
    const rpc = options.rpc;
    provider.registrations.push(
      rpc.registerRpcImplementation('toaster:make-toast', (input) => provider.makeToast(input)),
      rpc.registerRpcImplementation('toaster:cancel-toast', () => provider.cancelToast()),
      rpc.registerRpcImplementation('toaster:restock-toaster', (input) => provider.restock(input)),
    );
    return provider;
  }

  /** Slices in stock now. */
  get breadSlices(): number {
    return this.slices;
  }

  /** Withdraws the rpcs, cancels a toast in progress, and removes the operational toaster. */
  async close(): Promise<void> {
    if (this.closed) {
      return;
    }
    this.closed = true;
    for (const registration of this.registrations.splice(0)) {
      registration.close();
    }
    this.current?.abort();
    await this.running;
    const tx = this.broker.newReadWriteTransaction();
    tx.delete('operational', TOASTER);
    await tx.commit();
  }

  private makeToast(input: JsonObject): Promise<undefined> {
    if (this.current !== undefined) {
      return Promise.reject(
        new RpcError('in-use', 'the toaster is busy making toast; try again when its status is up'),
      );
    }
    if (this.slices <= 0) {
      return Promise.reject(
        new RpcError('resource-denied', 'the toaster is out of bread; restock it first', {
          appTag: 'out-of-stock',
        }),
      );
    }
    // Take the slot before the first await: a second make-toast must see it.
    const controller = new AbortController();
    this.current = controller;
    const run = this.toastOnce(input, controller);
    this.running = run.catch(() => undefined);
    return run;
  }

  private async toastOnce(input: JsonObject, controller: AbortController): Promise<undefined> {
    try {
      const darkness = await this.darknessFactor();
      const doneness = typeof input['toasterDoneness'] === 'number' ? input['toasterDoneness'] : 5;
      await this.setStatus('down');
      try {
        await this.toast(darkness * doneness, controller.signal);
      } catch (e) {
        if (controller.signal.aborted) {
          throw new RpcError('operation-failed', 'the toast was cancelled', {
            appTag: 'toast-cancelled',
            cause: e,
          });
        }
        throw e;
      }
      this.slices--;
      if (this.slices === 0) {
        this.notifications.publish('toaster:toasterOutOfBread');
      }
      return undefined;
    } finally {
      this.current = undefined;
      if (!this.closed) {
        await this.setStatus('up');
      }
    }
  }

  private cancelToast(): Promise<undefined> {
    this.current?.abort();
    return Promise.resolve(undefined);
  }

  private restock(input: JsonObject): Promise<undefined> {
    const amount = input['amountOfBreadToStock'];
    if (typeof amount !== 'number') {
      return Promise.reject(
        new RpcError('missing-element', 'restock-toaster needs amountOfBreadToStock', {
          errorType: 'protocol',
        }),
      );
    }
    this.slices = amount;
    if (amount > 0) {
      this.notifications.publish('toaster:toasterRestocked', { amountOfBread: amount });
    }
    return Promise.resolve(undefined);
  }

  private async darknessFactor(): Promise<number> {
    const tx = this.broker.newReadOnlyTransaction();
    try {
      const value = await tx.read('config', `${TOASTER}/darknessFactor`);
      return typeof value === 'number' ? value : DEFAULT_DARKNESS_FACTOR;
    } finally {
      tx.close();
    }
  }

  private async setStatus(status: 'up' | 'down'): Promise<void> {
    const tx = this.broker.newReadWriteTransaction();
    tx.merge('operational', TOASTER, { toasterStatus: status });
    await tx.commit();
  }
}
