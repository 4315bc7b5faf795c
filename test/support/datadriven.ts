/**
 * A small runner for data-driven trace files, after cockroachdb/datadriven as etcd-io/raft uses it.
 * A file is a sequence of cases:
 *
 *     # comments start with '#'
 *     command arg key=value key=(v1, v2)
 *     optional input lines
 *     ----
 *     expected output, ending at the first blank line
 *
 * The handler turns each case into output text; the runner compares it with the expected block and
 * fails naming the file and line. With REWRITE=1 in the environment it writes the actual output back
 * instead, so a deliberate change regenerates every trace (review the diff before committing it).
 * Output must not contain blank lines. Cases run in order and share whatever state the handler keeps.
 */
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One argument: `key=value`, `key=(a, b)`, or a bare word (key with no values). */
export interface Arg {
  readonly key: string;
  readonly values: readonly string[];
}

export interface TestCase {
  readonly file: string;
  /** 1-based line of the command. */
  readonly line: number;
  readonly command: string;
  readonly args: readonly Arg[];
  /** Lines between the command and `----`. */
  readonly input: readonly string[];
  readonly expected: string;
}

interface Parsed {
  readonly cases: TestCase[];
  /** For rewriting: the lines of the file before each case's expected block, and after the last. */
  readonly lines: readonly string[];
  readonly spans: readonly { readonly start: number; readonly end: number }[];
}

/** Splits `a b=1 c=(x, y)` into arguments, keeping parenthesized lists together. */
export function parseArgs(text: string): Arg[] {
  const args: Arg[] = [];
  const re = /([^\s=]+)(?:=(\([^)]*\)|\S+))?/g;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const key = m[1]!;
    const raw = m[2];
    if (raw === undefined) args.push({ key, values: [] });
    else if (raw.startsWith('(')) {
      const inner = raw.slice(1, -1).trim();
      args.push({ key, values: inner === '' ? [] : inner.split(/[\s,]+/) });
    } else args.push({ key, values: [raw] });
  }
  return args;
}

function parse(file: string, text: string): Parsed {
  const lines = text.split('\n');
  const cases: TestCase[] = [];
  const spans: { start: number; end: number }[] = [];
  let i = 0;
  while (i < lines.length) {
    const line = lines[i]!;
    if (line.trim() === '' || line.startsWith('#')) {
      i++;
      continue;
    }
    const commandLine = i;
    const [command = '', ...rest] = line.trim().split(/\s+/);
    const input: string[] = [];
    i++;
    while (i < lines.length && lines[i] !== '----') {
      assert.ok(lines[i]!.trim() !== '', `${file}:${i + 1}: blank line before '----'`);
      input.push(lines[i]!);
      i++;
    }
    assert.ok(i < lines.length, `${file}:${commandLine + 1}: '${command}' has no '----'`);
    i++;
    const start = i;
    while (i < lines.length && lines[i]!.trim() !== '') i++;
    spans.push({ start, end: i });
    cases.push({
      file,
      line: commandLine + 1,
      command,
      args: parseArgs(rest.join(' ')),
      input,
      expected: lines.slice(start, i).join('\n'),
    });
  }
  return { cases, lines, spans };
}

function rewriting(): boolean {
  return process.env['REWRITE'] === '1';
}

/**
 * Runs every case of `path` through `handler`. Asserts that each output matches, or with REWRITE=1
 * rewrites the file with the outputs.
 */
export function runFile(path: string, handler: (tc: TestCase) => string): void {
  const parsed = parse(path, readFileSync(path, 'utf8'));
  const outputs = parsed.cases.map((tc) => {
    const out = handler(tc).replace(/\n+$/, '');
    assert.ok(!/\n\s*\n/.test(out), `${tc.file}:${tc.line}: output contains a blank line`);
    if (!rewriting()) {
      assert.equal(out, tc.expected, `${tc.file}:${tc.line}: ${tc.command} output differs`);
    }
    return out;
  });
  if (!rewriting()) return;
  const lines = [...parsed.lines];
  for (let k = parsed.spans.length - 1; k >= 0; k--) {
    const { start, end } = parsed.spans[k]!;
    const out = outputs[k]!;
    lines.splice(start, end - start, ...(out === '' ? [] : out.split('\n')));
  }
  writeFileSync(path, lines.join('\n'));
}

/** The `.txt` files of a directory, sorted. */
export function traceFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => join(dir, name));
}

/** The values of argument `key`, or undefined when absent. */
export function argValues(tc: TestCase, key: string): readonly string[] | undefined {
  return tc.args.find((a) => a.key === key)?.values;
}

/** Bare words among the arguments (those with no `=`), in order. */
export function bareArgs(tc: TestCase): string[] {
  return tc.args.filter((a) => a.values.length === 0).map((a) => a.key);
}
