/**
 * The transport handshake's decisions, pure: which protocol versions talk, and whether a Hello or a
 * Welcome is accepted. The shell (connection.ts) sends and logs; every `if` lives here.
 *
 * Versioning follows the usual two-number scheme: each side announces the version it speaks and the
 * oldest it still talks to; two members talk when each one's version is at least the other's minimum
 * (both sides compute the same answer). A later version that changes frames bumps its version and keeps
 * talking to older members until it raises its minimum.
 */
import type { HelloFrame, RefuseReason, WelcomeFrame } from '../wire/cluster-codec.js';

/** The transport protocol version this build speaks. */
export const PROTOCOL_VERSION = 1;
/** The oldest protocol version this build talks to. */
export const MIN_PROTOCOL_VERSION = 1;

/** What a member checks a handshake against. */
export interface HandshakeIdentity {
  readonly cluster: string;
  readonly member: string;
  /** Every member name of cluster.members, this one included. */
  readonly members: ReadonlySet<string>;
  readonly protocolVersion: number;
  readonly minProtocolVersion: number;
}

/** A refusal: why, and a sentence for both sides' logs. */
export interface Refusal {
  readonly reason: RefuseReason;
  readonly detail: string;
}

/** Whether two sides announcing these versions talk to each other. */
export function versionsCompatible(
  a: { readonly protocolVersion: number; readonly minProtocolVersion: number },
  b: { readonly protocolVersion: number; readonly minProtocolVersion: number },
): boolean {
  return a.protocolVersion >= b.minProtocolVersion && b.protocolVersion >= a.minProtocolVersion;
}

function versionRefusal(
  self: HandshakeIdentity,
  peer: { readonly protocolVersion: number; readonly minProtocolVersion: number },
  who: string,
): Refusal | undefined {
  if (versionsCompatible(self, peer)) return undefined;
  return {
    reason: 'version-incompatible',
    detail:
      `${who} speaks transport protocol ${peer.protocolVersion} (oldest ${peer.minProtocolVersion}), ` +
      `member "${self.member}" speaks ${self.protocolVersion} (oldest ${self.minProtocolVersion}); ` +
      'upgrade the older member',
  };
}

/** The acceptor's check of a dialer's Hello; undefined when accepted. */
export function checkHello(self: HandshakeIdentity, hello: HelloFrame): Refusal | undefined {
  if (hello.cluster !== self.cluster) {
    return {
      reason: 'cluster-mismatch',
      detail:
        `member "${hello.from}" belongs to cluster "${hello.cluster}", member "${self.member}" to ` +
        `cluster "${self.cluster}" (cluster.name)`,
    };
  }
  if (!self.members.has(hello.from) || hello.from === self.member) {
    return {
      reason: 'unknown-member',
      detail:
        `"${hello.from}" is not another member in the cluster.members of member "${self.member}" ` +
        `(${[...self.members].join(', ')})`,
    };
  }
  if (hello.to !== self.member) {
    return {
      reason: 'wrong-member',
      detail:
        `member "${hello.from}" dialed "${hello.to}" but reached member "${self.member}"; ` +
        'the address in cluster.members is wrong on one of them',
    };
  }
  return versionRefusal(self, hello, `member "${hello.from}"`);
}

/** The dialer's check of the Welcome from the member it dialed (`expected`). */
export function checkWelcome(
  self: HandshakeIdentity,
  expected: string,
  welcome: WelcomeFrame,
): Refusal | undefined {
  if (welcome.cluster !== self.cluster) {
    return {
      reason: 'cluster-mismatch',
      detail:
        `member "${welcome.member}" belongs to cluster "${welcome.cluster}", member ` +
        `"${self.member}" to cluster "${self.cluster}" (cluster.name)`,
    };
  }
  if (welcome.member !== expected) {
    return {
      reason: 'wrong-member',
      detail:
        `member "${self.member}" dialed "${expected}" but reached member "${welcome.member}"; ` +
        'the address in cluster.members is wrong on one of them',
    };
  }
  return versionRefusal(self, welcome, `member "${welcome.member}"`);
}
