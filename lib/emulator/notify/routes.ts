/**
 * Control routes for notification delivery (under `/__emulator/`, unsigned): inspect a record,
 * change the time scale / probes, send a probe, re-deliver now. The list itself is
 * `GET /__emulator/notifications` (control.ts).
 */
import type { RouteContext } from '../context';
import { notFound, paramError } from '../failure';
import type { NotifyOptions } from './types';
import type { Route } from '../router';
import { optionalString, requireString } from '../validate';

function settings(ctx: RouteContext) {
  const s = ctx.emulator.notifier.options;
  return {
    body: {
      deliver: s.deliver,
      time_scale: s.timeScale,
      schedule_ms: s.schedule,
      timeout_ms: s.timeoutMs,
      probes: s.probes,
      remote: s.remote,
      duplicates: s.duplicates,
    },
  };
}

function configure(ctx: RouteContext) {
  const body = ctx.json();
  const change: NotifyOptions = {};
  if (body.deliver !== undefined) {
    if (typeof body.deliver !== 'boolean') throw paramError('deliver', 'deliver must be a boolean.', 'body', body.deliver);
    change.deliver = body.deliver;
  }
  if (body.probes !== undefined) {
    if (typeof body.probes !== 'boolean') throw paramError('probes', 'probes must be a boolean.', 'body', body.probes);
    change.probes = body.probes;
  }
  if (body.remote !== undefined) {
    if (typeof body.remote !== 'boolean') throw paramError('remote', 'remote must be a boolean.', 'body', body.remote);
    change.remote = body.remote;
  }
  if (body.duplicates !== undefined) {
    if (!Number.isInteger(body.duplicates) || (body.duplicates as number) < 1 || (body.duplicates as number) > 20)
      throw paramError('duplicates', 'duplicates must be a whole number from 1 to 20.', 'body', body.duplicates);
    change.duplicates = body.duplicates as number;
  }
  if (body.time_scale !== undefined) {
    if (typeof body.time_scale !== 'number' || !(body.time_scale >= 0))
      throw paramError('time_scale', 'time_scale must be a non-negative number.', 'body', body.time_scale);
    change.timeScale = body.time_scale;
  }
  if (body.timeout_ms !== undefined) {
    if (typeof body.timeout_ms !== 'number' || !(body.timeout_ms > 0))
      throw paramError('timeout_ms', 'timeout_ms must be a positive number.', 'body', body.timeout_ms);
    change.timeoutMs = body.timeout_ms;
  }
  ctx.emulator.notifier.configure(change);
  return settings(ctx);
}

function record(ctx: RouteContext) {
  const found = ctx.emulator.notifier.find(ctx.params.id as string);
  if (!found) throw notFound(`No notification ${ctx.params.id}.`);
  return { body: found };
}

async function probe(ctx: RouteContext) {
  const body = ctx.json();
  const url = requireString(body, 'url', 512);
  if (!/^https?:\/\//.test(url)) throw paramError('url', 'url must be an absolute http(s) URL.', 'body', url);
  return { body: await ctx.emulator.notifier.probe(url, optionalString(body, 'mchid', 32)) };
}

async function redeliver(ctx: RouteContext) {
  if (!ctx.emulator.notifier.find(ctx.params.id as string)) throw notFound(`No notification ${ctx.params.id}.`);
  return { body: await ctx.emulator.notifier.redeliver(ctx.params.id as string) };
}

export const notifyRoutes: Route[] = [
  { method: 'GET', pattern: '/__emulator/notifications/settings', auth: 'none', handler: settings },
  { method: 'PUT', pattern: '/__emulator/notifications/settings', auth: 'none', handler: configure },
  { method: 'POST', pattern: '/__emulator/notifications/probe', auth: 'none', handler: probe },
  { method: 'GET', pattern: '/__emulator/notifications/{id}', auth: 'none', handler: record },
  { method: 'POST', pattern: '/__emulator/notifications/{id}/redeliver', auth: 'none', handler: redeliver },
];
