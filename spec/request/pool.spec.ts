/**
 * One socket pool for many clients: clients (one per merchant) share keep-alive agents per origin,
 * so open sockets follow the calls in flight, not the number of clients. Checked by the client port
 * each request arrives from at a signing test server on 127.0.0.1.
 */
import { expect } from 'chai';
import http from 'node:http';
import { PlatformCertificates, type UntypedNode } from '../../lib';
import { keyPair, MERCHANT_SERIAL } from '../support/keys';
import { startSigningServer, type SigningServer } from '../support/signing-server';
import { clientFor, rejection } from '../support/helpers';

describe('one keep-alive pool for many clients', () => {
  let server: SigningServer;

  const merchantClient = (mchid: string, extra: Record<string, unknown> = {}): UntypedNode => clientFor(server.url, { mchid, ...extra });
  const query = (c: UntypedNode) => c.v3.pay.transactions.id._transaction_id_.get({ transaction_id: 'T1', query: { mchid: '1' } });
  const ports = () => new Set(server.requests.map((r) => r.remotePort));

  before(async () => {
    server = await startSigningServer();
    server.handle(() => ({ body: '{"trade_state":"SUCCESS"}' }));
  });
  after(() => server.close());
  beforeEach(() => {
    server.requests.length = 0;
  });

  it('lets the clients of several merchants take turns on one connection', async () => {
    const clients = ['1900000101', '1900000102', '1900000103'].map((m) => merchantClient(m));
    for (const c of clients) expect((await query(c)).status).to.equal(200);
    expect(server.requests.map((r) => /mchid="(\d+)"/.exec(String(r.headers.authorization))?.[1])).to.deep.equal(['1900000101', '1900000102', '1900000103']);
    expect(ports().size).to.equal(1);
    const [a, b] = clients.map((c) => c.getDriver().agents);
    expect(a?.httpAgent).to.equal(b?.httpAgent);
    expect(a?.httpsAgent).to.equal(b?.httpsAgent);
  });

  it('opens no more sockets than calls in flight, however many clients make them', async () => {
    const clients = Array.from({ length: 40 }, (_, i) => merchantClient(String(1900000200 + i)));
    let next = 0;
    const worker = async () => {
      while (next < clients.length) {
        const c = clients[next] as UntypedNode;
        next += 1;
        await query(c);
      }
    };
    await Promise.all([worker(), worker(), worker()]);
    expect(server.requests).to.have.length(40);
    expect(ports().size).to.be.at.most(3);
  });

  it('keeps a client on its own httpAgent when it brings one', async () => {
    const own = new http.Agent({ keepAlive: true });
    try {
      const shared = merchantClient('1900000301');
      const mine = merchantClient('1900000302', { httpAgent: own });
      expect(mine.getDriver().agents.httpAgent).to.equal(own);
      await query(shared);
      await query(mine);
      await query(mine);
      const [first, second, third] = server.requests.map((r) => r.remotePort);
      expect(second).to.not.equal(first);
      expect(third).to.equal(second);
      expect(Object.values(own.freeSockets).flat()).to.have.length(1);
    } finally {
      own.destroy();
    }
  });

  it('is left alone by a certificate download made without a client', async () => {
    const c = merchantClient('1900000401');
    await query(c);
    // The throw-away driver of a download has its own sockets and closes only those.
    await rejection(
      PlatformCertificates.download({
        mchid: '1900000401',
        serial: MERCHANT_SERIAL,
        privateKey: keyPair('merchant').privatePem,
        apiv3Key: '0123456789abcdef0123456789abcdef',
        baseURL: server.url,
      }),
    );
    await query(c);
    const own = server.requests.filter((r) => r.url.startsWith('/v3/pay/')).map((r) => r.remotePort);
    expect(own).to.have.length(2);
    expect(own[1]).to.equal(own[0]);
  });
});
