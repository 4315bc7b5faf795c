/**
 * A strict reader of the Prometheus text exposition format (version 0.0.4), for tests that scrape
 * `/metrics`: `# HELP` and `# TYPE` lines, and samples `name{label="value",...} number`. Anything else
 * throws naming the line, so a test that parses a scrape also checks that the scrape is well formed.
 * Label values are unescaped (`\\`, `\"`, `\n`). NB: prom-client writes NaN as `Nan`, which Prometheus
 * reads (it ignores case there), so this reader does too. `histogram` reads one histogram series and checks
 * its shape: cumulative buckets that never decrease, ending at `+Inf` with the `_count`.
 */

export interface Sample {
  readonly name: string;
  readonly labels: Readonly<Record<string, string>>;
  readonly value: number;
}

export interface HistogramSeries {
  /** Upper bound and cumulative count, in order; the last bound is Infinity. */
  readonly buckets: readonly (readonly [number, number])[];
  readonly sum: number;
  readonly count: number;
}

export interface Exposition {
  /** `# TYPE` by metric family name. */
  readonly types: ReadonlyMap<string, string>;
  readonly helps: ReadonlyMap<string, string>;
  readonly samples: readonly Sample[];
  /** The value of the one sample named `name` whose labels include `labels`; undefined if none. */
  value(name: string, labels?: Readonly<Record<string, string>>): number | undefined;
  /** The sum over every sample named `name` whose labels include `labels` (0 if none). */
  sum(name: string, labels?: Readonly<Record<string, string>>): number;
  /** The histogram family `name`'s series with exactly `labels` (besides `le`); throws if malformed. */
  histogram(name: string, labels?: Readonly<Record<string, string>>): HistogramSeries;
}

const NAME = /^[a-zA-Z_:][a-zA-Z0-9_:]*$/;
const LABEL_NAME = /^[a-zA-Z_][a-zA-Z0-9_]*$/;

/** A sample value as Prometheus reads it (Go's ParseFloat: NaN and Inf in any case). */
function parseValue(text: string, line: string): number {
  switch (text.toLowerCase()) {
    case '+inf':
    case 'inf':
      return Infinity;
    case '-inf':
      return -Infinity;
    case 'nan':
      return NaN;
  }
  const n = Number(text);
  if (text === '' || Number.isNaN(n)) throw new Error(`not a number in ${JSON.stringify(line)}`);
  return n;
}

/** Reads `{a="x",b="y"}` from the start of `text`; returns the labels and the rest. */
function parseLabels(text: string, line: string): { labels: Record<string, string>; rest: string } {
  const labels: Record<string, string> = {};
  let i = 1;
  for (;;) {
    if (text[i] === '}') return { labels, rest: text.slice(i + 1) };
    const eq = text.indexOf('=', i);
    const name = text.slice(i, eq);
    if (eq < 0 || !LABEL_NAME.test(name) || text[eq + 1] !== '"') {
      throw new Error(`malformed label at ${i} in ${JSON.stringify(line)}`);
    }
    let value = '';
    let j = eq + 2;
    for (; j < text.length && text[j] !== '"'; j++) {
      if (text[j] === '\\') {
        const next = text[++j];
        value += next === 'n' ? '\n' : (next ?? '');
      } else {
        value += text[j]!;
      }
    }
    if (j >= text.length) throw new Error(`unterminated label value in ${JSON.stringify(line)}`);
    if (name in labels) throw new Error(`label ${name} twice in ${JSON.stringify(line)}`);
    labels[name] = value;
    i = j + 1;
    if (text[i] === ',') i++;
    else if (text[i] !== '}') throw new Error(`expected , or } in ${JSON.stringify(line)}`);
  }
}

function includes(
  labels: Readonly<Record<string, string>>,
  wanted: Readonly<Record<string, string>>,
): boolean {
  return Object.entries(wanted).every(([k, v]) => labels[k] === v);
}

/** Parses a scrape; throws on any line that is not HELP, TYPE, a sample or blank. */
export function parseExposition(text: string): Exposition {
  const types = new Map<string, string>();
  const helps = new Map<string, string>();
  const samples: Sample[] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const meta = /^# (HELP|TYPE) (\S+) ?(.*)$/.exec(line);
    if (meta !== null) {
      const [, kind, name, rest] = meta as unknown as [string, string, string, string];
      if (!NAME.test(name)) throw new Error(`bad metric name in ${JSON.stringify(line)}`);
      if (kind === 'TYPE') {
        if (!['counter', 'gauge', 'histogram', 'summary', 'untyped'].includes(rest)) {
          throw new Error(`bad type in ${JSON.stringify(line)}`);
        }
        types.set(name, rest);
      } else {
        helps.set(name, rest);
      }
      continue;
    }
    if (line.startsWith('#')) continue; // a comment
    const name = /^[a-zA-Z_:][a-zA-Z0-9_:]*/.exec(line)?.[0];
    if (name === undefined) throw new Error(`not a sample: ${JSON.stringify(line)}`);
    let rest = line.slice(name.length);
    let labels: Record<string, string> = {};
    if (rest.startsWith('{')) ({ labels, rest } = parseLabels(rest, line));
    const parts = rest.trim().split(/\s+/);
    if (!rest.startsWith(' ') || parts.length < 1 || parts.length > 2) {
      throw new Error(`malformed sample ${JSON.stringify(line)}`);
    }
    samples.push({ name, labels, value: parseValue(parts[0]!, line) });
  }
  const matching = (name: string, labels: Readonly<Record<string, string>>): Sample[] =>
    samples.filter((s) => s.name === name && includes(s.labels, labels));
  return {
    types,
    helps,
    samples,
    value(name, labels = {}) {
      const found = matching(name, labels);
      if (found.length > 1) {
        throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
      }
      return found[0]?.value;
    },
    sum(name, labels = {}) {
      return matching(name, labels).reduce((total, s) => total + s.value, 0);
    },
    histogram(name, labels = {}) {
      if (types.get(name) !== 'histogram') throw new Error(`${name} is not a histogram`);
      const exact = (s: Sample): boolean => {
        const { le: _le, ...rest } = s.labels;
        return Object.keys(rest).length === Object.keys(labels).length && includes(rest, labels);
      };
      const buckets = samples
        .filter((s) => s.name === `${name}_bucket` && exact(s))
        .map((s): [number, number] => [parseValue(s.labels['le'] ?? '', name), s.value]);
      const sum = samples.find((s) => s.name === `${name}_sum` && exact(s))?.value;
      const count = samples.find((s) => s.name === `${name}_count` && exact(s))?.value;
      if (buckets.length === 0 || sum === undefined || count === undefined) {
        throw new Error(`no series ${name}${JSON.stringify(labels)}`);
      }
      for (let i = 1; i < buckets.length; i++) {
        if (!(buckets[i]![0] > buckets[i - 1]![0]) || buckets[i]![1] < buckets[i - 1]![1]) {
          throw new Error(`${name}${JSON.stringify(labels)}: buckets out of order or decreasing`);
        }
      }
      const last = buckets[buckets.length - 1]!;
      if (last[0] !== Infinity || last[1] !== count) {
        throw new Error(`${name}${JSON.stringify(labels)}: the +Inf bucket is not _count`);
      }
      return { buckets, sum, count };
    },
  };
}
