/**
 * Identities the emulator plays and hands out: its root CA, the platform (a certificate and a
 * WeChat Pay public key, each with its own RSA key) and ready-made demo merchants.
 */
import { generateKeyPair, randomBytes, type KeyObject } from 'node:crypto';
import { Formatter } from '../crypto/formatter';
import { createCertificate, randomSerial } from './x509';

export interface RsaPair {
  privateKey: KeyObject;
  publicKey: KeyObject;
  privatePem: string;
  publicPem: string;
}

/** A fresh 2048-bit RSA key pair (async: runs on the libuv pool, so several can be made at once). */
export function generateRsa(): Promise<RsaPair> {
  return new Promise((resolve, reject) => {
    generateKeyPair('rsa', { modulusLength: 2048 }, (err, publicKey, privateKey) => {
      if (err) {
        reject(err);
        return;
      }
      resolve({
        privateKey,
        publicKey,
        privatePem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
        publicPem: publicKey.export({ type: 'spki', format: 'pem' }).toString(),
      });
    });
  });
}

/** The emulator's certificate authority: issues merchant, platform and HTTPS certificates. */
export interface CertificateAuthority {
  certificate: string;
  privateKey: string;
}

/** What a client needs to verify the platform (public parts only: safe to print and share). */
export interface PlatformInfo {
  /** Platform certificate serial (hex). */
  serial: string;
  /** Platform certificate, PEM. */
  certificate: string;
  /** WeChat Pay public key id, `PUB_KEY_ID_…`. */
  publicKeyId: string;
  /** WeChat Pay public key, SPKI PEM. */
  publicKey: string;
}

/** The platform with its private keys (the emulator's own; never handed to a client). */
export interface PlatformIdentity extends PlatformInfo {
  /** Signs answers in certificate mode. */
  certificateKey: string;
  /** Signs answers in public-key mode. */
  publicKeyKey: string;
  ca: CertificateAuthority;
}

/** A merchant with everything a client needs (demo and test use only: it includes the private key). */
export interface DemoMerchant {
  mchid: string;
  /** Merchant API certificate serial (hex). */
  serial: string;
  /** Merchant API certificate, PEM. */
  certificate: string;
  /** Merchant API private key, PKCS#8 PEM. */
  privateKey: string;
  /** APIv3 key: 32 characters. */
  apiv3Key: string;
  /** APIv2 key: 32 characters. */
  secret: string;
}

const DAY = 86_400_000;

/** The name of the emulator's root CA (subject of its certificate, issuer of the ones it signs). */
export const CA_NAME = { C: 'CN', O: 'wechatpay-chain emulator', CN: 'wechatpay-chain emulator root CA' } as const;

/** A new root CA (self-signed, 10 years). */
export async function createAuthority(now = Date.now()): Promise<CertificateAuthority> {
  const pair = await generateRsa();
  const certificate = createCertificate({
    subject: CA_NAME,
    publicKey: pair.publicKey,
    signingKey: pair.privateKey,
    ca: true,
    notBefore: new Date(now - DAY),
    notAfter: new Date(now + 3650 * DAY),
  });
  return { certificate, privateKey: pair.privatePem };
}

/** A `PUB_KEY_ID_` followed by 32 digits, like the ids the platform issues. */
export function randomPublicKeyId(): string {
  let digits = '';
  for (const b of randomBytes(32)) digits += String(b % 10);
  return `PUB_KEY_ID_${digits}`;
}

/** The platform's signing certificate: 5 years from a day before `now`, issued by the emulator CA. */
export function platformCertificate(publicKey: KeyObject | string, signingKey: KeyObject | string, serial: string, now: number): string {
  return createCertificate({
    subject: { C: 'CN', O: 'Tenpay.com', OU: 'Tenpay.com CA Center', CN: 'Tenpay.com sign' },
    issuer: CA_NAME,
    serial,
    publicKey,
    signingKey,
    notBefore: new Date(now - DAY),
    notAfter: new Date(now + 5 * 365 * DAY),
  });
}

export interface PlatformOptions {
  ca?: CertificateAuthority;
  serial?: string;
  publicKeyId?: string;
  /** Clock for the certificate's validity. */
  now?: number;
}

/** A platform identity: a certificate (5 years, issued by the CA) and a separate public key. */
export async function createPlatform(options: PlatformOptions = {}): Promise<PlatformIdentity> {
  const now = options.now ?? Date.now();
  const [ca, certPair, pubPair] = await Promise.all([options.ca ? Promise.resolve(options.ca) : createAuthority(now), generateRsa(), generateRsa()]);
  const serial = options.serial ?? randomSerial();
  const certificate = platformCertificate(certPair.publicKey, ca.privateKey, serial, now);
  return {
    serial,
    certificate,
    publicKeyId: options.publicKeyId ?? randomPublicKeyId(),
    publicKey: pubPair.publicPem,
    certificateKey: certPair.privatePem,
    publicKeyKey: pubPair.privatePem,
    ca,
  };
}

export interface DemoMerchantOptions {
  mchid?: string;
  serial?: string;
  /** Issue the certificate from this CA (default: self-signed, as a standalone test fixture). */
  ca?: CertificateAuthority;
  /** Merchant name for the certificate. */
  name?: string;
  now?: number;
}

/** A complete merchant: fresh RSA key, a certificate for it, a serial, an APIv3 key and an APIv2 key. */
export async function createDemoMerchant(options: DemoMerchantOptions = {}): Promise<DemoMerchant> {
  const now = options.now ?? Date.now();
  const pair = await generateRsa();
  const mchid = options.mchid ?? `19${String(randomBytes(4).readUInt32BE(0) % 100_000_000).padStart(8, '0')}`;
  const serial = options.serial ?? randomSerial();
  const subject = { C: 'CN', O: options.name ?? `Demo merchant ${mchid}`, OU: 'Tenpay.com API certificate', CN: mchid };
  const certificate = createCertificate({
    subject,
    issuer: options.ca ? CA_NAME : subject,
    serial,
    publicKey: pair.publicKey,
    signingKey: options.ca ? options.ca.privateKey : pair.privateKey,
    notBefore: new Date(now - DAY),
    notAfter: new Date(now + 5 * 365 * DAY),
  });
  return { mchid, serial, certificate, privateKey: pair.privatePem, apiv3Key: Formatter.nonce(32), secret: Formatter.nonce(32) };
}
