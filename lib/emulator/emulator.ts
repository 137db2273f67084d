/**
 * The emulator: a local WeChat Pay gateway over real HTTP(S). It checks APIv3 request signatures as
 * the platform does, dispatches to the route registry, and signs every answer, errors included.
 */
import { EventEmitter } from 'node:events';
import * as http from 'node:http';
import * as https from 'node:https';
import { randomBytes, X509Certificate } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { pipeline, Readable } from 'node:stream';
import type { TLSSocket } from 'node:tls';
import { AnswerSigner } from './answer';
import { checkRequest, type AuthorizationFields } from './auth';
import { RouteContext } from './context';
import { sampleAnswer } from './fallback';
import { v2SampleReply } from './v2/fallback';
import { Failure, notFound } from './failure';
import { Faults, type Fault, type FaultSpec, type RateLimit } from './faults';
import {
  CA_NAME, createDemoMerchant, createPlatform, generateRsa, type DemoMerchant, type PlatformIdentity, type PlatformInfo,
} from './identity';
import { MerchantState, type MerchantConfig, type SigningMode } from './merchant';
import { boundaryOf, parseMultipart, type Part } from './multipart';
import {
  refundResource, seedFaceCollections, stateDescription, transactionResource,
  type Refund, type RefundStatus, type TradeState, type Transaction,
} from './records';
import { Router, type Method, type Reply, type Route } from './router';
import { allRoutes } from './routes';
import { createCertificate, randomSerial } from './x509';
import { Notifier, type NotifyOptions } from './notify';

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
  /** Notification delivery: time scale of the retry schedule, probes, or `deliver: false` (see `notify.ts`). */
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

export interface TransactionEvent {
  merchant: MerchantState;
  transaction: Transaction;
  /** State before the change; undefined for a new order. */
  previous: TradeState | undefined;
}

export interface RefundEvent {
  merchant: MerchantState;
  refund: Refund;
  previous: RefundStatus | undefined;
}

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

export interface EmulatorEvents {
  transaction: [TransactionEvent];
  refund: [RefundEvent];
  request: [RequestRecord];
}

export interface PayOptions {
  /** The merchant; needed only when several have this out_trade_no. */
  mchid?: string;
  subMchid?: string;
  /** `SUCCESS` (default) or `PAYERROR`. */
  result?: 'SUCCESS' | 'PAYERROR';
  /** Payer openid (default: the order's, or a generated one). */
  openid?: string;
}

const CONTROL_PREFIX = '/__emulator/';
const MAX_BODY = 32 * 1024 * 1024;

function digits(n: number): string {
  let s = '';
  for (const b of randomBytes(n)) s += String(b % 10);
  return s;
}

function yyyymmdd(ms: number): string {
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10).replace(/-/g, '');
}

export class Emulator extends EventEmitter<EmulatorEvents> {
  /** Prefix of the control routes (pay, time, faults), which are not signature-checked. */
  static readonly CONTROL_PREFIX = CONTROL_PREFIX;

  readonly merchants = new Map<string, MerchantState>();
  readonly router: Router;
  readonly faults = new Faults();
  /** The last 1000 answered requests, oldest first. */
  readonly requests: RequestRecord[] = [];
  /** Notifications, kept by the notification module. */
  readonly notifications: NotificationRecord[] = [];
  /** Delivers notifications on payment and refund changes (`lib/emulator/notify.ts`). */
  readonly notifier: Notifier;
  /** Options as given. */
  readonly options: EmulatorOptions;
  /** Bound clock (ms), to hand to a client's `clock` option. */
  readonly clock: () => number;
  rateLimit: RateLimit | undefined;
  refundDelayMs: number;
  readonly maxSkew: number;

