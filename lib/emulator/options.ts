/**
 * The options of `Emulator.start`, the client options it hands out, and its events.
 */
import type * as https from 'node:https';
import type { RateLimit } from './faults';
import type { RequestRecord } from './host';
import type { PlatformIdentity } from './identity';
import type { RefundEvent, TransactionEvent } from './ledger/ledger';
import type { MerchantConfig, SigningMode } from './merchant';
import type { NotifyOptions } from './notify/types';
import type { Route } from './router';

export interface EmulatorOptions {
  /** Default 0 (a free port). */
  port?: number;
  /** Default `127.0.0.1`. */
  host?: string;
  /** Registered merchants. Default: one demo merchant with fresh keys. */
  merchants?: MerchantConfig[];
  /** Signing mode of merchants that do not name one, and of the demo merchant. Default `pubkey`. */
  mode?: SigningMode;
  /** Reuse a platform identity (saves generating keys; see `createPlatform`). */
  platform?: PlatformIdentity;
  /** Start time in ms (then time runs on), or a clock function. Default `Date.now`. */
  now?: number | (() => number);
  /** Allowed |now − timestamp| in seconds. Default 300. */
  maxSkew?: number;
  /** `true`: serve HTTPS (certificate from the emulator's CA); `'also'`: HTTP plus HTTPS on a second port. */
  https?: boolean | 'also';
  /** Port of the HTTPS listener with `https: 'also'`. Default 0. */
  httpsPort?: number;
  /** Answer 429 past this rate. */
  rateLimit?: RateLimit;
  /** How long a refund stays PROCESSING (emulator time, ms). Default 0: it succeeds before the next request. */
  refundDelayMs?: number;
  /** Extra routes (tests, experiments); they win over built-in ones with the same method and pattern. */
  routes?: Route[];
  /** Notification delivery: time scale of the retry schedule, probes, or `deliver: false` (see `notify/notifier.ts`). */
  notify?: NotifyOptions;
}

/** `Builder.factory` options for a merchant of the emulator. */
export interface EmulatorClientOptions {
  mchid: string;
  serial: string;
  privateKey: string;
  certs: Record<string, string>;
  baseURL: string;
  secret?: string;
  httpsAgent?: https.Agent;
}

export interface EmulatorEvents {
  transaction: [TransactionEvent];
  refund: [RefundEvent];
  request: [RequestRecord];
}
