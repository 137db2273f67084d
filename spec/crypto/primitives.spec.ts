import { expect } from 'chai';
import { execFileSync, spawnSync } from 'node:child_process';
import { generateKeyPairSync } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { KEYUTIL, KJUR } from 'jsrsasign';
import { AesEcb, AesGcm, ArgumentError, CryptoError, Formatter, Hash, Rsa } from '../../lib';
import { certificate } from '../support/cert';
import { keyPair } from '../support/keys';

const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const body64 = (pem: string) => pem.replace(/-----[^-]+-----/g, '').replace(/\s+/g, '');

describe('Formatter', () => {
  it('makes 32-character base62 nonces from a CSPRNG, all characters reachable', () => {
    const seen = new Set<string>();
    for (let i = 0; i < 200; i += 1) {
      const n = Formatter.nonce();
      expect(n).to.match(/^[0-9A-Za-z]{32}$/);
      for (const c of n) seen.add(c);
    }
    expect(seen.size).to.equal(62);
    expect(Formatter.nonce(5)).to.have.length(5);
    expect(() => Formatter.nonce(0)).to.throw(ArgumentError);
  });

  it('joins by line feed as wechatpay-php does', () => {
    expect(Formatter.joinedByLineFeed(1, 2.0, '3', '\n', true, false, null, '4')).to.equal('1\n2\n3\n\n\n1\n\n\n4\n');
    expect(Formatter.joinedByLineFeed()).to.equal('');
    expect(Formatter.request('GET', '/v3/certificates', 1554208460, '593BEC0C930BF1AFEB40B4A08C8FB242', '')).to.equal(
      'GET\n/v3/certificates\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n\n',
    );
    expect(Formatter.response(1554208460, '593BEC0C930BF1AFEB40B4A08C8FB242', '{}')).to.equal('1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n{}\n');
  });

  it('writes the Authorization fields in the platform order', () => {
    expect(
      Formatter.authorization('1900000001', '593BEC0C930BF1AFEB40B4A08C8FB242', 'SIG==', '1554208460', '1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C'),
    ).to.equal(
      'WECHATPAY2-SHA256-RSA2048 mchid="1900000001",serial_no="1DDE55AD98ED71D6EDD4A4A16996DE7B47773A8C",timestamp="1554208460",nonce_str="593BEC0C930BF1AFEB40B4A08C8FB242",signature="SIG=="',
    );
  });

  it('sorts keys by bytes and builds the APIv2 string', () => {
    expect(Object.keys(Formatter.ksort({ remark: 1, re_openid: 2, REMARK: 3, RE_OPENID: 4 }))).to.deep.equal(['REMARK', 'RE_OPENID', 're_openid', 'remark']);
    expect(Object.keys(Formatter.ksort({ rfc822: 1, rfc1: 1, rfc2086: 1 }))).to.deep.equal(['rfc1', 'rfc2086', 'rfc822']);
    expect(Formatter.queryStringLike({ a: false, b: true, c: 0, d: '0', sign: 'x', e: ' ', f: null, g: '' })).to.equal('a=&b=1&c=0&d=0&e= ');
    expect(Formatter.queryStringLike({ url: 'https://a.b/c?d=e&f=g', cn: '中 文' })).to.equal('url=https://a.b/c?d=e&f=g&cn=中 文');
  });
});

