/**
 * Deadlines against raw fault servers on 127.0.0.1: a server that never answers (the default
 * deadline), an answer trickled byte by byte, a TLS port that never completes the handshake (the
 * connect deadline), the overall budget across retries, `signal`, and `wxpay request --timeout`.
 */
import { expect } from 'chai';
import { writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_TIMEOUT, TransportError } from '../../lib';
import { requestCommand } from '../../lib/cli/request';
import { clientFor, rejection } from '../support/helpers';
import { keyPair, MCHID, MERCHANT_SERIAL, PUB_KEY_ID } from '../support/keys';
import { rawServers, signedHead, errorAnswer } from '../support/faults';

describe('deadlines (raw fault servers)', () => {
  const platform = keyPair('platform');
  const make = clientFor;
  const serve = rawServers();

  it('gives up on a server that accepts and never answers after the default deadline (10 s), sent once', async function () {
    this.timeout(20_000);
    const hung = await serve(() => undefined);
    const started = Date.now();
    const err = await rejection(make(hung.url).v3.pay.transactions.id['{transaction_id}'].get({ transaction_id: 'T1' }));
    const took = Date.now() - started;
    expect(err).to.be.instanceOf(TransportError);
    expect((err as TransportError).code).to.equal('ETIMEDOUT');
    expect(took).to.be.within(DEFAULT_TIMEOUT - 100, DEFAULT_TIMEOUT + 2_000);
    // a timeout is not retried: the server may be working on it
    expect(hung.requests).to.have.length(1);
  });

  it('ends an attempt at its deadline however slowly the answer trickles in', async () => {
    const body = '{"trickled":"0123456789abcdefghij"}';
    const slow = await serve((_req, socket) => {
      socket.write(signedHead(body, platform.privateKey, PUB_KEY_ID));
      let i = 0;
      const timer = setInterval(() => {
        if (socket.destroyed || i >= body.length) {
          clearInterval(timer);
          return;
        }
        socket.write(body[i] as string);
        i += 1;
      }, 200);
    });
    const started = Date.now();
    const err = await rejection(make(slow.url).v3.pay.transactions.id['{transaction_id}'].get({ transaction_id: 'T1', timeout: 1000 }));
    const took = Date.now() - started;
    expect((err as TransportError).code).to.equal('ETIMEDOUT');
    expect(took).to.be.within(950, 1600);
  });

  it('has a connect deadline (TLS handshake included); a POST that never left is sent again', async () => {
    // a TCP port that accepts and never speaks TLS: the handshake never completes
    const silent = await serve(() => undefined);
    const url = `https://127.0.0.1:${silent.port}/`;
    const started = Date.now();
    const once = await rejection(make(url, { connectTimeout: 300 }).v3.pay.transactions.native.post({ json: { out_trade_no: 'A1' }, retry: false }));
    expect((once as TransportError).code).to.equal('ERR_SOCKET_CONNECTION_TIMEOUT');
    expect(Date.now() - started).to.be.within(250, 1200);
    expect(silent.connections).to.equal(1);
    // with the default policy the request provably never reached the server, so even a POST goes again
    const retried = await rejection(
      make(url, { connectTimeout: 200, retry: { minDelay: 10 } }).v3.pay.transactions.native.post({ json: { out_trade_no: 'A2' } }),
    );
    expect((retried as TransportError).code).to.equal('ERR_SOCKET_CONNECTION_TIMEOUT');
    expect(silent.connections).to.equal(1 + 3);
    expect((retried as { attempts?: number }).attempts).to.equal(3);
  });

  it('keeps the whole call within totalTimeout across retries', async () => {
    const silent = await serve(() => undefined);
    const client = make(`https://127.0.0.1:${silent.port}/`, { connectTimeout: 200, retry: { retries: 50, minDelay: 10, maxDelay: 20 }, totalTimeout: 900 });
    const started = Date.now();
    const err = await rejection(client.v3.certificates.get());
    expect(err).to.be.instanceOf(TransportError);
    expect(Date.now() - started).to.be.within(800, 1400);
    expect(silent.connections).to.be.within(3, 6);
  });

  it('still honours signal: during an attempt and while waiting to retry', async () => {
    const hung = await serve(() => undefined);
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 100);
    const started = Date.now();
    const err = await rejection(make(hung.url).v3.certificates.get({ signal: controller.signal }));
    expect((err as TransportError).code).to.equal('ERR_CANCELED');
    expect(Date.now() - started).to.be.lessThan(1000);

    const busy = await serve((_req, socket) => {
      socket.write(errorAnswer(503, 'SYSTEM_ERROR', { 'Retry-After': '4' }));
    });
    const waiting = new AbortController();
    setTimeout(() => waiting.abort(), 300);
    const begun = Date.now();
    const canceled = await rejection(make(busy.url).v3.certificates.get({ signal: waiting.signal }));
    expect((canceled as TransportError).code).to.equal('ERR_CANCELED');
    expect(Date.now() - begun).to.be.within(250, 1500);
    expect(busy.requests).to.have.length(1);
  });

  it('wxpay request --timeout bounds a call to a hung server', async () => {
    const hung = await serve(() => undefined);
    const dir = mkdtempSync(join(tmpdir(), 'wxpay-timeout-'));
    try {
      const keyFile = join(dir, 'key.pem');
      const certFile = join(dir, 'pub.pem');
      writeFileSync(keyFile, keyPair('merchant').privatePem);
      writeFileSync(certFile, platform.publicPem);
      const err: string[] = [];
      const io = { out: () => undefined, err: (l: string) => err.push(l) };
      const values = {
        mchid: MCHID,
        serial: MERCHANT_SERIAL,
        'private-key': keyFile,
        cert: [`${PUB_KEY_ID}=${certFile}`],
        'base-url': hung.url,
        timeout: '400',
      };
      const started = Date.now();
      expect(await requestCommand(values, ['GET', 'v3/certificates'], io)).to.equal(1);
      expect(Date.now() - started).to.be.within(350, 2000);
      expect(err.join('\n')).to.match(/TransportError: .*ETIMEDOUT|No complete answer within 400 ms/);
      expect(await requestCommand({ ...values, timeout: 'soon' }, ['GET', 'v3/certificates'], io)).to.equal(2);
      expect(err.join('\n')).to.match(/--timeout takes milliseconds/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
