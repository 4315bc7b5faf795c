#!/usr/bin/env node
/**
 * The `canopy` command (package.json `bin`): `canopy start` runs a member; `get`, `put`, `merge`,
 * `delete` and `status` talk to a running one over RESTCONF. This file is wiring only: commander parses
 * the command line, the commands live in start-command.ts and client-commands.ts. docs/OPERATIONS.md
 * is the manual (flags, signals, exit codes, status output, data directory).
 *
 * Exit codes: 0 done; 1 the operation failed (a RESTCONF error, or the member could not start); 2 a
 * usage or configuration error (the message names the flag or `file:line`, never a stack); 3 no answer
 * from the member.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import {
  deleteCommand,
  editCommand,
  EXIT,
  getCommand,
  statusCommand,
  type CliIo,
  type ClientFlags,
} from './client-commands.js';
import type { StartFlags } from './start-command.js';

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
  addStartCommand(program);
  addClientCommands(program);
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
      .option('--depth <N>', 'levels below PATH to return (1..65535 or unbounded)'),
  ).action((path: string, flags: ClientFlags & { content?: string; depth?: string }) =>
    finish(getCommand(io, path, flags)),
  );
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
}

try {
  await buildProgram().parseAsync(process.argv);
} catch (e) {
  if (!(e instanceof CommanderError)) throw e;
  // Commander printed the problem (and the help) already.
  process.exitCode =
    e.code === 'commander.helpDisplayed' ||
    e.code === 'commander.version' ||
    e.code === 'commander.help'
      ? EXIT.ok
      : EXIT.usage;
}
