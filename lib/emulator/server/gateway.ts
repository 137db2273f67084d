/**
 * The request path of the emulator: one HTTP request in, one signed answer out. It reads the body,
 * lets the ledger settle what time made due, matches a route, checks the APIv3 signature and the rate
 * limit, applies injected faults, runs the handler (or a catalogue sample), and sends the answer.
 * Handlers get a {@link RouteContext}; they reach state only through `ctx.ledger`.
 */
import { randomBytes, type X509Certificate } from 'node:crypto';
import type * as http from 'node:http';
import type { TLSSocket } from 'node:tls';
import type { AnswerSigner } from '../answer';
import { checkRequest, type AuthorizationFields } from '../auth';
import { RouteContext, type Method } from '../context';
import { Failure, notFound } from '../failure';
import { sampleAnswer } from '../fallback';
import type { Host, RequestRecord } from '../host';
import type { Ledger } from '../ledger/ledger';
import type { MerchantState, SigningMode } from '../merchant';
import { boundaryOf, parseMultipart, type Part } from '../multipart';
import type { Reply, Router } from '../router';
import { v2SampleReply } from '../v2/fallback';
import { checkRate } from './rate-limit';
import { sendReply } from './send';

/** Prefix of the control routes, which are not signature-checked, faulted or signed. */
export const CONTROL_PREFIX = '/__emulator/';
const MAX_BODY = 32 * 1024 * 1024;
const MAX_RECORDS = 1000;

/** What the gateway works with: the emulator as routes see it, its ledger, routes and keys. */
export interface GatewayInit {
  host: Host;
  ledger: Ledger & { settle(): void };
  router: Router;
  /** Allowed |now − timestamp| in seconds. */
  maxSkew: number;
  /** Signs answers (read per answer: rotation replaces it). */
  signer(): AnswerSigner;
  /** Signing mode when no merchant signed the request. */
  mode: SigningMode;
  /** Every answered request (the emulator's `request` event). */
  answered(record: RequestRecord): void;
}

export class Gateway {
  constructor(private readonly init: GatewayInit) {}

  /** A listener for `http.createServer` / `https.createServer`. */
  readonly listener = (req: http.IncomingMessage, res: http.ServerResponse): void => {
    void this.handle(req, res);
  };

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const { host, ledger, router } = this.init;
    const requestId = randomBytes(16).toString('hex').toUpperCase();
    const method = String(req.method ?? 'GET').toUpperCase();
    const target = req.url ?? '/';
    const q = target.indexOf('?');
    const pathname = q < 0 ? target : target.slice(0, q);
    let merchant: MerchantState | undefined;
    let reply: Reply | undefined;
    const requestedSerial = typeof req.headers['wechatpay-serial'] === 'string' ? req.headers['wechatpay-serial'] : undefined;
    try {
      const rawBody = await readBody(req);
      ledger.settle();
      const match = router.match(method, pathname);
      const control = pathname.startsWith(CONTROL_PREFIX);
      const needsAuth = match ? (match.route.auth ?? 'v3') === 'v3' : /^\/(?:hk\/|global\/)?v3\//.test(pathname);
      let parts: Part[] | undefined;
      const boundary = boundaryOf(req.headers['content-type']);
      if (boundary && rawBody.length) {
        try {
          parts = parseMultipart(rawBody, boundary);
        } catch (err) {
          throw new Failure(400, 'PARAM_ERROR', `The multipart body is malformed: ${(err as Error).message}.`, { location: 'body' });
        }
      }
      let auth: AuthorizationFields | undefined;
      if (needsAuth) {
        let signedBody = rawBody;
        if (parts) {
          const meta = parts.find((p) => p.name === 'meta');
          if (!meta)
            throw new Failure(400, 'PARAM_ERROR', 'The multipart body has no "meta" part; uploads sign the meta JSON.', { location: 'body', field: 'meta' });
          signedBody = meta.data;
        }
        ({ merchant, auth } = checkRequest(
          { method, target, authorization: req.headers.authorization, body: signedBody },
          { merchant: (id) => host.merchants.get(id), now: host.now(), maxSkew: this.init.maxSkew },
        ));
        checkRate(host.rateLimit, merchant, method, match?.route.pattern ?? pathname, pathname, host.now());
      }
      if (!control) {
        const fault = host.faults.take(method, pathname);
        if (fault) {
          if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
          if (fault.reset) {
            req.socket.destroy();
            this.record(method, target, 0, merchant, undefined, 'connection dropped (fault)', requestId);
            return;
          }
          if (!fault.delayOnly) throw new Failure(fault.status, fault.code, fault.message);
        }
      }
      const context = (params: Record<string, string>): RouteContext => {
        const socket = req.socket as Partial<TLSSocket>;
        let clientCertificate: X509Certificate | undefined;
        if (typeof socket.getPeerX509Certificate === 'function') clientCertificate = socket.getPeerX509Certificate();
        return new RouteContext({
          emulator: host,
          ledger,
          method: method as Method,
          target,
          pathname,
          query: new URLSearchParams(q < 0 ? '' : target.slice(q + 1)),
          params,
          headers: req.headers,
          rawBody,
          parts,
          requestId,
          merchant,
          auth,
          clientCertificate,
        });
      };
      if (!match) {
        const sample = sampleAnswer(method, pathname);
        if (sample) reply = { status: sample.status, body: sample.body };
        else if (!(reply = v2SampleReply(context({})))) {
          const allowed = router.methodsFor(pathname);
          throw allowed.length
            ? new Failure(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${pathname} (allowed: ${allowed.join(', ')}).`)
            : notFound(`The emulator has no API at ${method} ${pathname}.`);
        }
      } else {
        reply = (await match.route.handler(context(match.params))) ?? { status: 204 };
      }
    } catch (err) {
      const failure =
        err instanceof Failure ? err : new Failure(500, 'SYSTEM_ERROR', `The emulator failed to handle the request: ${(err as Error)?.message ?? String(err)}`);
      reply = { status: failure.status, body: failure.toJSON() };
    }
    const sign = pathname.startsWith(CONTROL_PREFIX)
      ? undefined
      : {
          signer: this.init.signer(),
          mode: merchant?.mode ?? this.init.mode,
          requestedSerial,
          requestId,
          now: () => host.now(),
        };
    const status = await sendReply(res, reply, sign);
    const body = reply.body as { code?: unknown; message?: unknown } | undefined;
    const failed = status >= 400 && body && typeof body === 'object';
    this.record(method, target, status, merchant, failed ? String(body.code) : undefined, failed ? String(body.message) : undefined, requestId);
  }

  private record(
    method: string,
    target: string,
    status: number,
    merchant: MerchantState | undefined,
    code: string | undefined,
    message: string | undefined,
    requestId: string,
  ): void {
    const rec: RequestRecord = { at: this.init.host.now(), method, target, status, mchid: merchant?.mchid, code, message, requestId };
    const list = this.init.host.requests;
    list.push(rec);
    if (list.length > MAX_RECORDS) list.shift();
    this.init.answered(rec);
  }
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Failure(413, 'PARAM_ERROR', `The request body is larger than ${MAX_BODY} bytes.`));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
