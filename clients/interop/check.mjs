// Interop check: a stock JavaScript GraphQL client (graphql-request) against a running policy-graph.
// Usage: node interop/check.mjs http://localhost:8080/graphql   — exits 0 when every check passes.
import { createHash } from 'node:crypto';
import { ClientError, GraphQLClient, gql } from 'graphql-request';
import { check, endpointArgument, expect, finish } from '../checks.mjs';

const url = endpointArgument('interop/check.mjs');

async function expectClientError(promise, status, code) {
  try {
    await promise;
  } catch (e) {
    expect(e instanceof ClientError, `expected a ClientError, got ${e}`);
    expect(e.response.status === status, `expected HTTP ${status}, got ${e.response.status}`);
    const got = e.response.errors?.[0]?.extensions?.code;
    expect(got === code, `expected extensions.code ${code}, got ${got}`);
    return;
  }
  throw new Error(`expected an error with code ${code}`);
}

const post = new GraphQLClient(url);
const get = new GraphQLClient(url, { method: 'GET' });

const documentsQuery = gql`
  query Documents {
    documents { id title docNumber }
  }
`;
const byId = gql`
  query ById($id: ID!) {
    document(id: $id) { id docNumber measures(first: 2) { totalCount nodes { id } } }
  }
`;

await check('POST query', async () => {
  const data = await post.request(documentsQuery);
  expect(data.documents.length === 4, `expected 4 documents, got ${data.documents.length}`);
});

await check('POST query with variables', async () => {
  const data = await post.request(byId, { id: '003' });
  expect(data.document.docNumber === '武政〔2016〕33号', `unexpected docNumber ${data.document.docNumber}`);
  expect(data.document.measures.nodes.length === 2, 'expected 2 measures');
});

await check('GET query with URL-encoded variables', async () => {
  const data = await get.request(byId, { id: '003' });
  expect(data.document.id === 'Document:003', 'expected document 003 (global id Document:003)');
});

await check('raw response with the negotiated media type', async () => {
  const response = await post.rawRequest(documentsQuery);
  expect(response.status === 200, `expected 200, got ${response.status}`);
  const type = response.headers.get('content-type');
  expect(type.startsWith('application/graphql-response+json'), `unexpected content-type ${type}`);
});

await check('field error: 200 with data and extensions.code', async () => {
  await expectClientError(post.request(gql`{ parks(first: 101) { totalCount } }`), 200, 'PAGE_SIZE_EXCEEDED');
});

await check('validation failure: 400 with GRAPHQL_VALIDATION_FAILED', async () => {
  await expectClientError(post.request(gql`{ nosuchfield }`), 400, 'GRAPHQL_VALIDATION_FAILED');
});

await check('bad variable: 400 with BAD_USER_INPUT', async () => {
  await expectClientError(post.request(byId, { id: null }), 400, 'BAD_USER_INPUT');
});

await check('automatic persisted query over GET', async () => {
  const query = '{ initiatives { name } }';
  const sha256Hash = createHash('sha256').update(query).digest('hex');
  const extensions = JSON.stringify({ persistedQuery: { version: 1, sha256Hash } });
  const headers = { accept: 'application/json' };
  const miss = await fetch(`${url}?${new URLSearchParams({ extensions })}`, { headers });
  const missBody = await miss.json();
  expect(missBody.errors?.[0]?.extensions?.code === 'PERSISTED_QUERY_NOT_FOUND', `expected not found, got ${JSON.stringify(missBody)}`);
  const register = await fetch(`${url}?${new URLSearchParams({ query, extensions })}`, { headers });
  expect(register.status === 200, `register: HTTP ${register.status}`);
  const hit = await fetch(`${url}?${new URLSearchParams({ extensions })}`, { headers });
  const hitBody = await hit.json();
  expect(Array.isArray(hitBody.data?.initiatives), `expected data, got ${JSON.stringify(hitBody)}`);
  const etag = hit.headers.get('etag');
  expect(etag, 'expected an ETag');
  const again = await fetch(`${url}?${new URLSearchParams({ extensions })}`, { headers: { ...headers, 'if-none-match': etag } });
  expect(again.status === 304, `expected 304, got ${again.status}`);
});

finish('interop');
