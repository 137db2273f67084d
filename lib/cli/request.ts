/**
 * `wxpay request METHOD PATH`: one signed APIv3 request from the command line, its answer verified
 * before it is printed. Credentials come from flags or from a folder written by `wxpay emulator`
 * (`--from DIR`, reading its merchant.json).
 */
import { readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Builder } from '../builder';
import { ApiError, WechatpayError } from '../errors';
import type { HttpMethod } from '../request/chain';
import type { Command, Io, OptionValues } from './registry';

const METHODS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE']);

function text(values: OptionValues, name: string): string | undefined {
  const v = values[name];
  return typeof v === 'string' && v !== '' ? v : undefined;
}

function list(values: OptionValues, name: string): string[] {
  const v = values[name];
  return (Array.isArray(v) ? v : v === undefined ? [] : [v]).filter((x): x is string => typeof x === 'string');
}

interface Credentials {
  mchid?: string;
  serial?: string;
  privateKey?: string;
  certs: Record<string, string>;
  baseURL?: string;
}

/** A mistake in the command line itself: reported with exit code 2. */
class UsageError extends Error {}

/** A file named on the command line, or a usage error that names the option and the file. */
function readFile(file: string, what: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(`${what}: cannot read ${file}${code === 'ENOENT' ? ' (no such file)' : code ? ` (${code})` : ''}.`);
  }
}

/** Read the merchant.json of a `wxpay emulator --out DIR` folder. */
function fromFolder(given: string): Credentials {
  const dir = resolve(given);
  let isDir = false;
  try {
    isDir = statSync(dir).isDirectory();
  } catch {
    /* reported below */
  }
  if (!isDir) throw new UsageError(`--from ${given}: no such folder (${dir}); give the folder that \`wxpay emulator --out DIR\` wrote.`);
  let summary: { mchid?: string; serial?: string; privateKey?: string; certs?: Record<string, string>; baseURL?: string };
  try {
    summary = JSON.parse(readFileSync(join(dir, 'merchant.json'), 'utf8')) as typeof summary;
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException).code === 'ENOENT';
    throw new UsageError(
      `--from ${given}: ${missing ? 'has no merchant.json' : `merchant.json is not readable JSON (${(err as Error).message})`}; give the folder that \`wxpay emulator --out DIR\` wrote.`,
    );
  }
  const certs: Record<string, string> = {};
  for (const [id, file] of Object.entries(summary.certs ?? {})) certs[id] = readFile(join(dir, file), `--from ${given}`);
  return {
    mchid: summary.mchid,
    serial: summary.serial,
    certs,
    baseURL: summary.baseURL,
    privateKey: summary.privateKey ? readFile(join(dir, summary.privateKey), `--from ${given}`) : undefined,
  };
}

