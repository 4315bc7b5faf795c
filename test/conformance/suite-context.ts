/**
 * What every part of the DOMStore conformance suite shares: the store under test (a fresh one per test,
 * from the implementation's factory), one-line helpers that read and commit through fresh transactions,
 * and assertions on the typed errors of the contract.
 *
 * The helpers use only the DOMStore interface and promise nothing beyond it: a commit that resolved is
 * visible to transactions opened after it, and nothing is assumed about object identity, timing or
 * where the store runs.
 */
import { strict as assert } from 'node:assert';
import type { DOMStore, DataPath, JsonValue, SchemaContext } from '../../src/index.js';
import { CanopyError } from '../../src/index.js';
import { canonical, show } from '../support/store-data.js';

/** One store under test, with its schema and a way to stop it. */
export interface StoreHarness {
  readonly store: DOMStore;
  readonly schema: SchemaContext;
  close(): Promise<void>;
}

/** Makes a fresh, empty store; called before every test. */
export type StoreFactory = () => Promise<StoreHarness>;

/** The store of the running test, with one-transaction helpers. */
export class SuiteContext {
  private harness: StoreHarness | undefined;
  private readonly factory: StoreFactory;

  constructor(factory: StoreFactory) {
    this.factory = factory;
  }

  /** Registers mocha hooks that open a fresh store before each test and close it after. */
  hooks(): void {
    beforeEach(async () => {
      this.harness = await this.factory();
    });
    afterEach(async () => {
      const h = this.harness;
      this.harness = undefined;
      await h?.close();
    });
  }

  /** Another fresh store from the factory, which the test closes itself. */
  fresh(): Promise<StoreHarness> {
    return this.factory();
  }

  get store(): DOMStore {
    assert.ok(this.harness, 'the store is only available inside a test');
    return this.harness.store;
  }

  get schema(): SchemaContext {
    assert.ok(this.harness, 'the schema is only available inside a test');
    return this.harness.schema;
  }

  /** Content at `path` through a fresh read-only transaction. */
  async read(path: DataPath): Promise<JsonValue | undefined> {
    const tx = this.store.newReadOnlyTransaction();
    try {
      return await tx.read(path);
    } finally {
      tx.close();
    }
  }

  async exists(path: DataPath): Promise<boolean> {
    const tx = this.store.newReadOnlyTransaction();
    try {
      return await tx.exists(path);
    } finally {
      tx.close();
    }
  }

  /** Writes `data` at `path` in a fresh transaction and commits it. */
  async put(path: DataPath, data: unknown): Promise<void> {
    const tx = this.store.newWriteOnlyTransaction();
    tx.write(path, data);
    await tx.commit();
  }

  async merge(path: DataPath, data: unknown): Promise<void> {
    const tx = this.store.newWriteOnlyTransaction();
    tx.merge(path, data);
    await tx.commit();
  }

  async remove(path: DataPath): Promise<void> {
    const tx = this.store.newWriteOnlyTransaction();
    tx.delete(path);
    await tx.commit();
  }

  /** Asserts the committed content at `path`, up to the order of system-ordered lists. */
  async expectData(path: string, expected: JsonValue | undefined, why?: string): Promise<void> {
    const actual = await this.read(path);
    assertSameData(actual, expected, why ?? `content at ${path}`);
  }
}

/** Deep equality up to the order the store may choose (system-ordered lists and leaf-lists). */
export function assertSameData(
  actual: JsonValue | undefined,
  expected: JsonValue | undefined,
  what: string,
): void {
  assert.deepStrictEqual(
    canonical(actual),
    canonical(expected),
    `${what}: expected ${show(expected)}, got ${show(actual)}`,
  );
}

type ErrorClass = abstract new (...args: never[]) => CanopyError;

/** What a typed error must carry. */
export interface ErrorExpectation {
  /** The exact `path` field. */
  readonly path?: string | undefined;
  /** A predicate on the `path` field, when several paths are acceptable. */
  readonly pathMatches?: ((path: string) => boolean) | undefined;
}

