/**
 * The merchant's TLS client certificate (`merchant: {cert, key}` or `{pfx, passphrase}`): loaded and
 * checked once at `Builder.factory`, then one pooled keep-alive https.Agent per client carries it.
 */
import * as https from 'node:https';
import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import { localPath } from '../local-path';
import { ConfigError } from '../errors';
import { FREE_SOCKET_TIMEOUT } from '../request/limits';

/** Same shape as `ClientConfig['merchant']`. */
export interface MerchantTls {
  cert?: string | Buffer;
  key?: string | Buffer;
  pfx?: string | Buffer;
  passphrase?: string;
}

function fail(message: string, cause?: unknown): never {
  throw new ConfigError('merchant', `Builder.factory: ${message}`, cause === undefined ? undefined : { cause });
}

/** PEM text as is; `file://…` or a plain path read from disk; Buffers as they are. */
function load(value: unknown, name: string, binary: boolean): Buffer | string {
  if (Buffer.isBuffer(value)) return value;
  if (typeof value !== 'string' || !value)
    fail(
      `\`merchant.${name}\` must be ${binary ? 'a Buffer or a file path' : 'PEM text, a Buffer or a file path'}, got ${value === null ? 'null' : typeof value}.`,
    );
  const text = value as string;
  if (!binary && text.includes('-----BEGIN')) return text;
  const path = localPath(text);
  try {
    return readFileSync(path);
  } catch (err) {
    return fail(`\`merchant.${name}\` could not be read from ${path}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}.`, err);
  }
}

/** The TLS options of a merchant certificate, validated (cert and key must load and match). */
export function loadMerchant(merchant: unknown): https.AgentOptions {
  if (merchant === null || typeof merchant !== 'object' || Array.isArray(merchant)) {
    fail(
      `\`merchant\` must be { cert, key } (PEM) or { pfx, passphrase }, got ${merchant === null ? 'null' : Array.isArray(merchant) ? 'array' : typeof merchant}.`,
    );
  }
  const m = merchant as MerchantTls;
  let options: https.AgentOptions;
  if (m.pfx !== undefined) {
    if (m.cert !== undefined || m.key !== undefined) fail('`merchant` takes either { cert, key } or { pfx, passphrase }, not both.');
    options = { pfx: load(m.pfx, 'pfx', true), passphrase: m.passphrase };
  } else {
    if (m.cert === undefined || m.key === undefined)
      fail(
        `\`merchant\` needs both \`cert\` and \`key\` (apiclient_cert.pem and apiclient_key.pem), or \`pfx\`; ${m.cert === undefined ? 'cert' : 'key'} is missing.`,
      );
    options = { cert: load(m.cert, 'cert', false), key: load(m.key, 'key', false), passphrase: m.passphrase };
  }
  if (options.passphrase === undefined) delete options.passphrase;
  try {
    createSecureContext(options);
  } catch (err) {
    // Node's message says what failed (bad PEM, wrong passphrase, key values mismatch) without key material.
    fail(`\`merchant\` does not load as a TLS client certificate: ${(err as Error).message}.`, err);
  }
  return options;
}

/**
 * One keep-alive agent presenting the merchant certificate. It inherits the TLS options (ca,
 * rejectUnauthorized, ciphers …) of a configured `httpsAgent`, so a private CA keeps working.
 * The certificate, key and any CA go in as one prebuilt secure context, so the key's PEM is not
 * among the agent's options, which every error's axios config carries and a logger may print.
 */
export function createMerchantAgent(merchant: unknown, base?: unknown): https.Agent {
  const tls = loadMerchant(merchant);
  const {
    key: _k,
    cert: _c,
    pfx: _p,
    passphrase: _s,
    secureContext: _x,
    ...inherited
  } = base instanceof https.Agent ? base.options : ({} as https.AgentOptions);
  const secureContext = createSecureContext({ ...inherited, ...tls });
  return new https.Agent({ timeout: FREE_SOCKET_TIMEOUT, ...inherited, keepAlive: true, secureContext });
}
