/** The baseline of the pledge benchmark: a bare Apollo + Express server answering `{ hello }`. */
import http from 'node:http';
import { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';

const app = express();
const apollo = new ApolloServer({ typeDefs: 'type Query { hello: String! }', resolvers: { Query: { hello: () => 'world' } } });
await apollo.start();
app.get('/healthz', (_req, res) => {
  res.json({ status: 'ok' });
});
app.use('/graphql', express.json(), expressMiddleware(apollo));
http.createServer(app).listen(Number(process.env.PORT ?? 4100), '127.0.0.1');