describe('Hash', () => {
  it('matches the md5/hmac/sign vectors', () => {
    expect(Hash.md5('abc')).to.equal('900150983cd24fb0d6963f7d28e17f72');
    expect(Hash.md5('abc', 'k')).to.equal('78a5db6969f7f8e1366bda763fddf55f');
    expect(Hash.md5('abc', 'k', true)).to.equal('a3c9bae6bba212bc4929b337cdc0d409');
    expect(Hash.hmac('abc', 'k')).to.equal('a1d3520a6bddf98acaa5440aa1050a0631db379b7a61ea764d2021d0c55a54be');
    expect(Hash.sign('MD5', 'abc', 'k')).to.equal('78A5DB6969F7F8E1366BDA763FDDF55F');
    expect(Hash.sign('MD5', 'abc', '')).to.equal('900150983CD24FB0D6963F7D28E17F72');
    expect(Hash.sign('HMAC-SHA256', 'abc', 'k')).to.equal('A1D3520A6BDDF98ACAA5440AA1050A0631DB379B7A61EA764D2021D0C55A54BE');
  });

  it('signs the APIv2 vectors', () => {
    const secret = 'exposed_your_key_here_have_risks';
    expect(Hash.sign('MD5', Formatter.queryStringLike(Formatter.ksort({ mch_id: '1230000109' })), secret)).to.equal('41176DC33B3FE8EFB48A16E9FF85C6C5');
    const data = { appid: 'wx8888888888888888', mch_id: '1230000109', nonce_str: 'abc', sign_type: 'HMAC-SHA256', body: '' };
    expect(Hash.sign('HMAC-SHA256', Formatter.queryStringLike(Formatter.ksort(data)), secret)).to.equal(
      'D85FAFED70C14651699BFB1E9CDA1F0F408B7402AE71547E824C718213C9E0F3',
    );
  });

  it('refuses unknown sign types and empty HMAC keys instead of returning nothing', () => {
    expect(() => Hash.sign('md5', 'abc', 'k')).to.throw(ArgumentError, /unsupported sign_type "md5"/);
    expect(() => Hash.sign('HMAC-SHA1', 'abc', 'k')).to.throw(ArgumentError);
    expect(() => Hash.hmac('abc', '')).to.throw(ArgumentError);
  });

  it('compares in constant time, false for missing', () => {
    expect(Hash.equals('', '')).to.equal(true);
    expect(Hash.equals('', null)).to.equal(false);
    expect(Hash.equals('A', 'a')).to.equal(false);
    expect(Hash.equals('ABC', 'ABC')).to.equal(true);
    expect(Hash.equals('ABC', 'ABCD')).to.equal(false);
  });
});

describe('AesGcm / AesEcb', () => {
  const key = '0123456789abcdef0123456789abcdef';
  it('matches the GCM vectors both ways', () => {
    const vectors: Array<[string, string, string, string]> = [
      ['hello wechatpay 你好 微信支付', '0123456789ab', 'certificate', '8cyLVizq736WbULJw2UFB6Y7dCqydUqOmiErpmgeDQbOxP/z/JKqUOKnGFY/hwPRUEBg'],
      ['hello', '0123456789abcdef', '', 'APoZlYqWRRz+/rRoTiEaxlXUiZD8'],
      ['', '0123456789ab', '', 'UCgvHX2BYpnZ2rOmVMPFAw=='],
    ];
    for (const [plain, iv, aad, b64] of vectors) {
      expect(AesGcm.encrypt(plain, key, iv, aad)).to.equal(b64);
      expect(AesGcm.decrypt(b64, key, iv, aad)).to.equal(plain);
    }
  });

  it('refuses a tampered ciphertext, a wrong aad, a short input and a key that is not 32 bytes', () => {
    const c = AesGcm.encrypt('secret', key, '0123456789ab', 'certificate');
    const flipped = Buffer.from(c, 'base64');
    flipped[0] = (flipped[0] as number) ^ 1;
    expect(() => AesGcm.decrypt(flipped.toString('base64'), key, '0123456789ab', 'certificate')).to.throw(CryptoError, /authentication failed/);
    expect(() => AesGcm.decrypt(c, key, '0123456789ab', 'transaction')).to.throw(CryptoError);
    expect(() => AesGcm.decrypt('AAAA', key, '0123456789ab')).to.throw(CryptoError, /shorter than/);
    expect(() => AesGcm.encrypt('x', 'short', '0123456789ab')).to.throw(CryptoError, /exactly 32 bytes/);
    expect(() => AesGcm.encrypt('x', key, '')).to.throw(CryptoError, /iv/);
  });

  it('matches the ECB vectors, the refund req_info one included', () => {
    expect(AesEcb.encrypt('hello', key)).to.equal('pZwJZBLuy3mDACEQT4YTBw==');
    expect(AesEcb.encrypt('hello', key, 'ignored')).to.equal('pZwJZBLuy3mDACEQT4YTBw==');
    expect(AesEcb.encrypt('', key)).to.equal('iqNiQf3o3wVNwyXGxpW4ng==');
    const k = Hash.md5('exposed_your_key_here_have_risks');
    expect(k).to.equal('4ad14ac334ab13540eb6c5479512a8e8');
    const xml = '<root><out_refund_no><![CDATA[131811191610442717309]]></out_refund_no></root>';
    const c = 'sQHh/cSF5F2ms58BHQoBmSe6PR7CX1bhrvBSH9Qhny+XrJMY2DfYIO50b51BFVxzk/GNmvI9NBWlrTMA5+VT+Ab/5JopDsr0SxnGBcoiwMA=';
    expect(AesEcb.encrypt(xml, k)).to.equal(c);
    expect(AesEcb.decrypt(c, k)).to.equal(xml);
    expect(() => AesEcb.decrypt('AAAA', k)).to.throw(CryptoError);
    expect(() => AesEcb.encrypt('x', 'short')).to.throw(CryptoError, /32 bytes/);
  });
});

