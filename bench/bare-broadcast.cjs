// The baseline for bench/broadcast.cjs: a bare Socket.IO server (same socket.io version as the hub,
// same path, WebSocket transport, no auth, no rate limit, no adapter besides the default in-memory
// one) on Node's http server. Every socket joins one room on connection; POST /emit sends the same
// payload as the hub's `post.created` event ({id, type, networkId, data: {postId, authorId, announcement}, at}) to
// that room. Env: PORT.
'use strict';

const http = require('node:http');
const { randomUUID } = require('node:crypto');
const { Server } = require('socket.io');

const port = Number(process.env.PORT);
const networkId = randomUUID();
const authorId = randomUUID();
let seq = 0;

const server = http.createServer((req, res) => {
  if (req.method === 'GET' && req.url === '/api/ready') return void res.end('{"ok":true}');
  if (req.method === 'POST' && req.url === '/emit') {
    const postId = randomUUID();
    const event = { id: String(++seq), type: 'post.created', networkId, data: { postId, authorId, announcement: false }, at: new Date().toISOString() };
    io.to(`network:${networkId}`).emit('post.created', event);
    res.writeHead(201, { 'content-type': 'application/json' });
    return void res.end(JSON.stringify({ id: postId }));
  }
  res.writeHead(404);
  res.end();
});
const io = new Server(server, { path: '/socket.io', serveClient: false, maxHttpBufferSize: 64 * 1024, cors: false });
io.on('connection', (socket) => void socket.join(`network:${networkId}`));
server.listen(port, '127.0.0.1');
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(0));
