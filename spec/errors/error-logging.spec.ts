/**
 * Errors fit for logs: every kind of error, produced against real peers on 127.0.0.1 (the signing
 * test server, the APIv2 test server, the emulator, raw node:net fault servers, notification
 * handlers), holds no key, no APIv2/APIv3 secret, no Authorization signature, no request `sign`, and
 * no socket, ClientRequest or axios config — in any rendering a logger produces, or anywhere inside.
 */
import { expect } from 'chai';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { inspect } from 'node:util';
import {
  ApiError, ApiV2Error, ArgumentError, Builder, ConfigError, Download, DownloadError, Notification, NotificationError,
  SignatureError, TransportError, type FileDescriptor, type UntypedNode,
} from '../../lib';
import { setTimeout as sleep } from 'node:timers/promises';
import { DedupError, RedisDedupStore } from '../../lib';
import { Emulator } from '../../lib/emulator';
import { injectBillFault } from '../../lib/emulator/routes/bills';
import { rejection, untyped } from '../support/helpers';
import { APIV3_KEY, keyPair, MCHID, MERCHANT_SERIAL, PUB_KEY_ID } from '../support/keys';
import { leaks, loggerLines, pemLines, reachable } from '../support/leaks';
import { startSigningServer, type SigningServer } from '../support/server';
import { readFields, SECRET, signedAnswer, startV2Server, xml, type V2Server } from '../v2/support/v2-server';
import { build, certs } from '../notification/support';
import { CLIENT_NAMES, connect } from '../support/redis-clients';
import { closedPort, expectClean, merchant, platform, rawServer, sentSecrets } from './support';
import { REDIS_ABSENT, startRedis } from '../support/redis-server';

