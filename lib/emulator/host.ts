/**
 * What routes see of the running emulator besides the ledger (`ctx.emulator`): its clock, URLs,
 * platform keys and merchants, and the server controls (time, faults, rate limit, records) that the
 * `/__emulator/` control routes drive. Orders and refunds are not here: they change only through
 * `ctx.ledger`.
 */
import type { Faults, Fault, FaultSpec, RateLimit } from './faults';
import type { PlatformIdentity, PlatformInfo } from './identity';
import type { MerchantState } from './merchant';
import type { Notifier } from './notify/notifier';
import type { NotificationRecord } from './notify/types';

/** One answered request (kept for `emulator.requests` and the control route). */
export interface RequestRecord {
  at: number;
  method: string;
  target: string;
  status: number;
  mchid: string | undefined;
  code: string | undefined;
  message: string | undefined;
  requestId: string;
}

export interface Host {
  /** Base URL, e.g. `http://127.0.0.1:PORT/`. */
  readonly url: string;
  readonly httpsUrl: string | undefined;
  /** The emulator CA certificate (PEM). */
  readonly ca: string;
  readonly platform: PlatformInfo;
  /** The current platform identity, private keys included (read it when signing: rotation replaces it). */
  readonly platformIdentity: PlatformIdentity;
  platformCertificates(): string[];
  /** Emulator time in ms. */
  now(): number;
  advance(ms: number): number;
  setTime(ms: number): number;
  readonly merchants: ReadonlyMap<string, MerchantState>;
  /** A registered merchant (default: the first); throws naming the registered ones when unknown. */
  merchant(mchid?: string): MerchantState;
  /** The registered routes (for the status page). */
  readonly router: { routes(): ReadonlyArray<{ method: string; pattern: string }> };
  readonly faults: Faults;
  inject(spec?: FaultSpec): Fault;
  clearFaults(id?: number): void;
  rateLimit: RateLimit | undefined;
  readonly requests: RequestRecord[];
  readonly notifications: NotificationRecord[];
  readonly notifier: Notifier;
}
