/**
 * The options of `Builder.factory`, apart from the builder so the parts it installs (APIv2) can name
 * them without importing it.
 */
import type { CreateAxiosDefaults } from 'axios';
import type { KeyStore } from './crypto/keystore';
import type { KeyLike } from './crypto/rsa';
import type { FailoverOptions } from './request/failover';
import type { AttemptListener } from './request/observe';
import type { RetryPolicy } from './request/retry-policy';
import type { Signer } from './request/sign';

/** TLS client certificate for APIv2 `secapi` calls: PEM cert + key, or a PKCS#12 bundle. */
export interface MerchantCertificate {
  cert?: string | Buffer;
  key?: string | Buffer;
  pfx?: string | Buffer;
  passphrase?: string;
}

/** `Builder.factory` options. Any other axios option (timeout, proxy, httpsAgent …) passes through. */
export interface ClientConfig extends Omit<CreateAxiosDefaults, 'headers' | 'url' | 'method' | 'data' | 'params' | 'baseURL'> {
  /** Merchant id (string, e.g. `'1900000001'`). */
  mchid: string;
  /** Serial number of the merchant API certificate (hex). */
  serial?: string;
  /** Merchant API private key: PEM text, `file://` path, Buffer, KeyObject, `private.pkcs8://…`, or `[pem, passphrase]`. */
  privateKey?: KeyLike;
  /** Platform certificates and/or WeChat Pay public keys by serial / `PUB_KEY_ID_…`, or a shared {@link KeyStore}. */
  certs?: Record<string, KeyLike> | Map<string, KeyLike> | KeyStore;
  /** Signs `message` and returns base64 (HSM/KMS). Replaces `privateKey`. */
  signer?: Signer;
  /** APIv2 key (32 characters). */
  secret?: string;
  /** TLS client certificate for APIv2 `secapi` calls. */
  merchant?: MerchantCertificate;
  /** Default `https://api.mch.weixin.qq.com/`. A missing trailing slash is added. */
  baseURL?: string;
  /** Headers sent with every request (they lose to per-request headers). */
  headers?: Record<string, string>;
  /** Clock in ms since epoch (tests, emulators). Default `Date.now`. */
  clock?: () => number;
  /** Allowed |now − Wechatpay-Timestamp| in seconds when verifying. Default 300. */
  maxClockSkew?: number;
  /**
   * Deadline of one attempt in ms, from connecting to the last byte of the answer (default 10 000;
   * 0: none). A streamed download is bounded until it begins, then by `timeout` of silence.
   */
  timeout?: number;
  /** Deadline for connecting, TLS handshake included, in ms (default 5 000). */
  connectTimeout?: number;
  /** Budget of a whole call across attempts and the waits between them, in ms (default 30 000, or `timeout` when longer). */
  totalTimeout?: number;
  /**
   * Largest answer read into memory, in bytes after decompression (default 8 MiB for verified
   * JSON/XML answers; downloads unbounded). -1: no limit.
   */
  maxContentLength?: number;
  /** Retry policy, or `false` to send every call once (see docs/timeouts-retries-failover.md). */
  retry?: RetryPolicy | false;
  /**
   * Fail over to the backup domain on connection-level failures: `true` for the platform's own hosts
   * (api.mch.weixin.qq.com → api2.mch.weixin.qq.com, api.wechatpay.cn → api2.wechatpay.cn), or
   * `{ backupBaseURL, cooldown }`.
   */
  failover?: boolean | FailoverOptions;
  /** Called after every attempt with what happened (no secrets); see also `getDriver().onAttempt()`. */
  onAttempt?: AttemptListener;
}
