/**
 * The shapes of notification delivery: settings, the record kept per notification and its attempts,
 * and what the notifier needs from the emulator.
 */
import type { PlatformIdentity } from '../identity';
import type { MerchantState } from '../merchant';

/** A notification the emulator sent or will send (filled by the notification module). */
export interface NotificationRecord {
  id: string;
  mchid: string;
  url: string;
  eventType: string;
  /** The JSON body sent. */
  body: string;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  [extra: string]: unknown;
}

/** The platform's re-delivery delays after a failed attempt: 15s/15s/30s/3m/10m/20m/30m/30m/30m/60m/3h/3h/3h/6h/6h. */
export const PLATFORM_SCHEDULE_MS: readonly number[] = [15, 15, 30, 180, 600, 1200, 1800, 1800, 1800, 3600, 10800, 10800, 10800, 21600, 21600].map(
  (s) => s * 1000,
);

export interface NotifyOptions {
  /** `false`: build and record notifications but send nothing. Default true. */
  deliver?: boolean;
  /** Factor on the re-delivery delays: 1 is the platform's pace, 0.001 turns 15 s into 15 ms. Default 1. */
  timeScale?: number;
  /** Re-delivery delays in ms (before scaling). Default {@link PLATFORM_SCHEDULE_MS}. */
  schedule?: readonly number[];
  /** How long one attempt may take before it counts as failed (the platform waits 5 s). Default 5000. */
  timeoutMs?: number;
  /** Send a `WECHATPAY/SIGNTEST/` probe before each notification. Default false. */
  probes?: boolean;
  /**
   * Also deliver to hosts that are not local (loopback, private or link-local addresses, `localhost`).
   * Default false, so an order's placeholder `notify_url` (e.g. example.com) never sends traffic out.
   */
  remote?: boolean;
  /**
   * Deliver every (re-)delivery this many times at once, each copy signed on its own, as the
   * platform's several servers sometimes do: a test of a handler's de-duplication. A round counts
   * as delivered when any copy is answered 2xx. Default 1.
   */
  duplicates?: number;
}

/** One POST of a notification (or a probe). */
export interface DeliveryAttempt {
  /** Emulator time (ms) the attempt started. */
  at: number;
  /** The same as RFC 3339. */
  time: string;
  /** HTTP status answered; undefined when no answer came. */
  status: number | undefined;
  /** True for a 2xx answer. */
  ok: boolean;
  /** Why it failed: network error, timeout, or the start of the answer's body. */
  error: string | undefined;
  /** Real time the attempt took (ms). */
  durationMs: number;
  /** Wechatpay-Timestamp / -Nonce sent (each attempt is signed afresh). */
  timestamp: string;
  nonce: string;
  /** With `duplicates`: which copy of its round this POST was (0 …). */
  copy?: number;
}

/** A notification record as the emulator keeps it (`emulator.notifications`, `GET /__emulator/notifications`). */
export interface DeliveryRecord extends NotificationRecord {
  /** Every attempt, oldest first. */
  history: DeliveryAttempt[];
  /** Emulator time (ms) of the next scheduled attempt, while `pending`. */
  nextAttemptAt: number | undefined;
  /** The decrypted resource, for inspection. */
  resource: Record<string, unknown>;
  /** A `WECHATPAY/SIGNTEST/` probe (sent once, never retried). */
  probe: boolean;
  /** For probes: whether the merchant accepted it (2xx) — a correct handler does not. */
  accepted?: boolean;
  outTradeNo?: string;
  outRefundNo?: string;
}

/** What {@link Notifier.send} needs for one notification. */
export interface Outgoing {
  merchant: MerchantState;
  url: string;
  eventType: string;
  resource: Record<string, unknown>;
  /** `transaction`, `refund` … (also the GCM associated data). */
  originalType: string;
  summary?: string;
}

/** What the notifier uses of the emulator: its clock, merchants, platform keys and record list. */
export interface NotifierHost {
  now(): number;
  merchant(mchid?: string): MerchantState;
  readonly platformIdentity: PlatformIdentity;
  readonly notifications: NotificationRecord[];
}
