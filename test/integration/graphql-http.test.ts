import http from 'node:http';
import zlib from 'node:zlib';
import { expect } from 'chai';
import { buildASTSchema, parse, printSchema, buildClientSchema, getIntrospectionQuery, type IntrospectionQuery, lexicographicSortSchema } from 'graphql';
import { buildSchema, readTypeDefs } from '../../server/graphql/schema';
import { startTestApp, type TestApp } from '../support/app';

describe('GraphQL over HTTP', () => {
  let app: TestApp;
  before(async () => {
    app = await startTestApp();
  });
  after(() => app.close());

  /** POSTs a body in chunks of `chunk` bytes over Node's client (fetch always sends a length for a string). */
  const rawPost = (body: string, headers: Record<string, string>, chunk: number) =>
    new Promise<{ status: number; body: string }>((resolve, reject) => {
      const url = new URL(`${app.url}/graphql`);
      const req = http.request({ host: url.hostname, port: url.port, path: url.pathname, method: 'POST', headers }, (res) => {
        const parts: Buffer[] = [];
        res.on('data', (c: Buffer) => parts.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(parts).toString('utf8') }));
      });
      req.on('error', reject);
      for (let i = 0; i < body.length; i += chunk) req.write(body.slice(i, i + chunk));
      req.end();
    });

  const post = (body: unknown, headers: Record<string, string> = {}) =>
    fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  it('answers POST JSON with 200 and a JSON body', async () => {
    const res = await post({ query: '{ region(code: "630000") { name } }' });
    expect(res.status).to.equal(200);
    expect(res.headers.get('content-type')).to.match(/^application\/(graphql-response\+)?json/);
    expect(await res.json()).to.deep.equal({ data: { region: { name: '青海省' } } });
  });

  it('uses application/graphql-response+json when the client accepts it', async () => {
    const res = await post({ query: '{ ping: __typename }' }, { accept: 'application/graphql-response+json' });
    expect(res.headers.get('content-type')).to.match(/^application\/graphql-response\+json/);
  });

  it('answers GET queries and refuses GET mutations with 405', async () => {
    const q = encodeURIComponent('{ region(code: "632626") { name } }');
    const ok = await fetch(`${app.url}/graphql?query=${q}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(ok.status).to.equal(200);
    expect(((await ok.json()) as { data: { region: { name: string } } }).data.region.name).to.equal('玛多县');
    const m = encodeURIComponent('mutation { ping }');
    const refused = await fetch(`${app.url}/graphql?query=${m}`, { headers: { accept: 'application/json', 'apollo-require-preflight': 'true' } });
    expect(refused.status).to.equal(405);
  });

  it('answers malformed JSON, a syntax error and an unknown field with 400', async () => {
    expect((await post('{"query": ')).status).to.equal(400);
    const syntax = await post({ query: '{ region(code: ' });
    expect(syntax.status).to.equal(400);
    expect(((await syntax.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).to.equal('GRAPHQL_PARSE_FAILED');
    const unknown = await post({ query: '{ nope }' });
    expect(unknown.status).to.equal(400);
    expect(((await unknown.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).to.equal('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers an operation the same whichever way its body comes (plain JSON, a charset, gzip, chunked)', async () => {
    const query = JSON.stringify({ query: '{ region(code: "630000") { name } }' });
    const expected = { data: { region: { name: '青海省' } } };
    const variants: { headers: Record<string, string>; body: string | Uint8Array<ArrayBuffer> }[] = [
      { headers: { 'content-type': 'application/json' }, body: query },
      { headers: { 'content-type': 'application/json; charset=utf-8' }, body: query },
      { headers: { 'content-type': 'application/json', 'content-encoding': 'gzip' }, body: Uint8Array.from(zlib.gzipSync(query)) },
      { headers: { 'content-type': 'application/json; charset=UTF-8' }, body: query },
    ];
    for (const v of variants) {
      const res = await fetch(`${app.url}/graphql`, { method: 'POST', headers: v.headers, body: v.body });
      expect(res.status, JSON.stringify(v.headers)).to.equal(200);
      expect(res.headers.get('x-request-id')).to.match(/^[0-9a-f-]{36}$/);
      expect(res.headers.get('ratelimit')).to.match(/^limit=\d+, remaining=\d+, reset=\d+$/);
      expect(res.headers.get('content-security-policy')).to.equal("default-src 'none'; frame-ancestors 'none'");
      expect(await res.json()).to.deep.equal(expected);
    }
    // A body sent in chunks, without a length.
    const chunked = await rawPost(query, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, 7);
    expect(chunked.status).to.equal(200);
    expect(JSON.parse(chunked.body)).to.deep.equal(expected);
  });

  it('refuses a body over 1 MB with 413, whether its length is declared or not', async () => {
    const big = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(1024 * 1024) } });
    const declared = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: big });
    expect(declared.status).to.equal(413);
    expect(((await declared.json()) as { errors: { extensions: { code: string } }[] }).errors[0]?.extensions.code).to.equal('BAD_REQUEST');
    const chunked = await rawPost(big, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' }, 64 * 1024);
    expect(chunked.status).to.equal(413);
    // The service goes on answering.
    expect((await post({ query: '{ __typename }' })).status).to.equal(200);
  });

  it('answers an unknown or malformed bearer token with 401 UNAUTHENTICATED', async () => {
    for (const token of ['not-a-token', 'A'.repeat(43)]) {
      const res = await post({ query: '{ viewer { user { id } } }' }, { authorization: `Bearer ${token}` });
      expect(res.status).to.equal(401);
      const body = (await res.json()) as { errors: { extensions: { code: string; reason: string } }[] };
      expect(body.errors[0]?.extensions.code).to.equal('UNAUTHENTICATED');
      expect(body.errors[0]?.extensions.reason).to.equal('INVALID_TOKEN');
    }
  });

  it('refuses a POST that is not JSON (CSRF prevention) and one without a query', async () => {
    const text = await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{"query":"{ __typename }"}' });
    expect(text.status).to.equal(400);
    expect((await post({})).status).to.equal(400);
    expect((await post('')).status).to.equal(400);
  });

  it('refuses queries that are too deep, use too many aliases, or cost too much, before running them', async () => {
    const deep = `{ region(code: "632623") { ${'parent { '.repeat(14)}code${' }'.repeat(14)} } }`;
    const d = (await (await post({ query: deep })).json()) as { errors: { extensions: { code: string; reason: string } }[] };
    expect(d.errors[0]?.extensions).to.include({ code: 'GRAPHQL_VALIDATION_FAILED', reason: 'DEPTH' });
    const aliases = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: region(code: "630000") { code }`).join(' ')} }`;
    const a = (await (await post({ query: aliases })).json()) as { errors: { extensions: { reason: string } }[] };
    expect(a.errors.map((e) => e.extensions.reason)).to.include('ALIASES');
    const costly = `{ regions { children { children { children { code name } } } } }`;
    const c = (await (await post({ query: costly })).json()) as { errors: { extensions: { reason: string } }[] };
    expect(c.errors.map((e) => e.extensions.reason)).to.include('COST');
  });

  it('never leaks internals: errors carry a code and no stack trace', async () => {
    const res = (await (await post({ query: '{ organization(id: "bad") { name } }' })).json()) as { errors: { extensions: Record<string, unknown> }[] };
    expect(res.errors[0]?.extensions.code).to.equal('BAD_USER_INPUT');
    expect(res.errors[0]?.extensions).to.not.have.property('stacktrace');
  });

  it('serves exactly the schema committed in schema/', async () => {
    const res = await post({ query: getIntrospectionQuery() });
    const served = buildClientSchema(((await res.json()) as { data: IntrospectionQuery }).data);
    // The committed contract: the SDL files alone, without any resolver code.
    const committed = buildASTSchema(parse(readTypeDefs().join('\n')));
    expect(printSchema(lexicographicSortSchema(served))).to.equal(printSchema(lexicographicSortSchema(committed)));
  });

  it('gives every type, field, argument, input field and enum value a description', () => {
    const schema = buildSchema();
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (type.name.startsWith('__') || ['String', 'Int', 'Float', 'Boolean', 'ID'].includes(type.name)) continue;
      if (!type.description) missing.push(type.name);
      if ('getFields' in type) {
        for (const field of Object.values(type.getFields())) {
          if (!field.description) missing.push(`${type.name}.${field.name}`);
          for (const arg of 'args' in field ? field.args : []) if (!arg.description) missing.push(`${type.name}.${field.name}(${arg.name})`);
        }
      }
      if ('getValues' in type) for (const v of type.getValues()) if (!v.description) missing.push(`${type.name}.${v.name}`);
    }
    expect(missing).to.deep.equal([]);
  });

  it('serves an offline explorer page to browsers in development', async () => {
    const res = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).to.equal(200);
    const html = await res.text();
    expect(html).to.include('GraphQL explorer');
    expect(html).to.not.match(/https?:\/\//);
  });
});
