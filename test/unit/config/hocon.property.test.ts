/**
 * Goal: canopy's strict reader and hocon-parser agree on every text in the subset, and on any text at
 * all parseHocon either returns hocon-parser's value or throws ConfigSyntaxError, never something
 * else, and never leaves Object.prototype modified. Method: fast-check generates trees of objects,
 * lists and scalars, prints them in random styles (separators, commas or new lines, braces, comments,
 * bare strings) and reads them back; then it damages printed texts with random edits drawn from the
 * characters that matter to HOCON and checks the outcome class.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { ConfigSyntaxError } from '../../../src/config/errors.js';
import { parseHocon } from '../../../src/config/hocon.js';
import { printHocon } from './hocon-printer.js';
import type { PrintStyle, PrintValue } from './hocon-printer.js';

const RESERVED = new Set(Object.getOwnPropertyNames(Object.prototype));

const key = fc
  .stringMatching(/^[a-z][a-z0-9_-]{0,7}$/)
  .filter((k) => !RESERVED.has(k) && k !== 'include');

const stringChars = fc.constantFrom(...'abcXYZ019 -_.:/#,=[]{}"$@!?~\t'.split(''), 'é', '日');
const scalar: fc.Arbitrary<PrintValue> = fc.oneof(
  fc.nat({ max: 1_000_000 }),
  fc.tuple(fc.nat({ max: 999 }), fc.integer({ min: 1, max: 99 })).map(([a, b]) => a + b / 100),
  fc.boolean(),
  fc.constant(null),
  fc.string({ unit: stringChars, maxLength: 12 }).filter((s) => !s.includes('${')),
);

const tree = fc.letrec<{ value: PrintValue; object: Record<string, PrintValue> }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    scalar,
    fc.array(tie('value'), { maxLength: 4 }),
    tie('object'),
  ),
  object: fc.dictionary(key, tie('value'), { maxKeys: 4 }),
})).object;

const style: fc.Arbitrary<PrintStyle> = fc.record({
  separator: fc.constantFrom('=' as const, ':' as const),
  objectSeparator: fc.constantFrom('' as const, ' =' as const, ' :' as const),
  listCommas: fc.boolean(),
  inlineLists: fc.boolean(),
  rootBraces: fc.boolean(),
  fieldCommas: fc.boolean(),
  comments: fc.boolean(),
  bareStrings: fc.boolean(),
  indent: fc.constantFrom('', '  ', '\t'),
});

/** Number keys print as numbers; fast-check's 2.50 prints as 2.5 and reads back as 2.5. */
function normalise(v: PrintValue): unknown {
  return JSON.parse(JSON.stringify(v)) as unknown;
}

describe('config: HOCON reader, properties', () => {
  it('any tree printed in any style reads back equal, and hocon-parser agrees', () => {
    fc.assert(
      fc.property(tree, style, (t, s) => {
        const text = printHocon(t, s);
        const doc = parseHocon(text, 'gen.conf');
        assert.deepEqual(doc.value, normalise(t), text);
      }),
      { numRuns: 400 },
    );
  });

  it('any edit of a printed file reads back as hocon-parser reads it, or fails with ConfigSyntaxError', () => {
    const edit = fc.record({
      at: fc.nat(),
      remove: fc.nat({ max: 2 }),
      insert: fc.string({
        unit: fc.constantFrom(...' \n\t{}[]",=:#/\\\'$+.a1'.split('')),
        maxLength: 3,
      }),
    });
    fc.assert(
      fc.property(tree, style, fc.array(edit, { minLength: 1, maxLength: 3 }), (t, s, edits) => {
        let text = printHocon(t, s);
        for (const e of edits) {
          const at = e.at % (text.length + 1);
          text = text.slice(0, at) + e.insert + text.slice(at + e.remove);
        }
        try {
          parseHocon(text, 'edited.conf');
        } catch (err) {
          assert.ok(err instanceof ConfigSyntaxError, `${String(err)}\n${text}`);
          assert.match(err.message, /^edited\.conf:\d+:\d+: /);
        }
        assert.deepEqual(Object.keys(Object.prototype), []);
      }),
      { numRuns: 2000 },
    );
  });
});
