import type { IncomingMessage, ServerResponse } from 'node:http';
import { type ApolloServer, type BaseContext, HeaderMap } from '@apollo/server';

const JSON_IN_UTF8 = /^\s*application\/json\s*(?:;\s*charset\s*=\s*(?:utf-8|"utf-8")\s*)?$/i;

/**
 * Whether a request is a GraphQL operation sent the way this API's clients send them: POST
 * /graphql with an uncompressed JSON body in UTF-8. These are answered by `answerGraphqlPost`;
 * anything else addressed to /graphql (another content type or charset, a compressed body, GET)
 * goes through Express, its body parser and Apollo's Express integration.
 */
export function isPlainGraphqlPost(req: IncomingMessage): boolean {
  if (req.method !== 'POST') return false;
  const url = req.url ?? '';
  if (url !== '/graphql' && !url.startsWith('/graphql?')) return false;
  const encoding = req.headers['content-encoding'];
  if (encoding !== undefined && encoding.toLowerCase() !== 'identity') return false;
  const type = req.headers['content-type'];
  return type !== undefined && JSON_IN_UTF8.test(type);
}

/** A JSON error answer in the shape GraphQL clients read (`errors[].extensions.code`). */
export function writeJsonError(res: ServerResponse, status: number, message: string, code: string): void {
  const body = JSON.stringify({ errors: [{ message, extensions: { code } }] });
  res.statusCode = status;
  res.setHeader('content-type', 'application/json; charset=utf-8');
  res.setHeader('content-length', Buffer.byteLength(body));
  res.end(body);
}

export interface GraphqlPostOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  maxBodyBytes: number;
  /** The operation's context; may throw a GraphQLError (an invalid token), which Apollo answers. */
  context: () => Promise<C>;
  /** Told of a failure Apollo did not answer itself. */
  onError: (err: unknown) => void;
}

/**
 * Answers a plain GraphQL POST (see `isPlainGraphqlPost`) straight from Node's request: reads the
 * body within `maxBodyBytes` (413 beyond, 400 when it is not JSON), runs it through Apollo's own
 * HTTP entry point (`executeHTTPGraphQLRequest`, which the Express integration calls too, with the
 * same request checks, CSRF prevention and status codes) and writes Apollo's answer. Skipping the
 * Express router and body parser on the API's one busy route saves a good part of each request's CPU.
 */
export function answerGraphqlPost<C extends BaseContext>(req: IncomingMessage, res: ServerResponse, options: GraphqlPostOptions<C>): void {
  const max = options.maxBodyBytes;
  // Like Express's body parser, a body that is too large is read to its end (and dropped) before the answer.
  const tooLarge = () => writeJsonError(res, 413, `The request body is larger than ${max} bytes.`, 'BAD_REQUEST');
  req.on('error', () => undefined); // a client that goes away mid-body leaves nothing to answer
  if (Number(req.headers['content-length'] ?? 0) > max) {
    req.on('end', tooLarge);
    req.resume();
    return;
  }
  const chunks: Buffer[] = [];
  let size = 0;
  req.on('data', (chunk: Buffer) => {
    size += chunk.length;
    if (size <= max) chunks.push(chunk);
  });
  req.on('end', () => {
    if (size > max) {
      tooLarge();
      return;
    }
    const text = (chunks.length === 1 ? (chunks[0] as Buffer) : Buffer.concat(chunks, size)).toString('utf8');
    let body: unknown = {};
    if (text.trim() !== '') {
      try {
        body = JSON.parse(text);
      } catch (err) {
        writeJsonError(res, 400, `The request body is not valid JSON: ${(err as Error).message}`, 'BAD_REQUEST');
        return;
      }
    }
    execute(req, res, body, options).catch((err: unknown) => {
      options.onError(err);
      if (res.headersSent) res.destroy();
      else writeJsonError(res, 500, 'Internal error.', 'INTERNAL_SERVER_ERROR');
    });
  });
}

async function execute<C extends BaseContext>(req: IncomingMessage, res: ServerResponse, body: unknown, options: GraphqlPostOptions<C>): Promise<void> {
  const headers = new HeaderMap();
  for (const name in req.headers) {
    const value = req.headers[name];
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value);
  }
  const url = req.url ?? '';
  const q = url.indexOf('?');
  const answer = await options.apollo.executeHTTPGraphQLRequest({
    httpGraphQLRequest: { method: 'POST', headers, search: q < 0 ? '' : url.slice(q), body },
    context: options.context,
  });
  for (const [name, value] of answer.headers) res.setHeader(name, value);
  res.statusCode = answer.status ?? 200;
  if (answer.body.kind === 'complete') {
    res.setHeader('content-length', Buffer.byteLength(answer.body.string));
    res.end(answer.body.string);
    return;
  }
  for await (const chunk of answer.body.asyncIterator) res.write(chunk);
  res.end();
}
