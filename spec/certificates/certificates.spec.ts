import { expect } from 'chai';
import { execFile } from 'node:child_process';
import { sign, X509Certificate } from 'node:crypto';
import { join } from 'node:path';
import { AesGcm, ApiError, ArgumentError, Builder, CryptoError, KeyStore, Notification, PlatformCertificates, SignatureError } from '../../lib';
import { DEMO_ORGANIZATION_ID, Emulator, type DemoMerchant, type PlatformIdentity } from '../../lib/emulator';
import { testMerchant, testPlatform } from '../emulator/support';
import { certificate } from '../support/cert';
import { APIV3_KEY, keyPair, MCHID, MERCHANT_SERIAL, PUB_KEY_ID } from '../support/keys';
import { startSigningServer } from '../support/signing-server';
import { rejection } from '../support/helpers';

type Client = ReturnType<typeof Builder.factory>;

/** Requests the emulator answered on `/v3/certificates`. */
function downloads(emulator: Emulator): number {
  return emulator.requests.filter((r) => r.target.split('?')[0] === '/v3/certificates').length;
}

describe('Platform certificates', () => {
  let platform: PlatformIdentity;
  let merchant: DemoMerchant;
  let emulator: Emulator;
  let client: Client;

  before(async () => {
    platform = await testPlatform();
    merchant = await testMerchant('1900000001');
  });

  /** A fresh emulator in certificate mode (rotations change it) and a client that trusts its current certificate. */
  async function fresh(mode: 'certificate' | 'pubkey' = 'certificate'): Promise<void> {
    emulator = await Emulator.start({ platform, merchants: [{ ...merchant, mode }] });
    client = Builder.factory({ ...emulator.clientOptions(), clock: emulator.clock });
  }
  afterEach(async () => {
    PlatformCertificates.of(client)?.stop();
    await emulator?.close();
  });

  const query = () => client.v3.offlineface.faceCollections.get({ query: { organization_id: DEMO_ORGANIZATION_ID, limit: 1 } });

  describe('download', () => {
    it('decrypts the certificates with the APIv3 key and checks the answer with the certificate it carries', async () => {
      await fresh();
      const list = await PlatformCertificates.download({
        mchid: merchant.mchid,
        serial: merchant.serial,
        privateKey: merchant.privateKey,
        apiv3Key: merchant.apiv3Key,
        baseURL: emulator.url,
      });
      expect(list.map((c) => c.serial)).to.deep.equal([platform.serial]);
      expect(new X509Certificate(list[0]?.pem as string).serialNumber.toUpperCase()).to.equal(platform.serial);
      expect(list[0]?.expireTime).to.match(/^\d{4}-\d\d-\d\dT/);
      // The certificate is the platform's: issued by the emulator's CA.
      expect(list[0]?.certificate.verify(new X509Certificate(platform.ca.certificate).publicKey)).to.equal(true);
      const store = await PlatformCertificates.keyStore({
        mchid: merchant.mchid,
        serial: merchant.serial,
        privateKey: merchant.privateKey,
        apiv3Key: merchant.apiv3Key,
        baseURL: emulator.url,
      });
      expect(store.serials()).to.deep.equal([platform.serial]);
      const bootstrapped = Builder.factory({
        mchid: merchant.mchid,
        serial: merchant.serial,
        privateKey: merchant.privateKey,
        certs: store,
        baseURL: emulator.url,
      });
      expect((await bootstrapped.v3.offlineface.faceCollections.get({ query: { organization_id: DEMO_ORGANIZATION_ID } })).status).to.equal(200);
    });

    it('fails with a CryptoError naming the APIv3 key when it is wrong, and an ApiError in public-key mode', async () => {
      await fresh();
      const wrong = await rejection(
        PlatformCertificates.download({
          mchid: merchant.mchid,
          serial: merchant.serial,
          privateKey: merchant.privateKey,
          apiv3Key: 'x'.repeat(32),
          baseURL: emulator.url,
        }),
      );
      expect(wrong).to.be.instanceOf(CryptoError);
      expect((wrong as Error).message).to.match(/APIv3 key/);
      await emulator.close();
      await fresh('pubkey');
      const none = await rejection(
        PlatformCertificates.download({
          mchid: merchant.mchid,
          serial: merchant.serial,
          privateKey: merchant.privateKey,
          apiv3Key: merchant.apiv3Key,
          baseURL: emulator.url,
        }),
      );
      expect(none).to.be.instanceOf(ApiError);
      expect((none as ApiError).code).to.equal('RESOURCE_NOT_EXISTS');
    });

    it('refuses a certificate list whose answer is not signed by a listed (or trusted) key', async () => {
      const carried = keyPair('carried-platform');
      const pem = certificate(carried, carried, '7AB6F1D2C3E4F5A6B7C8D9E0F1A2B3C4D5E6F708', 'Tenpay.com sign');
      const nonce = 'a1b2c3d4e5f6';
      const body = JSON.stringify({
        data: [
          {
            serial_no: '7AB6F1D2C3E4F5A6B7C8D9E0F1A2B3C4D5E6F708',
            effective_time: '2024-01-01T00:00:00+08:00',
            expire_time: '2029-01-01T00:00:00+08:00',
            encrypt_certificate: {
              algorithm: 'AEAD_AES_256_GCM',
              nonce,
              associated_data: 'certificate',
              ciphertext: AesGcm.encrypt(pem, APIV3_KEY, nonce, 'certificate'),
            },
          },
        ],
      });
      const server = await startSigningServer({ key: keyPair('intruder').privateKey, serial: '7AB6F1D2C3E4F5A6B7C8D9E0F1A2B3C4D5E6F708' });
      try {
        server.handle(() => ({ body }));
        const err = await rejection(
          PlatformCertificates.download({
            mchid: MCHID,
            serial: MERCHANT_SERIAL,
            privateKey: keyPair('merchant').privatePem,
            apiv3Key: APIV3_KEY,
            baseURL: server.url,
          }),
        );
        expect(err).to.be.instanceOf(SignatureError);
        expect((err as SignatureError).reason).to.equal('BAD_SIGNATURE');
        // Signed by the certificate it carries, the same list is accepted.
        server.handle(() => ({ body, key: carried.privateKey }));
        const ok = await PlatformCertificates.download({
          mchid: MCHID,
          serial: MERCHANT_SERIAL,
          privateKey: keyPair('merchant').privatePem,
          apiv3Key: APIV3_KEY,
          baseURL: server.url,
        });
        expect(ok[0]?.serial).to.equal('7AB6F1D2C3E4F5A6B7C8D9E0F1A2B3C4D5E6F708');
        expect(server.requests.at(-1)?.headers.authorization).to.match(/^WECHATPAY2-SHA256-RSA2048 mchid="1900000001"/);
      } finally {
        await server.close();
      }
    });
  });

  describe('refreshing store', () => {
    it('downloads exactly once for an unknown serial, however many answers wait for it, and keeps the old certificate', async () => {
      await fresh();
      const refreshed: string[][] = [];
      const store = PlatformCertificates.attach(client, { apiv3Key: merchant.apiv3Key, interval: 0, onRefresh: (r) => refreshed.push(r.added) });
      expect((await query()).status).to.equal(200);
      expect(downloads(emulator)).to.equal(0);
      const rotated = await emulator.rotatePlatformCertificate();
      expect(rotated.serial).to.not.equal(platform.serial);
      const answers = await Promise.all(Array.from({ length: 8 }, () => query()));
      expect(answers.every((a) => a.status === 200)).to.equal(true);
      expect(downloads(emulator)).to.equal(1);
      expect(store.attempts).to.equal(1);
      expect(refreshed).to.deep.equal([[rotated.serial]]);
      // Both certificates are kept through the overlap; the new one is preferred for Wechatpay-Serial.
      expect(client.getDriver().keystore.serials().sort()).to.deep.equal([platform.serial, rotated.serial].sort());
      expect(client.getDriver().keystore.preferred()?.serial).to.equal(rotated.serial);
      expect((await query()).status).to.equal(200);
      expect(downloads(emulator)).to.equal(1);
    });

    it('keeps working certificates when a refresh fails (timer and unknown serial), and recovers later', async () => {
      await fresh();
      const errors: unknown[] = [];
      const fault = emulator.inject({ path: '/v3/certificates', status: 500, times: Infinity });
      const store = PlatformCertificates.attach(client, { apiv3Key: merchant.apiv3Key, interval: 25, minInterval: 0, onError: (e) => errors.push(e) });
      await new Promise((r) => setTimeout(r, 120));
      expect(store.attempts).to.be.at.least(2);
      // An attempt counts when it starts and reports when it fails: let one in flight finish first.
      await store.refresh().catch(() => undefined);
      expect(errors.length).to.equal(store.attempts);
      expect(errors[0]).to.be.instanceOf(ApiError);
      expect(store.lastError).to.be.instanceOf(ApiError);
      expect(client.getDriver().keystore.serials()).to.deep.equal([platform.serial]);
      expect((await query()).status).to.equal(200);
      const manual = await rejection(store.refresh());
      expect((manual as ApiError).status).to.equal(500);
      expect(client.getDriver().keystore.has(platform.serial)).to.equal(true);
      // An unknown serial whose refresh fails is reported as such; nothing is dropped.
      const rotated = await emulator.rotatePlatformCertificate();
      const unknown = await rejection(query());
      expect(unknown).to.be.instanceOf(SignatureError);
      expect((unknown as SignatureError).reason).to.equal('UNKNOWN_SERIAL');
      expect(client.getDriver().keystore.serials()).to.deep.equal([platform.serial]);
      emulator.clearFaults(fault.id);
      const result = await store.refresh();
      expect(result.added).to.deep.equal([rotated.serial]);
      expect(store.lastError).to.equal(undefined);
      expect((await query()).status).to.equal(200);
    });

    it('limits downloads caused by unknown serials to one per minInterval', async () => {
      await fresh();
      PlatformCertificates.attach(client, { apiv3Key: merchant.apiv3Key, interval: 0, minInterval: 60_000 });
      await emulator.rotatePlatformCertificate();
      expect((await query()).status).to.equal(200);
      await emulator.rotatePlatformCertificate();
      const err = await rejection(query());
      expect((err as SignatureError).reason).to.equal('UNKNOWN_SERIAL');
      expect(downloads(emulator)).to.equal(1);
    });

    it('is shared with notification parsing: a notification signed by a new certificate triggers the same single download', async () => {
      await fresh();
      PlatformCertificates.attach(client, { apiv3Key: merchant.apiv3Key, interval: 0 });
      await emulator.rotatePlatformCertificate();
      const identity = emulator.platformIdentity;
      const nonce = 'n0tify123456';
      const resource = { mchid: merchant.mchid, out_trade_no: 'N1', trade_state: 'SUCCESS' };
      const body = JSON.stringify({
        id: 'EV-1',
        create_time: '2024-06-01T10:00:00+08:00',
        resource_type: 'encrypt-resource',
        event_type: 'TRANSACTION.SUCCESS',
        summary: '支付成功',
        resource: {
          original_type: 'transaction',
          algorithm: 'AEAD_AES_256_GCM',
          ciphertext: AesGcm.encrypt(JSON.stringify(resource), merchant.apiv3Key, nonce, 'transaction'),
          associated_data: 'transaction',
          nonce,
        },
      });
      const timestamp = String(Math.floor(emulator.now() / 1000));
      const signature = sign('sha256', Buffer.from(`${timestamp}\n${nonce}\n${body}\n`), identity.certificateKey).toString('base64');
      const headers = {
        'wechatpay-timestamp': timestamp,
        'wechatpay-nonce': nonce,
        'wechatpay-signature': signature,
        'wechatpay-serial': identity.serial,
        'wechatpay-signature-type': 'WECHATPAY2-SHA256-RSA2048',
      };
      const [event] = await Promise.all([
        Notification.parse({ headers, body }, { certs: client.getDriver().keystore, apiv3Key: merchant.apiv3Key, clock: emulator.clock }),
        query(),
      ]);
      expect((event.resource as Record<string, unknown>).out_trade_no).to.equal('N1');
      expect(downloads(emulator)).to.equal(1);
    });

    it('belongs to one client: another client keeps its own store, and a store is attached once', async () => {
      await fresh();
      const other = Builder.factory({ ...emulator.clientOptions(), clock: emulator.clock });
      const store = PlatformCertificates.attach(client, { apiv3Key: merchant.apiv3Key, interval: 0 });
      expect(() => PlatformCertificates.attach(client, { apiv3Key: merchant.apiv3Key })).to.throw(ArgumentError, /already/);
      expect(() => PlatformCertificates.attach(other, { apiv3Key: 'short' })).to.throw(ArgumentError, /apiv3Key/);
      const rotated = await emulator.rotatePlatformCertificate();
      expect((await query()).status).to.equal(200);
      expect(client.getDriver().keystore.has(rotated.serial)).to.equal(true);
      expect(other.getDriver().keystore.has(rotated.serial)).to.equal(false);
      const err = await rejection(other.v3.offlineface.faceCollections.get({ query: { organization_id: DEMO_ORGANIZATION_ID } }));
      expect((err as SignatureError).reason).to.equal('UNKNOWN_SERIAL');
      store.stop();
      expect(PlatformCertificates.of(client)).to.equal(undefined);
    });

    it("does not keep the process alive: its timer is unref'd (a process with an attached store exits)", async () => {
      // A separate process, since mocha's --exit would hide a timer that holds the event loop open.
      const script = [
        `const { Builder, PlatformCertificates } = require(${JSON.stringify(join(__dirname, '..', '..', 'lib'))});`,
        'const e = process.env;',
        'const client = Builder.factory({ mchid: e.T_MCHID, serial: e.T_SERIAL, privateKey: e.T_KEY, certs: { [e.T_ID]: e.T_PUB }, baseURL: "http://127.0.0.1:9/" });',
        'const store = PlatformCertificates.attach(client, { apiv3Key: e.T_APIV3 });',
        'process.on("exit", () => console.log(store.attempts === 0 ? "exited" : "downloaded"));',
      ].join('\n');
      const env = {
        ...process.env,
        T_MCHID: MCHID,
        T_SERIAL: MERCHANT_SERIAL,
        T_KEY: keyPair('merchant').privatePem,
        T_ID: PUB_KEY_ID,
        T_PUB: keyPair('platform').publicPem,
        T_APIV3: APIV3_KEY,
      };
      const out = await new Promise<string>((resolve, reject) => {
        execFile(process.execPath, ['-e', script], { env, timeout: 15_000 }, (err, stdout, stderr) =>
          err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve(stdout),
        );
      });
      expect(out.trim()).to.equal('exited');
    });

    it('leaves public-key mode alone: a PUB_KEY_ID_ never triggers a download', async () => {
      await fresh('pubkey');
      const store = new KeyStore({ PUB_KEY_ID_0000000000000000000000000000000001: platform.publicKey });
      const pubClient = Builder.factory({ ...emulator.clientOptions(), certs: store, clock: emulator.clock });
      PlatformCertificates.attach(pubClient, { apiv3Key: merchant.apiv3Key, interval: 0, minInterval: 0 });
      const err = await rejection(pubClient.v3.offlineface.faceCollections.get({ query: { organization_id: DEMO_ORGANIZATION_ID } }));
      expect((err as SignatureError).reason).to.equal('UNKNOWN_SERIAL');
      expect(downloads(emulator)).to.equal(0);
      PlatformCertificates.of(pubClient)?.stop();
    });
  });
});
