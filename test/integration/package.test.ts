/**
 * Goal: canopy works as a dependency, as a user gets it from the registry: the packed tarball holds
 * what runs (the compiled library and command, their types, conf/ with the YANG models, README,
 * LICENSE) and nothing of the repository's own; `npm install` of it on the supported Node prints no
 * engine warning (EBADENGINE); README's library example and API.md's RESTCONF wiring example run
 * unchanged in a project that has no conf/ of its own and print what their comments say; TypeScript
 * resolves the package's types for README's example (strict, with skipLibCheck as most projects
 * have it); `npx canopy` works there, and the installed command runs a member of the configuration
 * the package ships.
 *
 * Method: `npm pack --ignore-scripts` of the repository this compiled test belongs to (the build is
 * current: `npm test` built it), `npm install --prefer-offline` of the tarball into a scratch ESM
 * project in a temporary directory (dependencies come from npm's cache, else the registry), then the
 * examples, extracted from README.md and docs/API.md at run time so the documents and the test can
 * never diverge, each written to a .mjs file and run with node in the scratch project. An example's
 * expected output is the `// comment` after each of its `console.log(...)` lines.
 */
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { freePort, removeDir, tempDir, waitFor } from '../support/proc-member.js';

/** The repository (or private build) whose dist/ holds this compiled file. */
function packageRoot(): string {
  const here = dirname(fileURLToPath(import.meta.url));
  for (let dir = here; dir !== dirname(dir); dir = dirname(dir)) {
    if (existsSync(join(dir, 'package.json'))) return dir;
  }
  throw new Error(`no package.json above ${here}`);
}

interface Run {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * The test's environment without npm's run-script variables (npm_config_local_prefix and the like
 * would point a nested npm at this repository) and without CANOPY ones, plus `extra`.
 */
function childEnv(extra: Readonly<Record<string, string>> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (!/^npm_/i.test(k) && !k.startsWith('CANOPY')) env[k] = v;
  }
  return { ...env, ...extra };
}