/** Run one request; exported for tests that call it in-process. */
export async function requestCommand(values: OptionValues, positionals: string[], io: Io): Promise<number> {
  const [rawMethod, path, ...extra] = positionals;
  const method = String(rawMethod ?? '').toUpperCase();
  if (!METHODS.has(method) || !path || extra.length) {
    io.err('wxpay request: give a method and a path, e.g. wxpay request GET v3/certificates\nRun wxpay request --help for the options.');
    return 2;
  }
  const creds: Credentials = { certs: {} };
  try {
    const from = text(values, 'from');
    if (from) Object.assign(creds, fromFolder(from));
    const keyFile = text(values, 'private-key');
    if (keyFile) creds.privateKey = readFile(keyFile, '--private-key');
    for (const pair of list(values, 'cert')) {
      const at = pair.indexOf('=');
      if (at < 1) throw new UsageError(`--cert takes SERIAL=FILE, got "${pair}".`);
      creds.certs[pair.slice(0, at)] = readFile(pair.slice(at + 1), '--cert');
    }
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.err(`wxpay request: ${err.message}`);
    return 2;
  }
  const query: Record<string, string> = {};
  for (const pair of list(values, 'query')) {
    const at = pair.indexOf('=');
    if (at < 1) {
      io.err(`wxpay request: --query takes NAME=VALUE, got "${pair}".`);
      return 2;
    }
    query[pair.slice(0, at)] = pair.slice(at + 1);
  }
  const headers: Record<string, string> = {};
  for (const line of list(values, 'header')) {
    const at = line.indexOf(':');
    if (at < 1) {
      io.err(`wxpay request: --header takes "Name: value", got "${line}".`);
      return 2;
    }
    headers[line.slice(0, at).trim()] = line.slice(at + 1).trim();
  }
  const body = text(values, 'json');
  let json: unknown;
  if (body !== undefined) {
    try {
      json = JSON.parse(body);
    } catch (err) {
      io.err(`wxpay request: --json is not JSON: ${(err as Error).message}`);
      return 2;
    }
  }
  const timeoutText = text(values, 'timeout');
  let timeout: number | undefined;
  if (timeoutText !== undefined) {
    timeout = Number(timeoutText);
    if (!/^\d+$/.test(timeoutText) || !Number.isSafeInteger(timeout)) {
      io.err(`wxpay request: --timeout takes milliseconds (0: none), got "${timeoutText}".`);
      return 2;
    }
  }
  const client = Builder.factory({
    ...(timeout !== undefined ? { timeout } : {}),
    mchid: text(values, 'mchid') ?? creds.mchid ?? '',
    serial: text(values, 'serial') ?? creds.serial,
    privateKey: creds.privateKey,
    certs: creds.certs,
    baseURL: text(values, 'base-url') ?? creds.baseURL,
  });
  try {
    const driver = client.getDriver();
    const res = await driver.request(method as HttpMethod, path, {
      ...(Object.keys(query).length ? { query } : {}),
      ...(json !== undefined ? { json } : {}),
      headers,
    });
    io.out(`${res.status} ${res.statusText} (verified) Request-ID: ${String(res.headers['request-id'] ?? '-')}`);
    if (res.data !== undefined)
      io.out(typeof res.data === 'string' ? res.data : Buffer.isBuffer(res.data) ? `<${res.data.length} bytes>` : JSON.stringify(res.data, null, 2));
    return 0;
  } catch (err) {
    if (err instanceof ApiError) {
      io.err(err.message);
      if (err.detail) io.err(JSON.stringify(err.detail));
      return 1;
    }
    if (err instanceof WechatpayError) {
      io.err(`${err.name}: ${err.message}`);
      return 1;
    }
    throw err;
  }
}

export const signedRequestCommand: Command = {
  name: ['request'],
  summary: 'Send one signed APIv3 request (wxpay request METHOD PATH) and print the verified answer',
  options: {
    from: { type: 'string', value: 'DIR', description: 'Credentials folder written by `wxpay emulator --out DIR` (merchant.json)' },
    mchid: { type: 'string', short: 'm', value: 'MCHID', description: 'Merchant id' },
    serial: { type: 'string', short: 's', value: 'SERIAL', description: 'Merchant API certificate serial number' },
    'private-key': { type: 'string', short: 'f', value: 'FILE', description: 'Merchant API private key file (PEM)' },
    cert: {
      type: 'string',
      short: 'c',
      value: 'SERIAL=FILE',
      multiple: true,
      description: 'WeChat Pay public key (PUB_KEY_ID_…) or platform certificate, repeatable',
    },
    'base-url': { type: 'string', short: 'u', value: 'URL', description: 'API base URL (default https://api.mch.weixin.qq.com/)' },
    query: { type: 'string', short: 'q', value: 'NAME=VALUE', multiple: true, description: 'Query parameter, repeatable' },
    json: { type: 'string', short: 'd', value: 'JSON', description: 'JSON body' },
    header: { type: 'string', short: 'H', value: '"NAME: VALUE"', multiple: true, description: 'Extra header, repeatable' },
    timeout: { type: 'string', short: 't', value: 'MS', description: 'Deadline of each attempt in ms, connect to last byte (default 10000; 0: none)' },
  },
  run: requestCommand,
};
