#!/usr/bin/env node
/**
 * The `canopy` command (package.json `bin`): `canopy start` runs a member; `get`, `put`, `merge`,
 * `delete`, `patch`, `rpc`, `watch` and `status` talk to a running one over RESTCONF. This file is
 * wiring only: commander parses the command line, the commands live in start-command.ts,
 * client-commands.ts and watch-command.ts, the help text in help.ts. docs/OPERATIONS.md is the manual
 * (flags, signals, exit codes, status output, data directory).
 *
 * Exit codes: 0 done; 1 the operation failed (a RESTCONF error, a failed patch, or the member could not
 * start); 2 a usage or configuration error (the message names the flag or `file:line`, never a stack),
 * bare `canopy` included (it prints the help on standard error); 3 no answer from the member.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import {
  deleteCommand,
  editCommand,
  EXIT,
  getCommand,
  patchCommand,
  rpcCommand,
  statusCommand,
  type CliIo,
  type ClientFlags,
  type GetFlags,
} from './client-commands.js';
import { commandHelp, programHelp } from './help.js';
import { rpcRoutesCommand } from './rpc-routes.js';
import type { StartFlags } from './start-command.js';
import { watchCommand, type WatchFlags } from './watch-command.js';

const io: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
  env: process.env,
};

function version(): string {
  const pkg = JSON.parse(
    readFileSync(new URL('../../../package.json', import.meta.url), 'utf8'),
  ) as { version?: string };
  return pkg.version ?? 'unknown';
}

/**
 * The manual's directory: the docs/ of this installation when it has one (a checkout of the
 * repository); undefined otherwise (the npm package does not ship docs/), and help names the repository.
 */
function docsDir(): string | undefined {
  const dir = fileURLToPath(new URL('../../../docs', import.meta.url));
  return existsSync(`${dir}/OPERATIONS.md`) ? dir : undefined;
}

/**
 * Aborts when standard output is closed under a client command (`canopy watch ... | head`): watch
 * stops, and a command that has printed all it had exits with its code instead of a stack trace.
 */
const stdoutClosed = new AbortController();
function onStdoutError(e: NodeJS.ErrnoException): void {
  if (e.code !== 'EPIPE') throw e;
  stdoutClosed.abort();
}

function collect(value: string, previous: readonly string[]): string[] {
  return [...previous, value];
}

/** Adds the options every client command takes. */
function clientOptions(command: Command): Command {
  return command
    .option('--url <URL>', 'the member, http://HOST:PORT (default: the http settings of --conf)')
    .option('--conf <DIR>', 'configuration directory to read the member address from')
    .option('--timeout-ms <MS>', 'give up on a request after this long', undefined);
}

/** Sets the process exit code once the command's promise settles. */
function finish(code: Promise<number>): Promise<void> {
  return code.then((c) => {
    process.exitCode = c;
  });
}

function buildProgram(): Command {
  const program = new Command('canopy')
    .description('canopy: a sharded, Raft-replicated, persistent YANG tree datastore')
    .version(version())
    .showHelpAfterError()
    .exitOverride();
  program.hook('preAction', (_program, command) => {
    // `canopy start` is left as it was: its output is start-command.ts's business.
    if (command.name() !== 'start') process.stdout.on('error', onStdoutError);
  });
  addStartCommand(program);
  addClientCommands(program);
  addStreamAndRpcCommands(program);
  const docs = docsDir();
  program.addHelpText('after', programHelp(docs));
  for (const command of program.commands) {
    command.addHelpText('after', commandHelp(command.name(), docs));
  }
  return program;
}

/** `canopy start`: the member in the foreground. */
function addStartCommand(program: Command): void {
  program
    .command('start')
    .description('run a member in the foreground until SIGTERM or SIGINT')
    .option(
      '--conf <DIR>',
      'configuration directory (canopy.conf, modules.conf, module-shards.conf, yang/)',
    )
    .option('--member <NAME>', 'member-name')
    .option('--data-dir <DIR>', 'data-dir: where persistent shards keep their journal')
    .option('--http-host <HOST>', 'http.host: the RESTCONF address')
    .option('--http-port <N>', 'http.port: the RESTCONF port')
    .option('--set <KEY=VALUE>', 'any canopy.conf key, repeatable', collect, [])
    .addOption(
      new Option('--log-level <LEVEL>', 'log level').choices([
        'debug',
        'info',
        'warn',
        'error',
        'silent',
      ]),
    )
    .addOption(
      new Option(
        '--log-format <FORMAT>',
        'log format on standard error: json, or pretty for a terminal',
      )
        .choices(['json', 'pretty'])
        .default('json'),
    )
    .option(
      '--shutdown-timeout-ms <MS>',
      'on a signal, exit 1 if shutdown takes longer (default 60000)',
    )
    .option(
      '--accept-dropped-wal-records',
      'open the journal although LevelDB dropped records of its write-ahead log (damage): only when ' +
        'no healthy replica or backup exists; acknowledged writes may be lost (docs/OPERATIONS.md)',
    )
    .option(
      '--accept-lost-synced-tail',
      'open the journal although synced, acknowledged writes are missing from it (its write-ahead ' +
        'log cut short or lost) or that cannot be checked: only when no healthy replica or backup ' +
        'exists (docs/OPERATIONS.md)',
    )
    .action(async (flags: StartFlags) => {
      const { startCommand } = await import('./start-command.js');
      const code = await startCommand(io, flags, process);
      if (code !== undefined) process.exitCode = code;
    });
}

