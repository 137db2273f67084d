/**
 * The request flow, in one place.
 *
 * ```
 * client.v3.….get(options)                      client.v2.….post(options)
 *   Driver.request   split options, expand the path, pick the protocol (driver.ts / v2/client.ts)
 *   hooks            around the whole call, by name:           retry  (retry.ts, failover.ts)
 *   steps, per attempt, by name:
 *     APIv3:  signer (sign.ts) → transport (flow.ts, adapter.ts) → verifier (verify.ts) → parser (response.ts)
 *     APIv2:  signer (v2/sign-interceptor.ts) → transport → verifier (v2/verify-interceptor.ts)
 * ```
 *
 * A step is `(call) => void | Promise<void>`: it reads and writes the {@link Call}. Steps before
 * `transport` shape `call.config`; `transport` sets `call.response` and `call.body` (the raw bytes
 * that arrived, decompressed); steps after it check and parse. Any verifier, wherever it stands,
 * finds the raw bytes in `call.body`. A hook is `(call, next) => Promise<response>` around the call.
 */
import { AxiosError, type AxiosInstance } from 'axios';
import type { AttemptConfig, Call, Step } from './call';
import { sendWith } from './transport';
import { callbackStep } from './attempt';
import { errorInterceptor, redactAuthorization, type WechatpayResponse } from './response';
import type { Next } from './retry';

export { Steps } from './steps';
export { runAttempt } from './attempt';

/** The APIv3 steps, in order. */
export const V3_STEPS = ['signer', 'transport', 'verifier', 'parser'] as const;
/** The APIv2 steps, in order. */
export const V2_STEPS = ['signer', 'transport', 'verifier'] as const;
/** The hooks around a call, in order (outermost first). */
export const HOOKS = ['retry'] as const;

/** A wrap-around hook: call `next(call)` to run the rest (each call of `next` is one more attempt further in). */
export type Hook = (call: Call, next: Next) => Promise<WechatpayResponse>;

/** Nest `hooks` (outermost first) around `inner`, once per change of the list, not per call. */
export function compose(hooks: readonly Hook[], inner: Next): Next {
  let next = inner;
  for (let i = hooks.length - 1; i >= 0; i -= 1) {
    const hook = hooks[i] as Hook;
    const rest = next;
    next = (call) => hook(call, rest);
  }
  return next;
}

/**
 * The `transport` step over an axios instance: sends `call.config` (axios's own interceptors on that
 * instance run here), keeps the answer and its raw bytes, and types a failure: an answer outside 2xx
 * becomes an `ApiError`, no answer a `TransportError`.
 */
export function createTransport(instance: AxiosInstance): Step {
  return callbackStep('transport', (call, outcome) => {
    sendWith(
      instance,
      call.config as AttemptConfig,
      (response) => {
        // the signature has done its work: keep it out of what the caller may log
        redactAnswered(call, response.config);
        redactPlain(call);
        // the live ClientRequest still holds the signed header (`_header`): a logged answer must not
        response.request = undefined;
        call.response = response;
        const data: unknown = response.data;
        if (Buffer.isBuffer(data)) call.body = data;
        outcome.next();
      },
      (err: unknown) => {
        redactPlain(call);
        if (err instanceof AxiosError && err.response) call.response = err.response;
        errorInterceptor(err).catch((typed: unknown) => outcome.fail(typed));
      },
    );
  });
}

/**
 * The answer's config: where it still holds the header the signer wrote, the redacted form the signer
 * built alongside replaces it (no search, no header normalisation); anything else is searched.
 */
function redactAnswered(call: Call, config: unknown): void {
  const headers = (config as { headers?: Record<string, unknown> } | undefined)?.headers;
  const signed = call.signedAuthorization;
  if (signed !== undefined && headers !== undefined && headers.Authorization === signed) headers.Authorization = call.redactedAuthorization;
  else redactAuthorization(config);
}

function redactPlain(call: Call): void {
  const headers = call.config?.headers;
  const value = headers?.Authorization;
  if (!headers || typeof value !== 'string') return;
  headers.Authorization =
    value === call.signedAuthorization && call.redactedAuthorization !== undefined
      ? call.redactedAuthorization
      : value.replace(/signature="[^"]*"/, 'signature="[redacted]"');
}
