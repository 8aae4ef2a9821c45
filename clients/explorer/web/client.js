// The urql client (HTTP for queries, graphql-ws for the changes subscription) and what this server's schema offers.
import { Client, cacheExchange, fetchExchange, subscriptionExchange } from '@urql/core';
import { createClient as createWsClient } from 'graphql-ws';
import { SCHEMA_FEATURES } from './queries.js';

const endpoint = new URL('/graphql', location.href);
const wsEndpoint = new URL('/graphql', location.href);
wsEndpoint.protocol = location.protocol === 'https:' ? 'wss:' : 'ws:';

/** @type {Set<(connected: boolean) => void>} */
const connectionListeners = new Set();

/** graphql-transport-ws over /graphql; reconnects with backoff (the app resumes from its last cursor). */
export const wsClient = createWsClient({
  url: wsEndpoint.href,
  lazy: true,
  retryAttempts: Infinity,
  shouldRetry: () => true,
  on: {
    connected: () => connectionListeners.forEach((listener) => listener(true)),
    closed: () => connectionListeners.forEach((listener) => listener(false)),
  },
});

/** @param {(connected: boolean) => void} listener */
export function onConnection(listener) {
  connectionListeners.add(listener);
}

export const client = new Client({
  url: endpoint.href,
  preferGetMethod: false,
  exchanges: [
    cacheExchange,
    fetchExchange,
    subscriptionExchange({
      forwardSubscription(request) {
        const input = { ...request, query: request.query || '' };
        return {
          subscribe(sink) {
            const unsubscribe = wsClient.subscribe(input, /** @type {any} */ (sink));
            return { unsubscribe };
          },
        };
      },
    }),
  ],
});

/**
 * Which parts of the agreed API this server has (some are added in parallel): the explorer asks the schema once
 * and picks its queries, so a view whose fields are missing says so instead of failing.
 * @typedef {{ responsibilities: boolean, curated: boolean, metric: boolean, metrics: boolean, measureFacets: boolean,
 *   indicatorFacets: boolean, changes: boolean, indicatorMetric: boolean }} Features
 * @type {Promise<Features>}
 */
export const features = client.query(SCHEMA_FEATURES, {}).toPromise().then((result) => {
  if (result.error || !result.data) throw new Error(`cannot read the schema: ${result.error?.message ?? 'no data'}`);
  /** @type {{ subscriptionType: { name: string } | null, types: { name: string, fields: { name: string }[] | null }[] }} */
  const schema = result.data.__schema;
  /** @param {string | undefined} type @param {string} field */
  const has = (type, field) => Boolean(schema.types.find((t) => t.name === type)?.fields?.some((f) => f.name === field));
  return {
    responsibilities: has('Department', 'responsibilities'),
    curated: has('Department', 'curated'),
    metric: has('Query', 'metric'),
    metrics: has('Query', 'metrics'),
    indicatorMetric: has('Indicator', 'metric'),
    measureFacets: has('MeasureConnection', 'facets'),
    indicatorFacets: has('IndicatorConnection', 'facets'),
    changes: has(schema.subscriptionType?.name, 'changes'),
  };
});

/**
 * Runs a query and returns its data, or throws with the server's message and code.
 * @template T
 * @param {import('@urql/core').TypedDocumentNode<T, any> | string} query
 * @param {Record<string, any>} variables
 * @param {boolean} [fresh]  bypass the cache (after a change arrived)
 * @returns {Promise<T>}
 */
export async function fetchData(query, variables, fresh = false) {
  for (let attempt = 1; ; attempt++) {
    const result = await client.query(query, variables, { requestPolicy: fresh || attempt > 1 ? 'network-only' : 'cache-first' }).toPromise();
    if (!result.error) return /** @type {T} */ (result.data);
    const code = result.error.graphQLErrors?.[0]?.extensions?.code;
    // The server asks to try again shortly when Neo4j does not answer in time; a few quick retries hide a blip.
    if (code === 'DATABASE_UNAVAILABLE' && attempt < RETRIES) {
      await new Promise((resolve) => setTimeout(resolve, 400 * attempt));
      continue;
    }
    throw new Error(result.error.message + (code ? ` (${code})` : ''));
  }
}

const RETRIES = 4;
