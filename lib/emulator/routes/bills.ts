/**
 * Bills and statements. Applying (`v3/bill/tradebill`, `v3/bill/fundflowbill`,
 * `v3/bill/sub-merchant-fundflowbill`, `v3/ecommerce/bill/fundflowbill`) answers a signed
 * `{hash_type, hash_value, download_url}` (or a list of encrypted parts); the `download_url` points at
 * this emulator's `/v3/billdownload/file`, which streams the CSV (gzip with `tar_type=GZIP`) unsigned,
 * made lazily whatever its size.
 *
 * `hash_value` is the SHA-1 of the plain CSV (after gunzip and decryption), as the platform documents
 * it ("原始账单（gzip需要解压缩）的摘要值") and as the official Java SDK checks it.
 */
import { createCipheriv, createHash, publicEncrypt, constants, randomBytes } from 'node:crypto';
import { Readable, Transform, pipeline, type TransformCallback } from 'node:stream';
import { createGzip } from 'node:zlib';
import { Formatter } from '../../crypto/formatter';
import { AnswerSigner } from '../answer';
import type { RouteContext } from '../context';
import { Failure, noAuth, notFound, paramError } from '../failure';
import type { Host } from '../host';
import type { Reply, Route } from '../router';
import { type BillKind, type BillSpec, billChunks, rowsFor } from './bill-csv';

/** How big the bills are and how they are split (per emulator; change it between calls). */
export interface BillSettings {
  /** Rows per bill (default 200). */
  rows?: number;
  /** Or a target size in bytes (e.g. 500 MB for a benchmark); wins over `rows`. */
  bytes?: number;
  /** Files a sub-merchant fund-flow bill is split into (default 2). */
  parts?: number;
  /** gzip level for `tar_type=GZIP` (default 6). */
  gzipLevel?: number;
  /** How long a download_url stays valid, ms (default 5 minutes, as the platform's). */
  ttlMs?: number;
}

/**
 * A one-shot fault for the next bill download: `corrupt` flips a byte after the hash was given,
 * `truncate` ends the file early but cleanly, `cut` drops the connection mid-file.
 */
export interface BillFault {
  mode: 'corrupt' | 'truncate' | 'cut';
  afterBytes?: number;
}

interface FileEntry {
  spec: BillSpec;
  gzip: boolean;
  mchid: string;
  expires: number;
  encryption?: { key: Buffer; nonce: Buffer };
}

interface BillState {
  settings: BillSettings;
  faults: BillFault[];
  tokens: Map<string, FileEntry>;
  digests: Map<string, string>;
  downloads: number;
}

// Per emulator: keyed by the emulator itself (`ctx.emulator` is the same object).
const states = new WeakMap<Host, BillState>();

function stateOf(emulator: Host): BillState {
  let s = states.get(emulator);
  if (!s) {
    s = { settings: {}, faults: [], tokens: new Map(), digests: new Map(), downloads: 0 };
    states.set(emulator, s);
  }
  return s;
}

/** The bill settings of an emulator (a live object: assign to it). */
export function billSettings(emulator: Host): BillSettings {
  return stateOf(emulator).settings;
}

/** Make the next bill download fail as `fault` says. */
export function injectBillFault(emulator: Host, fault: BillFault): void {
  stateOf(emulator).faults.push(fault);
}

/** Bill files served so far (for tests). */
export function billDownloads(emulator: Host): number {
  return stateOf(emulator).downloads;
}

/** SHA-1 of the plain bill, computed by generating it once (cached per bill). */
function digestOf(state: BillState, spec: BillSpec): string {
  const key = JSON.stringify(spec);
  let digest = state.digests.get(key);
  if (!digest) {
    const hash = createHash('sha1');
    for (const chunk of billChunks(spec)) hash.update(chunk);
    digest = hash.digest('hex');
    state.digests.set(key, digest);
  }
  return digest;
}

function billDate(ctx: RouteContext): string {
  const date = ctx.requireQuery('bill_date');
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(`${date}T00:00:00+08:00`))) {
    throw paramError('bill_date', `bill_date must be a date as YYYY-MM-DD, got "${date}".`, 'query', date);
  }
  const today = new Date(ctx.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  if (date >= today)
    throw new Failure(400, 'NO_STATEMENT_EXIST', `The bill of ${date} does not exist yet: a day's bill is ready the next day (today is ${today} in Beijing).`);
  return date;
}

function tarType(ctx: RouteContext): boolean {
  const tar = ctx.query.get('tar_type');
  if (tar === null || tar === '') return false;
  if (tar !== 'GZIP') throw paramError('tar_type', `tar_type must be GZIP when given, got "${tar}".`, 'query', tar);
  return true;
}

