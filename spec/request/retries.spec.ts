/**
 * Retries against raw fault servers on 127.0.0.1: refused, reset and half-closed connections, stale
 * keep-alive reuse (GET sent again, POST sent exactly once), 429 with Retry-After, 5xx for GET and
 * POST, a fresh signature per attempt, and redirects that are never followed.
 */
import { expect } from 'chai';
import { verify } from 'node:crypto';
import { ApiError, ArgumentError, type AttemptEvent, ConfigError, TransportError, type UntypedNode } from '../../lib';
import { clientFor, rejection } from '../support/helpers';
import { keyPair, PUB_KEY_ID } from '../support/keys';
import { freePort } from '../support/listen';
import { errorAnswer, rawServers, type RawRequest, type RawServer, signedAnswer, sleep } from '../support/faults';

/** The Authorization fields of a recorded request. */
function auth(req: RawRequest): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of String(req.headers.authorization).matchAll(/(\w+)="([^"]*)"/g)) out[m[1] as string] = m[2] as string;
  return out;
}

describe('retries (raw fault servers)', () => {
  const platform = keyPair('platform');
  const merchant = keyPair('merchant');
  const events: AttemptEvent[] = [];
  const make = (baseURL: string, extra: Record<string, unknown> = {}): UntypedNode =>
    clientFor(baseURL, { retry: { minDelay: 20 }, onAttempt: (e: AttemptEvent) => events.push(e), ...extra });
  const ok = (body = '{"ok":true}') => signedAnswer(body, platform.privateKey, PUB_KEY_ID);
  const serve = rawServers();
  beforeEach(() => {
    events.length = 0;
  });

  it('sends a POST again when the connection was refused (it never reached the server), until the server is back', async () => {
    const port = await freePort();
    let back: RawServer | undefined;
    const client = make(`http://127.0.0.1:${port}/`, {
      onAttempt: (e: AttemptEvent) => {
        events.push(e);
        if (e.attempt === 1)
          void serve((_req, socket) => socket.write(ok()), port).then((s) => {
            back = s;
          });
      },
      retry: { minDelay: 150 },
    });
    const res = await client.v3.pay.transactions.native.post({ json: { out_trade_no: 'R1' } });
    expect(res.data).to.deep.equal({ ok: true });
    expect(back?.requests.map((r) => r.method)).to.deep.equal(['POST']);
    expect(events.map((e) => [e.attempt, e.code ?? e.status, e.retry])).to.deep.equal([
      [1, 'ECONNREFUSED', 'not sent: ECONNREFUSED'],
      [2, 200, undefined],
    ]);
  });

  it('does not send again a request whose fresh connection was reset or half-closed after it was sent', async () => {
    const reset = await serve((_req, socket) => socket.resetAndDestroy());
    const halfClosed = await serve((_req, socket) => socket.end());
    for (const server of [reset, halfClosed]) {
      const client = make(server.url);
      const get = await rejection(client.v3.certificates.get());
      expect(get).to.be.instanceOf(TransportError);
      expect((get as TransportError).code).to.equal('ECONNRESET');
      const post = await rejection(client.v3.pay.transactions.native.post({ json: { out_trade_no: 'R2' } }));
      expect((post as TransportError).code).to.equal('ECONNRESET');
      expect(server.requests.map((r) => r.method)).to.deep.equal(['GET', 'POST']);
    }
  });

  it('sends a GET again when a reused keep-alive socket turns out closed, and a POST exactly once', async () => {
    // the first request on a connection is answered (keep-alive); a second one finds it closed under it
    const server = await serve((req, socket) => {
      const onThisConnection = server.requests.filter((r) => r.connection === req.connection).length;
      if (onThisConnection === 1) socket.write(ok());
      else socket.resetAndDestroy();
    });
    const client = make(server.url);
    await client.v3.certificates.get();
    const res = await client.v3.certificates.get();
    expect(res.data).to.deep.equal({ ok: true });
    expect(server.requests.map((r) => [r.method, r.connection])).to.deep.equal([
      ['GET', 0],
      ['GET', 0],
      ['GET', 1],
    ]);
    expect(events[1]).to.include({ attempt: 1, code: 'ECONNRESET', retry: 'stale keep-alive socket', delay: 0 });
    const post = await rejection(client.v3.pay.transactions.native.post({ json: { out_trade_no: 'R3' } }));
    expect((post as TransportError).code).to.equal('ECONNRESET');
    expect((post as { attempts?: number }).attempts).to.equal(1);
    expect(server.requests.filter((r) => r.method === 'POST')).to.have.length(1);
  });

  it('keeps GETs working against a server that closes the connection after every answer', async () => {
    const server = await serve((_req, socket) => {
      socket.write(ok());
      setImmediate(() => socket.destroy());
    });
    const client = make(server.url, { retry: { minDelay: 1 } });
    for (let i = 0; i < 20; i += 1) {
      // eslint-disable-next-line no-await-in-loop
      expect((await client.v3.certificates.get()).status).to.equal(200);
    }
  });

  it('honours Retry-After on 429 (capped by maxDelay), for a GET; a POST is sent once unless it is idempotent', async () => {
    let n = 0;
    const server = await serve((_req, socket) => {
      n += 1;
      socket.write(n % 2 === 1 ? errorAnswer(429, 'FREQUENCY_LIMITED', { 'Retry-After': '1' }) : ok());
    });
    const client = make(server.url);
    let started = Date.now();
    expect((await client.v3.certificates.get()).status).to.equal(200);
    expect(Date.now() - started).to.be.within(950, 2500);
    expect(events[0]).to.include({ status: 429, retry: '429 FREQUENCY_LIMITED', delay: 1000 });
    // a Retry-After longer than maxDelay waits maxDelay
    started = Date.now();
    expect((await client.v3.certificates.get({ retry: { maxDelay: 200 } })).status).to.equal(200);
    expect(Date.now() - started).to.be.within(150, 900);
    const refused = await rejection(client.v3.pay.transactions.native.post({ json: { out_trade_no: 'R4' } }));
    expect((refused as ApiError).status).to.equal(429);
    const idempotent = await client.v3.pay.transactions.native.post({ json: { out_trade_no: 'R4' }, retry: { idempotent: true, maxDelay: 50 } });
    expect(idempotent.status).to.equal(200);
  });

  it('retries 5xx for a GET and sends a POST once; every attempt is signed afresh over the same bytes', async () => {
    const failFirst = new Map<string, number>();
    const server = await serve((req, socket) => {
      const seen = (failFirst.get(req.method) ?? 0) + 1;
      failFirst.set(req.method, seen);
      socket.write(seen <= 2 ? errorAnswer(500, 'SYSTEM_ERROR') : ok());
    });
    const client = make(server.url);
    expect((await client.v3.certificates.get()).status).to.equal(200);
    expect(server.requests.filter((r) => r.method === 'GET')).to.have.length(3);
    const once = await rejection(client.v3.pay.transactions.native.post({ json: { out_trade_no: 'R5', amount: { total: 1 } } }));
    expect((once as ApiError).code).to.equal('SYSTEM_ERROR');
    expect((once as ApiError).attempts).to.equal(1);
    failFirst.set('POST', 0);
    const retried = await client.v3.pay.transactions.native.post({ json: { out_trade_no: 'R5', amount: { total: 1 } }, retry: { idempotent: true } });
    expect(retried.status).to.equal(200);
    const posts = server.requests.filter((r) => r.method === 'POST').slice(1);
    expect(posts).to.have.length(3);
    expect(new Set(posts.map((p) => p.body.toString()))).to.deep.equal(new Set(['{"out_trade_no":"R5","amount":{"total":1}}']));
    expect(new Set(posts.map((p) => auth(p).nonce_str)).size).to.equal(3);
    for (const p of posts) {
      const a = auth(p);
      const message = `POST\n${p.path}\n${a.timestamp}\n${a.nonce_str}\n${p.body.toString()}\n`;
      expect(verify('sha256', Buffer.from(message), merchant.publicKey, Buffer.from(a.signature as string, 'base64'))).to.equal(true);
    }
  });

  it('never follows a redirect: the Authorization never goes elsewhere', async () => {
    const elsewhere = await serve((_req, socket) => socket.write(ok()));
    const redirecting = await serve((_req, socket) =>
      socket.write(Buffer.from(`HTTP/1.1 302 Found\r\nLocation: ${elsewhere.url}v3/certificates\r\nContent-Length: 0\r\n\r\n`)),
    );
    const err = await rejection(make(redirecting.url).v3.certificates.get());
    expect(err).to.be.instanceOf(ApiError);
    expect((err as ApiError).status).to.equal(302);
    expect(elsewhere.requests).to.have.length(0);
    expect(() => make(redirecting.url, { maxRedirects: 5 })).to.throw(ConfigError, /redirects are never followed/);
    const perCall = await rejection(make(redirecting.url).v3.certificates.get({ maxRedirects: 3 }));
    expect(perCall).to.be.instanceOf(ArgumentError);
    expect(elsewhere.requests).to.have.length(0);
  });

  it('closes an idle pooled socket before a typical server idle timeout (Node servers: 5 s)', async function () {
    this.timeout(10_000);
    let closedAfter = -1;
    let answered = 0;
    const server = await serve((_req, socket) => {
      socket.write(ok());
      answered = Date.now();
      socket.once('end', () => {
        closedAfter = Date.now() - answered;
      });
    });
    await make(server.url).v3.certificates.get();
    await sleep(4_600);
    // the client, not the server, ended the idle connection, between 4 s and the server's 5 s
    expect(closedAfter).to.be.within(3_900, 4_600);
  });

  it('refuses a bad retry policy by name', () => {
    expect(() => make('http://127.0.0.1:1/', { retry: { retires: 3 } })).to.throw(ConfigError, /unknown retry option `retires`/);
    expect(() => make('http://127.0.0.1:1/', { retry: { retries: -1 } })).to.throw(ConfigError, /retry\.retries/);
  });
});
