/**
 * The emulator: a local WeChat Pay gateway over real HTTP(S). It checks APIv3 request signatures as
 * the platform does, dispatches to the route registry, and signs every answer, errors included.
 *
 * This class puts the parts together and is the public API: the server part (`server/`: listeners,
 * request path, faults, rate limit, control routes), the ledger (`ledger/`: orders, refunds, settlement
 * and the events and notifications their changes cause), the clock, the platform keys and the
 * notifier (`notify/`). See `lib/emulator/README.md`.
 */
import { EventEmitter } from 'node:events';
import type * as http from 'node:http';
import * as https from 'node:https';
import { Clock } from './clock';
import { Faults, type Fault, type FaultSpec, type RateLimit } from './faults';
import type { Host, RequestRecord } from './host';
import { createDemoMerchant, createPlatform, type DemoMerchant, type PlatformIdentity, type PlatformInfo } from './identity';
import { OrderLedger, type PayOptions } from './ledger/ledger';
import { MerchantState, type MerchantConfig } from './merchant';
import { Notifier } from './notify/notifier';
import { notifyRoutes } from './notify/routes';
import type { NotificationRecord } from './notify/types';
import type { EmulatorClientOptions, EmulatorEvents, EmulatorOptions } from './options';
import { PlatformKeys } from './platform-keys';
import { seedFaceCollections, type Refund, type RefundStatus, type TradeState, type Transaction } from './records';
import { Router } from './router';
import { allRoutes } from './routes';
import { CONTROL_PREFIX, Gateway } from './server/gateway';
import { closeAll, listen } from './server/listen';

