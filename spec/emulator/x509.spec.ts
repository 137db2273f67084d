import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { generateKeyPairSync, X509Certificate } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { KEYUTIL, X509 } from 'jsrsasign';
import { createCertificate, randomSerial } from '../../lib/emulator';

function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('emulator: X.509 certificates without openssl', () => {
  const ca = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const leaf = generateKeyPairSync('rsa', { modulusLength: 2048 });
  const caPem = createCertificate({
    subject: { C: 'CN', O: 'Test CA', CN: 'Test Root' },
    serial: '01',
    publicKey: ca.publicKey,
    signingKey: ca.privateKey,
    ca: true,
    notBefore: new Date('2024-01-01T00:00:00Z'),
    notAfter: new Date('2054-01-01T00:00:00Z'),
  });
  const leafPem = createCertificate({
    subject: { C: 'CN', O: '商户名称', OU: 'Tenpay.com', CN: '1900000001' },
    issuer: { C: 'CN', O: 'Test CA', CN: 'Test Root' },
    serial: '3775B6A45ACD588826D15E583A95F5DD00000000',
    publicKey: leaf.publicKey,
    signingKey: ca.privateKey,
    notBefore: new Date('2024-05-06T07:08:09Z'),
    notAfter: new Date('2029-05-06T07:08:09Z'),
    altNames: ['localhost', '127.0.0.1', '::1'],
  });

  it('node parses them: serial, names, validity, key and the issuer signature', () => {
    const c = new X509Certificate(leafPem);
    expect(c.serialNumber.toUpperCase()).to.equal('3775B6A45ACD588826D15E583A95F5DD00000000');
    expect(c.subject).to.include('CN=1900000001').and.include('O=商户名称');
    expect(c.issuer).to.include('CN=Test Root');
    expect(new Date(c.validFrom).toISOString()).to.equal('2024-05-06T07:08:09.000Z');
    expect(new Date(c.validTo).toISOString()).to.equal('2029-05-06T07:08:09.000Z');
    expect(c.publicKey.export({ type: 'spki', format: 'pem' })).to.equal(leaf.publicKey.export({ type: 'spki', format: 'pem' }));
    expect(c.verify(new X509Certificate(caPem).publicKey)).to.equal(true);
    expect(c.verify(leaf.publicKey)).to.equal(false);
    expect(c.checkHost('localhost')).to.equal('localhost');
    expect(c.checkIP('127.0.0.1')).to.equal('127.0.0.1');
    expect(c.ca).to.equal(false);
    expect(new X509Certificate(caPem).ca).to.equal(true);
    // 2054 is past 2049: written as GeneralizedTime, still read back right.
    expect(new Date(new X509Certificate(caPem).validTo).getUTCFullYear()).to.equal(2054);
  });

  it('jsrsasign (independent ASN.1 code) reads them and verifies the signature', () => {
    const x = new X509();
    x.readCertPEM(leafPem);
    expect(x.getSerialNumberHex().toUpperCase()).to.equal('3775B6A45ACD588826D15E583A95F5DD00000000');
    expect(x.getSignatureAlgorithmField()).to.equal('SHA256withRSA');
    expect(x.getVersion()).to.equal(3);
    expect(x.verifySignature(KEYUTIL.getKey(caPem) as Parameters<X509['verifySignature']>[0])).to.equal(true);
    expect(
      x.verifySignature(KEYUTIL.getKey(leaf.publicKey.export({ type: 'spki', format: 'pem' }).toString()) as Parameters<X509['verifySignature']>[0]),
    ).to.equal(false);
  });

  it('openssl verifies the chain and prints the fields (skipped without openssl)', function () {
    if (!hasOpenssl()) {
      this.skip();
      return;
    }
    const dir = mkdtempSync(join(tmpdir(), 'x509-'));
    try {
      writeFileSync(join(dir, 'ca.pem'), caPem);
      writeFileSync(join(dir, 'leaf.pem'), leafPem);
      const verified = execFileSync('openssl', ['verify', '-no_check_time', '-CAfile', join(dir, 'ca.pem'), join(dir, 'leaf.pem')]).toString();
      expect(verified).to.match(/leaf\.pem: OK/);
      const text = execFileSync('openssl', ['x509', '-in', join(dir, 'leaf.pem'), '-noout', '-text']).toString();
      expect(text).to.match(/Signature Algorithm: sha256WithRSAEncryption/);
      expect(text).to.match(/Version: 3/);
      expect(text).to.match(/DNS:localhost, IP Address:127\.0\.0\.1, IP Address:0:0:0:0:0:0:0:1/);
      expect(text).to.match(/CA:FALSE/);
      const serial = execFileSync('openssl', ['x509', '-in', join(dir, 'leaf.pem'), '-noout', '-serial']).toString();
      expect(serial.trim()).to.equal('serial=3775B6A45ACD588826D15E583A95F5DD00000000');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses serials DER would rewrite, and random serials avoid them', () => {
    const base = { subject: { CN: 'x' }, publicKey: leaf.publicKey, signingKey: leaf.privateKey };
    expect(() => createCertificate({ ...base, serial: '80AA' })).to.throw(/must start with a byte 01–7F/);
    expect(() => createCertificate({ ...base, serial: '00AA' })).to.throw(/must start with a byte 01–7F/);
    expect(() => createCertificate({ ...base, serial: 'XYZ' })).to.throw(/hex/);
    for (let i = 0; i < 200; i += 1) {
      const s = randomSerial();
      expect(s).to.match(/^[0-9A-F]{40}$/);
      const first = parseInt(s.slice(0, 2), 16);
      expect(first).to.be.within(1, 0x7f);
    }
    const self = new X509Certificate(createCertificate(base));
    expect(self.verify(leaf.publicKey)).to.equal(true);
  });
});
