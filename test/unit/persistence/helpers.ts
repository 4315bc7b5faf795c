/**
 * Shared fixtures of the persistence tests: temporary directories under os.tmpdir() (removed after each
 * test), deterministic entries, and a raw classic-level handle for damaging records the way a disk
 * would, bypassing the journal's own checks.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ClassicLevel } from 'classic-level';
import type { Entry } from '../../../src/raft/types.js';

/** Temporary directories of the running test, removed by `removeTempDirs`. */
const dirs: string[] = [];

export function tempDir(label = 'journal'): string {
  const dir = mkdtempSync(join(tmpdir(), `canopy-${label}-`));
  dirs.push(dir);
  return dir;
}

export function removeTempDirs(): void {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
}

/** The payload of entry `index` in group `group`: deterministic, of varying length. */
export function payload(group: string, index: number): Uint8Array {
  const head = new TextEncoder().encode(`${group}:${index}:`);
  const out = new Uint8Array(head.length + ((index * 7919) % 97));
  out.set(head);
  for (let i = head.length; i < out.length; i++) out[i] = (index + i) & 0xff;
  return out;
}

/** Normal entries [from, to] of `term` with `payload(group, index)`. */
export function entries(group: string, from: number, to: number, term = 1): Entry[] {
  const out: Entry[] = [];
  for (let i = from; i <= to; i++)
    out.push({ type: 'normal', term, index: i, data: payload(group, i) });
  return out;
}

/** Runs `fn` with a raw LevelDB handle on `dir` (the journal must be closed). */
export async function withRawDb<T>(
  dir: string,
  fn: (db: ClassicLevel<Uint8Array, Uint8Array>) => Promise<T>,
): Promise<T> {
  const db = new ClassicLevel<Uint8Array, Uint8Array>(dir, {
    keyEncoding: 'view',
    valueEncoding: 'view',
  });
  await db.open();
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}

/** Asserts that `promise` rejects with an instance of `type`, and returns the error. */
export async function rejectsWith<E extends Error>(
  promise: Promise<unknown>,
  type: abstract new (...args: never[]) => E,
): Promise<E> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof type) return error;
    throw new Error(`expected ${type.name}, got ${String(error)}`, { cause: error });
  }
  throw new Error(`expected ${type.name}, but the promise resolved`);
}

/** Deterministic snapshot data for a snapshot at `index`, 20 to 120 KB. */
export function snapshotData(index: number): Uint8Array {
  const data = new Uint8Array(20_000 + ((index * 7907) % 100_000));
  for (let i = 0; i < data.length; i++) data[i] = (i * 131 + index * 17) & 0xff;
  return data;
}
