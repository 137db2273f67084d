/**
 * Errors fit for logs, APIv3: every error the client raises against the signing test server holds no
 * key, no APIv3 secret and no Authorization signature in any rendering a logger produces (the other
 * sources — APIv2, the emulator, notifications, configuration — are in error-logging.spec.ts).
 */
import { expect } from 'chai';
import http from 'node:http';
import { inspect } from 'node:util';
import { ApiError, SignatureError, TransportError, type UntypedNode } from '../../lib';
import { clientFor, rejection } from '../support/helpers';
import { keyPair, MCHID } from '../support/keys';
import { loggerLines, reachable } from '../support/leaks';
import { rawServer } from '../support/faults';
import { freePort } from '../support/listen';
import { SECRET, startSigningServer, type SigningServer } from '../support/signing-server';
import { baseSecrets, expectClean, sentSecrets } from './support';

describe('Errors fit for logs', () => {
  describe('APIv3 against the signing test server', () => {
    let server: SigningServer;
    let client: UntypedNode;
    const secrets = (): string[] => [...baseSecrets, ...sentSecrets(server)];
    before(async () => {
      server = await startSigningServer();
      client = clientFor(server.url, { secret: SECRET });
    });
    after(() => server.close());

    it('ApiError (4xx): redacted request and plain response kept, toJSON safe and complete', async () => {
      server.handle(() => ({
        status: 400,
        body: JSON.stringify({ code: 'PARAM_ERROR', message: '参数错误', detail: { location: 'body', field: 'amount.total' } }),
        headers: { 'Request-ID': 'RID-400' },
      }));
      const err = await rejection<ApiError>(client.v3.pay.transactions.native.post({ json: { amount: { total: 0 } } }));
      expect(err).to.be.instanceOf(ApiError);
      // (before logging: winston adds its `level` to the error it logs)
      expect(JSON.parse(JSON.stringify(err))).to.deep.equal({
        name: 'ApiError',
        message: err.message,
        method: 'POST',
        url: `${server.url}v3/pay/transactions/native`,
        status: 400,
        requestId: 'RID-400',
        attempts: 1,
        code: 'PARAM_ERROR',
        detail: { location: 'body', field: 'amount.total' },
      });
      expect(err.toJSON()).to.deep.equal(JSON.parse(JSON.stringify(err)));
      await expectClean(err, secrets());
      expect(err.response.status).to.equal(400);
      expect(err.response.data).to.deep.equal({ code: 'PARAM_ERROR', message: '参数错误', detail: { location: 'body', field: 'amount.total' } });
      expect(err.response.headers['request-id']).to.equal('RID-400');
      expect(err.request?.method).to.equal('POST');
      expect(err.request?.url).to.equal(`${server.url}v3/pay/transactions/native`);
      expect(err.request?.headers.Authorization).to.match(
        /^WECHATPAY2-SHA256-RSA2048 mchid="1900000001",nonce_str="\w+",signature="\[redacted\]",timestamp="\d+",serial_no="3775B6A45ACD588826D15E583A95F5DD00000000"$|signature="\[redacted\]"/,
      );
      expect(err.request?.headers.Authorization).to.include(`mchid="${MCHID}"`);
      expect(err.response.config).to.equal(err.request);
      expect(Object.keys(err)).to.not.include.members(['request', 'response']);
    });

    it('a successful answer keeps no live request and no Authorization signature either', async () => {
      server.handle(() => ({ body: '{"ok":true}' }));
      const res = await client.v3.pay.transactions.id._transaction_id_.get({ transaction_id: '42', query: { mchid: MCHID } });
      expect(res.data).to.deep.equal({ ok: true });
      expect(res.request).to.not.be.instanceOf(http.ClientRequest);
      const text = inspect(res, { depth: Infinity, showHidden: true });
      for (const s of sentSecrets(server)) expect(text).to.not.include(s);
      expect(text).to.not.match(/signature="(?!\[redacted\])[^"]+"/);
    });

    it('ApiError (5xx) of a GET: the query (which may hold a download token) stays out', async () => {
      server.handle(() => ({ status: 500, body: '{"code":"SYSTEM_ERROR","message":"系统错误"}' }));
      // a GET meeting 5xx is retried (twice by default): the error is the last attempt's, and says so
      const err = await rejection<ApiError>(
        client.v3.bill.tradebill.get({ query: { bill_date: '2024-06-01', token: 'TOKEN-SECRET-123' }, retry: { minDelay: 1 } }),
      );
      expect(err).to.be.instanceOf(ApiError);
      expect(err.retryable).to.equal(true);
      await expectClean(err, [...secrets(), 'TOKEN-SECRET-123']);
      expect(err.toJSON()).to.include({ status: 500, code: 'SYSTEM_ERROR', method: 'GET', url: `${server.url}v3/bill/tradebill`, attempts: 3 });
    });

    it('SignatureError for each failed check: no secret, the raw answer kept as bytes', async () => {
      const cases: Array<[string, () => void]> = [
        ['BAD_SIGNATURE', () => server.handle(() => ({ body: '{"a":1}', key: keyPair('stranger').privateKey }))],
        ['MISSING_HEADER', () => server.handle(() => ({ body: '{"a":1}', unsigned: true }))],
        ['CLOCK_SKEW', () => server.handle(() => ({ body: '{"a":1}', timestamp: 1_000_000 }))],
        ['UNKNOWN_SERIAL', () => server.handle(() => ({ body: '{"a":1}', serial: 'PUB_KEY_ID_UNKNOWN' }))],
      ];
      for (const [reason, setup] of cases) {
        setup();
        const err = await rejection<SignatureError>(client.v3.pay.transactions.id._transaction_id_.get({ transaction_id: '42', query: { mchid: MCHID } }));
        expect(err).to.be.instanceOf(SignatureError).with.property('reason', reason);
        await expectClean(err, secrets());
        expect(Buffer.from(err.response?.data as Buffer).toString()).to.equal('{"a":1}');
        expect(err.toJSON()).to.include({
          name: 'SignatureError',
          code: reason,
          reason,
          status: 200,
          requestId: 'req-0001',
          method: 'GET',
          url: `${server.url}v3/pay/transactions/id/42`,
          attempts: 1,
        });
      }
    });

    it('TransportError: refused, reset, timeout, hang-up mid-answer and abort', async () => {
      const reset = await rawServer((_req, s) => s.resetAndDestroy());
      const hung = await rawServer(() => undefined);
      const half = await rawServer((_req, s) => {
        s.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"a":');
        setTimeout(() => s.destroy(), 20);
      });
      const port = await freePort();
      try {
        const seen: TransportError[] = [];
        const call = (baseURL: string, extra: Record<string, unknown> = {}) =>
          rejection<TransportError>(client.v3.pay.transactions.native.post({ json: { description: 'x' }, baseURL, retry: false, ...extra }));
        seen.push(await call(`http://127.0.0.1:${port}/`));
        seen.push(await call(reset.url));
        seen.push(await call(hung.url, { timeout: 200 }));
        seen.push(await call(half.url));
        const controller = new AbortController();
        const aborted = call(hung.url, { signal: controller.signal });
        setTimeout(() => controller.abort(), 50);
        seen.push(await aborted);
        // (the code of an answer cut short is axios' own: it is not what this spec is about)
        expect(seen.map((e, i) => (i === 3 ? 'cut' : e.code))).to.deep.equal(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'cut', 'ERR_CANCELED']);
        for (const err of seen) {
          expect(err).to.be.instanceOf(TransportError);
          await expectClean(err, secrets());
          expect(err.request?.headers.Authorization).to.match(/signature="\[redacted\]"/);
          expect(err.toJSON()).to.include({ name: 'TransportError', code: err.code, method: 'POST', attempts: 1 });
          expect(err.toJSON().url).to.match(/^http:\/\/127\.0\.0\.1:\d+\/v3\/pay\/transactions\/native$/);
          expect(err.response).to.equal(undefined);
        }
        // The axios error is kept as a plain cause: its message and code, not its request or config.
        const refused = seen[0] as TransportError;
        expect(refused.cause).to.be.instanceOf(Error).with.property('code', 'ECONNREFUSED');
        expect(refused.toJSON().cause).to.include({ code: 'ECONNREFUSED' });
        expect(reachable(refused).some(({ path }) => /\.(config|request)$/.test(path) && !path.startsWith('$.request'))).to.equal(false);
      } finally {
        await Promise.all([reset.close(), hung.close(), half.close()]);
      }
    });

    it('pino and winston print the short fields of an error as JSON', async () => {
      server.handle(() => ({ status: 404, body: '{"code":"ORDER_NOT_EXIST","message":"订单不存在"}', headers: { 'Request-ID': 'RID-404' } }));
      const err = await rejection<ApiError>(client.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'T1', query: { mchid: MCHID } }));
      const [pinoLine, pinoNested, winstonLine, winstonNested] = (await loggerLines(err)).map((l) => JSON.parse(l) as Record<string, Record<string, unknown>>);
      expect(pinoLine?.err).to.include({ type: 'ApiError', code: 'ORDER_NOT_EXIST', status: 404, requestId: 'RID-404', method: 'GET', attempts: 1 });
      expect(pinoLine?.err?.stack).to.match(/^ApiError: 404 ORDER_NOT_EXIST: 订单不存在/);
      expect(pinoNested?.err).to.include({ type: 'ApiError', code: 'ORDER_NOT_EXIST' });
      expect(winstonLine).to.include({ level: 'error', code: 'ORDER_NOT_EXIST', status: 404, requestId: 'RID-404' });
      expect(winstonNested?.err).to.include({ name: 'ApiError', code: 'ORDER_NOT_EXIST', status: 404 });
    });
  });
});
