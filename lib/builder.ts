/**
 * `Builder.factory(config)`: validates the configuration (naming the bad option), parses keys once,
 * and returns the chain root.
 */
import type { CreateAxiosDefaults } from 'axios';
import { createChain } from './request/chain';
import { DEFAULT_BASE_URL, Driver } from './request/driver';
import { withSlash } from './request/options';
import { ConfigError, CryptoError } from './errors';
import { KeyStore } from './crypto/keystore';
import { Rsa } from './crypto/rsa';
import { localSigner, type Signer } from './request/sign';
import type { RequestOptions } from './request/options';
import type { Client } from './typed';
import type { ClientConfig } from './config';
import { installV2 } from './v2/install';
import { DEFAULT_RETRY, resolveRetry } from './request/retry';
import { createFailover } from './request/failover';
import { byteLimit, DEFAULT_CONNECT_TIMEOUT, DEFAULT_TIMEOUT, DEFAULT_TOTAL_TIMEOUT, defaultTotal, type Limits, milliseconds } from './request/limits';

const OWN = new Set([
  'mchid',
  'serial',
  'privateKey',
  'certs',
  'signer',
  'secret',
  'merchant',
  'baseURL',
  'headers',
  'clock',
  'maxClockSkew',
  'connectTimeout',
  'totalTimeout',
  'retry',
  'failover',
  'onAttempt',
]);
const AXIOS_DEFAULTS = new Set([
  'timeout',
  'proxy',
  'httpAgent',
  'httpsAgent',
  'maxContentLength',
  'maxBodyLength',
  'maxRedirects',
  'decompress',
  'timeoutErrorMessage',
  'maxRate',
  'insecureHTTPParser',
  'lookup',
  'family',
  'validateStatus',
  'responseEncoding',
  'transitional',
  'adapter',
]);

function fail(option: string, message: string, cause?: unknown): never {
  throw new ConfigError(option, `Builder.factory: ${message}`, cause === undefined ? undefined : { cause });
}

function describeValue(v: unknown): string {
  return v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v;
}

