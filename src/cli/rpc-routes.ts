/**
 * The RPC route registry as an operator sees it: the built-in rpc `canopy-rpc-admin:get-rpc-routes`
 * (served over RESTCONF at `/rests/operations/canopy-rpc-admin:get-rpc-routes`, the HTTP JSON view)
 * and the `canopy rpc-routes` command that prints it. It lists every route this member's registry
 * holds with the members that implement it, and every bucket (member, status, version), so an
 * operator can watch the registry converge: once gossip has converged every member prints the same
 * routes and versions.
 *
 * Registered on every member, a single member too (its registry is then this member's own routes).
 */
import type { RegistryMemberView } from '../rpc/route-registry-core.js';
import type { RouteView } from '../rpc/route-registry.js';
import type { RpcRegistration, RpcService } from '../rpc/rpc-service.js';
import type { YangSource } from '../yang/compile.js';
import type { JsonObject } from '../yang/schema.js';
import type { ClientFlags, CliIo } from './client-commands.js';
import { clientOptions, run } from './client-commands.js';
import { invokeRpc } from './restconf-client.js';

export const RPC_ROUTES_RPC = 'canopy-rpc-admin:get-rpc-routes';

/** The module's text; compiled with the configuration's YANG modules. */
export const RPC_ADMIN_YANG = `module canopy-rpc-admin {
  yang-version 1.1;
  namespace "urn:canopy:params:xml:ns:yang:rpc-admin";
  prefix radmin;
  organization "canopy project";
  description "The RPC route registry of a canopy member (design 003, Remote RPC).";
  revision 2026-12-08 {
    description "Initial revision: get-rpc-routes.";
  }

  rpc get-rpc-routes {
    description "Every route and bucket of this member's route registry, as it holds them now.";
    output {
      leaf member-name {
        type string;
        description "The member that answered.";
      }
      list route {
        key "rpc path";
        description "An rpc (and context path, for a routed rpc) with the members that implement it.";
        leaf rpc {
          type string;
        }
        leaf path {
          type string;
          description "The context path of a routed rpc; empty for a global rpc.";
        }
        leaf-list member {
          type string;
        }
      }
      list bucket {
        key "member";
        description "A member whose bucket this registry knows of.";
        leaf member {
          type string;
        }
        leaf status {
          type enumeration {
            enum self;
            enum up;
            enum down;
            enum expired;
            enum removed;
          }
          description "What membership last said of the member (self: this member).";
        }
        leaf incarnation {
          type uint64;
          description "The bucket's version: the incarnation of the member's life, absent when no bucket is held.";
        }
        leaf counter {
          type uint64;
          description "The bucket's version within the incarnation.";
        }
        leaf routes {
          type uint32;
          description "How many routes the bucket holds.";
        }
      }
    }
  }
}
`;

/** The built-in module's source. */
export function rpcAdminSource(): YangSource {
  return { file: '<built-in>/canopy-rpc-admin.yang', text: RPC_ADMIN_YANG };
}

/** What the rpc reads: the registry's routes and buckets (undefined on a member without a cluster). */
export interface RouteSource {
  routes(): readonly RouteView[];
  snapshot(): readonly RegistryMemberView[];
}

/** Registers get-rpc-routes; `source` undefined lists this member's local rpcs alone. */
export function registerRpcRoutes(
  rpc: RpcService,
  memberName: string,
  source: RouteSource | undefined,
): RpcRegistration {
  return rpc.registerRpcImplementation(RPC_ROUTES_RPC, () =>
    Promise.resolve(
      source === undefined
        ? rpcRoutesOutput(
            memberName,
            rpc.localRpcs().map((r) => ({ rpc: r, path: undefined, members: [memberName] })),
            [],
          )
        : rpcRoutesOutput(memberName, source.routes(), source.snapshot()),
    ),
  );
}

/** The rpc output (pure). */
export function rpcRoutesOutput(
  memberName: string,
  routes: readonly RouteView[],
  buckets: readonly RegistryMemberView[],
): JsonObject {
  return {
    'member-name': memberName,
    ...(routes.length === 0
      ? {}
      : {
          route: routes.map((r) => ({
            rpc: r.rpc,
            path: r.path ?? '',
            member: [...r.members],
          })),
        }),
    ...(buckets.length === 0
      ? {}
      : {
          bucket: buckets.map((b) => ({
            member: b.member,
            status: b.status,
            ...(b.bucket === undefined
              ? {}
              : {
                  incarnation: String(b.bucket.version.incarnation),
                  counter: String(b.bucket.version.counter),
                  routes: b.bucket.routes.length,
                }),
          })),
        }),
  };
}

/** The get-rpc-routes output as text: the routes, then the buckets. */
export function formatRpcRoutes(output: unknown): string {
  const o = (output ?? {}) as {
    'member-name'?: string;
    route?: { rpc: string; path: string; member?: string[] }[];
    bucket?: {
      member: string;
      status: string;
      incarnation?: string;
      counter?: string;
      routes?: number;
    }[];
  };
  const routes = table(
    ['RPC', 'PATH', 'MEMBERS'],
    (o.route ?? []).map((r) => [r.rpc, r.path === '' ? '-' : r.path, (r.member ?? []).join(',')]),
  );
  const buckets = table(
    ['MEMBER', 'STATUS', 'VERSION', 'ROUTES'],
    (o.bucket ?? []).map((b) => [
      b.member,
      b.status,
      b.incarnation === undefined ? '-' : `${b.incarnation}.${b.counter ?? '?'}`,
      b.routes === undefined ? '-' : String(b.routes),
    ]),
  );
  const lines = [`route registry of ${o['member-name'] ?? '?'}`, '', ...routes, '', ...buckets];
  return `${lines.join('\n')}\n`;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return [line(header), ...rows.map(line)];
}

/** `canopy rpc-routes [--json]`. */
export function rpcRoutesCommand(
  io: CliIo,
  flags: ClientFlags & { json?: boolean | undefined },
): Promise<number> {
  return run(io, async () => {
    const result = await invokeRpc(await clientOptions(io, flags), RPC_ROUTES_RPC, undefined);
    const output = (result.body as Record<string, unknown> | undefined)?.[
      'canopy-rpc-admin:output'
    ];
    io.stdout(
      flags.json === true ? `${JSON.stringify(output, null, 2)}\n` : formatRpcRoutes(output),
    );
  });
}
