import { expect } from 'chai';
import { execFileSync, spawnSync } from 'node:child_process';
import { privateDecrypt, constants } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ApiError, ArgumentError, Builder, CryptoError, KeyStore, Rsa, Sensitive } from '../../lib';
import { Emulator } from '../../lib/emulator';
import { testMerchant, testPlatform } from '../emulator/support';
import { certificate } from '../support/cert';
import { keyPair, MCHID, MERCHANT_SERIAL, PUB_KEY_ID } from '../support/keys';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const CERT_SERIAL = '5157F09EFDC096DE15EBE81A47057A7232F1B8E1';

/** Decrypt a base64 OAEP-SHA1 ciphertext with the openssl CLI (an implementation independent of ours). */
function opensslDecrypt(b64: string, privatePem: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'wxpay-oaep-'));
  writeFileSync(join(dir, 'key.pem'), privatePem);
  writeFileSync(join(dir, 'ct.bin'), Buffer.from(b64, 'base64'));
  return execFileSync('openssl', [
    'pkeyutl',
    '-decrypt',
    '-inkey',
    join(dir, 'key.pem'),
    '-in',
    join(dir, 'ct.bin'),
    '-pkeyopt',
    'rsa_padding_mode:oaep',
    '-pkeyopt',
    'rsa_oaep_md:sha1',
  ]).toString('utf8');
}

