/**
 * The package entry (`import { ... } from 'canopy'`): everything docs/API.md documents. It re-exports
 * src/api (the only barrel file) and adds what API.md documents from above src/api in the layers: the
 * RESTCONF server (src/http), the toaster sample provider and the two errors `canopy start` reports
 * (src/cli). This file is above every layer, so it may name them; nothing inside src/ imports it.
 */
export * from './api/index.js';
export {
  createRestconfServer,
  DEFAULT_RESTCONF_LIMITS,
  type RestconfLimits,
  type RestconfServer,
  type RestconfServerOptions,
} from './http/restconf-server.js';
export type { EventStreamLimits } from './http/event-streams.js';
export { RestconfError } from './http/restconf-error.js';
export {
  ToasterProvider,
  realToastTimer,
  type ToasterProviderOptions,
  type ToastTimer,
} from './cli/toaster-provider.js';
export { ListenError } from './cli/member-process.js';
export { ShardRecoveryError } from './cli/member-backend.js';
export { PrometheusMetrics, type MemberMetrics, type MetricsEndpoint } from './runtime/metrics.js';
