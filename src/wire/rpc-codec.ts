/**
 * The codec of the remote RPC messages (proto/rpc.proto, package canopy.rpc): the route registry's
 * gossip (`rpc-gossip`), calls and answers (`rpc-call`) and relayed notifications (`rpc-notify`), as
 * plain objects to and from their protobuf bytes. The gossip shapes mirror src/rpc/route-registry-core.ts
 * (`GossipMessage`); they are written out here because src/wire sits above src/rpc in the layering.
 *
 * Invariants. Encoding asserts safe non-negative integers. Decoding trusts nothing: malformed protobuf,
 * a missing body or required field, a number above 2^53-1, or a JSON field that is not a JSON object is
 * a WireDecodeError naming the field; unknown fields are skipped, so later versions may add some.
 */
import { assert } from '../util/assert.js';
import { WireDecodeError } from './errors.js';
import { decodePb, safeUint } from './pb-decode.js';
import type { Int64 } from './raft-proto.js';
import * as generated from './gen/proto.js';

/** A bucket version, as route-registry-core.ts's BucketVersion. */
export interface WireBucketVersion {
  readonly incarnation: number;
  readonly counter: number;
}

/** A route: `path` absent for a global rpc. */
export interface WireRoute {
  readonly rpc: string;
  readonly path?: string | undefined;
}

/** The registry's gossip, as route-registry-core.ts's GossipMessage. */
export type WireGossipMessage =
  | {
      readonly type: 'status';
      readonly versions: readonly {
        readonly member: string;
        readonly version: WireBucketVersion;
      }[];
    }
  | {
      readonly type: 'delta';
      readonly buckets: readonly {
        readonly member: string;
        readonly bucket: {
          readonly version: WireBucketVersion;
          readonly routes: readonly WireRoute[];
        };
      }[];
      readonly want: readonly string[];
    };

/** Why a call failed on the callee (a CanopyError's code and message, and an RpcError's details). */
export interface WireCallError {
  readonly code: string;
  readonly message: string;
  readonly tag?: string | undefined;
  readonly errorType?: string | undefined;
  readonly appTag?: string | undefined;
  /** error-info as JSON text. */
  readonly infoJson?: string | undefined;
}

/** A call and its answer. JSON fields hold RFC 7951 JSON text. */
export type WireCallMessage =
  | {
      readonly type: 'request';
      readonly id: number;
      readonly rpc: string;
      readonly inputJson: string;
      readonly timeoutMs: number;
    }
  | { readonly type: 'response'; readonly id: number; readonly outputJson: string }
  | { readonly type: 'error'; readonly id: number; readonly error: WireCallError };

/** A notification relayed from its publisher. */
export interface WireNotification {
  readonly notification: string;
  readonly contentJson: string;
  readonly eventTime: string;
  readonly sequence: number;
}

interface PbVersion {
  incarnation?: Int64;
  counter?: Int64;
}
interface PbRoute {
  rpc?: string;
  path?: string;
}
interface PbGossip {
  status?: { versions?: { member?: string; version?: PbVersion | null }[] } | null;
  delta?: {
    buckets?: { member?: string; version?: PbVersion | null; routes?: PbRoute[] }[];
    want?: string[];
  } | null;
  readonly body?: 'status' | 'delta' | undefined;
}
interface PbCallError {
  code?: string;
  message?: string;
  tag?: string;
  errorType?: string;
  appTag?: string;
  infoJson?: string;
}
interface PbCall {
  request?: { id?: Int64; rpc?: string; inputJson?: string; timeoutMs?: Int64 } | null;
  response?: {
    id?: Int64;
    outputJson?: string | null;
    error?: PbCallError | null;
    readonly result?: 'outputJson' | 'error';
  } | null;
  readonly body?: 'request' | 'response' | undefined;
}
interface PbNotification {
  notification?: string;
  contentJson?: string;
  eventTime?: string;
  sequence?: Int64;
}

interface PbType<T> {
  encode(message: T): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
}

const rpcPb = (
  generated as unknown as {
    readonly canopy: {
      readonly rpc: {
        readonly GossipMessage: PbType<PbGossip>;
        readonly CallMessage: PbType<PbCall>;
        readonly Notification: PbType<PbNotification>;
      };
    };
  }
).canopy.rpc;

const T_GOSSIP = 'canopy.rpc.GossipMessage';
const T_CALL = 'canopy.rpc.CallMessage';
const T_NOTIFICATION = 'canopy.rpc.Notification';

function u(value: number, what: string): number {
  assert(
    Number.isSafeInteger(value) && value >= 0,
    () => `rpc codec: ${what} ${value} is not a safe non-negative integer`,
  );
  return value;
}

function text(type: string, value: string | undefined | null, field: string): string {
  if (value === undefined || value === null || value === '')
    throw new WireDecodeError(type, field, 'is missing (empty)');
  return value;
}

function version(v: WireBucketVersion): PbVersion {
  return { incarnation: u(v.incarnation, 'incarnation'), counter: u(v.counter, 'counter') };
}

function readVersion(v: PbVersion | null | undefined, field: string): WireBucketVersion {
  if (v === undefined || v === null) throw new WireDecodeError(T_GOSSIP, field, 'is missing');
  return {
    incarnation: safeUint(v.incarnation, T_GOSSIP, `${field}.incarnation`),
    counter: safeUint(v.counter, T_GOSSIP, `${field}.counter`),
  };
}

