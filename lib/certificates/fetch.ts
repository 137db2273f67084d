/**
 * Platform-certificate download: `GET /v3/certificates`, each certificate decrypted with the APIv3
 * key (AEAD_AES_256_GCM), then the answer's signature verified with the certificate it carries (or a
 * key already trusted). The GCM tag proves the list came from someone holding the APIv3 key; the
 * signature then proves the certificate is the platform's.
 */
import { X509Certificate } from 'node:crypto';
import type { AxiosResponse } from 'axios';
import { AesGcm } from '../crypto/aes';
import type { Driver } from '../request/driver';
import { CryptoError, SignatureError, WechatpayError } from '../errors';
import { getHeader, mergeHeaders } from '../request/headers';
import { KeyStore } from '../crypto/keystore';
import { USER_AGENT } from '../request/transport';
import { serializeQuery } from '../request/uri';
import type { RetryPolicy } from '../request/retry';
import { checkSignature } from '../request/verify';

/** One decrypted platform certificate. */
export interface PlatformCertificate {
  /** Serial number (uppercase hex), as the platform writes it in `Wechatpay-Serial`. */
  serial: string;
  /** `effective_time` / `expire_time` as the answer gives them (RFC 3339). */
  effectiveTime: string;
  expireTime: string;
  /** PEM text of the certificate. */
  pem: string;
  certificate: X509Certificate;
}

/** Options of {@link fetchCertificates}. */
export interface FetchCertificatesOptions {
  /** The APIv3 key (32 bytes) that encrypts the certificates. */
  apiv3Key: string | Buffer;
  /** Default `v3/certificates` (overseas merchants: `v3/global/certificates`). */
  path?: string;
  /** Query, e.g. `{ algorithm_type: 'RSA' }`. */
  query?: Record<string, string>;
  signal?: AbortSignal;
  /** Deadline of one attempt (ms); the client's when left out. */
  timeout?: number;
  /** Retry policy of the download (the client's when left out; `false`: one attempt). */
  retry?: RetryPolicy | false;
}

interface EncryptedCertificate {
  algorithm?: string;
  nonce?: string;
  associated_data?: string;
  ciphertext?: string;
}

interface CertificateItem {
  serial_no?: string;
  effective_time?: string;
  expire_time?: string;
  encrypt_certificate?: EncryptedCertificate;
}

function decryptItem(item: CertificateItem, apiv3Key: string | Buffer, index: number): PlatformCertificate {
  const enc = item.encrypt_certificate;
  const serial = typeof item.serial_no === 'string' ? item.serial_no : '';
  if (!serial || !enc || typeof enc.ciphertext !== 'string' || typeof enc.nonce !== 'string') {
    throw new CryptoError(`/v3/certificates: data[${index}] lacks serial_no or encrypt_certificate {nonce, ciphertext}.`);
  }
  if (enc.algorithm !== undefined && enc.algorithm !== 'AEAD_AES_256_GCM') {
    throw new CryptoError(`/v3/certificates: data[${index}] (${serial}) uses ${enc.algorithm}; only AEAD_AES_256_GCM is supported.`);
  }
  let pem: string;
  try {
    pem = AesGcm.decrypt(enc.ciphertext, apiv3Key, enc.nonce, enc.associated_data ?? '');
  } catch (err) {
    throw new CryptoError(`/v3/certificates: the certificate ${serial} does not decrypt with the APIv3 key (wrong apiv3Key, or altered data).`, { cause: err });
  }
  let certificate: X509Certificate;
  try {
    certificate = new X509Certificate(pem);
  } catch (err) {
    throw new CryptoError(`/v3/certificates: the decrypted data of ${serial} is not an X.509 certificate.`, { cause: err });
  }
  if (certificate.serialNumber.toUpperCase() !== serial.toUpperCase()) {
    throw new CryptoError(`/v3/certificates: serial_no ${serial} does not match the certificate's own serial ${certificate.serialNumber.toUpperCase()}.`);
  }
  return {
    serial,
    effectiveTime: String(item.effective_time ?? certificate.validFrom),
    expireTime: String(item.expire_time ?? certificate.validTo),
    pem,
    certificate,
  };
}

/**
 * Send the signed GET through the driver's own flow (same agents, proxy, deadlines, retries); the
 * answer is marked unsigned here because it is verified below, with the certificates it carries.
 */
async function send(driver: Driver, options: FetchCertificatesOptions): Promise<AxiosResponse<Buffer>> {
  const path = options.path ?? 'v3/certificates';
  const parsed = driver.resolve(path, serializeQuery(options.query));
  const headers = mergeHeaders({ Accept: 'application/json', 'User-Agent': USER_AGENT }, driver.settings.headers);
  const where = `GET ${path}`;
  return driver.send({
    ...driver.policy({ timeout: options.timeout, signal: options.signal, retry: options.retry }, where, false),
    protocol: 'v3',
    method: 'GET',
    template: path,
    url: parsed.href,
    target: `${parsed.pathname}${parsed.search}`,
    data: undefined,
    headers,
    axios: options.signal ? { signal: options.signal } : {},
    steps: driver.steps,
    unsigned: true,
    binary: true,
  }) as Promise<AxiosResponse<Buffer>>;
}

/**
 * Download, decrypt and verify the platform certificates. `trusted` keys (the client's key store)
 * may also verify the answer, e.g. when it is signed with a WeChat Pay public key.
 */
export async function fetchCertificates(driver: Driver, options: FetchCertificatesOptions, trusted?: KeyStore): Promise<PlatformCertificate[]> {
  if (options.apiv3Key === undefined || options.apiv3Key === null || Buffer.byteLength(options.apiv3Key) !== 32) {
    throw new CryptoError('The APIv3 key (apiv3Key) must be 32 bytes: it decrypts the platform certificates.');
  }
  const response = await send(driver, options);
  const raw = Buffer.from(response.data);
  let parsed: { data?: unknown };
  try {
    parsed = JSON.parse(raw.toString('utf8')) as { data?: unknown };
  } catch (err) {
    throw new WechatpayError(`/v3/certificates answered something that is not JSON (${raw.length} bytes).`, { cause: err });
  }
  if (!parsed || !Array.isArray(parsed.data) || parsed.data.length === 0) {
    throw new WechatpayError(
      '/v3/certificates answered no certificate (data is empty); merchants created since late 2024 have none: use the WeChat Pay public key (PUB_KEY_ID_…).',
    );
  }
  const list = (parsed.data as CertificateItem[]).map((item, i) => decryptItem(item, options.apiv3Key, i));
  const verifier = new KeyStore();
  if (trusted) {
    for (const serial of trusted.serials()) {
      const key = trusted.get(serial);
      if (key) verifier.set(serial, key);
    }
  }
  for (const c of list) verifier.set(c.serial, c.certificate);
  const h = response.headers;
  const serial = getHeader(h, 'Wechatpay-Serial');
  try {
    await checkSignature(
      {
        timestamp: getHeader(h, 'Wechatpay-Timestamp'),
        nonce: getHeader(h, 'Wechatpay-Nonce'),
        signature: getHeader(h, 'Wechatpay-Signature'),
        serial,
        signatureType: getHeader(h, 'Wechatpay-Signature-Type'),
        body: raw,
      },
      { keystore: verifier, now: driver.settings.clock(), maxSkew: driver.settings.maxSkew },
      response,
    );
  } catch (err) {
    if (err instanceof SignatureError) {
      throw new SignatureError(err.reason, `/v3/certificates: ${err.message} The certificate list is not trusted.`, response, { cause: err });
    }
    throw err;
  }
  return list;
}
