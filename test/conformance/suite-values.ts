/**
 * Conformance: values and schema validation. Every built-in YANG type is written in the forms RFC 7951
 * allows and read back in its canonical form (RFC 7950 §9: int64/uint64 and decimal64 as strings, bits in
 * position order, identityref as module:name, empty as [null]); out-of-range, ill-typed and ill-formed
 * values are refused at the call with a DataValidationFailedError naming the leaf; constraints that
 * only the whole tree can check (mandatory leaves, choice exclusivity across operations) are refused by
 * commit time, and a refused transaction leaves no trace.
 */
import { strict as assert } from 'node:assert';
import { DataValidationFailedError } from '../../src/index.js';
import type { JsonValue } from '../../src/index.js';
import type { SuiteContext } from './suite-context.js';
import { assertSameData, expectThrows, settle } from './suite-context.js';

const TYPES = '/conformance:types';

/** [leaf, value written, value read back]. */
const canonicalValues: [string, unknown, JsonValue][] = [
  ['i8', -128, -128],
  ['i8', 127, 127],
  ['i16', -32768, -32768],
  ['i32', -1000, -1000],
  ['i32', 1000, 1000],
  ['i64', '-9223372036854775808', '-9223372036854775808'],
  ['i64', '9007199254740993', '9007199254740993'],
  ['u8', 255, 255],
  ['u16', 65535, 65535],
  ['u32', 4294967295, 4294967295],
  ['u64', '18446744073709551615', '18446744073709551615'],
  ['u64', '0', '0'],
  ['pct', 100, 100],
  ['dec', '1.50', '1.5'],
  ['dec', '3', '3.0'],
  ['dec', '-0.25', '-0.25'],
  ['dec', '100.00', '100.0'],
  ['word', 'abc', 'abc'],
  ['text', 'héllo, ✓ "quoted"', 'héllo, ✓ "quoted"'],
  ['text', '', ''],
  ['flag', true, true],
  ['flag', false, false],
  ['marker', [null], [null]],
  ['blob', 'AQID', 'AQID'],
  ['color', 'green', 'green'],
  ['perms', 'exec read', 'read exec'],
  ['perms', '', ''],
  ['kind', 'cat', 'conformance:cat'],
  ['kind', 'conformance:mammal', 'conformance:mammal'],
  ['kind', 'conformance-augment:dog', 'conformance-augment:dog'],
  ['limit', 5, 5],
  ['limit', 'unbounded', 'unbounded'],
  ['owner', 'nobody', 'nobody'],
  ['target', '/conformance:types/i32', '/conformance:types/i32'],
  ['words', ['b', 'a', 'c'], ['b', 'a', 'c']],
];

/** [leaf, a value that the leaf's type refuses]. */
const refusedValues: [string, unknown][] = [
  ['i8', 128],
  ['i8', -129],
  ['i16', 32768],
  ['i32', 1001],
  ['i32', -1001],
  ['i32', 1.5],
  ['i32', 'abc'],
  ['i32', true],
  ['i32', null],
  ['i64', '9223372036854775808'],
  ['i64', '12x'],
  ['u8', -1],
  ['u8', 256],
  ['u16', 65536],
  ['u32', 4294967296],
  ['u64', '18446744073709551616'],
  // RFC 7951 §6.1: int64, uint64 and decimal64 are JSON strings; a JSON number is refused.
  ['i64', -42],
  ['u64', 42],
  ['dec', 2.25],
  ['u64', '-1'],
  ['pct', 101],
  ['dec', '100.01'],
  ['dec', '1.234'],
  ['dec', 'abc'],
  ['word', 'ABC'],
  ['word', ''],
  ['word', 'abcdefghi'],
  ['text', 5],
  ['flag', 'true'],
  ['flag', 1],
  ['marker', 'x'],
  ['marker', true],
  ['blob', '***'],
  ['color', 'purple'],
  ['perms', 'read fly'],
  ['kind', 'mineral'],
  ['kind', 'conformance:animal'],
  ['kind', 'nosuch:cat'],
  ['limit', 'infinite'],
  ['numbers', [70000]],
  ['numbers', ['x']],
  ['words', [1]],
];

