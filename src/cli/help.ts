/**
 * The text `canopy --help` and `canopy COMMAND --help` print after commander's usage and options:
 * examples, exit codes and where the manual is. Kept here, next to nothing else, so the words can be
 * read and tested in one place; main.ts attaches them. Pure: the manual's location is passed in (main.ts
 * looks for it on disk). docs/OPERATIONS.md is the full manual and says the same.
 */

/** The exit codes every command shares (docs/OPERATIONS.md, "Signals and exit codes"). */
const EXIT_CODES = `Exit codes:
  0  done
  1  the operation failed: the member answered with a RESTCONF error, a patch failed,
     or (canopy start) the member could not start or stop cleanly
  2  usage or configuration error: the message names the flag, argument or file:line
  3  no answer from the member: not running, wrong --url, --timeout-ms passed, or it went away`;

const CLIENT_NOTE = `The member is --url http://HOST:PORT, else the http settings of the configuration (--conf,
CANOPY_CONF, CANOPY_HTTP_PORT, ...) as canopy start reads them. PATH is an RFC 8040 path with key values
percent-encoded: /opendaylight-inventory:nodes/node=openflow%3A1. A BODY or INPUT is JSON text, @FILE,
or - for standard input.`;

/** Examples and notes per command; a command not listed gets the shared parts only. */
const COMMANDS: Readonly<Record<string, { readonly examples: string; readonly notes?: string }>> = {
  start: {
    examples: `  canopy start                                    conf/, data in ./data, RESTCONF on 127.0.0.1:8181
  canopy start --conf /etc/canopy --data-dir /var/lib/canopy --http-port 8181
  canopy start --set datastore.shard-snapshot-batch-count=50000`,
    notes: `SIGTERM or SIGINT (Ctrl-C) stops the member cleanly (exit 0); a second signal exits at once.`,
  },
  get: {
    examples: `  canopy get /toaster:toaster
  canopy get / --content config --depth 2
  canopy get /opendaylight-inventory:nodes --fields 'node(id;description)'`,
    notes: `--depth is 1..65535 or unbounded (the target is depth 1); --fields is RFC 8040's fields
expression, checked by the member.`,
  },
  put: {
    examples: `  canopy put /toaster:toaster '{"toaster:toaster": {"darknessFactor": 2000}}'
  canopy put /opendaylight-inventory:nodes @nodes.json`,
  },
  merge: {
    examples: `  canopy merge /toaster:toaster '{"toaster:toaster": {"darknessFactor": 500}}'
  curl -s http://example/nodes.json | canopy merge /opendaylight-inventory:nodes -`,
  },
  delete: {
    examples: `  canopy delete /opendaylight-inventory:nodes/node=openflow%3A1`,
  },
  patch: {
    examples: `  canopy patch /opendaylight-inventory:nodes @patch.json
  canopy patch / '{"ietf-yang-patch:yang-patch": {"patch-id": "p1", "edit": [
    {"edit-id": "e1", "operation": "merge", "target": "/toaster:toaster",
     "value": {"toaster:toaster": {"darknessFactor": 700}}}]}}'`,
    notes: `BODY is a YANG Patch (RFC 8072): edits create, delete, remove, merge or replace, targets relative
to PATH, applied all or nothing. Prints each edit's status; exit 1 when an edit failed (nothing is
committed then).`,
  },
  rpc: {
    examples: `  canopy rpc toaster:restock-toaster '{"amountOfBreadToStock": 5}'
  canopy rpc toaster:make-toast '{"toaster:input": {"toasterDoneness": 3}}'
  canopy rpc canopy-cluster-admin:get-member-status`,
    notes: `INPUT is the rpc's input: the whole body {"MODULE:input": {...}}, or just its content {...}.
Prints the output {"MODULE:output": {...}}; an rpc without output prints nothing.`,
  },
  watch: {
    examples: `  canopy watch /toaster:toaster
  canopy watch /opendaylight-inventory:nodes --json | jq .
  canopy watch /toaster:toaster --datastore operational`,
    notes: `Prints the subtree as it is ("initial" lines), then each commit's changes as they arrive, one line
per created, replaced or deleted node, until Ctrl-C (exit 0). Exit 3 when the member stops or the
connection is lost; exit 1 when this client read too slowly and the member cut the stream off.`,
  },
  status: {
    examples: `  canopy status
  canopy status --json`,
  },
  'rpc-routes': {
    examples: `  canopy rpc-routes
  canopy rpc-routes --json --url http://10.0.0.2:8181`,
    notes: `Lists the routes this member's registry holds (rpc, context path, members) and each member's
bucket (status, version incarnation.counter, route count). Once gossip has converged every member
prints the same routes and versions.`,
  },
};

/** The client commands (they talk to a running member). */
const CLIENT_COMMANDS = new Set([
  'get',
  'put',
  'merge',
  'delete',
  'patch',
  'rpc',
  'watch',
  'status',
  'rpc-routes',
]);

/** Where the manual is: `docsDir` on this machine, else (undefined) the source repository's docs/. */
function docsLine(docsDir: string | undefined): string {
  if (docsDir === undefined) {
    return `Documentation: docs/OPERATIONS.md (commands, exit codes, status), CONFIGURATION.md and API.md
(RESTCONF) in the canopy source repository.`;
  }
  return `Documentation: ${docsDir}/OPERATIONS.md (commands, exit codes, status), CONFIGURATION.md,
API.md (RESTCONF).`;
}

/**
 * What `canopy --help` prints after the command list. `docsDir` is the manual's directory on this
 * machine, undefined when it is not installed (the npm package does not ship docs/).
 */
export function programHelp(docsDir: string | undefined): string {
  const examples = Object.values(COMMANDS)
    .map((c) => c.examples.split('\n')[0]!)
    .join('\n');
  return `
Examples:
${examples}

${EXIT_CODES}

${CLIENT_NOTE}

Run canopy COMMAND --help for a command's options and examples.
${docsLine(docsDir)}
`;
}

/** What `canopy COMMAND --help` prints after the options. */
export function commandHelp(command: string, docsDir: string | undefined): string {
  const entry = COMMANDS[command];
  const parts: string[] = [];
  if (entry !== undefined) parts.push(`Examples:\n${entry.examples}`);
  if (entry?.notes !== undefined) parts.push(entry.notes);
  if (CLIENT_COMMANDS.has(command)) parts.push(CLIENT_NOTE);
  parts.push(EXIT_CODES);
  parts.push(docsLine(docsDir));
  return `\n${parts.join('\n\n')}\n`;
}
