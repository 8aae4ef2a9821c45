// The changes subscription end to end with the graphql-ws client (graphql-transport-ws): subscribe, ingest a plan
// through the mutation as an editor, receive the event; disconnect, make more changes, resume from the cursor and
// receive exactly those; past the per-replica limit a clear error.
// Usage: EDITOR_TOKEN=… PLAN_FILE=… MAX_SUBSCRIPTIONS=n node subscriptions/check.mjs http://host:port/graphql
import { readFileSync } from 'node:fs';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { check, endpointArgument, expect, finish } from '../checks.mjs';

const endpoint = endpointArgument('subscriptions/check.mjs');
const wsEndpoint = endpoint.replace(/^http/, 'ws');
const token = process.env.EDITOR_TOKEN;
const plan = readFileSync(process.env.PLAN_FILE, 'utf8');
const maxSubscriptions = Number(process.env.MAX_SUBSCRIPTIONS);
const documentId = `sub-e2e-${Date.now() % 100000}`;
const CHANGES = 'subscription($after: String) { changes(after: $after) { cursor id kind target at documentId } }';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

async function asEditor(query, variables) {
  const response = await fetch(endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = await response.json();
  expect(!body.errors, `mutation failed: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** A subscription collecting its events; `until(n)` waits for n of them. */
function subscribe(client, variables) {
  const events = [];
  const errors = [];
  let wake = () => {};
  const dispose = client.subscribe({ query: CHANGES, variables }, {
    next: (message) => {
      if (message.errors) errors.push(...message.errors);
      if (message.data && message.data.changes) events.push(message.data.changes);
      wake();
    },
    error: (error) => { errors.push(...(Array.isArray(error) ? error : [error])); wake(); },
    complete: () => wake(),
  });
  return {
    events, errors, dispose,
    async until(predicate, what, timeoutMs = 20000) {
      const deadline = Date.now() + timeoutMs;
      while (!predicate() && Date.now() < deadline) {
        await Promise.race([new Promise((resolve) => { wake = resolve; }), sleep(200)]);
      }
      expect(predicate(), `timed out waiting for ${what}; events ${JSON.stringify(events)}, errors ${JSON.stringify(errors)}`);
    },
  };
}

const connect = () => createClient({ url: wsEndpoint, webSocketImpl: WebSocket, retryAttempts: 0, lazy: true });

let cursor;
await check('subscribe, ingest a plan through the mutation, receive the event', async () => {
  const client = connect();
  const live = subscribe(client, {});
  await sleep(1500); // the subscription starts "now" at its first poll
  await asEditor('mutation($s: String!, $m: DocumentInput!) { ingestDocument(source: $s, metadata: $m) { outcome } }', {
    s: plan,
    m: { id: documentId, layout: 'outline', title: '武汉市数字贸易促进行动方案', issuedOn: '2026-03', horizon: '2028', issuers: ['市商务局'] },
  });
  await live.until(() => live.events.some((e) => e.documentId === documentId), 'the ingest event');
  const event = live.events.find((e) => e.documentId === documentId);
  expect(event.kind === 'INGEST_DOCUMENT' && event.target === documentId, `event ${JSON.stringify(event)}`);
  expect(event.id.startsWith('Change:') && event.cursor && !Number.isNaN(Date.parse(event.at)), `event ${JSON.stringify(event)}`);
  expect(live.errors.length === 0, `errors ${JSON.stringify(live.errors)}`);
  cursor = event.cursor;
  live.dispose();
  await client.dispose(); // disconnect
});

await check('changes made while disconnected arrive after resuming from the cursor, in order, none lost', async () => {
  expect(cursor, 'no cursor from the first check');
  await asEditor('mutation { addParkAlias(park: "车谷", alias: "车谷订阅测试") { added } }');
  await asEditor('mutation($id: ID!) { retractDocument(id: $id) { documentId } }', { id: documentId });
  const client = connect();
  const resumed = subscribe(client, { after: cursor });
  await resumed.until(() => resumed.events.length >= 2, 'the two changes made while disconnected');
  const kinds = resumed.events.map((e) => e.kind);
  expect(kinds[0] === 'ADD_PARK_ALIAS' && kinds[1] === 'RETRACT_DOCUMENT', `kinds ${kinds}`);
  expect(resumed.events[1].documentId === documentId, 'the retraction names the plan');
  expect(!resumed.events.some((e) => e.kind === 'INGEST_DOCUMENT' && e.documentId === documentId), 'nothing before the cursor again');
  resumed.dispose();
  await client.dispose();
});

await check('editors-only fields are not in the event', async () => {
  const client = connect();
  const errors = [];
  await new Promise((resolve) => {
    client.subscribe({ query: 'subscription { changes { id actor } }' }, {
      next: (m) => { if (m.errors) errors.push(...m.errors); resolve(); },
      error: (e) => { errors.push(...(Array.isArray(e) ? e : [e])); resolve(); },
      complete: resolve,
    });
  });
  await client.dispose();
  expect(errors.length > 0 && JSON.stringify(errors).includes('actor'), `expected a validation error naming actor, got ${JSON.stringify(errors)}`);
});

await check('a cursor this API did not issue is refused with BAD_USER_INPUT', async () => {
  const client = connect();
  const forged = subscribe(client, { after: 'bm90LWEtY3Vyc29y' });
  await forged.until(() => forged.errors.length > 0, 'an error');
  expect(JSON.stringify(forged.errors).includes('BAD_USER_INPUT'), `errors ${JSON.stringify(forged.errors)}`);
  forged.dispose();
  await client.dispose();
});

await check(`at most ${maxSubscriptions} subscriptions per replica, then TOO_MANY_SUBSCRIPTIONS`, async () => {
  const client = connect();
  const open = [];
  for (let i = 0; i < maxSubscriptions; i++) open.push(subscribe(client, {}));
  await sleep(1000);
  expect(open.every((s) => s.errors.length === 0), `errors within the limit: ${JSON.stringify(open.map((s) => s.errors))}`);
  const extra = subscribe(client, {});
  await extra.until(() => extra.errors.length > 0, 'the refusal');
  expect(JSON.stringify(extra.errors).includes('TOO_MANY_SUBSCRIPTIONS'), `errors ${JSON.stringify(extra.errors)}`);
  open.forEach((s) => s.dispose());
  await sleep(500);
  const again = subscribe(client, {}); // a slot freed: accepted again
  await sleep(1000);
  expect(again.errors.length === 0, `after closing, errors ${JSON.stringify(again.errors)}`);
  again.dispose();
  await client.dispose();
});

finish('subscriptions');