describe('Errors fit for logs', () => {
  const baseSecrets = [...pemLines(merchant.privatePem), ...pemLines(merchant.pkcs1Pem), SECRET, APIV3_KEY];

  describe('APIv3 against the signing test server', () => {
    let server: SigningServer;
    let client: UntypedNode;
    const secrets = (): string[] => [...baseSecrets, ...sentSecrets(server)];
    before(async () => {
      server = await startSigningServer(platform.privateKey, PUB_KEY_ID);
      client = untyped(Builder.factory({
        mchid: MCHID, serial: MERCHANT_SERIAL, privateKey: merchant.privatePem, certs: { [PUB_KEY_ID]: platform.publicPem },
        secret: SECRET, baseURL: server.url,
      }));
    });
    after(() => server.close());

    it('ApiError (4xx): redacted request and plain response kept, toJSON safe and complete', async () => {
      server.handle(() => ({ status: 400, body: JSON.stringify({ code: 'PARAM_ERROR', message: '参数错误', detail: { location: 'body', field: 'amount.total' } }), headers: { 'Request-ID': 'RID-400' } }));
      const err = await rejection<ApiError>(client.v3.pay.transactions.native.post({ json: { amount: { total: 0 } } }));
      expect(err).to.be.instanceOf(ApiError);
      // (before logging: winston adds its `level` to the error it logs)
      expect(JSON.parse(JSON.stringify(err))).to.deep.equal({
        name: 'ApiError', message: err.message, method: 'POST', url: `${server.url}v3/pay/transactions/native`, status: 400,
        requestId: 'RID-400', attempts: 1, code: 'PARAM_ERROR', detail: { location: 'body', field: 'amount.total' },
      });
      expect(err.toJSON()).to.deep.equal(JSON.parse(JSON.stringify(err)));
      await expectClean(err, secrets());
      expect(err.response.status).to.equal(400);
      expect(err.response.data).to.deep.equal({ code: 'PARAM_ERROR', message: '参数错误', detail: { location: 'body', field: 'amount.total' } });
      expect(err.response.headers['request-id']).to.equal('RID-400');
      expect(err.request?.method).to.equal('POST');
      expect(err.request?.url).to.equal(`${server.url}v3/pay/transactions/native`);
      expect(err.request?.headers.Authorization).to.match(/^WECHATPAY2-SHA256-RSA2048 mchid="1900000001",nonce_str="\w+",signature="\[redacted\]",timestamp="\d+",serial_no="3775B6A45ACD588826D15E583A95F5DD00000000"$|signature="\[redacted\]"/);
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
      const err = await rejection<ApiError>(client.v3.bill.tradebill.get({ query: { bill_date: '2024-06-01', token: 'TOKEN-SECRET-123' }, retry: { minDelay: 1 } }));
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
        expect(err.toJSON()).to.include({ name: 'SignatureError', code: reason, reason, status: 200, requestId: 'req-0001', method: 'GET', url: `${server.url}v3/pay/transactions/id/42`, attempts: 1 });
      }
    });

    it('TransportError: refused, reset, timeout, hang-up mid-answer and abort', async () => {
      const reset = await rawServer((s) => s.once('data', () => s.resetAndDestroy()));
      const hung = await rawServer(() => undefined);
      const half = await rawServer((s) => s.once('data', () => { s.write('HTTP/1.1 200 OK\r\nContent-Length: 100\r\n\r\n{"a":'); setTimeout(() => s.destroy(), 20); }));
      const port = await closedPort();
      try {
        const seen: TransportError[] = [];
        const call = (baseURL: string, extra: Record<string, unknown> = {}) => rejection<TransportError>(client.v3.pay.transactions.native.post({ json: { description: 'x' }, baseURL, retry: false, ...extra }));
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

  describe('APIv2 against the APIv2 test server', () => {
    let server: V2Server;
    let client: UntypedNode;
    const secrets = (): string[] => [...baseSecrets, ...sentSecrets(server)];
    before(async () => {
      server = await startV2Server();
      client = untyped(Builder.factory({ mchid: '1230000109', secret: SECRET, serial: MERCHANT_SERIAL, privateKey: merchant.privatePem, certs: { [PUB_KEY_ID]: platform.publicPem }, baseURL: server.url }));
    });
    after(() => server.close());

    it('ApiV2Error (return_code and result_code): no key, no sign, the answer kept without its sign', async () => {
      server.handle(() => ({ body: xml({ return_code: 'FAIL', return_msg: '签名错误' }) }));
      const refused = await rejection<ApiV2Error>(client.v2.pay.orderquery.post({ xml: { appid: 'wx1', mch_id: '1230000109', out_trade_no: 'T1' } }));
      server.handle(() => ({ body: signedAnswer({ result_code: 'FAIL', err_code: 'ORDERNOTEXIST', err_code_des: '此交易订单号不存在', mch_id: '1230000109' }) }));
      const failed = await rejection<ApiV2Error>(client.v2.pay.orderquery.post({ xml: { appid: 'wx1', mch_id: '1230000109', out_trade_no: 'T2' } }));
      const answerSign = readFields(signedAnswer({ result_code: 'FAIL', err_code: 'ORDERNOTEXIST', err_code_des: '此交易订单号不存在', mch_id: '1230000109' })).sign as string;
      expect(JSON.parse(JSON.stringify(failed))).to.deep.equal({
        name: 'ApiV2Error', message: failed.message, code: 'ORDERNOTEXIST', method: 'POST', url: `${server.url}pay/orderquery`, status: 200,
        attempts: 1, returnCode: 'SUCCESS', returnMsg: 'OK', resultCode: 'FAIL', errCode: 'ORDERNOTEXIST', errCodeDes: '此交易订单号不存在', verified: true,
      });
      for (const err of [refused, failed]) {
        expect(err).to.be.instanceOf(ApiV2Error);
        await expectClean(err, [...secrets(), answerSign]);
        expect(err.request?.url).to.equal(`${server.url}pay/orderquery`);
        expect(err.data).to.not.have.property('sign');
      }
      expect(failed.data).to.include({ result_code: 'FAIL', err_code: 'ORDERNOTEXIST' });
      expect(failed.response.data).to.equal(failed.data);
      expect(refused.toJSON()).to.include({ code: 'FAIL', returnCode: 'FAIL', returnMsg: '签名错误', verified: false });
    });

    it('SignatureError of an APIv2 answer with a wrong sign, and TransportError of a reset APIv2 call', async () => {
      server.handle(() => ({ body: xml({ return_code: 'SUCCESS', result_code: 'SUCCESS', sign: 'ABCDEF0123456789ABCDEF0123456789' }) }));
      const bad = await rejection<SignatureError>(client.v2.pay.orderquery.post({ xml: { appid: 'wx1', mch_id: '1230000109', out_trade_no: 'T3' } }));
      expect(bad).to.be.instanceOf(SignatureError).with.property('reason', 'BAD_SIGNATURE');
      await expectClean(bad, secrets());
      const reset = await rawServer((s) => s.once('data', () => s.resetAndDestroy()));
      try {
        const lost = await rejection<TransportError>(client.v2.pay.orderquery.post({ xml: { appid: 'wx1', mch_id: '1230000109', out_trade_no: 'T4' }, baseURL: reset.url }));
        expect(lost).to.be.instanceOf(TransportError);
        await expectClean(lost, secrets());
      } finally {
        await reset.close();
      }
    });
  });

  describe('against the emulator', () => {
    let emulator: Emulator;
    let client: UntypedNode;
    let secrets: string[];
    before(async () => {
      emulator = await Emulator.start({ mode: 'certificate' });
      const options = emulator.clientOptions();
      const creds = emulator.credentials();
      client = untyped(Builder.factory(options));
      secrets = [...pemLines(String(options.privateKey)), String(creds.apiv3Key), ...(creds.secret ? [creds.secret] : [])];
    });
    after(() => emulator.close());

    it('ApiError from the gateway (unknown order, injected 500, bad merchant signature) and TransportError (dropped connection)', async () => {
      const missing = await rejection<ApiError>(client.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'NOTEXIST0001', query: { mchid: emulator.merchant().mchid } }));
      expect(missing).to.be.instanceOf(ApiError).with.property('status', 404);
      emulator.inject({ status: 500 });
      const injected = await rejection<ApiError>(client.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'NOTEXIST0001', query: { mchid: emulator.merchant().mchid }, retry: false }));
      expect(injected).to.be.instanceOf(ApiError).with.property('code', 'SYSTEM_ERROR');
      const stranger = untyped(Builder.factory({ ...emulator.clientOptions(), privateKey: keyPair('stranger').privatePem }));
      const unsigned = await rejection<ApiError>(stranger.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'NOTEXIST0001', query: { mchid: emulator.merchant().mchid } }));
      expect(unsigned).to.be.instanceOf(ApiError).with.property('status', 401);
      emulator.inject({ reset: true });
      const dropped = await rejection<TransportError>(client.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'NOTEXIST0001', query: { mchid: emulator.merchant().mchid }, retry: false }));
      expect(dropped).to.be.instanceOf(TransportError);
      for (const err of [missing, injected, unsigned, dropped]) await expectClean(err, [...secrets, ...pemLines(keyPair('stranger').privatePem)]);
    });

    it('DownloadError (interrupted, hash mismatch): no token, no key', async () => {
      const apply = await client.v3.bill.tradebill.get({ query: { bill_date: '2024-06-01' } });
      const data = apply.data as FileDescriptor;
      const token = new URL(data.download_url).searchParams.get('token') as string;
      injectBillFault(emulator, { mode: 'cut', afterBytes: 2_000 });
      const cut = await rejection<DownloadError>(Download.buffer(client, data));
      expect(cut).to.be.instanceOf(DownloadError).with.property('reason', 'INTERRUPTED');
      const altered = await rejection<DownloadError>(Download.buffer(client, { ...data, hash_value: '0'.repeat(40) }));
      expect(altered).to.be.instanceOf(DownloadError).with.property('reason', 'HASH_MISMATCH');
      for (const err of [cut, altered]) {
        await expectClean(err, [...secrets, token]);
        expect(err.toJSON()).to.include({ name: 'DownloadError', code: err.reason, reason: err.reason, url: `${data.download_url.split('?')[0] as string}?…` });
      }
    });
  });

  describe('notifications over HTTP', () => {
    async function deliver(handler: http.RequestListener, n: { headers: Record<string, string>; body: string }): Promise<void> {
      const server = http.createServer(handler);
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      const { port } = server.address() as AddressInfo;
      try {
        await fetch(`http://127.0.0.1:${port}/`, { method: 'POST', headers: n.headers, body: n.body });
      } finally {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
    }

    it('NotificationError and SignatureError of refused notifications (v3 and v2) hold no key', async () => {
      const errors: unknown[] = [];
      const onError = (e: unknown): void => { errors.push(e); };
      const v3 = Notification.handler({ certs: certs(), apiv3Key: APIV3_KEY, onError }, () => undefined);
      await deliver(v3, build({ apiv3Key: 'another_32_byte_key_0123456789ab' }));
      await deliver(v3, build({ signature: Buffer.alloc(256, 7).toString('base64') }));
      await deliver(v3, build({ rawBody: '{"id":1' }));
      const v2 = Notification.handlerV2({ secret: SECRET, onError }, () => undefined);
      const fields = { return_code: 'SUCCESS', appid: 'wx1', mch_id: '1230000109', nonce_str: 'n1', transaction_id: '42', out_trade_no: 'T1', total_fee: '1' };
      await deliver(v2, { headers: { 'Content-Type': 'text/xml' }, body: xml({ ...fields, sign: 'ABCDEF0123456789ABCDEF0123456789' }) });
      await deliver(v2, { headers: { 'Content-Type': 'text/xml' }, body: xml({ return_code: 'SUCCESS', mch_id: '1', req_info: Buffer.alloc(48, 1).toString('base64') }) });
      expect(errors.map((e) => (e as { reason?: string }).reason)).to.deep.equal(['DECRYPT_FAILED', 'BAD_SIGNATURE', 'MALFORMED', 'V2_BAD_SIGN', 'DECRYPT_FAILED']);
      expect(errors[1]).to.be.instanceOf(SignatureError);
      for (const err of errors) await expectClean(err, baseSecrets);
      expect((errors[0] as NotificationError).toJSON()).to.include({ name: 'NotificationError', code: 'DECRYPT_FAILED', reason: 'DECRYPT_FAILED' });
      expect((errors[0] as NotificationError).toJSON().cause).to.have.property('name');
    });
  });

  (REDIS_ABSENT ? describe.skip : describe)(`DedupError from a real redis-server${REDIS_ABSENT}`, () => {
    it('keeps the Redis client and its command out, through both client libraries', async () => {
      const gone = await startRedis();
      const conns = await Promise.all(CLIENT_NAMES.map((n) => connect(n, gone.url, { noOfflineQueue: true })));
      await gone.stop();
      await sleep(100);
      try {
        for (const conn of conns) {
          const err = await rejection<DedupError>(new RedisDedupStore(conn.client, { prefix: 'p:', timeout: 3000 }).claim('DOWN', MCHID));
          expect(err).to.be.instanceOf(DedupError).with.property('reason', 'STORE_FAILED');
          await expectClean(err, baseSecrets);
          expect(err.toJSON()).to.include({ name: 'DedupError', code: 'STORE_FAILED', id: 'DOWN' });
        }
      } finally {
        await Promise.all(conns.map((k) => k.close()));
      }
    });
  });

  describe('causes from other libraries', () => {
    it('are plain copies: primitive fields kept, objects left behind, URL credentials hidden', async () => {
      const inner = Object.assign(new Error('connect to redis://default:hunter2-password@10.0.0.1:6379 failed'), { code: 'ECONNREFUSED', errno: -111, client: new http.Agent() });
      const outer = Object.assign(new Error('wrapped', { cause: inner }), { config: { headers: { Authorization: 'x signature="abcdefgh"' } } });
      const err = new DedupError('STORE_FAILED', 'N1', 'RedisDedupStore: claim of p:N1 failed', { cause: outer });
      expect(await leaks(err, ['hunter2-password'])).to.deep.equal([]);
      const copied = (err.cause as Error).cause as Error & { code?: string; errno?: number };
      expect(copied).to.include({ code: 'ECONNREFUSED', errno: -111, message: 'connect to redis://***@10.0.0.1:6379 failed' });
      expect(err.cause).to.not.equal(outer);
      expect(inspect(err)).to.include('[cause] Error [ECONNREFUSED]: connect to redis://***@10.0.0.1:6379 failed');
      // An error holding only primitive data is kept as it is.
      const system = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:6379'), { code: 'ECONNREFUSED', errno: -111, port: 6379 });
      expect(new DedupError('STORE_FAILED', 'N2', 'failed', { cause: system }).cause).to.equal(system);
    });
  });

  describe('configuration and arguments', () => {
    it('ConfigError of a damaged private key, ArgumentError of a missing path variable: no key in either', async () => {
      const lines = merchant.privatePem.split('\n');
      lines[5] = `${(lines[5] as string).slice(0, 10)}!!${(lines[5] as string).slice(12)}`;
      const damaged = lines.join('\n');
      let config: unknown;
      try {
        Builder.factory({ mchid: MCHID, serial: MERCHANT_SERIAL, privateKey: damaged, certs: { [PUB_KEY_ID]: platform.publicPem } });
      } catch (e) { config = e; }
      expect(config).to.be.instanceOf(ConfigError).with.property('option', 'privateKey');
      await expectClean(config, [...baseSecrets, ...pemLines(damaged)]);
      expect((config as ConfigError).toJSON()).to.include({ name: 'ConfigError', option: 'privateKey' });
      const client = untyped(Builder.factory({ mchid: MCHID, serial: MERCHANT_SERIAL, privateKey: merchant.privatePem, certs: { [PUB_KEY_ID]: platform.publicPem }, baseURL: 'http://127.0.0.1:9/' }));
      const arg = await rejection(client.v3.pay.transactions.id._transaction_id_.get({}));
      expect(arg).to.be.instanceOf(ArgumentError);
      await expectClean(arg, baseSecrets);
    });
  });
});
