/**
 * The base URL a request reached the server at (`http://host:port`), for the absolute URIs the server
 * publishes (schema locations, stream locations): taken from the request's `Host` header, as the
 * client named the server, so a member behind any name or address answers with URIs its client can
 * follow. A missing or malformed `Host` (HTTP/1.0, or anything but `host[:port]`) falls back to the
 * address the connection arrived on; a configured public URL (`http.public-url`) wins over both. The scheme is the connection's (`http`, or `https` behind TLS);
 * proxies' `Forwarded` headers are not trusted.
 */

/** What `requestBaseUrl` reads of a request (fastify's request has it). */
export interface RequestOrigin {
  readonly protocol: string;
  readonly host: string | undefined;
  readonly socket: {
    readonly localAddress?: string | undefined;
    readonly localPort?: number | undefined;
  };
}

/** `host`, `host:port`, `[v6]`, `[v6]:port`: nothing that could change a URI's meaning. */
const HOST = /^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::[0-9]{1,5})?$/;

/**
 * The base URL of `req`, without a trailing slash: `publicUrl` (`http.public-url`) when configured,
 * since behind a proxy neither the Host header nor the local address is what clients reach.
 */
export function requestBaseUrl(req: RequestOrigin, publicUrl?: string): string {
  if (publicUrl !== undefined) {
    return publicUrl;
  }
  const scheme = req.protocol === 'https' ? 'https' : 'http';
  const host = req.host;
  if (host !== undefined && HOST.test(host)) {
    return `${scheme}://${host}`;
  }
  const address = req.socket.localAddress ?? '127.0.0.1';
  const shown = address.includes(':') ? `[${address}]` : address;
  return `${scheme}://${shown}:${String(req.socket.localPort ?? 80)}`;
}