function checkError(
  err: unknown,
  classes: readonly ErrorClass[],
  expect: ErrorExpectation,
  what: string,
): void {
  const names = classes.map((c) => c.name).join(' or ');
  assert.ok(
    classes.some((c) => err instanceof c),
    `${what}: expected ${names}, got ${err instanceof Error ? `${err.name}: ${err.message}` : show(err)}`,
  );
  const e = err as CanopyError & { path?: unknown };
  assert.equal(typeof e.code, 'string', `${what}: the error has no code`);
  assert.ok(e.message.length > 0, `${what}: the error has no message`);
  if (expect.path !== undefined) {
    assert.equal(e.path, expect.path, `${what}: error path (message: ${e.message})`);
  }
  if (expect.pathMatches !== undefined) {
    assert.ok(
      typeof e.path === 'string' && expect.pathMatches(e.path),
      `${what}: unexpected error path ${show(e.path)} (message: ${e.message})`,
    );
  }
}

/** Asserts that `fn` throws synchronously one of `classes`. */
export function expectThrows(
  fn: () => unknown,
  classes: ErrorClass | readonly ErrorClass[],
  what: string,
  expect: ErrorExpectation = {},
): void {
  let thrown: unknown;
  let threw = false;
  try {
    const result = fn();
    if (result instanceof Promise) {
      // The call returned a promise instead of throwing: keep it from going unhandled.
      result.catch(() => undefined);
    }
  } catch (err) {
    thrown = err;
    threw = true;
  }
  assert.ok(threw, `${what}: expected the call to throw`);
  checkError(thrown, Array.isArray(classes) ? classes : [classes as ErrorClass], expect, what);
}

/** Asserts that the promise `fn` returns rejects with one of `classes` (a synchronous throw fails). */
export async function expectRejects(
  fn: () => Promise<unknown>,
  classes: ErrorClass | readonly ErrorClass[],
  what: string,
  expect: ErrorExpectation = {},
): Promise<void> {
  let promise: Promise<unknown>;
  try {
    promise = fn();
  } catch (err) {
    assert.fail(
      `${what}: threw synchronously (${err instanceof Error ? err.message : show(err)}) ` +
        'where the contract promises a rejected promise',
    );
  }
  let rejected = false;
  let reason: unknown;
  try {
    await promise;
  } catch (err) {
    rejected = true;
    reason = err;
  }
  assert.ok(rejected, `${what}: expected a rejection, but it resolved`);
  checkError(reason, Array.isArray(classes) ? classes : [classes as ErrorClass], expect, what);
}

/** Asserts that `fn` fails with one of `classes`, by a synchronous throw or a rejected promise. */
export async function expectFails(
  fn: () => unknown,
  classes: ErrorClass | readonly ErrorClass[],
  what: string,
  expect: ErrorExpectation = {},
): Promise<void> {
  let reason: unknown;
  let failed = false;
  try {
    await fn();
  } catch (err) {
    failed = true;
    reason = err;
  }
  assert.ok(failed, `${what}: expected a failure, but it succeeded`);
  checkError(reason, Array.isArray(classes) ? classes : [classes as ErrorClass], expect, what);
}

/** The outcome of a promise, without throwing. */
export async function settle(
  p: Promise<unknown>,
): Promise<{ ok: true } | { ok: false; error: unknown }> {
  try {
    await p;
    return { ok: true };
  } catch (error) {
    return { ok: false, error };
  }
}

/** True when `path` is `of` or lies above or below it (the same branch of the tree). */
export function onBranch(of: string): (path: string) => boolean {
  return (path) =>
    path === of ||
    of.startsWith(`${path}/`) ||
    of.startsWith(`${path}=`) ||
    path.startsWith(`${of}/`) ||
    path.startsWith(`${of}=`);
}