export function valueSuite(ctx: SuiteContext): void {
  describe('every built-in type reads back in its canonical RFC 7951 form', () => {
    for (const [leaf, written, expected] of canonicalValues) {
      it(`${leaf}: ${JSON.stringify(written)} reads as ${JSON.stringify(expected)}`, async () => {
        await ctx.put(`${TYPES}/${leaf}`, written);
        assert.deepStrictEqual(await ctx.read(`${TYPES}/${leaf}`), expected);
        assert.deepStrictEqual(
          ((await ctx.read(TYPES)) as Record<string, JsonValue> | undefined)?.[leaf],
          expected,
          'read through the parent',
        );
      });
    }

    it('a system-ordered leaf-list reads back as the same set of values', async () => {
      await ctx.put(`${TYPES}/numbers`, [3, 1, 2]);
      assertSameData(await ctx.read(`${TYPES}/numbers`), [1, 2, 3], 'numbers');
      assert.equal(await ctx.read(`${TYPES}/numbers=2`), 2);
    });
  });

  describe('values the schema refuses are rejected at the call', () => {
    for (const [leaf, value] of refusedValues) {
      it(`${leaf}: ${JSON.stringify(value)} is refused with the leaf's path`, async () => {
        const path = `${TYPES}/${leaf}`;
        const tx = ctx.store.newWriteOnlyTransaction();
        const onLeaf = (p: string): boolean => p === path || p.startsWith(`${path}=`);
        expectThrows(() => tx.write(path, value), DataValidationFailedError, 'write of the leaf', {
          pathMatches: onLeaf,
        });
        expectThrows(() => tx.merge(TYPES, { [leaf]: value }), DataValidationFailedError, 'merge', {
          pathMatches: onLeaf,
        });
        await tx.commit();
        assert.equal(await ctx.read(TYPES), undefined, 'nothing was recorded');
      });
    }

    it('two members of different cases of one choice in one value', () => {
      const tx = ctx.store.newWriteOnlyTransaction();
      expectThrows(
        () => tx.write('/conformance:shapes', { radius: 1, width: 2 }),
        DataValidationFailedError,
        'circle and rect',
        { pathMatches: (p) => p.startsWith('/conformance:shapes') },
      );
      expectThrows(
        () => tx.write('/conformance:shapes', { dot: [null], 'conformance-augment:side': 3 }),
        DataValidationFailedError,
        'a shorthand case and an augmented case',
      );
      tx.cancel();
    });
  });

  describe('constraints checked by commit time', () => {
    it('a list entry without its mandatory leaf is refused, leaving no trace', async () => {
      await expectRefusedByCommit(ctx, (tx) =>
        tx.write('/conformance:users/user=alice', { name: 'alice' }),
      );
      await expectRefusedByCommit(ctx, (tx) => tx.write('/conformance:settings', { level: 3 }));
      assert.equal(await ctx.read('/'), undefined, 'no trace');
    });

    it('deleting a mandatory leaf of existing data is refused at commit', async () => {
      await ctx.put('/conformance:users/user=alice', { name: 'alice', uid: 1 });
      await expectRefusedByCommit(ctx, (tx) => tx.delete('/conformance:users/user=alice/uid'));
      assert.equal(await ctx.read('/conformance:users/user=alice/uid'), 1);
    });

    it('a mandatory leaf may be supplied by a later operation of the same transaction', async () => {
      const tx = ctx.store.newWriteOnlyTransaction();
      tx.write('/conformance:users/user=alice', { name: 'alice' });
      tx.write('/conformance:users/user=alice/uid', 1);
      tx.write('/conformance:settings', { level: 1 });
      tx.merge('/conformance:settings', { mode: 'auto' });
      await tx.commit();
      assertSameData(
        await ctx.read('/'),
        {
          'conformance:users': { user: [{ name: 'alice', uid: 1 }] },
          'conformance:settings': { level: 1, mode: 'auto' },
        },
        'root',
      );
    });

    it('a member of another case written by a later operation never leaves two cases in the data', async () => {
      await ctx.put('/conformance:shapes/radius', 1);
      const tx = ctx.store.newWriteOnlyTransaction();
      tx.write('/conformance:shapes/width', 2);
      const outcome = await settle(tx.commit());
      const shapes = await ctx.read('/conformance:shapes');
      if (outcome.ok) {
        // RFC 7950 §7.9: creating a node of one case implicitly deletes the nodes of the other cases.
        assert.deepStrictEqual(shapes, { width: 2 });
      } else {
        assert.ok(outcome.error instanceof DataValidationFailedError, String(outcome.error));
        assert.deepStrictEqual(shapes, { radius: 1 });
      }
    });

    it('members of an augmented case read back module-qualified', async () => {
      await ctx.put('/conformance:shapes', { 'conformance-augment:side': 3 });
      assert.deepStrictEqual(await ctx.read('/conformance:shapes'), {
        'conformance-augment:side': 3,
      });
      assert.equal(await ctx.read('/conformance:shapes/conformance-augment:side'), 3);
    });
  });
}

type WriteTx = ReturnType<SuiteContext['store']['newWriteOnlyTransaction']>;

/**
 * Runs `ops` in a fresh transaction and asserts it is refused with DataValidationFailedError at the
 * call, at canCommit, or at commit, whichever the store chooses; never accepted.
 */
async function expectRefusedByCommit(ctx: SuiteContext, ops: (tx: WriteTx) => void): Promise<void> {
  const tx = ctx.store.newWriteOnlyTransaction();
  try {
    ops(tx);
  } catch (err) {
    assert.ok(err instanceof DataValidationFailedError, `refused at the call with ${String(err)}`);
    tx.cancel();
    return;
  }
  const outcome = await settle(tx.commit());
  assert.ok(!outcome.ok, 'the transaction committed');
  assert.ok(outcome.error instanceof DataValidationFailedError, String(outcome.error));
}