function oneOf(ctx: RouteContext, name: string, allowed: string[], fallback?: string): string {
  const v = ctx.query.get(name) ?? fallback;
  if (v === undefined || v === '') throw paramError(name, `The query parameter ${name} is required.`, 'query');
  if (!allowed.includes(v)) throw paramError(name, `${name} must be one of ${allowed.join(', ')}, got "${v}".`, 'query', v);
  return v;
}

function specFor(state: BillState, kind: BillKind, mchid: string, date: string): BillSpec {
  const s = state.settings;
  const rows = s.bytes !== undefined ? rowsFor(kind, s.bytes) : (s.rows ?? 200);
  return { kind, mchid, date, rows };
}

function issue(ctx: RouteContext, state: BillState, entry: Omit<FileEntry, 'expires' | 'mchid'>): string {
  const token = randomBytes(24).toString('base64url');
  state.tokens.set(token, { ...entry, mchid: ctx.merchant.mchid, expires: ctx.now() + (state.settings.ttlMs ?? 5 * 60_000) });
  return `${ctx.emulator.url}v3/billdownload/file?token=${token}`;
}

function applySingle(kind: BillKind) {
  return (ctx: RouteContext): Reply => {
    const state = stateOf(ctx.emulator);
    const date = billDate(ctx);
    if (kind === 'trade') oneOf(ctx, 'bill_type', ['ALL', 'SUCCESS', 'REFUND', 'RECHARGE_REFUND', 'ALL_SPECIAL', 'SUC_SPECIAL', 'REF_SPECIAL'], 'ALL');
    else oneOf(ctx, 'account_type', ['BASIC', 'OPERATION', 'FEES'], 'BASIC');
    const gzip = tarType(ctx);
    const owner = kind === 'trade' ? ctx.query.get('sub_mchid') || ctx.merchant.mchid : ctx.merchant.mchid;
    const spec = specFor(state, kind, owner, date);
    const hash = digestOf(state, spec);
    return { body: { hash_type: 'SHA1', hash_value: hash, download_url: issue(ctx, state, { spec, gzip }) } };
  };
}

/** Sub-merchant fund-flow bills: several parts, each AES-256-GCM encrypted with its own key. */
function applyEncrypted(requireSub: boolean) {
  return (ctx: RouteContext): Reply => {
    const state = stateOf(ctx.emulator);
    const sub = requireSub ? ctx.requireQuery('sub_mchid') : ctx.query.get('sub_mchid') || `${ctx.merchant.mchid}0`;
    const date = billDate(ctx);
    oneOf(ctx, 'account_type', ['BASIC', 'OPERATION', 'FEES', 'DEPOSIT', 'ALL']);
    const algorithm = oneOf(ctx, 'algorithm', ['AEAD_AES_256_GCM', 'SM4_GCM']);
    if (algorithm !== 'AEAD_AES_256_GCM') throw paramError('algorithm', 'The emulator encrypts bills with AEAD_AES_256_GCM only.', 'query', algorithm);
    const gzip = tarType(ctx);
    const whole = specFor(state, 'fundflow', sub, date);
    const count = Math.max(1, Math.min(state.settings.parts ?? 2, whole.rows));
    const list = [];
    for (let i = 0; i < count; i += 1) {
      const spec: BillSpec = { ...whole, from: Math.floor((whole.rows * i) / count), to: Math.floor((whole.rows * (i + 1)) / count) };
      const keyText = Formatter.nonce(32);
      const nonce = randomBytes(8).toString('hex');
      const encryptKey = publicEncrypt(
        { key: ctx.merchant.verifyKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha1' },
        Buffer.from(keyText),
      ).toString('base64');
      const url = issue(ctx, state, { spec, gzip, encryption: { key: Buffer.from(keyText), nonce: Buffer.from(nonce) } });
      list.push({ bill_sequence: i + 1, download_url: url, encrypt_key: encryptKey, hash_type: 'SHA1', hash_value: digestOf(state, spec), nonce });
    }
    return { body: { download_bill_count: list.length, download_bill_list: list } };
  };
}

/** Apply a one-shot fault to the plain bytes. */
function* faulty(chunks: Iterable<Buffer>, fault: BillFault | undefined): Generator<Buffer> {
  let sent = 0;
  const at = fault?.afterBytes ?? 4096;
  for (const chunk of chunks) {
    if (!fault || sent + chunk.length <= at) {
      sent += chunk.length;
      yield chunk;
      continue;
    }
    const cut = Math.max(0, at - sent);
    if (fault.mode === 'corrupt') {
      const copy = Buffer.from(chunk);
      copy[cut] = (copy[cut] as number) ^ 0x01;
      sent += copy.length;
      yield copy;
      fault = undefined;
      continue;
    }
    if (cut > 0) yield chunk.subarray(0, cut);
    if (fault.mode === 'truncate') return;
    throw new Error('connection dropped mid-file (injected bill fault)');
  }
}

/** AES-256-GCM over the stream, the 16-byte tag appended at the end. */
function encryptor(key: Buffer, nonce: Buffer): Transform {
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  return new Transform({
    transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback) {
      done(null, cipher.update(chunk));
    },
    flush(done: TransformCallback) {
      done(null, Buffer.concat([cipher.final(), cipher.getAuthTag()]));
    },
  });
}

