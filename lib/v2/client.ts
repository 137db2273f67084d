/**
 * The APIv2 (XML) protocol adapter: `client.v2.…` calls arrive here with the `v2/` prefix removed.
 * It validates the fields (merchant-id guard, sign type) before anything is sent, picks the merchant
 * TLS agent for certificate operations, and runs the call through the driver's hooks and its own
 * steps: `signer` → `transport` (its own axios instance) → `verifier` (see flow.ts).
 */
import type { AxiosInstance, AxiosResponse, InternalAxiosRequestConfig } from 'axios';
import type * as https from 'node:https';
import type { Call, Step } from '../request/call';
import type { Driver, PreparedOptions, ProtocolAdapter, WechatpayResponse } from '../request/driver';
import { ArgumentError, ConfigError } from '../errors';
import { createTransport, Steps } from '../request/flow';
import { mergeHeaders } from '../request/headers';
import { V2Part } from '../request/meta';
import { createInstance, USER_AGENT } from '../request/transport';
import { isBillV2, isJsonV2, isUnsignedV2, needsClientCertificate } from './endpoints';
import { assertMerchant, field, fieldsFromQuery, fieldsFromXml, type Fields } from './fields';
import { assertSecret, assertSignType } from './signature';
import { createV2SignInterceptor } from './sign-interceptor';
import { createV2VerifyInterceptor } from './verify-interceptor';

export const V2_ACCEPT = 'text/xml, text/plain, application/x-gzip';
export const V2_CONTENT_TYPE = 'text/xml; charset=utf-8';

export interface V2Settings {
  mchid: string;
  /** The APIv2 key (32 characters). */
  secret: string;
  /** The pooled agent carrying the merchant's TLS client certificate, when `merchant` is configured. */
  merchantAgent?: https.Agent;
}

export class V2Client implements ProtocolAdapter {
  /** The APIv2 axios instance (shared keep-alive agents; the merchant agent per certificate call). */
  readonly instance: AxiosInstance;
  /** The APIv2 flow: `signer` → `transport` → `verifier`, each replaceable by name (see flow.ts). */
  readonly steps: Steps<Step>;
  private readonly driver: Driver;
  // ECMAScript private fields: util.inspect and loggers never show them. The APIv2 key itself is
  // kept only by the signer and verifier closures.
  readonly #mchid: string;
  readonly #merchantAgent: https.Agent | undefined;

  constructor(driver: Driver, settings: V2Settings) {
    assertSecret(settings.secret);
    this.driver = driver;
    this.#mchid = settings.mchid;
    this.#merchantAgent = settings.merchantAgent;
    this.instance = createInstance(driver.settings.axios, driver.agents);
    const sign = createV2SignInterceptor(settings.secret);
    const verify = createV2VerifyInterceptor(settings.secret);
    this.steps = new Steps<Step>('step', [
      [
        'signer',
        function signer(call: Call): void {
          sign(call.config as unknown as InternalAxiosRequestConfig);
        },
      ],
      ['transport', createTransport(this.instance)],
      [
        'verifier',
        function verifier(call: Call): Promise<void> {
          return verify(call.response as AxiosResponse, call.body).then(() => undefined);
        },
      ],
    ]);
  }

  /** True when this client can present a TLS client certificate. */
  get hasMerchantCertificate(): boolean {
    return this.#merchantAgent !== undefined;
  }

  /** Validate, then send one APIv2 request. Throws (rejects) before sending on any bad input. */
  async request(p: PreparedOptions): Promise<WechatpayResponse> {
    const where = `${p.method} v2/${p.path}`;
    if (p.json !== undefined) throw new ArgumentError(`"json" is for APIv3; ${where} is APIv2: pass the fields as "xml".`);
    const q = p.path.indexOf('?');
    const pathOnly = q < 0 ? p.path : p.path.slice(0, q);
    const pathQuery = q < 0 ? '' : p.path.slice(q + 1);
    const isGet = p.method === 'GET';

    let fields: Fields | undefined;
    let source = 'xml';
    if (p.xml !== undefined) {
      if (p.body !== undefined) throw new ArgumentError(`Pass either "xml" or "body" to ${where}, not both.`);
      if (isGet && p.query) throw new ArgumentError(`${where}: a GET sends its signed fields in the query; pass them as "xml" or as "query", not both.`);
      fields = fieldsFromXml(p.xml);
    } else if (p.body === undefined) {
      if (isGet) {
        source = 'query';
        fields = fieldsFromQuery(p.query || pathQuery);
      } else {
        fields = [];
      }
    }
    if (fields) {
      assertMerchant(fields, this.#mchid, source);
      assertSignType(field(fields, 'sign_type') || 'MD5');
    }

    const base = p.axios.baseURL;
    // A signed GET's query is rebuilt from its fields (which came from that query or from xml).
    const url = fields && isGet ? this.driver.url(pathOnly, '', base) : this.driver.url(p.path, p.query, base);
    const { baseURL: _ignored, ...axiosRest } = p.axios;

    const needsCertificate = p.security || needsClientCertificate(pathOnly);
    let httpsAgent = axiosRest.httpsAgent;
    if (needsCertificate && httpsAgent === undefined) {
      if (!this.#merchantAgent) {
        throw new ConfigError(
          'merchant',
          `${where} needs the merchant's TLS client certificate: configure \`merchant: { cert, key }\` (apiclient_cert.pem, apiclient_key.pem) or \`{ pfx, passphrase }\` in Builder.factory.`,
        );
      }
      if (!url.startsWith('https:')) {
        throw new ConfigError(
          'baseURL',
          `${where} needs the merchant's TLS client certificate, which only an https:// URL can carry; got ${new URL(url).origin}.`,
        );
      }
      httpsAgent = this.#merchantAgent;
    }

    const headers = mergeHeaders({ Accept: V2_ACCEPT, 'Content-Type': V2_CONTENT_TYPE, 'User-Agent': USER_AGENT }, this.driver.settings.headers, p.headers);
    const v2 = new V2Part({ fields, nonceless: p.nonceless, query: isGet && fields !== undefined, json: isJsonV2(pathOnly) });
    const bill = isBillV2(pathOnly);
    const { timeout: _t, connectTimeout: _c, totalTimeout: _l, maxContentLength: _m, retry: _r, maxRedirects: _x, ...axios } = axiosRest;
    if (httpsAgent !== undefined) axios.httpsAgent = httpsAgent;
    axios.wechatpayV2 = v2;
    return this.driver.send({
      ...this.driver.policy(p.axios, where, bill),
      protocol: 'v2',
      method: p.method,
      template: p.template,
      url,
      headers,
      axios,
      steps: this.steps,
      data: fields === undefined ? p.body : undefined,
      unsigned: isUnsignedV2(pathOnly),
      binary: bill,
      v2,
    });
  }
}