/** The protobuf bytes of a gossip message. */
export function encodeGossipMessage(message: WireGossipMessage): Uint8Array {
  const pb: PbGossip =
    message.type === 'status'
      ? {
          status: {
            versions: message.versions.map((e) => ({
              member: e.member,
              version: version(e.version),
            })),
          },
        }
      : {
          delta: {
            buckets: message.buckets.map((e) => ({
              member: e.member,
              version: version(e.bucket.version),
              routes: e.bucket.routes.map((r) => ({ rpc: r.rpc, path: r.path ?? '' })),
            })),
            want: [...message.want],
          },
        };
  return rpcPb.GossipMessage.encode(pb).finish();
}

/** Decodes a gossip message; throws WireDecodeError. */
export function decodeGossipMessage(bytes: Uint8Array): WireGossipMessage {
  const pb = decodePb(rpcPb.GossipMessage, bytes, T_GOSSIP);
  switch (pb.body) {
    case 'status':
      return {
        type: 'status',
        versions: (pb.status?.versions ?? []).map((e, i) => ({
          member: text(T_GOSSIP, e.member, `status.versions[${i}].member`),
          version: readVersion(e.version, `status.versions[${i}].version`),
        })),
      };
    case 'delta':
      return {
        type: 'delta',
        buckets: (pb.delta?.buckets ?? []).map((e, i) => ({
          member: text(T_GOSSIP, e.member, `delta.buckets[${i}].member`),
          bucket: {
            version: readVersion(e.version, `delta.buckets[${i}].version`),
            routes: (e.routes ?? []).map((r, j) => {
              const rpc = text(T_GOSSIP, r.rpc, `delta.buckets[${i}].routes[${j}].rpc`);
              if (rpc.includes(' '))
                throw new WireDecodeError(
                  T_GOSSIP,
                  `delta.buckets[${i}].routes[${j}].rpc`,
                  `${JSON.stringify(rpc)} contains a space`,
                );
              return r.path === undefined || r.path === '' ? { rpc } : { rpc, path: r.path };
            }),
          },
        })),
        want: (pb.delta?.want ?? []).map((m, i) => text(T_GOSSIP, m, `delta.want[${i}]`)),
      };
    case undefined:
      throw new WireDecodeError(
        T_GOSSIP,
        'body',
        'is missing or of a kind this version does not know',
      );
  }
}

/** The protobuf bytes of a call message. */
export function encodeCallMessage(message: WireCallMessage): Uint8Array {
  let pb: PbCall;
  switch (message.type) {
    case 'request':
      pb = {
        request: {
          id: u(message.id, 'id'),
          rpc: message.rpc,
          inputJson: message.inputJson,
          timeoutMs: u(message.timeoutMs, 'timeoutMs'),
        },
      };
      break;
    case 'response':
      pb = { response: { id: u(message.id, 'id'), outputJson: message.outputJson } };
      break;
    case 'error':
      pb = {
        response: {
          id: u(message.id, 'id'),
          error: {
            code: message.error.code,
            message: message.error.message,
            tag: message.error.tag ?? '',
            errorType: message.error.errorType ?? '',
            appTag: message.error.appTag ?? '',
            infoJson: message.error.infoJson ?? '',
          },
        },
      };
      break;
  }
  return rpcPb.CallMessage.encode(pb).finish();
}

function optional(value: string | undefined): string | undefined {
  return value === undefined || value === '' ? undefined : value;
}

/** Decodes a call message; throws WireDecodeError. */
export function decodeCallMessage(bytes: Uint8Array): WireCallMessage {
  const pb = decodePb(rpcPb.CallMessage, bytes, T_CALL);
  switch (pb.body) {
    case 'request': {
      const r = pb.request!;
      const id = safeUint(r.id, T_CALL, 'request.id');
      if (id === 0) throw new WireDecodeError(T_CALL, 'request.id', 'is missing (0)');
      return {
        type: 'request',
        id,
        rpc: text(T_CALL, r.rpc, 'request.rpc'),
        inputJson: r.inputJson === undefined || r.inputJson === '' ? '{}' : r.inputJson,
        timeoutMs: safeUint(r.timeoutMs, T_CALL, 'request.timeout_ms'),
      };
    }
    case 'response': {
      const r = pb.response!;
      const id = safeUint(r.id, T_CALL, 'response.id');
      if (id === 0) throw new WireDecodeError(T_CALL, 'response.id', 'is missing (0)');
      if (r.result === 'outputJson')
        return { type: 'response', id, outputJson: r.outputJson ?? '' };
      if (r.result === 'error') {
        const e = r.error!;
        return {
          type: 'error',
          id,
          error: {
            code: text(T_CALL, e.code, 'response.error.code'),
            message: e.message ?? '',
            tag: optional(e.tag),
            errorType: optional(e.errorType),
            appTag: optional(e.appTag),
            infoJson: optional(e.infoJson),
          },
        };
      }
      throw new WireDecodeError(T_CALL, 'response.result', 'is missing');
    }
    case undefined:
      throw new WireDecodeError(
        T_CALL,
        'body',
        'is missing or of a kind this version does not know',
      );
  }
}

/** The protobuf bytes of a relayed notification. */
export function encodeNotification(n: WireNotification): Uint8Array {
  return rpcPb.Notification.encode({
    notification: n.notification,
    contentJson: n.contentJson,
    eventTime: n.eventTime,
    sequence: u(n.sequence, 'sequence'),
  }).finish();
}

/** Decodes a relayed notification; throws WireDecodeError. */
export function decodeNotification(bytes: Uint8Array): WireNotification {
  const pb = decodePb(rpcPb.Notification, bytes, T_NOTIFICATION);
  return {
    notification: text(T_NOTIFICATION, pb.notification, 'notification'),
    contentJson: pb.contentJson === undefined || pb.contentJson === '' ? '{}' : pb.contentJson,
    eventTime: text(T_NOTIFICATION, pb.eventTime, 'event_time'),
    sequence: safeUint(pb.sequence, T_NOTIFICATION, 'sequence'),
  };
}
