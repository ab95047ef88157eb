// A client process of bench/broadcast.cjs (started with fork(), talks over IPC): connects a share of
// the sockets with socket.io-client (WebSocket transport, one connection per socket), counts what
// arrives, and stamps every `post.created` it receives with the wall clock (performance.timeOrigin +
// performance.now(), sub-millisecond, the same clock the parent stamps the sends with).
// Messages from the parent: {connect: {url, tokens | count, concurrency}}, {report: true}, {close: true}.
'use strict';

const { io } = require('socket.io-client');

const now = () => performance.timeOrigin + performance.now();
const sockets = [];
let received = new Map(); // postId -> receive times
let presence = 0;
let otherEvents = 0;

async function connect({ url, tokens, count, concurrency }) {
  const total = tokens ? tokens.length : count;
  let next = 0;
  let failed = 0;
  let firstError = '';
  const one = (i) =>
    new Promise((resolve) => {
      const socket = io(url, {
        path: '/socket.io',
        transports: ['websocket'],
        forceNew: true,
        reconnection: false,
        timeout: 60_000,
        ...(tokens ? { auth: { token: tokens[i] } } : {}),
      });
      socket.on('post.created', (event) => {
        const t = now();
        const postId = event?.data?.postId;
        let list = received.get(postId);
        if (!list) received.set(postId, (list = []));
        list.push(t);
      });
      socket.on('presence', () => presence++);
      socket.onAny((name) => {
        if (name !== 'post.created' && name !== 'presence') otherEvents++;
      });
      socket.once('connect', () => resolve(true));
      socket.once('connect_error', (err) => {
        failed++;
        if (!firstError) firstError = err.message;
        resolve(false);
      });
      sockets.push(socket);
    });
  const worker = async () => {
    while (next < total) await one(next++);
  };
  const started = now();
  await Promise.all(Array.from({ length: Math.min(concurrency, total) }, worker));
  return { connected: sockets.filter((s) => s.connected).length, failed, firstError, seconds: (now() - started) / 1000 };
}

process.on('message', async (msg) => {
  if (msg.connect) process.send({ connected: await connect(msg.connect) });
  else if (msg.reset) {
    received = new Map();
    presence = 0;
    otherEvents = 0;
    process.send({ reset: true });
  } else if (msg.report) {
    process.send({
      report: {
        received: Object.fromEntries(received),
        presence,
        otherEvents,
        stillConnected: sockets.filter((s) => s.connected).length,
      },
    });
  } else if (msg.close) {
    for (const s of sockets) s.disconnect();
    setTimeout(() => process.exit(0), 200);
  }
});
process.on('disconnect', () => process.exit(0));
