/**
 * Control routes under `/__emulator/` (a prefix no real API uses): drive the emulator from any
 * language. They are not signature-checked and their answers are not signed. They drive the server
 * (time, faults, rate limit, records) through `ctx.emulator` and play the payer through `ctx.ledger`.
 */
import type { RouteContext } from '../context';
import { Failure, paramError } from '../failure';
import type { FaultSpec } from '../faults';
import { rfc3339 } from '../records';
import type { Route } from '../router';
import { optionalString, requireString } from '../validate';

function bodyOrEmpty(ctx: RouteContext): Record<string, unknown> {
  return ctx.rawBody.length ? ctx.json() : {};
}

function time(ctx: RouteContext) {
  const now = ctx.now();
  return { body: { now_ms: now, now: rfc3339(now), unix: Math.floor(now / 1000) } };
}

function setTime(ctx: RouteContext) {
  const body = bodyOrEmpty(ctx);
  if (typeof body.advance_ms === 'number') ctx.emulator.advance(body.advance_ms);
  else if (typeof body.now_ms === 'number') ctx.emulator.setTime(body.now_ms);
  else throw paramError('advance_ms', 'Give advance_ms (a number of ms to move forward) or now_ms (ms since epoch).');
  return time(ctx);
}

function pay(ctx: RouteContext) {
  const body = ctx.json();
  const result = optionalString(body, 'result', 16);
  if (result !== undefined && result !== 'SUCCESS' && result !== 'PAYERROR') throw paramError('result', 'result must be SUCCESS or PAYERROR.', 'body', result);
  const order = ctx.ledger.pay(requireString(body, 'out_trade_no', 32), {
    mchid: optionalString(body, 'mchid', 32),
    subMchid: optionalString(body, 'sub_mchid', 32),
    result,
    openid: optionalString(body, 'openid', 128),
  });
  return { body: order };
}

function settleRefund(ctx: RouteContext) {
  const body = bodyOrEmpty(ctx);
  const status = optionalString(body, 'status', 16) ?? 'SUCCESS';
  if (status !== 'SUCCESS' && status !== 'ABNORMAL' && status !== 'CLOSED')
    throw paramError('status', 'status must be SUCCESS, ABNORMAL or CLOSED.', 'body', status);
  return { body: ctx.ledger.settleRefund(ctx.params.out_refund_no as string, status, optionalString(body, 'mchid', 32)) };
}

function addFault(ctx: RouteContext) {
  const body = bodyOrEmpty(ctx);
  const spec: FaultSpec = {};
  if (typeof body.path === 'string') spec.path = body.path;
  if (typeof body.path_regex === 'string') spec.path = new RegExp(body.path_regex);
  if (typeof body.method === 'string') spec.method = body.method;
  if (typeof body.status === 'number') spec.status = body.status;
  if (typeof body.code === 'string') spec.code = body.code;
  if (typeof body.message === 'string') spec.message = body.message;
  if (typeof body.times === 'number') spec.times = body.times;
  if (body.times === null) spec.times = Infinity;
  if (typeof body.delay_ms === 'number') spec.delayMs = body.delay_ms;
  if (body.reset === true) spec.reset = true;
  if (body.delay_only === true) spec.delayOnly = true;
  try {
    const fault = ctx.emulator.inject(spec);
    return { status: 201, body: { id: fault.id } };
  } catch (err) {
    throw new Failure(400, 'PARAM_ERROR', (err as Error).message);
  }
}

function listFaults(ctx: RouteContext) {
  return {
    body: {
      faults: ctx.emulator.faults
        .active()
        .map((f) => ({ ...f, path: f.path instanceof RegExp ? f.path.source : f.path, times: Number.isFinite(f.times) ? f.times : null })),
    },
  };
}

function setRate(ctx: RouteContext) {
  const body = ctx.json();
  if (typeof body.limit !== 'number' || !(body.limit >= 0)) throw paramError('limit', 'limit (requests per window) is required.');
  ctx.emulator.rateLimit = {
    limit: body.limit,
    windowMs: typeof body.window_ms === 'number' ? body.window_ms : 1000,
    path: typeof body.path === 'string' ? body.path : undefined,
  };
  return { body: { limit: body.limit, window_ms: ctx.emulator.rateLimit.windowMs } };
}

function status(ctx: RouteContext) {
  const e = ctx.emulator;
  return {
    body: {
      url: e.url,
      https_url: e.httpsUrl,
      now: rfc3339(e.now()),
      platform: { serial: e.platform.serial, public_key_id: e.platform.publicKeyId },
      merchants: Array.from(e.merchants.values()).map((m) => ({
        mchid: m.mchid,
        serial: m.serial,
        mode: m.mode,
        orders: ctx.ledger.orders(m).length,
        refunds: ctx.ledger.refunds(m).length,
      })),
      routes: e.router
        .routes()
        .filter((r) => !r.pattern.startsWith('/__emulator/'))
        .map((r) => `${r.method} ${r.pattern}`),
    },
  };
}

function platform(ctx: RouteContext) {
  return { body: ctx.emulator.platform };
}

export const controlRoutes: Route[] = [
  { method: 'GET', pattern: '/__emulator/', auth: 'none', handler: status },
  { method: 'GET', pattern: '/__emulator/platform', auth: 'none', handler: platform },
  { method: 'GET', pattern: '/__emulator/time', auth: 'none', handler: time },
  { method: 'POST', pattern: '/__emulator/time', auth: 'none', handler: setTime },
  { method: 'POST', pattern: '/__emulator/pay', auth: 'none', handler: pay },
  { method: 'POST', pattern: '/__emulator/refunds/{out_refund_no}/settle', auth: 'none', handler: settleRefund },
  { method: 'GET', pattern: '/__emulator/faults', auth: 'none', handler: listFaults },
  { method: 'POST', pattern: '/__emulator/faults', auth: 'none', handler: addFault },
  {
    method: 'DELETE',
    pattern: '/__emulator/faults',
    auth: 'none',
    handler: (ctx) => {
      ctx.emulator.clearFaults();
      return undefined;
    },
  },
  { method: 'PUT', pattern: '/__emulator/rate-limit', auth: 'none', handler: setRate },
  {
    method: 'DELETE',
    pattern: '/__emulator/rate-limit',
    auth: 'none',
    handler: (ctx) => {
      ctx.emulator.rateLimit = undefined;
      return undefined;
    },
  },
  { method: 'GET', pattern: '/__emulator/requests', auth: 'none', handler: (ctx) => ({ body: { requests: ctx.emulator.requests } }) },
  { method: 'GET', pattern: '/__emulator/notifications', auth: 'none', handler: (ctx) => ({ body: { notifications: ctx.emulator.notifications } }) },
];
