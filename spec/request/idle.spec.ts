/**
 * Idle pooled sockets are closed by one sweep per agent (lib/request/idle.ts), not by a timer on each
 * socket: checked against a node:http server on 127.0.0.1 that records when each connection opens
 * and closes.
 */
import { expect } from 'chai';
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { closeWhenIdle, SWEEP_EVERY } from '../../lib/request/idle';
import { listen, type Listening } from '../support/listen';

interface Connection {
  opened: number;
  closed?: number;
}

describe('closing idle pooled sockets', () => {
  let server: Listening;
  const connections: Connection[] = [];
  /** How the next answers are made: the delay before them and any Keep-Alive hint. */
  let delay = 0;
  let hint: string | undefined;

  before(async () => {
    const s = http.createServer((req, res) => {
      req.resume();
      setTimeout(() => {
        res.writeHead(200, { 'Content-Type': 'text/plain', ...(hint ? { 'Keep-Alive': hint } : {}) });
        res.end('ok');
      }, delay);
    });
    s.keepAliveTimeout = 60_000;
    s.on('connection', (socket) => {
      const c: Connection = { opened: performance.now() };
      connections.push(c);
      socket.on('close', () => {
        c.closed = performance.now();
      });
    });
    server = await listen(s);
  });
  after(() => server.close());
  beforeEach(() => {
    connections.length = 0;
    delay = 0;
    hint = undefined;
  });

  const get = (agent: http.Agent, path = '/'): Promise<number> =>
    new Promise((resolve, reject) => {
      const req = http.get(new URL(path, server.url), { agent }, (res) => {
        res.resume();
        res.on('end', () => resolve(performance.now()));
      });
      req.on('error', reject);
    });
  const closedBy = async (c: Connection, ms: number): Promise<void> => {
    const until = performance.now() + ms;
    while (c.closed === undefined && performance.now() < until) await new Promise((r) => setTimeout(r, 20));
  };

  it('keeps a socket for the next call, then closes it once it has been idle for the limit', async () => {
    const agent = closeWhenIdle(new http.Agent({ keepAlive: true }), 800);
    await get(agent);
    const freed = await get(agent);
    expect(connections).to.have.length(1);
    const c = connections[0] as Connection;
    await closedBy(c, 2_500);
    expect(c.closed, 'closed').to.be.a('number');
    const idle = (c.closed as number) - freed;
    expect(idle).to.be.within(800 - 50, 800 + SWEEP_EVERY + 400);
  });

  it('never closes a socket while it carries a call, however long the call takes', async () => {
    const agent = closeWhenIdle(new http.Agent({ keepAlive: true }), 600);
    await get(agent);
    delay = 1_500;
    await get(agent);
    expect(connections).to.have.length(1);
    agent.destroy();
  });

  it("follows a server's Keep-Alive hint: less idle time, or none under a second and a half", async () => {
    const agent = closeWhenIdle(new http.Agent({ keepAlive: true }), 60_000);
    hint = 'timeout=1';
    await get(agent);
    await get(agent);
    // a 1 s hint leaves nothing after node:http's 1 s margin: each call had its own connection
    expect(connections).to.have.length(2);
    hint = 'timeout=2';
    const freed = await get(agent);
    const c = connections.at(-1) as Connection;
    await closedBy(c, 2_500);
    expect((c.closed as number) - freed).to.be.within(1_000 - 50, 1_000 + SWEEP_EVERY + 400);
  });
});
