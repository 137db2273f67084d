/**
 * Errors fit for logs: every kind of error, produced against real peers on 127.0.0.1 (the signing
 * test server's APIv2 routes, the emulator, raw node:net fault servers, notification
 * handlers), holds no key, no APIv2/APIv3 secret, no Authorization signature, no request `sign`, and
 * no socket, ClientRequest or axios config — in any rendering a logger produces, or anywhere inside.
 * APIv3 against the signing test server: error-logging-v3.spec.ts.
 */
import { expect } from 'chai';
import http from 'node:http';
import { inspect } from 'node:util';
import {
  ApiError,
  ApiV2Error,
  ArgumentError,
  Builder,
  ConfigError,
  Download,
  DownloadError,
  Notification,
  NotificationError,
  SignatureError,
  TransportError,
  type FileDescriptor,
  type UntypedNode,
} from '../../lib';
import { DedupError, RedisDedupStore } from '../../lib';
import { Emulator } from '../../lib/emulator';
import { injectBillFault } from '../../lib/emulator/routes/bills';
import { clientFor, rejection, untyped } from '../support/helpers';
import { APIV3_KEY, keyPair, MCHID, MERCHANT_SERIAL, PUB_KEY_ID } from '../support/keys';
import { leaks, pemLines } from '../support/leaks';
import { listen } from '../support/listen';
import { readFields, SECRET, signedAnswer, startSigningServer, xml, type SigningServer } from '../support/signing-server';
import { build, certs } from '../notification/support';
import { rawServer } from '../support/faults';
import { connectedToStopped, REDIS_ABSENT } from '../support/redis-server';
import { baseSecrets, expectClean, merchant, platform, sentSecrets } from './support';

