import client from 'prom-client';

/** Prometheus metrics of one server process, in a registry of its own. */
export function createMetrics() {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const httpDuration = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request duration by route and status',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  const graphqlOperations = new client.Counter({
    name: 'graphql_operations_total',
    help: 'GraphQL operations by name and outcome',
    labelNames: ['operation', 'outcome'] as const,
    registers: [registry],
  });
  const liveEvents = new client.Counter({
    name: 'live_events_emitted_total',
    help: 'Live events emitted by name',
    labelNames: ['event'] as const,
    registers: [registry],
  });
  return { registry, httpDuration, graphqlOperations, liveEvents };
}

export type Metrics = ReturnType<typeof createMetrics>;
