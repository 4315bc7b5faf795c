/**
 * Where a member's RESTCONF lives: the root path, and the base URL a client derives from a member's
 * `http` configuration. A wildcard listen address (0.0.0.0, ::) is reached through loopback; an IPv6
 * address is bracketed (RFC 3986 §3.2.2). Pure.
 */
import type { HttpConfig } from '../config/types.js';

/** The RESTCONF root under a member's base URL (OpenDaylight's). */
export const RESTCONF_ROOT = '/rests';

/** The base URL (`http://127.0.0.1:8181`) a client on this machine uses to reach `http`. */
export function memberBaseUrl(http: Pick<HttpConfig, 'host' | 'port'>): string {
  let host = http.host;
  if (host === '0.0.0.0' || host === '') host = '127.0.0.1';
  if (host === '::' || host === '[::]') host = '::1';
  const shown = host.includes(':') && !host.startsWith('[') ? `[${host}]` : host;
  return `http://${shown}:${http.port}`;
}
