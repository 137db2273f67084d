/**
 * X.509 v3 certificates made in-process (no openssl): merchant API certificates, platform
 * certificates and the emulator's HTTPS certificate, signed sha256WithRSAEncryption.
 */
import { createHash, createPrivateKey, createPublicKey, randomBytes, sign, type KeyObject } from 'node:crypto';
import { isIP } from 'node:net';
import {
  bitString,
  boolean,
  explicit,
  implicitPrimitive,
  nullValue,
  octetString,
  oid,
  printableString,
  sequence,
  set,
  smallInteger,
  time,
  unsignedInteger,
  utf8String,
} from './der';

/** A distinguished name, attributes in the order given (e.g. `{ C: 'CN', O: 'Tenpay.com', CN: '1900000001' }`). */
export type DistinguishedName = Partial<Record<'C' | 'ST' | 'L' | 'O' | 'OU' | 'CN', string>>;

export interface CertificateOptions {
  /** Subject name. */
  subject: DistinguishedName;
  /** Issuer name; defaults to the subject (self-signed). */
  issuer?: DistinguishedName;
  /** Serial number as hex (no sign issues: first byte 0x01–0x7F). Default: 20 random bytes. */
  serial?: string;
  /** The certified public key (KeyObject or PEM). */
  publicKey: KeyObject | string;
  /** The issuer's private key (the subject's own for a self-signed certificate). */
  signingKey: KeyObject | string;
  /** Default: now − 1 day. */
  notBefore?: Date;
  /** Default: notBefore + 5 years (the platform's certificate lifetime). */
  notAfter?: Date;
  /** A CA certificate (basicConstraints cA, keyCertSign). Default false. */
  ca?: boolean;
  /** subjectAltName entries: DNS names and IP addresses (for HTTPS). */
  altNames?: string[];
}

const ATTRIBUTE_OIDS: Record<keyof DistinguishedName, string> = {
  C: '2.5.4.6',
  ST: '2.5.4.8',
  L: '2.5.4.7',
  O: '2.5.4.10',
  OU: '2.5.4.11',
  CN: '2.5.4.3',
};
const SHA256_WITH_RSA = '1.2.840.113549.1.1.11';

function name(dn: DistinguishedName): Buffer {
  const rdns: Buffer[] = [];
  for (const [attr, value] of Object.entries(dn) as Array<[keyof DistinguishedName, string | undefined]>) {
    if (value === undefined) continue;
    const oidText = ATTRIBUTE_OIDS[attr];
    if (!oidText) throw new Error(`createCertificate: unknown name attribute ${String(attr)}`);
    // Country is PrintableString by definition; the rest are UTF8String so Chinese names work.
    rdns.push(set(sequence(oid(oidText), attr === 'C' ? printableString(value) : utf8String(value))));
  }
  return sequence(...rdns);
}

function extension(id: string, critical: boolean, value: Buffer): Buffer {
  return critical ? sequence(oid(id), boolean(true), octetString(value)) : sequence(oid(id), octetString(value));
}

function keyId(spkiDer: Buffer): Buffer {
  // RFC 5280 method 1: SHA-1 of the subjectPublicKey BIT STRING value; the whole SPKI is close enough
  // for an identifier and avoids re-parsing DER here.
  return createHash('sha1').update(spkiDer).digest();
}

/** A random serial in hex: 20 bytes, first byte 0x01–0x7F so the DER INTEGER needs no sign byte. */
export function randomSerial(bytes = 20): string {
  const b = randomBytes(bytes);
  b[0] = ((b[0] as number) % 0x7f) + 1;
  return b.toString('hex').toUpperCase();
}

function serialBytes(serial: string): Buffer {
  if (!/^(?:[0-9a-fA-F]{2})+$/.test(serial)) throw new Error(`createCertificate: serial must be an even number of hex digits, got ${JSON.stringify(serial)}`);
  const b = Buffer.from(serial, 'hex');
  if (b[0] === 0 || (b[0] as number) >= 0x80) {
    throw new Error(`createCertificate: serial ${serial} must start with a byte 01–7F (a leading 00 or a high bit changes how DER writes it)`);
  }
  return b;
}

function asKey(key: KeyObject | string, type: 'public' | 'private'): KeyObject {
  if (typeof key !== 'string') return key;
  return type === 'private' ? createPrivateKey(key) : createPublicKey(key);
}

/** Build and sign an X.509 v3 certificate; returns PEM text. */
export function createCertificate(options: CertificateOptions): string {
  const signingKey = asKey(options.signingKey, 'private');
  const publicKey = asKey(options.publicKey, 'public');
  const issuerKey = createPublicKey(signingKey);
  const spki = publicKey.export({ type: 'spki', format: 'der' });
  const issuerSpki = issuerKey.export({ type: 'spki', format: 'der' });
  const notBefore = options.notBefore ?? new Date(Date.now() - 86_400_000);
  const notAfter = options.notAfter ?? new Date(notBefore.getTime() + 5 * 365 * 86_400_000);
  const algorithm = sequence(oid(SHA256_WITH_RSA), nullValue());
  const ca = options.ca === true;
  const extensions: Buffer[] = [
    extension('2.5.29.19', true, ca ? sequence(boolean(true)) : sequence()),
    // keyUsage: CA → keyCertSign|cRLSign; end entity → digitalSignature|nonRepudiation|keyEncipherment|dataEncipherment.
    extension('2.5.29.15', true, ca ? Buffer.from([0x03, 0x02, 0x01, 0x06]) : Buffer.from([0x03, 0x02, 0x04, 0xf0])),
    extension('2.5.29.14', false, octetString(keyId(spki))),
    extension('2.5.29.35', false, sequence(implicitPrimitive(0, keyId(issuerSpki)))),
  ];
  if (options.altNames?.length) {
    const names = options.altNames.map((n) => (isIP(n) ? implicitPrimitive(7, ipBytes(n)) : implicitPrimitive(2, Buffer.from(n, 'latin1'))));
    extensions.push(extension('2.5.29.17', false, sequence(...names)));
  }
  const tbs = sequence(
    explicit(0, smallInteger(2)),
    unsignedInteger(options.serial === undefined ? serialBytes(randomSerial()) : serialBytes(options.serial)),
    algorithm,
    name(options.issuer ?? options.subject),
    sequence(time(notBefore), time(notAfter)),
    name(options.subject),
    spki,
    explicit(3, sequence(...extensions)),
  );
  const signature = sign('sha256', tbs, signingKey);
  const der = sequence(tbs, algorithm, bitString(signature));
  const b64 = der
    .toString('base64')
    .replace(/(.{64})/g, '$1\n')
    .replace(/\n$/, '');
  return `-----BEGIN CERTIFICATE-----\n${b64}\n-----END CERTIFICATE-----\n`;
}

function ipBytes(ip: string): Buffer {
  if (isIP(ip) === 4) return Buffer.from(ip.split('.').map(Number));
  // IPv6: expand "::" and write 8 groups of 16 bits.
  const [head = '', tail = ''] = ip.split('::');
  const h = head ? head.split(':') : [];
  const t = ip.includes('::') ? (tail ? tail.split(':') : []) : [];
  const groups = ip.includes('::') ? [...h, ...Array(8 - h.length - t.length).fill('0'), ...t] : ip.split(':');
  const out = Buffer.alloc(16);
  groups.forEach((g, i) => out.writeUInt16BE(parseInt(g as string, 16), i * 2));
  return out;
}