function oaepDecrypt(b64: string, privatePem: string): string {
  return privateDecrypt({ key: privatePem, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' }, Buffer.from(b64, 'base64')).toString('utf8');
}

describe('Sensitive fields', () => {
  const pub = keyPair('platform');
  const certKey = keyPair('platform-certificate');
  const certPem = certificate(certKey, certKey, CERT_SERIAL, 'Tenpay.com sign');
  const body = {
    out_batch_no: 'plfk2020042013',
    transfer_detail_list: [
      { out_detail_no: 'x23zy545Bd5436', user_name: '张三', openid: 'o-MYE42l80oelYMDE34nYD456Xoy' },
      { out_detail_no: 'x23zy545Bd5437', user_name: '李四', openid: 'o-MYE42l80oelYMDE34nYD456Xoz' },
      { out_detail_no: 'x23zy545Bd5438' },
    ],
    contact: { mobile: '13900000000', note: 'kept' },
  };

  it('encrypts every chosen field with one key and names that key in Wechatpay-Serial (mixed mode prefers the public key)', () => {
    const store = new KeyStore({ [CERT_SERIAL]: certPem, [PUB_KEY_ID]: pub.publicPem });
    const out = Sensitive.encrypt(store, body, ['transfer_detail_list[].user_name', 'contact.mobile']);
    expect(out.serial).to.equal(PUB_KEY_ID);
    expect(out.headers).to.deep.equal({ 'Wechatpay-Serial': PUB_KEY_ID });
    const [a, b, c] = out.json.transfer_detail_list;
    expect(oaepDecrypt(a?.user_name as string, pub.privatePem)).to.equal('张三');
    expect(oaepDecrypt(b?.user_name as string, pub.privatePem)).to.equal('李四');
    expect(c).to.deep.equal({ out_detail_no: 'x23zy545Bd5438' });
    expect(oaepDecrypt(out.json.contact.mobile, pub.privatePem)).to.equal('13900000000');
    expect(out.json.contact.note).to.equal('kept');
    // The ciphertext never decrypts with the other key: no mixing is possible.
    expect(() => oaepDecrypt(out.json.contact.mobile, certKey.privatePem)).to.throw();
    // The input is not modified.
    expect(body.transfer_detail_list[0]?.user_name).to.equal('张三');
  });

  (hasOpenssl ? it : it.skip)('produces RSA-OAEP (SHA-1/MGF1-SHA-1) that the openssl CLI decrypts', () => {
    const out = Sensitive.encrypt({ serial: CERT_SERIAL, publicKey: certPem }, { name: '王五 Wang' }, ['name']);
    expect(out.headers['Wechatpay-Serial']).to.equal(CERT_SERIAL);
    expect(Buffer.from(out.json.name, 'base64')).to.have.length(256);
    expect(opensslDecrypt(out.json.name, certKey.privatePem)).to.equal('王五 Wang');
  });

  it("uses a chosen serial, the client's own key store, and refuses a conflicting Wechatpay-Serial", () => {
    const client = Builder.factory({
      mchid: MCHID,
      serial: MERCHANT_SERIAL,
      privateKey: keyPair('merchant').privatePem,
      certs: { [CERT_SERIAL]: certPem, [PUB_KEY_ID]: pub.publicPem },
    });
    const byCert = Sensitive.encrypt(client, { id: '110101199003072316' }, ['id'], { serial: CERT_SERIAL, headers: { 'X-Other': 'kept' } });
    expect(byCert.headers).to.deep.equal({ 'X-Other': 'kept', 'Wechatpay-Serial': CERT_SERIAL });
    expect(oaepDecrypt(byCert.json.id, certKey.privatePem)).to.equal('110101199003072316');
    const byClient = Sensitive.encrypt(client, { id: 'x' }, ['id']);
    expect(byClient.serial).to.equal(PUB_KEY_ID);
    expect(() => Sensitive.encrypt(client, { id: 'x' }, ['id'], { headers: { 'wechatpay-serial': CERT_SERIAL } })).to.throw(
      ArgumentError,
      /one request must use one key/,
    );
    expect(() => Sensitive.encrypt(client, { id: 'x' }, ['id'], { serial: 'NOPE' })).to.throw(ArgumentError, /NOPE/);
    expect(() => Sensitive.encrypt(client, { id: 7 }, ['id'])).to.throw(ArgumentError, /must be a string/);
    const single = Sensitive.encryptValue(client, 'v', { serial: CERT_SERIAL });
    expect(single.serial).to.equal(CERT_SERIAL);
    expect(oaepDecrypt(single.ciphertext, certKey.privatePem)).to.equal('v');
  });

  it("decrypts an answer's fields with the merchant private key and names a field that does not decrypt", () => {
    const merchant = keyPair('merchant');
    const answer = { data: [{ name: Rsa.encrypt('赵六', merchant.publicPem), phone: Rsa.encrypt('13800000000', merchant.publicPem) }], total: 1 };
    const plain = Sensitive.decrypt(merchant.privatePem, answer, ['data.*.name', 'data[].phone']);
    expect(plain).to.deep.equal({ data: [{ name: '赵六', phone: '13800000000' }], total: 1 });
    const wrong = { data: [{ name: Rsa.encrypt('x', pub.publicPem) }] };
    expect(() => Sensitive.decrypt(merchant.privatePem, wrong, ['data[].name'])).to.throw(CryptoError, /data\[0\]\.name/);
  });
});

describe('Sensitive fields against the emulator (POST /v3/security/echo)', () => {
  let emulator: Emulator;
  let client: ReturnType<typeof Builder.factory>;
  let merchantKey: string;

  before(async () => {
    const platform = await testPlatform();
    const merchant = await testMerchant('1900000001');
    merchantKey = merchant.privateKey;
    emulator = await Emulator.start({ platform, merchants: [{ ...merchant, mode: 'both' }] });
    client = Builder.factory({ ...emulator.clientOptions(), clock: emulator.clock });
  });
  after(() => emulator.close());

  const echo = (options: { json: { echo_message: string; encrypted_echo_message?: string }; headers?: Record<string, string> }) =>
    client.chain('v3/security/echo').post(options);

  it('is decrypted by the platform with the key Wechatpay-Serial names, and answered for the merchant key', async () => {
    for (const serial of [emulator.platform.publicKeyId, emulator.platform.serial]) {
      const request = Sensitive.encrypt(client, { echo_message: 'hello', encrypted_echo_message: '张三 13900000000' }, ['encrypted_echo_message'], { serial });
      expect(request.headers['Wechatpay-Serial']).to.equal(serial);
      expect(request.serial).to.equal(serial);
      expect(Object.keys(request)).to.deep.equal(['json', 'headers']);
      const { data } = await echo({ ...request });
      const plain = Sensitive.decrypt(merchantKey, data as Record<string, string>, ['encrypted_echo_message']);
      expect(plain).to.deep.equal({ echo_message: 'hello', encrypted_echo_message: '张三 13900000000' });
    }
  });

  it("is refused by the platform when a ciphertext travels with another key's serial", async () => {
    const { ciphertext } = Sensitive.encryptValue(client, 'x', { serial: emulator.platform.publicKeyId });
    const err = await echo({
      json: { echo_message: 'hello', encrypted_echo_message: ciphertext },
      headers: { 'Wechatpay-Serial': emulator.platform.serial },
    }).then(
      () => expect.fail('the mix must be refused'),
      (e: unknown) => e,
    );
    expect(err).to.be.instanceOf(ApiError);
    expect((err as ApiError).status).to.equal(400);
    expect((err as ApiError).detail?.field).to.equal('encrypted_echo_message');
  });
});