/** Runs a command to completion in `cwd`. */
function run(
  command: string,
  args: readonly string[],
  cwd: string,
  extraEnv: Readonly<Record<string, string>> = {},
): Promise<Run> {
  const env = childEnv(extraEnv);
  const child = spawn(command, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
  child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
  return new Promise((resolveRun, reject) => {
    child.once('error', reject);
    child.once('close', (code) => {
      resolveRun({ code, stdout, stderr });
    });
  });
}

function explain(what: string, r: Run): string {
  return `${what}: exit ${String(r.code)}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`;
}

/** The first ```js block after `heading` in `text` (a Markdown document). */
function exampleAfter(text: string, heading: string): string {
  const at = text.indexOf(heading);
  assert.ok(at >= 0, `no heading ${heading}`);
  const start = text.indexOf('```js\n', at);
  assert.ok(start >= 0, `no js example after ${heading}`);
  const body = start + '```js\n'.length;
  return text.slice(body, text.indexOf('\n```', body) + 1);
}

/** What an example says it prints: the comment after each `console.log(...);`. */
function expectedOutput(example: string): string[] {
  return example
    .split('\n')
    .flatMap((line) => /^\s*console\.log\(.*\);\s*\/\/\s*(.*)$/.exec(line)?.[1] ?? [])
    .map((s) => s.trim());
}

describe('package: canopy as a dependency', function () {
  this.timeout(300_000);
  const root = packageRoot();
  let dir: string;
  let app: string;
  let packed: { filename: string; files: { path: string }[] };
  let install: Run;

  before(async () => {
    dir = tempDir('package');
    const pack = await run(
      'npm',
      ['pack', '--ignore-scripts', '--json', '--pack-destination', dir],
      root,
    );
    assert.equal(pack.code, 0, explain('npm pack', pack));
    const parsed = JSON.parse(pack.stdout) as (typeof packed)[];
    assert.ok(parsed[0] !== undefined, explain('npm pack', pack));
    packed = parsed[0];
    app = join(dir, 'app');
    mkdirSync(app);
    writeFileSync(
      join(app, 'package.json'),
      JSON.stringify({ name: 'scratch', version: '1.0.0', private: true, type: 'module' }),
    );
    install = await run(
      'npm',
      ['install', join(dir, packed.filename), '--prefer-offline', '--no-audit', '--no-fund'],
      app,
    );
  });

  after(() => {
    removeDir(dir);
  });

  it('the tarball holds the library, the command, their types, conf/ and the docs, and no tests or sources', () => {
    const files = new Set(packed.files.map((f) => f.path));
    for (const needed of [
      'package.json',
      'README.md',
      'LICENSE',
      'dist/src/index.js',
      'dist/src/index.d.ts',
      'dist/src/cli/main.js',
      'dist/src/wire/gen/proto.js',
      'conf/canopy.conf',
      'conf/modules.conf',
      'conf/module-shards.conf',
      'conf/yang/toaster@2009-11-20.yang',
      'docs/API.md',
    ]) {
      assert.ok(files.has(needed), `the tarball lacks ${needed}`);
    }
    const stray = [...files].filter((f) =>
      /^(dist\/test|src|test|scripts|node_modules|\.)/.test(f),
    );
    assert.deepEqual(stray, [], 'the tarball holds files only the repository needs');
  });

  it('npm install of the tarball succeeds and prints no engine warning', () => {
    assert.equal(install.code, 0, explain('npm install', install));
    const output = install.stdout + install.stderr;
    assert.doesNotMatch(output, /EBADENGINE|Unsupported engine/, explain('npm install', install));
  });

  it("README's library example runs where there is no conf/ and prints what it says", async () => {
    assert.equal(install.code, 0, explain('npm install', install));
    const example = exampleAfter(
      readFileSync(join(root, 'README.md'), 'utf8'),
      '## Using it as a library',
    );
    writeFileSync(join(app, 'readme.mjs'), example);
    assert.ok(!existsSync(join(app, 'conf')));
    const result = await run(process.execPath, ['readme.mjs'], app);
    assert.equal(result.code, 0, explain('readme.mjs', result));
    assert.deepEqual(result.stdout.trim().split('\n'), expectedOutput(example), result.stdout);
    assert.ok(existsSync(join(app, 'data', 'journal')), 'the member kept its journal in ./data');
  });

  it("API.md's RESTCONF wiring example serves the toaster and prints what it says", async () => {
    assert.equal(install.code, 0, explain('npm install', install));
    const example = exampleAfter(readFileSync(join(root, 'docs', 'API.md'), 'utf8'), '### Wiring');
    writeFileSync(join(app, 'wiring.mjs'), example);
    const result = await run(process.execPath, ['wiring.mjs'], app);
    assert.equal(result.code, 0, explain('wiring.mjs', result));
    assert.deepEqual(result.stdout.trim().split('\n'), expectedOutput(example), result.stdout);
  });

  it("TypeScript resolves the package's types: README's example type-checks as strict TypeScript", async () => {
    assert.equal(install.code, 0, explain('npm install', install));
    const example = exampleAfter(
      readFileSync(join(root, 'README.md'), 'utf8'),
      '## Using it as a library',
    );
    writeFileSync(join(app, 'readme.mts'), example);
    const tsc = resolve(root, 'node_modules/typescript/bin/tsc');
    const result = await run(
      process.execPath,
      [
        tsc,
        '--noEmit',
        '--strict',
        '--skipLibCheck',
        '--target',
        'es2022',
        '--module',
        'nodenext',
        '--moduleResolution',
        'nodenext',
        '--typeRoots',
        resolve(root, 'node_modules/@types'),
        '--types',
        'node',
        'readme.mts',
      ],
      app,
    );
    assert.equal(result.code, 0, explain('tsc', result));
  });

  it('npx canopy --help and --version work from the project', async () => {
    assert.equal(install.code, 0, explain('npm install', install));
    // As a user types it; npm_config_yes=false: never fetch another "canopy" from the registry.
    const noFetch = { npm_config_yes: 'false' };
    const help = await run('npx', ['canopy', '--help'], app, noFetch);
    assert.equal(help.code, 0, explain('npx canopy --help', help));
    assert.match(help.stdout, /Usage: canopy/);
    assert.match(help.stdout, /start/);
    const version = await run('npx', ['canopy', '--version'], app, noFetch);
    assert.equal(version.code, 0, explain('npx canopy --version', version));
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
    assert.equal(version.stdout.trim(), pkg.version);
  });

  it('the installed canopy command serves the shipped configuration and stops on SIGTERM', async () => {
    assert.equal(install.code, 0, explain('npm install', install));
    const port = await freePort();
    const child = spawn(
      join(app, 'node_modules', '.bin', 'canopy'),
      [
        'start',
        '--conf',
        'node_modules/canopy/conf',
        '--data-dir',
        'member-data',
        '--http-port',
        String(port),
      ],
      { cwd: app, env: childEnv(), stdio: ['ignore', 'pipe', 'pipe'] },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (s: string) => (stdout += s));
    child.stderr.setEncoding('utf8').on('data', (s: string) => (stderr += s));
    const exited = new Promise<number | null>((resolveExit) => {
      child.once('close', (code) => {
        resolveExit(code);
      });
    });
    try {
      const listening = await waitFor(() => stdout.includes(' listening on '), 60_000);
      assert.ok(listening, `canopy start did not listen:\n${stdout}\n${stderr}`);
      const response = await fetch(
        `http://127.0.0.1:${port}/rests/data/toaster:toaster?content=nonconfig`,
      );
      assert.equal(response.status, 200);
      child.kill('SIGTERM');
      assert.equal(await exited, 0, `${stdout}\n${stderr}`);
      assert.match(stdout, /canopy member-1 stopped\n$/);
    } finally {
      child.kill('SIGKILL');
    }
  });
});