  private identity!: PlatformIdentity;
  private signer!: AnswerSigner;
  private readonly base: () => number;
  private offset = 0;
  private servers: Array<http.Server | https.Server> = [];
  private baseUrl = '';
  private secureUrl: string | undefined;
  private tls: { key: string; cert: string } | undefined;
  private readonly demo = new Map<string, DemoMerchant>();
  private readonly timers = new Set<NodeJS.Timeout>();
  private readonly extraCertificates: string[] = [];
  private readonly scans = new WeakMap<MerchantState, { tx: number; rf: number; due: number }>();

  private constructor(options: EmulatorOptions) {
    super();
    this.options = options;
    const now = options.now;
    this.base = typeof now === 'function' ? now : Date.now;
    if (typeof now === 'number') this.offset = now - Date.now();
    this.clock = () => this.now();
    this.router = new Router(allRoutes);
    if (options.routes) this.router.add(options.routes);
    this.rateLimit = options.rateLimit;
    this.refundDelayMs = options.refundDelayMs ?? 0;
    this.maxSkew = options.maxSkew ?? 300;
    this.notifier = new Notifier(this, options.notify);
  }

  /** Start listening. Without `merchants`, a demo merchant with fresh keys is created. */
  static async start(options: EmulatorOptions = {}): Promise<Emulator> {
    const emulator = new Emulator(options);
    try {
      await emulator.init();
    } catch (err) {
      // A listener may already be open (HTTP before a taken HTTPS port): the caller never gets an
      // emulator to close, so close it here.
      await emulator.close();
      throw err;
    }
    return emulator;
  }

  private async init(): Promise<void> {
    const options = this.options;
    this.identity = options.platform ?? await createPlatform({ now: this.now() });
    this.signer = new AnswerSigner(this.identity);
    const configs = options.merchants?.length ? options.merchants : undefined;
    if (configs) {
      for (const config of configs) this.addMerchant(config);
    } else {
      const demo = await createDemoMerchant({ mchid: '1900000001', ca: this.identity.ca, now: this.now() });
      this.addMerchant({ ...demo, mode: options.mode });
    }
    if (options.https) {
      const pair = await generateRsa();
      const host = options.host ?? '127.0.0.1';
      const cert = createCertificate({
        subject: { C: 'CN', O: 'wechatpay-chain emulator', CN: host },
        issuer: CA_NAME,
        publicKey: pair.publicKey, signingKey: this.identity.ca.privateKey,
        altNames: Array.from(new Set([host, '127.0.0.1', 'localhost', '::1'])),
      });
      this.tls = { key: pair.privatePem, cert };
    }
    const host = options.host ?? '127.0.0.1';
    const listener = (req: http.IncomingMessage, res: http.ServerResponse): void => { void this.handle(req, res); };
    const urlHost = host.includes(':') ? `[${host}]` : host;
    if (options.https === true) {
      const port = await this.listen(this.httpsServer(listener), options.port ?? 0, host);
      this.baseUrl = `https://${urlHost}:${port}/`;
      this.secureUrl = this.baseUrl;
    } else {
      const port = await this.listen(http.createServer({ keepAlive: true }, listener), options.port ?? 0, host);
      this.baseUrl = `http://${urlHost}:${port}/`;
      if (options.https === 'also') {
        const securePort = await this.listen(this.httpsServer(listener), options.httpsPort ?? 0, host);
        this.secureUrl = `https://${urlHost}:${securePort}/`;
      }
    }
  }

  private httpsServer(listener: http.RequestListener): https.Server {
    const tls = this.tls as { key: string; cert: string };
    // Client certificates are requested but not required: APIv2 secapi routes check them themselves.
    return https.createServer({ key: tls.key, cert: tls.cert, requestCert: true, rejectUnauthorized: false, keepAlive: true }, listener);
  }