describe('Rsa', () => {
  const merchant = keyPair('merchant');
  const dir = mkdtempSync(join(tmpdir(), 'wxpay-rsa-'));
  const file = (name: string, text: string | Buffer) => {
    const p = join(dir, name);
    writeFileSync(p, text);
    return p;
  };

  it('loads private keys in every supported form', () => {
    const message = 'load me';
    const expected = Rsa.sign(message, merchant.privateKey);
    const { privateKey: encKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const encrypted = encKey.export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase: 'pw' }).toString();
    const forms: unknown[] = [
      merchant.privatePem,
      merchant.pkcs1Pem,
      Buffer.from(merchant.privatePem),
      merchant.privateKey.export({ type: 'pkcs8', format: 'der' }),
      merchant.privateKey.export({ type: 'pkcs1', format: 'der' }),
      pathToFileURL(file('k.pem', merchant.privatePem)).href,
      `private.pkcs1://${body64(merchant.pkcs1Pem)}`,
      `private.pkcs8://${body64(merchant.privatePem)}`,
      merchant.privateKey,
    ];
    for (const form of forms) expect(Rsa.sign(message, Rsa.from(form as never, 'private'))).to.equal(expected);
    expect(Rsa.from([encrypted, 'pw'], 'private').type).to.equal('private');
    expect(() => Rsa.from(encrypted, 'private')).to.throw(CryptoError, /encrypted: pass \[pem, passphrase\]/);
    expect(() => Rsa.from([encrypted, 'wrong'], 'private')).to.throw(CryptoError);
  });

  it('loads public keys in every supported form, never a private key as public', () => {
    const pub = merchant.publicKey;
    const pkcs1 = pub.export({ type: 'pkcs1', format: 'pem' }).toString();
    const cert = certificate(merchant, keyPair('ca'), '3AB1', 'merchant');
    const forms: unknown[] = [
      merchant.publicPem,
      pkcs1,
      cert,
      Buffer.from(cert),
      pub.export({ type: 'spki', format: 'der' }),
      pathToFileURL(file('c.pem', cert)).href,
      `public.pkcs1://${body64(pkcs1)}`,
      `public.spki://${body64(merchant.publicPem)}`,
      pub,
    ];
    const sig = Rsa.sign('m', merchant.privateKey);
    for (const form of forms) expect(Rsa.verify('m', sig, Rsa.from(form as never, 'public'))).to.equal(true);
    expect(() => Rsa.from(merchant.privatePem, 'public')).to.throw(CryptoError, /private key was given/);
    expect(() => Rsa.from('garbage', 'public')).to.throw(CryptoError, /Expected an X\.509 certificate/);
    expect(() => Rsa.from('https://example.com/k', 'private')).to.throw(CryptoError, /unknown scheme/);
  });

  it('converts PKCS#1 to SPKI', () => {
    expect(Rsa.pkcs1ToSpki(Buffer.alloc(10, 1).toString('base64'))).to.equal('MBwwDQYJKoZIhvcNAQEBBQADCwABAQEBAQEBAQEB');
    const pkcs1 = merchant.publicKey.export({ type: 'pkcs1', format: 'der' }).toString('base64');
    expect(Rsa.pkcs1ToSpki(pkcs1)).to.equal(merchant.publicKey.export({ type: 'spki', format: 'der' }).toString('base64'));
  });

  it('signs so that jsrsasign verifies, and verifies what jsrsasign signs', () => {
    const message = 'GET\n/v3/certificates\n1554208460\n593BEC0C930BF1AFEB40B4A08C8FB242\n\n';
    const ours = Rsa.sign(message, merchant.privatePem);
    const v = new KJUR.crypto.Signature({ alg: 'SHA256withRSA' });
    v.init(KEYUTIL.getKey(merchant.publicPem) as Parameters<typeof v.init>[0]);
    v.updateString(message);
    expect(v.verify(Buffer.from(ours, 'base64').toString('hex'))).to.equal(true);
    const s = new KJUR.crypto.Signature({ alg: 'SHA256withRSA' });
    s.init(KEYUTIL.getKey(merchant.privatePem) as Parameters<typeof s.init>[0]);
    s.updateString('中文 message');
    const theirs = Buffer.from(s.sign(), 'hex').toString('base64');
    expect(Rsa.verify('中文 message', theirs, merchant.publicPem)).to.equal(true);
    expect(Rsa.verify('other message', theirs, merchant.publicPem)).to.equal(false);
  });

  it('encrypts with OAEP SHA-1 (randomised) and decrypts it; the openssl spec below cross-checks', () => {
    const a = Rsa.encrypt('6225 8888 0000 1234', merchant.publicPem);
    const b = Rsa.encrypt('6225 8888 0000 1234', merchant.publicPem);
    expect(a).to.not.equal(b);
    expect(Buffer.from(a, 'base64')).to.have.length(256);
    expect(Rsa.decrypt(a, merchant.privateKey)).to.equal('6225 8888 0000 1234');
    expect(Rsa.decrypt(b, merchant.pkcs1Pem)).to.equal('6225 8888 0000 1234');
    expect(() => Rsa.encrypt('x', merchant.publicPem, 1)).to.throw(CryptoError, /OAEP/);
    expect(() => Rsa.decrypt('AAAA', merchant.privateKey)).to.throw(CryptoError);
    expect(() => Rsa.decrypt(a, keyPair('stranger').privateKey)).to.throw(CryptoError);
  });

  (hasOpenssl ? it : it.skip)('interoperates with the openssl CLI (signatures and OAEP)', () => {
    const keyFile = file('merchant.pem', merchant.privatePem);
    const pubFile = file('merchant.pub', merchant.publicPem);
    const msg = file('msg.txt', '1554208460\nNONCE\n{"a":"中"}\n');
    const sigFile = join(dir, 'sig.bin');
    writeFileSync(sigFile, Buffer.from(Rsa.sign('1554208460\nNONCE\n{"a":"中"}\n', merchant.privatePem), 'base64'));
    const out = execFileSync('openssl', ['dgst', '-sha256', '-verify', pubFile, '-signature', sigFile, msg]).toString();
    expect(out).to.match(/Verified OK/);
    const theirs = execFileSync('openssl', ['dgst', '-sha256', '-sign', keyFile, msg]).toString('base64');
    expect(Rsa.verify('1554208460\nNONCE\n{"a":"中"}\n', theirs, merchant.publicPem)).to.equal(true);
    const ct = file('ct.bin', Buffer.from(Rsa.encrypt('secret 敏感', merchant.publicPem), 'base64'));
    const plain = execFileSync('openssl', [
      'pkeyutl',
      '-decrypt',
      '-inkey',
      keyFile,
      '-pkeyopt',
      'rsa_padding_mode:oaep',
      '-pkeyopt',
      'rsa_oaep_md:sha1',
      '-in',
      ct,
    ]).toString();
    expect(plain).to.equal('secret 敏感');
    const theirCt = execFileSync('openssl', [
      'pkeyutl',
      '-encrypt',
      '-pubin',
      '-inkey',
      pubFile,
      '-pkeyopt',
      'rsa_padding_mode:oaep',
      '-pkeyopt',
      'rsa_oaep_md:sha1',
      '-in',
      file('p.txt', 'from openssl'),
    ]);
    expect(Rsa.decrypt(theirCt.toString('base64'), merchant.privateKey)).to.equal('from openssl');
    // the PKCS#1 public key the risk API hands out loads too
    const pkcs1 = execFileSync('openssl', ['rsa', '-in', keyFile, '-RSAPublicKey_out']).toString();
    expect(Rsa.from(pkcs1, 'public').export({ type: 'spki', format: 'pem' })).to.equal(merchant.publicPem);
  });
});
