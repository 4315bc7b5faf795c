/**
 * Conformance: a malformed path, an unknown module or node, or a predicate that does not fit its list is
 * refused with InvalidPathError at the call, never at commit: write/merge/delete and
 * registerTreeChangeListener throw, read/exists return a rejected promise (the contract says "rejects").
 * The error's `path` is the path exactly as the caller gave it.
 */
import { strict as assert } from 'node:assert';
import { DataValidationFailedError, InvalidPathError } from '../../src/index.js';
import type { SuiteContext } from './suite-context.js';
import { expectRejects, expectThrows } from './suite-context.js';

/** [path, why it is invalid]. */
const invalidPaths: [string, string][] = [
  ['conformance:types', 'no leading slash'],
  ['', 'empty'],
  ['/nosuch:thing', 'unknown module'],
  ['/conformance:nosuch', 'unknown top-level node'],
  ['/types', 'first segment without its module'],
  ['/cf:types', 'a prefix instead of the module name'],
  ['/conformance:types/nosuch', 'unknown child'],
  ['/conformance:types//i32', 'empty segment'],
  ['/conformance:types/', 'trailing slash'],
  ['/conformance:types=1', 'a predicate on a container'],
  ['/conformance:types/i32/deeper', 'a child of a leaf'],
  ['/conformance:users/user=a,b', 'too many keys'],
  ['/conformance:matrix/cell=1', 'too few keys'],
  ['/conformance:users/user=%ZZ', 'bad percent-encoding'],
  ['/conformance:shapes/shape/radius', 'a choice name in the path'],
  ['/conformance:users/user=alice/conformance:email', 'an augmented node under the wrong module'],
];

export function pathSuite(ctx: SuiteContext): void {
  describe('invalid paths are refused at the call', () => {
    for (const [path, why] of invalidPaths) {
      it(`${JSON.stringify(path)} (${why})`, async () => {
        const expect = { path };
        const tx = ctx.store.newReadWriteTransaction();
        expectThrows(() => tx.write(path, 1), InvalidPathError, 'write', expect);
        expectThrows(() => tx.merge(path, 1), InvalidPathError, 'merge', expect);
        expectThrows(() => tx.delete(path), InvalidPathError, 'delete', expect);
        await expectRejects(() => tx.read(path), InvalidPathError, 'read', expect);
        await expectRejects(() => tx.exists(path), InvalidPathError, 'exists', expect);
        const ro = ctx.store.newReadOnlyTransaction();
        await expectRejects(() => ro.read(path), InvalidPathError, 'read-only read', expect);
        ro.close();
        expectThrows(
          () => ctx.store.registerTreeChangeListener(path, () => undefined),
          InvalidPathError,
          'registerTreeChangeListener',
          expect,
        );
        await tx.commit();
        assert.equal(await ctx.read('/'), undefined, 'nothing was recorded');
      });
    }

    it('a key value that its key leaf refuses is refused at the call', async () => {
      const path = '/conformance:matrix/cell=notanumber,a';
      const tx = ctx.store.newReadWriteTransaction();
      const classes = [InvalidPathError, DataValidationFailedError];
      expectThrows(() => tx.write(path, { row: 1, col: 'a' }), classes, 'write');
      await expectRejects(() => tx.read(path), classes, 'read');
      tx.cancel();
    });

    it('the error carries the stable code invalid-path', () => {
      const tx = ctx.store.newWriteOnlyTransaction();
      try {
        tx.delete('/nosuch:thing');
        assert.fail('expected InvalidPathError');
      } catch (err) {
        assert.ok(err instanceof InvalidPathError);
        assert.equal(err.code, 'invalid-path');
      }
      tx.cancel();
    });
  });
}