describe('Errors fit for logs', () => {
  describe('APIv2 against the APIv2 test server', () => {
    let server: SigningServer;
    let client: UntypedNode;
    const secrets = (): string[] => [...baseSecrets, ...sentSecrets(server)];
    before(async () => {
      server = await startSigningServer();
      client = clientFor(server.url, { mchid: '1230000109', secret: SECRET });
    });
    after(() => server.close());

    it('ApiV2Error (return_code and result_code): no key, no sign, the answer kept without its sign', async () => {
      server.handle(() => ({ body: xml({ return_code: 'FAIL', return_msg: '签名错误' }) }));
      const refused = await rejection<ApiV2Error>(client.v2.pay.orderquery.post({ xml: { appid: 'wx1', mch_id: '1230000109', out_trade_no: 'T1' } }));
      server.handle(() => ({
        body: signedAnswer({ result_code: 'FAIL', err_code: 'ORDERNOTEXIST', err_code_des: '此交易订单号不存在', mch_id: '1230000109' }),
      }));
      const failed = await rejection<ApiV2Error>(client.v2.pay.orderquery.post({ xml: { appid: 'wx1', mch_id: '1230000109', out_trade_no: 'T2' } }));
      const answerSign = readFields(signedAnswer({ result_code: 'FAIL', err_code: 'ORDERNOTEXIST', err_code_des: '此交易订单号不存在', mch_id: '1230000109' }))
        .sign as string;
      expect(JSON.parse(JSON.stringify(failed))).to.deep.equal({
        name: 'ApiV2Error',
        message: failed.message,
        code: 'ORDERNOTEXIST',
        method: 'POST',
        url: `${server.url}pay/orderquery`,
        status: 200,
        attempts: 1,
        returnCode: 'SUCCESS',
        returnMsg: 'OK',
        resultCode: 'FAIL',
        errCode: 'ORDERNOTEXIST',
        errCodeDes: '此交易订单号不存在',
        verified: true,
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
      const reset = await rawServer((_req, s) => s.resetAndDestroy());
      try {
        const lost = await rejection<TransportError>(
          client.v2.pay.orderquery.post({ xml: { appid: 'wx1', mch_id: '1230000109', out_trade_no: 'T4' }, baseURL: reset.url }),
        );
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
      const missing = await rejection<ApiError>(
        client.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'NOTEXIST0001', query: { mchid: emulator.merchant().mchid } }),
      );
      expect(missing).to.be.instanceOf(ApiError).with.property('status', 404);
      emulator.inject({ status: 500 });
      const injected = await rejection<ApiError>(
        client.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'NOTEXIST0001', query: { mchid: emulator.merchant().mchid }, retry: false }),
      );
      expect(injected).to.be.instanceOf(ApiError).with.property('code', 'SYSTEM_ERROR');
      const stranger = untyped(Builder.factory({ ...emulator.clientOptions(), privateKey: keyPair('stranger').privatePem }));
      const unsigned = await rejection<ApiError>(
        stranger.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'NOTEXIST0001', query: { mchid: emulator.merchant().mchid } }),
      );
      expect(unsigned).to.be.instanceOf(ApiError).with.property('status', 401);
      emulator.inject({ reset: true });
      const dropped = await rejection<TransportError>(
        client.v3.pay.transactions.outTradeNo._out_trade_no_.get({ out_trade_no: 'NOTEXIST0001', query: { mchid: emulator.merchant().mchid }, retry: false }),
      );
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
      const server = await listen(handler);
      try {
        await fetch(server.url, { method: 'POST', headers: n.headers, body: n.body });
      } finally {
        await server.close();
      }
    }

    it('NotificationError and SignatureError of refused notifications (v3 and v2) hold no key', async () => {
      const errors: unknown[] = [];
      const onError = (e: unknown): void => {
        errors.push(e);
      };
      const v3 = Notification.handler({ certs: certs(), apiv3Key: APIV3_KEY, onError }, () => undefined);
      await deliver(v3, build({ apiv3Key: 'another_32_byte_key_0123456789ab' }));
      await deliver(v3, build({ signature: Buffer.alloc(256, 7).toString('base64') }));
      await deliver(v3, build({ rawBody: '{"id":1' }));
      const v2 = Notification.handlerV2({ secret: SECRET, onError }, () => undefined);
      const fields = { return_code: 'SUCCESS', appid: 'wx1', mch_id: '1230000109', nonce_str: 'n1', transaction_id: '42', out_trade_no: 'T1', total_fee: '1' };
      await deliver(v2, { headers: { 'Content-Type': 'text/xml' }, body: xml({ ...fields, sign: 'ABCDEF0123456789ABCDEF0123456789' }) });
      await deliver(v2, {
        headers: { 'Content-Type': 'text/xml' },
        body: xml({ return_code: 'SUCCESS', mch_id: '1', req_info: Buffer.alloc(48, 1).toString('base64') }),
      });
      expect(errors.map((e) => (e as { reason?: string }).reason)).to.deep.equal([
        'DECRYPT_FAILED',
        'BAD_SIGNATURE',
        'MALFORMED',
        'V2_BAD_SIGN',
        'DECRYPT_FAILED',
      ]);
      expect(errors[1]).to.be.instanceOf(SignatureError);
      for (const err of errors) await expectClean(err, baseSecrets);
      expect((errors[0] as NotificationError).toJSON()).to.include({ name: 'NotificationError', code: 'DECRYPT_FAILED', reason: 'DECRYPT_FAILED' });
      expect((errors[0] as NotificationError).toJSON().cause).to.have.property('name');
    });
  });

  (REDIS_ABSENT ? describe.skip : describe)(`DedupError from a real redis-server${REDIS_ABSENT}`, () => {
    it('keeps the Redis client and its command out, through both client libraries', async () => {
      const conns = await connectedToStopped({ noOfflineQueue: true });
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
      const inner = Object.assign(new Error('connect to redis://default:hunter2-password@10.0.0.1:6379 failed'), {
        code: 'ECONNREFUSED',
        errno: -111,
        client: new http.Agent(),
      });
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
      } catch (e) {
        config = e;
      }
      expect(config).to.be.instanceOf(ConfigError).with.property('option', 'privateKey');
      await expectClean(config, [...baseSecrets, ...pemLines(damaged)]);
      expect((config as ConfigError).toJSON()).to.include({ name: 'ConfigError', option: 'privateKey' });
      const client = clientFor('http://127.0.0.1:9/');
      const arg = await rejection(client.v3.pay.transactions.id._transaction_id_.get({}));
      expect(arg).to.be.instanceOf(ArgumentError);
      await expectClean(arg, baseSecrets);
    });
  });
});