/** The commands that talk to a running member over RESTCONF. */
function addClientCommands(program: Command): void {
  clientOptions(
    program
      .command('get')
      .description('print the data at PATH (an RFC 8040 path such as /toaster:toaster) as JSON')
      .argument('[PATH]', 'data path; default the whole datastore', '/')
      .addOption(
        new Option('--content <WHICH>', 'config, nonconfig or all').choices([
          'config',
          'nonconfig',
          'all',
        ]),
      )
      .option('--depth <N>', 'levels to return, PATH being 1 (1..65535 or unbounded)')
      .option('--fields <EXPR>', "descendants to return, RFC 8040's fields: 'a;b/c(d;e)'"),
  ).action((path: string, flags: GetFlags) => finish(getCommand(io, path, flags)));
  for (const edit of ['put', 'merge'] as const) {
    clientOptions(
      program
        .command(edit)
        .description(
          edit === 'put'
            ? 'replace (or create) the data at PATH with BODY'
            : 'merge BODY into the data at PATH',
        )
        .argument('<PATH>', 'data path')
        .argument(
          '[BODY]',
          'JSON naming the node, {"toaster:toaster": {...}}; @FILE; or - for stdin',
        ),
    ).action((path: string, body: string | undefined, flags: ClientFlags) =>
      finish(editCommand(io, edit, path, body, flags)),
    );
  }
  clientOptions(
    program
      .command('delete')
      .description('delete the data at PATH')
      .argument('<PATH>', 'data path'),
  ).action((path: string, flags: ClientFlags) => finish(deleteCommand(io, path, flags)));
  clientOptions(
    program
      .command('status')
      .description(
        'shards of the member: role, commit index, journal and snapshot positions, sizes',
      )
      .option('--json', 'print the get-member-status output as JSON'),
  ).action((flags: ClientFlags & { json?: boolean }) => finish(statusCommand(io, flags)));
  clientOptions(
    program
      .command('rpc-routes')
      .description('the rpc route registry: every route with its members, every bucket version')
      .option('--json', 'print the get-rpc-routes output as JSON'),
  ).action((flags: ClientFlags & { json?: boolean }) => finish(rpcRoutesCommand(io, flags)));
}

/** `patch`, `rpc` and `watch`. */
function addStreamAndRpcCommands(program: Command): void {
  clientOptions(
    program
      .command('patch')
      .description('apply a YANG Patch (RFC 8072) at PATH: all of its edits or none')
      .argument('<PATH>', "data path the edits' targets are relative to")
      .argument(
        '[BODY]',
        '{"ietf-yang-patch:yang-patch": {...}} as JSON text; @FILE; or - for stdin',
      )
      .option('--json', 'print the yang-patch-status JSON'),
  ).action((path: string, body: string | undefined, flags: ClientFlags & { json?: boolean }) =>
    finish(patchCommand(io, path, body, flags)),
  );
  clientOptions(
    program
      .command('rpc')
      .description('invoke an rpc and print its output')
      .argument('<MODULE:NAME>', 'the rpc, as toaster:make-toast')
      .argument('[INPUT]', '{"MODULE:input": {...}} or just {...}; @FILE; or - for stdin'),
  ).action((rpc: string, input: string | undefined, flags: ClientFlags) =>
    finish(rpcCommand(io, rpc, input, flags)),
  );
  clientOptions(
    program
      .command('watch')
      .description('print the data at PATH, then each change as it arrives, until Ctrl-C')
      .argument('<PATH>', 'data path of the subtree to watch (/ for everything)')
      .addOption(
        new Option('--datastore <WHICH>', 'config (default) or operational').choices([
          'config',
          'operational',
        ]),
      )
      .option('--json', 'one JSON document per event and line (JSON Lines)'),
  ).action((path: string, flags: WatchFlags) => finish(watch(path, flags)));
}

/** Runs `canopy watch` until SIGINT or SIGTERM (exit 0) or standard output closes. */
async function watch(path: string, flags: WatchFlags): Promise<number> {
  const signalled = new AbortController();
  const onSignal = (): void => {
    signalled.abort();
  };
  // `once`: a second Ctrl-C, while the first is being handled, kills the process as usual.
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const stop = AbortSignal.any([signalled.signal, stdoutClosed.signal]);
    return await watchCommand(io, path, flags, stop);
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

try {
  await buildProgram().parseAsync(process.argv);
} catch (e) {
  if (!(e instanceof CommanderError)) throw e;
  // Commander printed the problem (and the help) already. --help, `canopy help` and --version exit
  // 0; a usage error, and bare `canopy` (help on standard error), exit 2.
  process.exitCode = e.exitCode === 0 ? EXIT.ok : EXIT.usage;
}
