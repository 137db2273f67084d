/**
 * One event per attempt (APIv3 and APIv2), free of secrets, and NODE_DEBUG=wechatpay printing one
 * line per attempt from a real child process.
 */
import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { type AttemptEvent, Builder, type UntypedNode } from '../../lib';
import { errorAnswer, rawServer, type RawServer, signedAnswer } from '../support/faults';
import { keyPair, MCHID, MERCHANT_SERIAL, PUB_KEY_ID } from '../support/keys';

describe('per-attempt events and NODE_DEBUG', () => {
  const platform = keyPair('platform');
  let server: RawServer;
  let n = 0;
  before(async () => {
    server = await rawServer((_req, socket) => {
      n += 1;
      socket.write(n % 2 === 1 ? errorAnswer(503, 'SYSTEM_ERROR', { 'Retry-After': '0' }) : signedAnswer('{"ok":true}', platform.privateKey, PUB_KEY_ID));
    });
  });
  after(() => server.close());

  it('reports each attempt: status, Request-ID, duration and why a retry follows, without headers, query or body', async () => {
    const events: AttemptEvent[] = [];
    const client = Builder.factory({
      mchid: MCHID,
      serial: MERCHANT_SERIAL,
      privateKey: keyPair('merchant').privatePem,
      certs: { [PUB_KEY_ID]: platform.publicPem },
      baseURL: server.url,
      retry: { minDelay: 5 },
      onAttempt: (e) => {
        events.push(e);
        throw new Error('a broken logger');
      },
    }) as unknown as UntypedNode;
    const also: AttemptEvent[] = [];
    const stop = client.getDriver().onAttempt((e) => also.push(e));
    n = 0;
    const res = await client.v3.bill.tradebill.get({ query: { bill_date: '2024-06-01', token: 'TOKEN-SECRET' } });
    expect(res.status).to.equal(200);
    expect(events).to.have.length(2);
    expect(events[0]).to.deep.include({
      protocol: 'v3',
      method: 'GET',
      url: `${server.url}v3/bill/tradebill`,
      template: 'v3/bill/tradebill',
      attempt: 1,
      status: 503,
      requestId: 'FAULT-503',
      error: 'ApiError',
      code: 'SYSTEM_ERROR',
      retry: '503 SYSTEM_ERROR',
    });
    expect(events[0]?.delay).to.be.within(2, 5);
    expect(events[1]).to.deep.include({ attempt: 2, status: 200, requestId: 'FAULT-REQ-1' });
    expect(events[1]).to.not.have.any.keys('retry', 'error', 'failover');
    expect(events[1]?.duration).to.be.a('number').and.at.least(0);
    expect(also).to.deep.equal(events);
    const text = JSON.stringify(events);
    for (const secret of ['TOKEN-SECRET', 'signature', 'Authorization', 'bill_date']) expect(text).to.not.include(secret);
    stop();
    n = 0;
    await client.v3.bill.tradebill.get({ query: { bill_date: '2024-06-01' } });
    expect(also).to.have.length(2);
    expect(events).to.have.length(4);
  });

  it('prints one line per attempt with NODE_DEBUG=wechatpay', async () => {
    const lib = join(__dirname, '../../lib');
    const script = `
      const { Builder } = require(${JSON.stringify(lib)});
      const client = Builder.factory({ mchid: '${MCHID}', serial: '${MERCHANT_SERIAL}', privateKey: process.env.KEY, certs: { '${PUB_KEY_ID}': process.env.PUB }, baseURL: '${server.url}', retry: { minDelay: 5 } });
      client.v3.certificates.get({ query: { secret_query: 'Q' } }).then((r) => console.log('status', r.status), (e) => { console.error(e); process.exit(1); });`;
    n = 0;
    const { stdout, stderr } = await new Promise<{ stdout: string; stderr: string }>((resolve, reject) => {
      execFile(
        process.execPath,
        ['-e', script],
        {
          env: { ...process.env, NODE_DEBUG: 'wechatpay', KEY: keyPair('merchant').privatePem, PUB: platform.publicPem },
          timeout: 15_000,
        },
        (err, out, errOut) => (err ? reject(new Error(`${err.message}\n${errOut}`)) : resolve({ stdout: out, stderr: errOut })),
      );
    });
    expect(stdout.trim()).to.equal('status 200');
    const lines = stderr
      .trim()
      .split('\n')
      .filter((l) => l.startsWith('WECHATPAY'));
    expect(lines).to.have.length(2);
    expect(lines[0]).to.match(
      new RegExp(
        `^WECHATPAY \\d+: GET ${server.url}v3/certificates attempt 1 503 \\d+ms Request-ID FAULT-503 SYSTEM_ERROR → retry \\(503 SYSTEM_ERROR\\) in \\d+ms$`,
      ),
    );
    expect(lines[1]).to.match(new RegExp(`^WECHATPAY \\d+: GET ${server.url}v3/certificates attempt 2 200 \\d+ms Request-ID FAULT-REQ-1$`));
    expect(stderr).to.not.include('secret_query');
  });
});