function download(ctx: RouteContext): Reply {
  const state = stateOf(ctx.emulator);
  const token = ctx.requireQuery('token');
  const entry = state.tokens.get(token);
  if (!entry) throw notFound('The download token is unknown; apply for the bill again.');
  if (entry.expires < ctx.now()) {
    state.tokens.delete(token);
    throw new Failure(400, 'INVALID_REQUEST', 'The download_url has expired (valid for 5 minutes); apply for the bill again.');
  }
  if (entry.mchid !== ctx.merchant.mchid) throw noAuth(`The bill was applied for by merchant ${entry.mchid}, not ${ctx.merchant.mchid}.`);
  state.downloads += 1;
  const fault = state.faults.shift();
  let body: Readable = Readable.from(faulty(billChunks(entry.spec), fault), { objectMode: false });
  const stages: NodeJS.ReadWriteStream[] = [];
  if (entry.gzip) stages.push(createGzip({ level: state.settings.gzipLevel ?? 6 }));
  if (entry.encryption) stages.push(encryptor(entry.encryption.key, entry.encryption.nonce));
  if (stages.length)
    body = pipeline([body, ...stages], () => {
      /* the server's pipeline reports errors */
    }) as unknown as Readable;
  const type = entry.encryption ? 'application/octet-stream' : entry.gzip ? 'application/x-gzip' : 'text/plain; charset=utf-8';
  return { body, headers: { 'Content-Type': type }, unsigned: true };
}

/**
 * Overseas statements: a small CSV, signed over `{"sha1":"<digest>"}` with the digest in
 * `Wechatpay-Statement-Sha1`, as the platform signs them.
 */
async function statement(ctx: RouteContext): Promise<Reply> {
  const date = ctx.requireQuery('date');
  if (!/^\d{8}$/.test(date)) throw paramError('date', `date must be YYYYMMDD, got "${date}".`, 'query', date);
  const lines = ['Date,Settlement Currency,Opening Balance,Settled Amount,Closing Balance'];
  const seed = Number(date) % 9973;
  for (let i = 0; i < 10; i += 1) lines.push(`${date},USD,${(seed * 10 + i).toFixed(2)},${(i * 3.25).toFixed(2)},${(seed * 10 + i * 4.25).toFixed(2)}`);
  const csv = Buffer.from(`${lines.join('\n')}\n`, 'utf8');
  const sha1 = createHash('sha1').update(csv).digest('hex');
  const signer = new AnswerSigner(ctx.emulator.platformIdentity);
  const requested = typeof ctx.headers['wechatpay-serial'] === 'string' ? ctx.headers['wechatpay-serial'] : undefined;
  const key = signer.choose(ctx.merchant.mode, requested);
  const headers = {
    'Content-Type': 'text/plain; charset=utf-8',
    'Request-ID': ctx.requestId,
    'Wechatpay-Statement-Sha1': sha1,
    ...(await signer.headersAsync(key, Buffer.from(JSON.stringify({ sha1 })), ctx.now())),
  };
  return { body: csv, headers, unsigned: true };
}

export const billRoutes: Route[] = [
  { method: 'GET', pattern: '/v3/bill/tradebill', handler: applySingle('trade') },
  { method: 'GET', pattern: '/v3/bill/fundflowbill', handler: applySingle('fundflow') },
  { method: 'GET', pattern: '/v3/bill/sub-merchant-fundflowbill', handler: applyEncrypted(true) },
  { method: 'GET', pattern: '/v3/ecommerce/bill/fundflowbill', handler: applyEncrypted(false) },
  { method: 'GET', pattern: '/v3/billdownload/file', handler: download },
  { method: 'GET', pattern: '/v3/statements', handler: statement },
  { method: 'GET', pattern: '/v3/global/statements', handler: statement },
  { method: 'GET', pattern: '/hk/v3/statements', handler: statement },
];
