/**
 * Download platform certificates before any client exists (first start, the CLI): a throw-away
 * driver signs the request with the merchant key; the answer is verified with the certificate it
 * carries, which breaks the chicken-and-egg of "which key verifies the first download".
 */
import type { CreateAxiosDefaults } from 'axios';
import { Driver } from '../request/driver';
import { withSlash } from '../request/options';
import { createAgents } from '../request/transport';
import { ConfigError } from '../errors';
import { DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_TOTAL_TIMEOUT } from '../request/limits';
import { DEFAULT_RETRY } from '../request/retry';
import { KeyStore } from '../crypto/keystore';
import { type KeyLike, Rsa } from '../crypto/rsa';
import { localSigner, type Signer } from '../request/sign';
import { type FetchCertificatesOptions, fetchCertificates, type PlatformCertificate } from './fetch';

/** What a download needs without a client. */
export interface DownloadCertificatesConfig extends FetchCertificatesOptions {
  mchid: string;
  /** Merchant API certificate serial. */
  serial: string;
  /** Merchant API private key (or `signer`). */
  privateKey?: KeyLike;
  signer?: Signer;
  /** Default `https://api.mch.weixin.qq.com/`. */
  baseURL?: string;
  /** Keys that may also verify the answer (public-key mode, a known certificate). */
  certs?: Record<string, KeyLike>;
  /** Axios options for the request (proxy, httpsAgent …). */
  axios?: CreateAxiosDefaults;
  /** Clock in ms since epoch. */
  clock?: () => number;
}

function need(ok: boolean, option: string, message: string): void {
  if (!ok) throw new ConfigError(option, message);
}

/** Download, decrypt and verify the platform certificates with the merchant's credentials. */
export async function downloadCertificates(config: DownloadCertificatesConfig): Promise<PlatformCertificate[]> {
  need(!!config && typeof config.mchid === 'string' && !!config.mchid, 'mchid', '`mchid` (the merchant id) is required as a non-empty string.');
  need(typeof config.serial === 'string' && !!config.serial, 'serial', '`serial` (the merchant API certificate serial) is required as a non-empty string.');
  need(
    config.privateKey !== undefined || typeof config.signer === 'function',
    'privateKey',
    '`privateKey` (the merchant API private key) or a `signer` is required.',
  );
  need(
    config.apiv3Key !== undefined && Buffer.byteLength(config.apiv3Key) === 32,
    'apiv3Key',
    '`apiv3Key` (the APIv3 key, 32 bytes) is required to decrypt the certificates.',
  );
  let signer: Signer;
  if (config.signer) signer = config.signer;
  else {
    try {
      signer = localSigner(Rsa.from(config.privateKey as KeyLike, 'private'));
    } catch (err) {
      throw new ConfigError('privateKey', `\`privateKey\` does not load: ${(err as Error).message}`, { cause: err });
    }
  }
  const baseURL = withSlash(config.baseURL ?? 'https://api.mch.weixin.qq.com/');
  need(/^https?:\/\/[^/]+/i.test(baseURL), 'baseURL', `\`baseURL\` must be an absolute http(s) URL, got ${JSON.stringify(config.baseURL)}.`);
  const trusted = new KeyStore(config.certs ?? {});
  // Its own agents, closed when done: a one-off download leaves no socket open, and the shared pool
  // of the process's clients is not touched.
  const agents = createAgents();
  const driver = new Driver({
    mchid: config.mchid,
    serial: config.serial,
    signer,
    keystore: trusted,
    baseURL,
    headers: {},
    axios: config.axios ?? {},
    clock: config.clock ?? Date.now,
    maxSkew: 300,
    agents,
    limits: { timeout: DEFAULT_TIMEOUT, connectTimeout: DEFAULT_CONNECT_TIMEOUT, totalTimeout: DEFAULT_TOTAL_TIMEOUT, maxContentLength: -1 },
    retry: DEFAULT_RETRY,
  });
  try {
    return await fetchCertificates(driver, config, trusted);
  } finally {
    agents.httpAgent.destroy();
    agents.httpsAgent.destroy();
  }
}

/** Download the certificates into a new {@link KeyStore}, ready for `Builder.factory({ certs })`. */
export async function certificateKeyStore(config: DownloadCertificatesConfig): Promise<KeyStore> {
  const store = new KeyStore(config.certs ?? {});
  for (const c of await downloadCertificates(config)) store.set(c.serial, c.pem);
  return store;
}
