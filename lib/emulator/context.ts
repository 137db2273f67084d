/**
 * What a route handler gets: the request as received (raw target, raw body, parsed query), the
 * signing merchant, the ledger (orders and refunds: the only way to change them), the emulator as
 * routes see it (clock, URLs, platform keys, server controls) and helpers for typical checks.
 */
import type { IncomingHttpHeaders } from 'node:http';
import type { X509Certificate } from 'node:crypto';
import type { AuthorizationFields } from './auth';
import { Failure, paramError, type FailureLocation } from './failure';
import type { Host } from './host';
import type { Ledger } from './ledger/ledger';
import type { MerchantState } from './merchant';
import type { Part } from './multipart';

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface ContextInit {
  emulator: Host;
  ledger: Ledger;
  method: Method;
  target: string;
  pathname: string;
  query: URLSearchParams;
  params: Record<string, string>;
  headers: IncomingHttpHeaders;
  rawBody: Buffer;
  parts: Part[] | undefined;
  requestId: string;
  merchant: MerchantState | undefined;
  auth: AuthorizationFields | undefined;
  clientCertificate: X509Certificate | undefined;
}

export class RouteContext {
  /** The running emulator as routes see it: clock, URLs, platform keys, merchants, server controls. */
  readonly emulator: Host;
  /** Orders and refunds: read them here, and change them only here (each change fires its event and notification). */
  readonly ledger: Ledger;
  readonly method: Method;
  /** The raw request target: path and query exactly as received. */
  readonly target: string;
  /** The raw path (percent-encoding kept). */
  readonly pathname: string;
  readonly query: URLSearchParams;
  /** Path variables of the route pattern, percent-decoded. */
  readonly params: Record<string, string>;
  /** Request headers (lower-case names). */
  readonly headers: IncomingHttpHeaders;
  readonly rawBody: Buffer;
  /** Parts of a multipart/form-data body. */
  readonly parts: Part[] | undefined;
  /** The `Request-ID` this answer carries. */
  readonly requestId: string;
  /** The parsed Authorization (APIv3 routes). */
  readonly auth: AuthorizationFields | undefined;
  /** The TLS client certificate, on an HTTPS listener when the client sent one. */
  readonly clientCertificate: X509Certificate | undefined;
  private readonly signer: MerchantState | undefined;
  private parsed: { value: unknown } | undefined;

  constructor(init: ContextInit) {
    this.emulator = init.emulator;
    this.ledger = init.ledger;
    this.method = init.method;
    this.target = init.target;
    this.pathname = init.pathname;
    this.query = init.query;
    this.params = init.params;
    this.headers = init.headers;
    this.rawBody = init.rawBody;
    this.parts = init.parts;
    this.requestId = init.requestId;
    this.signer = init.merchant;
    this.auth = init.auth;
    this.clientCertificate = init.clientCertificate;
  }

  /** The merchant whose signature was checked. Only on `auth: 'v3'` routes. */
  get merchant(): MerchantState {
    if (!this.signer) throw new Error(`${this.method} ${this.pathname}: ctx.merchant is only set on routes with auth 'v3'`);
    return this.signer;
  }

  /** Emulator time in ms. */
  now(): number {
    return this.emulator.now();
  }

  /** The JSON body as an object; 400 PARAM_ERROR when it is absent, not JSON, or not an object. */
  json(): Record<string, unknown> {
    if (!this.parsed) {
      const text = this.rawBody.toString('utf8');
      if (!text.trim()) throw new Failure(400, 'PARAM_ERROR', 'The request body is empty; a JSON object is required.', { location: 'body' });
      try {
        this.parsed = { value: JSON.parse(text) };
      } catch (err) {
        throw new Failure(400, 'PARAM_ERROR', `The request body is not valid JSON: ${(err as Error).message}`, { location: 'body' });
      }
    }
    const v = this.parsed.value;
    if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Failure(400, 'PARAM_ERROR', 'The request body must be a JSON object.', { location: 'body' });
    return v as Record<string, unknown>;
  }

  /** A required query parameter; 400 PARAM_ERROR (location query) when missing or empty. */
  requireQuery(name: string): string {
    const v = this.query.get(name);
    if (v === null || v === '') throw paramError(name, `The query parameter ${name} is required.`, 'query');
    return v;
  }

  /** An optional non-negative integer query parameter with bounds; 400 PARAM_ERROR when malformed. */
  intQuery(name: string, fallback: number, min: number, max: number): number {
    const raw = this.query.get(name);
    if (raw === null || raw === '') return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      throw paramError(name, `The query parameter ${name} must be an integer from ${min} to ${max}, got "${raw}".`, 'query', raw);
    }
    return Number(raw);
  }

  /** Throw a platform error answer. */
  fail(status: number, code: string, message: string, detail?: { location?: FailureLocation; field?: string; [k: string]: unknown }): never {
    throw new Failure(status, code, message, detail);
  }
}