  private listen(server: http.Server | https.Server, port: number, host: string): Promise<number> {
    this.servers.push(server);
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve((server.address() as AddressInfo).port);
      });
    });
  }

  /** Stop listening and drop open connections. */
  async close(): Promise<void> {
    this.notifier.close();
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
    await Promise.all(this.servers.map((s) => new Promise<void>((resolve) => {
      s.closeAllConnections?.(); // Node ≥ 18.2
      s.close(() => resolve());
    })));
    this.servers = [];
  }

  /** Base URL, e.g. `http://127.0.0.1:PORT/`. */
  get url(): string { return this.baseUrl; }

  /** HTTPS base URL (with `https: true` or `'also'`). */
  get httpsUrl(): string | undefined { return this.secureUrl; }

  /** The emulator's root CA certificate (PEM): trust it to reach the HTTPS listener. */
  get ca(): string { return this.identity.ca.certificate; }

  /** The platform's public identity: certificate (with serial) and public key (with id). */
  get platform(): PlatformInfo {
    const { serial, certificate, publicKeyId, publicKey } = this.identity;
    return { serial, certificate, publicKeyId, publicKey };
  }

  /** Platform certificates (PEM) that `GET /v3/certificates` lists: the current one first. */
  platformCertificates(): string[] { return [this.identity.certificate, ...this.extraCertificates]; }

  /** Also list this certificate (e.g. one about to take over during a rotation). */
  addPlatformCertificate(pem: string): void { this.extraCertificates.push(pem); }

  /**
   * Rotate the platform certificate: a new one (same CA, new key and serial) signs answers from now
   * on. The old one stays listed by `GET /v3/certificates` through the overlap unless `keepOld` is false.
   */
  async rotatePlatformCertificate(options: { keepOld?: boolean; serial?: string } = {}): Promise<PlatformInfo> {
    const old = this.identity;
    const pair = await generateRsa();
    const now = this.now();
    const serial = options.serial ?? randomSerial();
    const certificate = createCertificate({
      subject: { C: 'CN', O: 'Tenpay.com', OU: 'Tenpay.com CA Center', CN: 'Tenpay.com sign' },
      issuer: CA_NAME, serial, publicKey: pair.publicKey, signingKey: old.ca.privateKey,
      notBefore: new Date(now - 86_400_000), notAfter: new Date(now + 5 * 365 * 86_400_000),
    });
    this.identity = { ...old, serial, certificate, certificateKey: pair.privatePem };
    this.signer = new AnswerSigner(this.identity);
    if (options.keepOld !== false) this.extraCertificates.push(old.certificate);
    return this.platform;
  }

  /** The full platform identity including its private keys (for emulator modules, e.g. notifications). */
  get platformIdentity(): PlatformIdentity { return this.identity; }

  /** Emulator time in ms. */
  now(): number { return this.base() + this.offset; }

  /** Move emulator time forward (or back, with a negative value), then settle due refunds and expiries. */
  advance(ms: number): number {
    this.offset += ms;
    this.settle();
    return this.now();
  }

  /** Set emulator time (ms since epoch); time keeps running from there. */
  setTime(ms: number): number {
    this.offset = ms - this.base();
    this.settle();
    return this.now();
  }

  /** Register a merchant (also while running). */
  addMerchant(config: MerchantConfig): MerchantState {
    if (this.merchants.has(config.mchid)) throw new Error(`Emulator: merchant ${config.mchid} is registered twice`);
    const state = new MerchantState({ ...config, mode: config.mode ?? this.options.mode }, seedFaceCollections(25, undefined, this.now()));
    this.merchants.set(state.mchid, state);
    if (config.privateKey) {
      this.demo.set(state.mchid, {
        mchid: state.mchid, serial: state.serial, privateKey: config.privateKey,
        certificate: state.certificate ? state.certificate.toString() : '', apiv3Key: config.apiv3Key ?? '', secret: config.secret ?? '',
      });
    }
    return state;
  }

  /** A registered merchant; throws naming the registered ones when unknown. */
  merchant(mchid?: string): MerchantState {
    const id = mchid ?? this.merchants.keys().next().value;
    const m = id === undefined ? undefined : this.merchants.get(id);
    if (!m) throw new Error(`Emulator: merchant ${String(mchid)} is not registered (registered: ${Array.from(this.merchants.keys()).join(', ') || 'none'})`);
    return m;
  }

  /**
   * Credentials of a merchant whose private key the emulator knows (the demo merchant): mchid,
   * serial, certificate, privateKey, apiv3Key, secret.
   */
  credentials(mchid?: string): DemoMerchant {
    const m = this.merchant(mchid);
    const d = this.demo.get(m.mchid);
    if (!d) throw new Error(`Emulator: the private key of merchant ${m.mchid} is not known (pass privateKey in its config to get client options)`);
    return d;
  }

  /** Ready-to-use `Builder.factory` options for a merchant (default: the first). */
  clientOptions(mchid?: string): EmulatorClientOptions {
    const m = this.merchant(mchid);
    const d = this.credentials(m.mchid);
    const certs: Record<string, string> = {};
    if (m.mode !== 'certificate') certs[this.identity.publicKeyId] = this.identity.publicKey;
    if (m.mode !== 'pubkey') certs[this.identity.serial] = this.identity.certificate;
    const out: EmulatorClientOptions = { mchid: m.mchid, serial: m.serial, privateKey: d.privateKey, certs, baseURL: this.baseUrl };
    if (d.secret) out.secret = d.secret;
    if (this.options.https === true) out.httpsAgent = new https.Agent({ ca: this.ca, keepAlive: true });
    return out;
  }

  /**
   * Options for a notification handler of a merchant (default: the first): `{ certs, apiv3Key }`,
   * the keys that verify the emulator's notifications and the APIv3 key that decrypts them. Kept
   * apart from `clientOptions()`, which `Builder.factory` takes as is and which has no APIv3 key.
   */
  notificationOptions(mchid?: string): { certs: Record<string, string>; apiv3Key: string } {
    const options = this.clientOptions(mchid);
    const { apiv3Key } = this.credentials(options.mchid);
    if (!apiv3Key) throw new Error(`Emulator: merchant ${options.mchid} has no apiv3Key (pass apiv3Key in its config to decrypt notifications)`);
    return { certs: options.certs, apiv3Key };
  }

  /** Make the next matching requests fail; returns the fault (its `id` removes it early). */
  inject(spec: FaultSpec = {}): Fault { return this.faults.add(spec); }

  /** Remove one injected fault, or all. */
  clearFaults(id?: number): void { this.faults.remove(id); }

  /**
   * Play the payer: the NOTPAY order becomes SUCCESS (or PAYERROR), gets its transaction_id, and a
   * `transaction` event fires (notifications follow from it). Returns the order as queries show it.
   */
  async pay(outTradeNo: string, options: PayOptions = {}): Promise<Record<string, unknown>> {
    this.settle();
    const { merchant, transaction: tx } = this.findTransaction(outTradeNo, options.mchid, options.subMchid);
    if (tx.tradeState !== 'NOTPAY') {
      throw new Failure(400, 'INVALID_REQUEST', `Order ${outTradeNo} is ${tx.tradeState}; only a NOTPAY order can be paid.`);
    }
    const previous = tx.tradeState;
    const now = this.now();
    tx.openid = options.openid ?? tx.openid ?? `o${randomBytes(14).toString('base64url')}`;
    if ((options.result ?? 'SUCCESS') === 'SUCCESS') {
      tx.transactionId = `42000${digits(5)}${yyyymmdd(now)}${digits(10)}`;
      tx.successTime = now;
      tx.tradeState = 'SUCCESS';
      merchant.transactionsById.set(tx.transactionId, tx);
    } else {
      tx.tradeState = 'PAYERROR';
    }
    tx.tradeStateDesc = stateDescription(tx.tradeState);
    this.emitTransaction(merchant, tx, previous);
    return transactionResource(tx);
  }

  /** Find an order by out_trade_no across merchants (or in one). */
  findTransaction(outTradeNo: string, mchid?: string, subMchid?: string): { merchant: MerchantState; transaction: Transaction } {
    const found: Array<{ merchant: MerchantState; transaction: Transaction }> = [];
    for (const m of mchid ? [this.merchant(mchid)] : this.merchants.values()) {
      for (const tx of m.transactions.values()) {
        if (tx.outTradeNo === outTradeNo && (subMchid === undefined || tx.subMchid === subMchid)) found.push({ merchant: m, transaction: tx });
      }
    }
    if (found.length === 0) throw notFound(`No order with out_trade_no ${outTradeNo}${mchid ? ` for merchant ${mchid}` : ''}.`, 'ORDER_NOT_EXIST');
    if (found.length > 1) throw new Failure(400, 'INVALID_REQUEST', `out_trade_no ${outTradeNo} exists for several merchants; name the mchid (and sub_mchid).`);
    return found[0] as { merchant: MerchantState; transaction: Transaction };
  }

  /** Fire the `transaction` event for a state change (handlers call this after changing an order). */
  emitTransaction(merchant: MerchantState, transaction: Transaction, previous: TradeState | undefined): void {
    this.emit('transaction', { merchant, transaction, previous });
  }

  /** Fire the `refund` event for a state change. */
  emitRefund(merchant: MerchantState, refund: Refund, previous: RefundStatus | undefined): void {
    this.emit('refund', { merchant, refund, previous });
    if (refund.status === 'PROCESSING' && this.refundDelayMs > 0) {
      const t = setTimeout(() => { this.timers.delete(t); this.settle(); }, this.refundDelayMs);
      t.unref();
      this.timers.add(t);
    }
  }

  /** Apply what time has made due: PROCESSING refunds succeed, unpaid orders past time_expire close. */
  settle(): void {
    const now = this.now();
    for (const m of this.merchants.values()) {
      // Scan only when something was added since the last scan or the earliest due time has come,
      // so a long-running emulator with many orders does not walk them all on every request.
      const last = this.scans.get(m);
      if (last && last.tx === m.transactions.size && last.rf === m.refunds.size && now < last.due) continue;
      let due = Infinity;
      for (const tx of m.transactions.values()) {
        if (tx.tradeState !== 'NOTPAY' || tx.expiresAt === undefined) continue;
        if (tx.expiresAt <= now) {
          tx.tradeState = 'CLOSED';
          tx.tradeStateDesc = stateDescription('CLOSED');
          this.emitTransaction(m, tx, 'NOTPAY');
        } else due = Math.min(due, tx.expiresAt);
      }
      for (const rf of m.refunds.values()) {
        if (rf.status !== 'PROCESSING') continue;
        if (rf.settleAt <= now) {
          rf.status = 'SUCCESS';
          rf.successTime = now;
          this.emit('refund', { merchant: m, refund: rf, previous: 'PROCESSING' });
        } else due = Math.min(due, rf.settleAt);
      }
      this.scans.set(m, { tx: m.transactions.size, rf: m.refunds.size, due });
    }
  }

  /** Settle a PROCESSING refund now with the given outcome (ABNORMAL and CLOSED give the amount back). */
  settleRefund(outRefundNo: string, status: 'SUCCESS' | 'ABNORMAL' | 'CLOSED' = 'SUCCESS', mchid?: string): Record<string, unknown> {
    for (const m of mchid ? [this.merchant(mchid)] : this.merchants.values()) {
      for (const rf of m.refunds.values()) {
        if (rf.outRefundNo !== outRefundNo) continue;
        if (rf.status !== 'PROCESSING') throw new Failure(400, 'INVALID_REQUEST', `Refund ${outRefundNo} is already ${rf.status}.`);
        rf.status = status;
        if (status === 'SUCCESS') rf.successTime = this.now();
        else {
          const tx = Array.from(m.transactions.values()).find((t) => t.outTradeNo === rf.outTradeNo && t.subMchid === rf.subMchid);
          if (tx) tx.refunded -= rf.refund;
        }
        this.emit('refund', { merchant: m, refund: rf, previous: 'PROCESSING' });
        return refundResource(rf);
      }
    }
    throw notFound(`No refund with out_refund_no ${outRefundNo}.`);
  }

  // ---- HTTP ----

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const requestId = randomBytes(16).toString('hex').toUpperCase();
    const method = String(req.method ?? 'GET').toUpperCase();
    const target = req.url ?? '/';
    const q = target.indexOf('?');
    const pathname = q < 0 ? target : target.slice(0, q);
    let merchant: MerchantState | undefined;
    let reply: Reply | undefined;
    let status = 500;
    const requestedSerial = typeof req.headers['wechatpay-serial'] === 'string' ? req.headers['wechatpay-serial'] : undefined;
    try {
      const rawBody = await readBody(req);
      this.settle();
      const match = this.router.match(method, pathname);
      const control = pathname.startsWith(CONTROL_PREFIX);
      const needsAuth = match ? (match.route.auth ?? 'v3') === 'v3' : /^\/(?:hk\/|global\/)?v3\//.test(pathname);
      let parts: Part[] | undefined;
      const boundary = boundaryOf(req.headers['content-type']);
      if (boundary && rawBody.length) {
        try { parts = parseMultipart(rawBody, boundary); } catch (err) {
          throw new Failure(400, 'PARAM_ERROR', `The multipart body is malformed: ${(err as Error).message}.`, { location: 'body' });
        }
      }
      let auth: AuthorizationFields | undefined;
      if (needsAuth) {
        let signedBody = rawBody;
        if (parts) {
          const meta = parts.find((p) => p.name === 'meta');
          if (!meta) throw new Failure(400, 'PARAM_ERROR', 'The multipart body has no "meta" part; uploads sign the meta JSON.', { location: 'body', field: 'meta' });
          signedBody = meta.data;
        }
        ({ merchant, auth } = checkRequest(
          { method, target, authorization: req.headers.authorization, body: signedBody },
          { merchant: (id) => this.merchants.get(id), now: this.now(), maxSkew: this.maxSkew },
        ));
        this.checkRate(merchant, method, match?.route.pattern ?? pathname, pathname);
      }
      if (!control) {
        const fault = this.faults.take(method, pathname);
        if (fault) {
          if (fault.delayMs) await new Promise((r) => setTimeout(r, fault.delayMs));
          if (fault.reset) { req.socket.destroy(); this.record(method, target, 0, merchant, undefined, 'connection dropped (fault)', requestId); return; }
          if (!fault.delayOnly) throw new Failure(fault.status, fault.code, fault.message);
        }
      }
      const context = (params: Record<string, string>): RouteContext => {
        const socket = req.socket as Partial<TLSSocket>;
        let clientCertificate: X509Certificate | undefined;
        if (typeof socket.getPeerX509Certificate === 'function') clientCertificate = socket.getPeerX509Certificate();
        return new RouteContext({
          emulator: this, method: method as Method, target, pathname,
          query: new URLSearchParams(q < 0 ? '' : target.slice(q + 1)), params,
          headers: req.headers, rawBody, parts, requestId, merchant, auth, clientCertificate,
        });
      };
      if (!match) {
        const sample = sampleAnswer(method, pathname);
        if (sample) reply = { status: sample.status, body: sample.body };
        else if (!(reply = v2SampleReply(context({})))) {
          const allowed = this.router.methodsFor(pathname);
          throw allowed.length
            ? new Failure(405, 'METHOD_NOT_ALLOWED', `${method} is not allowed on ${pathname} (allowed: ${allowed.join(', ')}).`)
            : notFound(`The emulator has no API at ${method} ${pathname}.`);
        }
      } else {
        reply = (await match.route.handler(context(match.params))) ?? { status: 204 };
      }
    } catch (err) {
      const failure = err instanceof Failure ? err : new Failure(500, 'SYSTEM_ERROR', `The emulator failed to handle the request: ${(err as Error)?.message ?? String(err)}`);
      reply = { status: failure.status, body: failure.toJSON() };
    }
    status = await this.send(res, reply, merchant, requestedSerial, requestId, pathname.startsWith(CONTROL_PREFIX));
    const body = reply.body as { code?: unknown; message?: unknown } | undefined;
    const failed = status >= 400 && body && typeof body === 'object';
    this.record(method, target, status, merchant, failed ? String(body.code) : undefined, failed ? String(body.message) : undefined, requestId);
  }

  private checkRate(merchant: MerchantState, method: string, key: string, pathname: string): void {
    const limit = this.rateLimit;
    if (!limit) return;
    if (limit.path !== undefined && !(typeof limit.path === 'string' ? pathname.startsWith(limit.path) : limit.path.test(pathname))) return;
    const now = this.now();
    const windowMs = limit.windowMs ?? 1000;
    const slot = `${method} ${key}`;
    const entry = merchant.rate.get(slot);
    if (!entry || now - entry.start >= windowMs || now < entry.start) {
      merchant.rate.set(slot, { start: now, count: 1 });
      return;
    }
    entry.count += 1;
    if (entry.count > limit.limit) {
      throw new Failure(429, 'RATE_LIMITED', `More than ${limit.limit} requests to ${method} ${key} within ${windowMs} ms; lower the rate and retry.`);
    }
  }

  private async send(res: http.ServerResponse, reply: Reply, merchant: MerchantState | undefined, requestedSerial: string | undefined, requestId: string, control: boolean): Promise<number> {
    let body: Buffer;
    const headers: Record<string, string> = { ...(reply.headers ?? {}) };
    if (reply.body instanceof Readable) {
      // A streamed file (bill download): sent as it is made, unsigned; a stream error cuts the connection.
      const status = reply.status ?? 200;
      res.writeHead(status, headers);
      pipeline(reply.body, res, (err) => { if (err) res.destroy(); });
      return status;
    }
    const has = (name: string): boolean => Object.keys(headers).some((k) => k.toLowerCase() === name.toLowerCase());
    if (reply.body === undefined) body = Buffer.alloc(0);
    else if (Buffer.isBuffer(reply.body)) {
      body = reply.body;
      if (!has('content-type')) headers['Content-Type'] = 'application/octet-stream';
    } else if (typeof reply.body === 'string') {
      body = Buffer.from(reply.body, 'utf8');
      if (!has('content-type')) headers['Content-Type'] = 'text/plain; charset=utf-8';
    } else {
      body = Buffer.from(JSON.stringify(reply.body), 'utf8');
      if (!has('content-type')) headers['Content-Type'] = 'application/json';
    }
    const status = reply.status ?? (body.length ? 200 : 204);
    if (!reply.unsigned && !control) {
      headers['Request-ID'] = requestId;
      const key = this.signer.choose(merchant?.mode ?? this.options.mode ?? 'pubkey', requestedSerial);
      Object.assign(headers, await this.signer.headersAsync(key, body, this.now()));
    }
    headers['Content-Length'] = String(body.length);
    res.writeHead(status, headers);
    res.end(status === 204 ? undefined : body);
    return status;
  }

  private record(method: string, target: string, status: number, merchant: MerchantState | undefined, code: string | undefined, message: string | undefined, requestId: string): void {
    const rec: RequestRecord = { at: this.now(), method, target, status, mchid: merchant?.mchid, code, message, requestId };
    this.requests.push(rec);
    if (this.requests.length > 1000) this.requests.shift();
    this.emit('request', rec);
  }
}

function readBody(req: http.IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) { reject(new Failure(413, 'PARAM_ERROR', `The request body is larger than ${MAX_BODY} bytes.`)); req.destroy(); return; }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