/** Validate the configuration and build the driver. */
export function createDriver(config: ClientConfig): Driver {
  if (!config || typeof config !== 'object') fail('config', 'expects a configuration object.');
  for (const key of Object.keys(config)) {
    if (!OWN.has(key) && !AXIOS_DEFAULTS.has(key)) {
      fail(
        key,
        `unknown option \`${key}\` (expected mchid, serial, privateKey, certs, signer, secret, merchant, baseURL, headers, timeout, connectTimeout, totalTimeout, retry, failover, onAttempt, or an axios option such as proxy/httpsAgent).`,
      );
    }
  }
  const { mchid, serial, privateKey, certs, signer, secret } = config;
  if (typeof mchid !== 'string' || !mchid)
    fail('mchid', `\`mchid\` (the merchant id) is required as a non-empty string such as '1900000001', got ${describeValue(mchid)}.`);
  if (secret !== undefined && (typeof secret !== 'string' || Buffer.byteLength(secret) !== 32)) {
    fail(
      'secret',
      `\`secret\` (the APIv2 key) must be a 32-character string, got ${typeof secret === 'string' ? `${Buffer.byteLength(secret)} bytes` : describeValue(secret)}.`,
    );
  }
  const wantsV3 = serial !== undefined || privateKey !== undefined || signer !== undefined || certs !== undefined || secret === undefined;
  let keystore: KeyStore;
  let sign: Signer | undefined;
  const v3Missing: string[] = [];
  if (wantsV3) {
    if (typeof serial !== 'string' || !serial)
      fail('serial', `\`serial\` (the merchant API certificate serial number, hex) is required as a non-empty string, got ${describeValue(serial)}.`);
    if (signer !== undefined) {
      if (typeof signer !== 'function') fail('signer', `\`signer\` must be a function (message) => base64 signature, got ${describeValue(signer)}.`);
      sign = signer;
    } else {
      if (privateKey === undefined || privateKey === null || privateKey === '')
        fail('privateKey', '`privateKey` (the merchant API private key) is required unless a `signer` is given.');
      try {
        sign = localSigner(Rsa.from(privateKey, 'private'));
      } catch (err) {
        fail('privateKey', `\`privateKey\` does not load: ${err instanceof CryptoError ? err.message : String(err)}`, err);
      }
    }
    if (certs === undefined || certs === null || typeof certs !== 'object') {
      fail(
        'certs',
        '`certs` is required: a map of platform certificate serial or PUB_KEY_ID_… to the certificate / public key, e.g. { "PUB_KEY_ID_0114…": "file:///path/pub_key.pem" }.',
      );
    }
    try {
      keystore = certs instanceof KeyStore ? certs : new KeyStore(certs instanceof Map ? certs.entries() : Object.entries(certs));
    } catch (err) {
      fail('certs', (err as Error).message.replace(/^Builder\.factory: /, ''), err);
    }
    if (keystore.size === 0)
      fail('certs', '`certs` is empty: add the platform certificate(s) or the WeChat Pay public key (PUB_KEY_ID_…) that verify answers.');
    if (keystore.has(serial)) {
      fail(
        'certs',
        `\`certs\` contains the merchant's own certificate serial ${serial}; certs holds WeChat Pay's certificates/public keys, not the merchant's.`,
      );
    }
  } else {
    keystore = new KeyStore();
    v3Missing.push('serial', 'privateKey (or signer)', 'certs');
  }
  let baseURL = DEFAULT_BASE_URL;
  if (config.baseURL !== undefined) {
    if (typeof config.baseURL !== 'string' || !/^https?:\/\/[^/]+/i.test(config.baseURL))
      fail('baseURL', `\`baseURL\` must be an absolute http(s) URL, got ${JSON.stringify(config.baseURL)}.`);
    baseURL = withSlash(config.baseURL);
  }
  if (config.clock !== undefined && typeof config.clock !== 'function') fail('clock', '`clock` must be a function returning milliseconds since epoch.');
  if (config.maxClockSkew !== undefined && (typeof config.maxClockSkew !== 'number' || !(config.maxClockSkew >= 0)))
    fail('maxClockSkew', '`maxClockSkew` must be a non-negative number of seconds.');
  if (config.maxRedirects !== undefined && config.maxRedirects !== 0)
    fail('maxRedirects', '`maxRedirects`: redirects are never followed (a signed request must not carry its Authorization elsewhere); leave it out.');
  if (config.onAttempt !== undefined && typeof config.onAttempt !== 'function') fail('onAttempt', '`onAttempt` must be a function (event) => void.');
  const timeout = milliseconds('timeout', config.timeout, 'factory') ?? DEFAULT_TIMEOUT;
  const limits: Limits = {
    timeout,
    connectTimeout: milliseconds('connectTimeout', config.connectTimeout, 'factory') ?? DEFAULT_CONNECT_TIMEOUT,
    totalTimeout:
      milliseconds('totalTimeout', config.totalTimeout, 'factory') ?? (config.timeout === undefined ? DEFAULT_TOTAL_TIMEOUT : defaultTotal(timeout)),
    maxContentLength: byteLimit(config.maxContentLength, 'factory') ?? -1,
  };
  const retry = resolveRetry(config.retry, DEFAULT_RETRY, 'factory');
  const failover = createFailover(config.failover, baseURL);
  const axiosDefaults: Record<string, unknown> = {};
  for (const key of Object.keys(config)) if (AXIOS_DEFAULTS.has(key)) axiosDefaults[key] = (config as unknown as Record<string, unknown>)[key];
  const driver = new Driver({
    mchid,
    serial,
    signer: sign,
    localSigner: signer === undefined && sign !== undefined,
    keystore,
    baseURL,
    headers: { ...(config.headers ?? {}) },
    axios: axiosDefaults as CreateAxiosDefaults,
    clock: config.clock ?? Date.now,
    maxSkew: config.maxClockSkew ?? 300,
    v3Missing,
    limits,
    retry,
    failover,
  });
  if (config.onAttempt) driver.onAttempt(config.onAttempt);
  installV2(driver, config);
  return driver;
}

export const Builder = {
  /**
   * Build a client. Throws {@link ConfigError} (its `option` names the culprit) on bad configuration.
   */
  factory(config: ClientConfig): Client {
    const driver = createDriver(config);
    return createChain({
      members: { getDriver: () => driver },
      dispatch: (method, template, options) => driver.request(method, template, options as RequestOptions | undefined),
    }) as Client;
  },
};