export type { EmulatorOptions, EmulatorClientOptions, EmulatorEvents } from './options';
export type { TransactionEvent, RefundEvent, PayOptions } from './ledger/ledger';
export type { RequestRecord } from './host';
export type { NotificationRecord } from './notify/types';

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
  /** Delivers the notifications the ledger's changes cause (`lib/emulator/notify/notifier.ts`). */
  readonly notifier: Notifier;
  /** Options as given. */
  readonly options: EmulatorOptions;
  /** Bound clock (ms), to hand to a client's `clock` option. */
  readonly clock: () => number;
  rateLimit: RateLimit | undefined;
  refundDelayMs: number;
  readonly maxSkew: number;

  private keys!: PlatformKeys;
  private readonly time: Clock;
  private readonly ledger: OrderLedger;
  private readonly gateway: Gateway;
  private servers: Array<http.Server | https.Server> = [];
  private baseUrl = '';
  private secureUrl: string | undefined;
  private readonly demo = new Map<string, DemoMerchant>();

  private constructor(options: EmulatorOptions) {
    super();
    this.options = options;
    this.time = new Clock(options.now);
    this.clock = () => this.now();
    this.router = new Router(allRoutes);
    if (options.routes) this.router.add(options.routes);
    // Notification control routes; a test's own route with the same method and pattern keeps winning.
    const taken = new Set(this.router.routes().map((r) => `${r.method} ${r.pattern}`));
    this.router.add(notifyRoutes.filter((r) => !taken.has(`${r.method} ${r.pattern}`)));
    this.rateLimit = options.rateLimit;
    this.refundDelayMs = options.refundDelayMs ?? 0;
    this.maxSkew = options.maxSkew ?? 300;
    this.notifier = new Notifier(this, options.notify);
    this.ledger = new OrderLedger({
      merchants: this.merchants,
      merchant: (mchid) => this.merchant(mchid),
      now: this.clock,
      refundDelayMs: () => this.refundDelayMs,
      emitTransaction: (event) => this.emit('transaction', event),
      emitRefund: (event) => this.emit('refund', event),
      notify: (outgoing, extra) => {
        this.notifier.send(outgoing, extra);
      },
    });
    const host: Host = this;
    this.gateway = new Gateway({
      host,
      ledger: this.ledger,
      router: this.router,
      maxSkew: this.maxSkew,
      mode: options.mode ?? 'pubkey',
      signer: () => this.keys.signer,
      answered: (record) => this.emit('request', record),
    });
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
    this.keys = new PlatformKeys(options.platform ?? (await createPlatform({ now: this.now() })));
    const configs = options.merchants?.length ? options.merchants : undefined;
    if (configs) {
      for (const config of configs) this.addMerchant(config);
    } else {
      const demo = await createDemoMerchant({ mchid: '1900000001', ca: this.keys.identity.ca, now: this.now() });
      this.addMerchant({ ...demo, mode: options.mode });
    }
    const { url, httpsUrl } = await listen(options, this.keys.identity.ca, this.gateway.listener, this.servers);
    this.baseUrl = url;
    this.secureUrl = httpsUrl;
  }

  /** Stop listening and drop open connections. */
  async close(): Promise<void> {
    this.notifier.close();
    this.ledger.close();
    await closeAll(this.servers);
    this.servers = [];
  }

  /** Base URL, e.g. `http://127.0.0.1:PORT/`. */
  get url(): string {
    return this.baseUrl;
  }

  /** HTTPS base URL (with `https: true` or `'also'`). */
  get httpsUrl(): string | undefined {
    return this.secureUrl;
  }

  /** The emulator's root CA certificate (PEM): trust it to reach the HTTPS listener. */
  get ca(): string {
    return this.keys.identity.ca.certificate;
  }

  /** The platform's public identity: certificate (with serial) and public key (with id). */
  get platform(): PlatformInfo {
    return this.keys.info;
  }

  /** Platform certificates (PEM) that `GET /v3/certificates` lists: the current one first. */
  platformCertificates(): string[] {
    return this.keys.certificates();
  }

  /** Also list this certificate (e.g. one about to take over during a rotation). */
  addPlatformCertificate(pem: string): void {
    this.keys.add(pem);
  }

  /**
   * Rotate the platform certificate: a new one (same CA, new key and serial) signs answers from now
   * on. The old one stays listed by `GET /v3/certificates` through the overlap unless `keepOld` is false.
   */
  async rotatePlatformCertificate(options: { keepOld?: boolean; serial?: string } = {}): Promise<PlatformInfo> {
    return this.keys.rotate(this.clock, options);
  }

  /** The full platform identity including its private keys (for emulator modules, e.g. notifications). */
  get platformIdentity(): PlatformIdentity {
    return this.keys.identity;
  }

  /** Emulator time in ms. */
  now(): number {
    return this.time.now();
  }

  /** Move emulator time forward (or back, with a negative value), then settle due refunds and expiries. */
  advance(ms: number): number {
    this.time.advance(ms);
    this.settle();
    return this.now();
  }

  /** Set emulator time (ms since epoch); time keeps running from there. */
  setTime(ms: number): number {
    this.time.set(ms);
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
        mchid: state.mchid,
        serial: state.serial,
        privateKey: config.privateKey,
        certificate: state.certificate ? state.certificate.toString() : '',
        apiv3Key: config.apiv3Key ?? '',
        secret: config.secret ?? '',
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
    const identity = this.keys.identity;
    const certs: Record<string, string> = {};
    if (m.mode !== 'certificate') certs[identity.publicKeyId] = identity.publicKey;
    if (m.mode !== 'pubkey') certs[identity.serial] = identity.certificate;
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
  inject(spec: FaultSpec = {}): Fault {
    return this.faults.add(spec);
  }

  /** Remove one injected fault, or all. */
  clearFaults(id?: number): void {
    this.faults.remove(id);
  }

  /**
   * Play the payer: the NOTPAY order becomes SUCCESS (or PAYERROR), gets its transaction_id, and a
   * `transaction` event fires (notifications follow from it). Returns the order as queries show it.
   */
  async pay(outTradeNo: string, options: PayOptions = {}): Promise<Record<string, unknown>> {
    return this.ledger.pay(outTradeNo, options);
  }

  /** Find an order by out_trade_no across merchants (or in one). */
  findTransaction(outTradeNo: string, mchid?: string, subMchid?: string): { merchant: MerchantState; transaction: Transaction } {
    return this.ledger.findTransaction(outTradeNo, mchid, subMchid);
  }

  /**
   * Announce a change to an order made outside the ledger (a test's own route): fires the
   * `transaction` event and sends the notification the change causes, as the ledger does for its own.
   */
  emitTransaction(merchant: MerchantState, transaction: Transaction, previous: TradeState | undefined): void {
    this.ledger.orderChanged(merchant, transaction, previous);
  }

  /** Announce a change to a refund (see `emitTransaction`). */
  emitRefund(merchant: MerchantState, refund: Refund, previous: RefundStatus | undefined): void {
    this.ledger.refundChanged(merchant, refund, previous);
  }

  /** Apply what time has made due: PROCESSING refunds succeed, unpaid orders past time_expire close. */
  settle(): void {
    this.ledger.settle();
  }

  /** Settle a PROCESSING refund now with the given outcome (ABNORMAL and CLOSED give the amount back). */
  settleRefund(outRefundNo: string, status: 'SUCCESS' | 'ABNORMAL' | 'CLOSED' = 'SUCCESS', mchid?: string): Record<string, unknown> {
    return this.ledger.settleRefund(outRefundNo, status, mchid);
  }
}
