/**
 * The baseline of the live benchmark: a bare socket.io server. Clients emit `subscribe` to
 * join a room; POST /broadcast?n=…&every=… makes it send `{ at }` to that room n times.
 */
import http from 'node:http';
import { Server } from 'socket.io';

const server = http.createServer((req, res) => {
  const u = new URL(req.url ?? '/', 'http://x');
  if (u.pathname === '/healthz') {
    res.end('ok');
    return;
  }
  if (u.pathname === '/broadcast') {
    const n = Number(u.searchParams.get('n') ?? 100);
    const every = Number(u.searchParams.get('every') ?? 20);
    let i = 0;
    const t = setInterval(() => {
      io.to('case:bench').emit('case.funding', { version: ++i, at: new Date().toISOString() });
      if (i >= n) clearInterval(t);
    }, every);
    res.end('started');
    return;
  }
  res.statusCode = 404;
  res.end();
});
const io = new Server(server, { path: '/socket.io', serveClient: false });
io.on('connection', (socket) => {
  socket.on('subscribe', (room: string, ack: (r: unknown) => void) => {
    void socket.join(room);
    ack({ ok: true, room });
  });
});
server.listen(Number(process.env.PORT ?? 4200), '127.0.0.1');
