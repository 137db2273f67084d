/**
 * Uploads (every multipart path of the catalogue) and unsigned file downloads: what was uploaded
 * (complaint images), e-invoice files and transfer e-receipts. The gateway has already checked that the Authorization signs
 * the `meta` part; here the meta must be JSON and its digest must match the file part's bytes.
 */
import { createHash, randomBytes } from 'node:crypto';
import type { RouteContext } from '../context';
import { notFound, paramError } from '../failure';
import type { Host } from '../host';
import type { Part } from '../multipart';
import { rfc3339 } from '../records';
import type { Reply, Route } from '../router';

/** What one upload path accepts and answers. */
interface UploadSpec {
  pattern: string;
  /** Name of the file part (`file` for nearly all). */
  field?: string;
  /** Allowed extensions (lower case); any when absent. */
  extensions?: string[];
  /** Largest file in bytes. */
  maxBytes?: number;
  /** The answer for an accepted file. */
  answer(id: string, ctx: RouteContext, meta: Record<string, unknown>, file: Part): Record<string, unknown>;
}

const IMAGES = ['jpg', 'jpeg', 'png', 'bmp'];
const VIDEOS = ['avi', 'wmv', 'mpeg', 'mp4', 'mov', 'mkv', 'flv', 'f4v', 'm4v', 'rmvb'];
const MB = 1024 * 1024;

const media = (id: string) => ({ media_id: id });

/** The upload paths of the catalogue (multipart/form-data operations of the OpenAPI description). */
export const UPLOADS: UploadSpec[] = [
  { pattern: '/v3/merchant/media/upload', extensions: IMAGES, maxBytes: 2 * MB, answer: media },
  { pattern: '/v3/merchant/media/video_upload', extensions: VIDEOS, maxBytes: 5 * MB, answer: media },
  { pattern: '/v3/merchant-service/images/upload', extensions: IMAGES, maxBytes: 2 * MB, answer: media },
  { pattern: '/v3/global/merchant-service/images/upload', extensions: IMAGES, maxBytes: 2 * MB, answer: media },
  { pattern: '/v3/ecommerce/account/cancel-applications/media', extensions: IMAGES, maxBytes: 2 * MB, answer: media },
  {
    pattern: '/v3/marketing/favor/media/image-upload',
    extensions: IMAGES,
    maxBytes: MB,
    answer: (id, ctx) => ({ media_url: `${ctx.emulator.url}v3/merchant-service/images/${id}` }),
  },
  {
    pattern: '/v3/marketing/partner/product-coupon/media/upload-image',
    extensions: IMAGES,
    maxBytes: MB,
    answer: (id, ctx) => ({ media_url: `${ctx.emulator.url}v3/merchant-service/images/${id}` }),
  },
  { pattern: '/v3/global/merchant-storage/file/upload', answer: (id) => ({ file_id: id }) },
  { pattern: '/v3/mch-manage/submission-files/sub-mchid/{sub_mchid}/upload', field: 'submission_file', answer: (id) => ({ file_id: id }) },
  { pattern: '/v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/upload', field: 'due_diligence_file', answer: (id) => ({ file_id: id }) },
  { pattern: '/v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file', extensions: ['pdf', 'ofd'], answer: (id) => ({ fapiao_media_id: id }) },
  { pattern: '/v3/taxi-invoice/cards/upload-file', extensions: ['pdf', 'ofd'], answer: (id) => ({ fapiao_media_id: id }) },
  {
    pattern: '/v3/marketing/bank/packages/{package_id}/tasks',
    extensions: ['csv', 'txt'],
    answer: (id, ctx, meta) => {
      const now = rfc3339(ctx.now());
      return {
        task_id: id,
        package_id: ctx.params.package_id,
        create_time: now,
        update_time: now,
        status: 'PROCESSING',
        success_count: 0,
        fail_count: 0,
        success_user_count: 0,
        filename: meta.filename,
        bank_type: meta.bank_type,
      };
    },
  },
  {
    pattern: '/v3/marketing/shopping-receipt/shoppingreceipts',
    extensions: IMAGES,
    answer: (id, ctx, meta) => ({
      receipt: {
        merchant_id: ctx.merchant.mchid,
        transaction_id: meta.transaction_id,
        out_trade_no: meta.out_trade_no,
        openid: meta.openid,
        upload_time: meta.upload_time,
        sha256: meta.sha256,
        receipt_id: id,
      },
    }),
  },
];

/** What was uploaded, kept (bounded) so that downloads can give it back. */
interface Stored {
  data: Buffer;
  contentType: string;
  mchid: string;
}

const MAX_STORED = 64 * MB;
const stores = new WeakMap<Host, { files: Map<string, Stored>; bytes: number }>();

function storeOf(emulator: Host): { files: Map<string, Stored>; bytes: number } {
  let s = stores.get(emulator);
  if (!s) {
    s = { files: new Map(), bytes: 0 };
    stores.set(emulator, s);
  }
  return s;
}

function keep(emulator: Host, id: string, file: Stored): void {
  const s = storeOf(emulator);
  s.files.set(id, file);
  s.bytes += file.data.length;
  for (const [key, old] of s.files) {
    if (s.bytes <= MAX_STORED) break;
    s.files.delete(key);
    s.bytes -= old.data.length;
  }
}

/** Digests a meta may carry: `sha256`, `file_digest` (SHA-256), or `digest` with `digest_algorithm`/`digest_alogrithm`. */
function checkDigest(meta: Record<string, unknown>, data: Buffer): void {
  const claims: Array<{ field: string; algorithm: string; value: unknown }> = [];
  if (meta.sha256 !== undefined) claims.push({ field: 'sha256', algorithm: 'sha256', value: meta.sha256 });
  if (meta.file_digest !== undefined) claims.push({ field: 'file_digest', algorithm: 'sha256', value: meta.file_digest });
  if (meta.digest !== undefined) {
    const alg = String(meta.digest_algorithm ?? meta.digest_alogrithm ?? 'SM3').toUpperCase();
    claims.push({ field: 'digest', algorithm: alg === 'SHA256' ? 'sha256' : 'sm3', value: meta.digest });
  }
  if (!claims.length) throw paramError('meta', 'The meta names no digest of the file (sha256, file_digest or digest).');
  for (const c of claims) {
    if (typeof c.value !== 'string') throw paramError(`meta.${c.field}`, `meta.${c.field} must be a hex string.`);
    const actual = createHash(c.algorithm).update(data).digest('hex');
    if (actual !== c.value.toLowerCase()) {
      throw paramError(
        `meta.${c.field}`,
        `meta.${c.field} ${c.value} is not the ${c.algorithm} of the uploaded file (${actual}); the file was altered or the meta belongs to another file.`,
        'body',
        c.value,
      );
    }
  }
}

function upload(spec: UploadSpec) {
  return (ctx: RouteContext): Reply => {
    const parts = ctx.parts;
    if (!parts) throw paramError('file', 'An upload is a multipart/form-data body with a "meta" part and a file part.', 'header');
    const metaPart = parts.find((p) => p.name === 'meta') as Part;
    if (parts.indexOf(metaPart) !== 0) throw paramError('meta', 'The "meta" part must come before the file part.');
    let meta: Record<string, unknown>;
    try {
      const parsed: unknown = JSON.parse(metaPart.data.toString('utf8'));
      if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) throw new Error('not a JSON object');
      meta = parsed as Record<string, unknown>;
    } catch (err) {
      throw paramError('meta', `The "meta" part is not a JSON object: ${(err as Error).message}`);
    }
    const field = spec.field ?? 'file';
    const file = parts.find((p) => p.name === field);
    if (!file) throw paramError(field, `The upload has no "${field}" part.`);
    if (!file.filename) throw paramError(field, `The "${field}" part has no filename.`);
    const named = meta.filename ?? meta.file_name;
    if (typeof named === 'string' && named !== file.filename) {
      throw paramError('meta.filename', `meta names the file "${named}" but the file part is "${file.filename}".`);
    }
    const ext = /\.([A-Za-z0-9]+)$/.exec(file.filename)?.[1]?.toLowerCase();
    if (spec.extensions && (!ext || !spec.extensions.includes(ext))) {
      throw paramError(field, `"${file.filename}" is not accepted here; allowed: ${spec.extensions.join(', ')}.`);
    }
    if (file.data.length === 0) throw paramError(field, 'The file is empty.');
    if (spec.maxBytes !== undefined && file.data.length > spec.maxBytes) {
      throw paramError(field, `The file is ${file.data.length} bytes; at most ${spec.maxBytes} are accepted here.`);
    }
    checkDigest(meta, file.data);
    const id = `${randomBytes(16).toString('hex').toUpperCase()}${ext ? `.${ext}` : ''}`;
    keep(ctx.emulator, id, { data: file.data, contentType: file.contentType ?? 'application/octet-stream', mchid: ctx.merchant.mchid });
    return { body: spec.answer(id, ctx, meta, file) };
  };
}

/** An uploaded file, answered unsigned as the platform answers image and e-invoice downloads. */
function storedFile(ctx: RouteContext, id: string): Reply {
  const file = storeOf(ctx.emulator).files.get(id);
  if (!file || file.mchid !== ctx.merchant.mchid) throw notFound(`No file ${id} for merchant ${ctx.merchant.mchid}.`);
  return { body: file.data, headers: { 'Content-Type': file.contentType }, unsigned: true };
}

/** A small, valid one-page PDF standing in for an issued e-invoice. */
function fapiaoPdf(fapiaoId: string): Buffer {
  const text = `BT /F1 12 Tf 72 720 Td (wechatpay-chain emulator fapiao ${fapiaoId.replace(/[()\\]/g, '')}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${text.length} >>\nstream\n${text}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((n) => `${String(n).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/**
 * Transfer e-receipts: applying gives a signed `{hash_type: 'SHA256', hash_value, download_url}` (hex
 * in upper case, as the platform writes it); the file comes unsigned from `/v3/transferdownload/…`.
 */
function receipt(ctx: RouteContext, body: Record<string, unknown>): Reply {
  const accept = String(body.accept_type ?? '');
  if (!['BATCH_TRANSFER', 'TRANSFER_TO_POCKET', 'TRANSFER_TO_BANK'].includes(accept)) {
    throw paramError(
      'accept_type',
      'accept_type must be BATCH_TRANSFER, TRANSFER_TO_POCKET or TRANSFER_TO_BANK.',
      ctx.method === 'GET' ? 'query' : 'body',
      body.accept_type,
    );
  }
  const detail = String(body.out_detail_no ?? '');
  if (!detail) throw paramError('out_detail_no', 'out_detail_no is required.', ctx.method === 'GET' ? 'query' : 'body');
  const signatureNo = `10500000105${createHash('sha1').update(`${ctx.merchant.mchid}|${accept}|${detail}`).digest('hex').replace(/\D/g, '').padEnd(29, '0').slice(0, 29)}`;
  const pdf = fapiaoPdf(`receipt ${detail}`);
  const token = `receipt-${signatureNo}`;
  keep(ctx.emulator, token, { data: pdf, contentType: 'application/pdf', mchid: ctx.merchant.mchid });
  return {
    body: {
      accept_type: accept,
      out_batch_no: body.out_batch_no,
      out_detail_no: detail,
      signature_no: signatureNo,
      signature_status: 'FINISHED',
      hash_type: 'SHA256',
      hash_value: createHash('sha256').update(pdf).digest('hex').toUpperCase(),
      download_url: `${ctx.emulator.url}v3/transferdownload/elecvoucherfile?token=${token}`,
    },
  };
}

export const fileRoutes: Route[] = [
  ...UPLOADS.map((spec): Route => ({ method: 'POST', pattern: spec.pattern, handler: upload(spec) })),
  { method: 'GET', pattern: '/v3/merchant-service/images/{media_id}', handler: (ctx) => storedFile(ctx, ctx.params.media_id as string) },
  { method: 'GET', pattern: '/v3/global/merchant-service/images/{media_id}', handler: (ctx) => storedFile(ctx, ctx.params.media_id as string) },
  {
    method: 'GET',
    pattern: '/v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files',
    handler: (ctx) => {
      const apply = ctx.params.fapiao_apply_id as string;
      const fapiaoId = `${apply}01`;
      keep(ctx.emulator, `fapiao-${fapiaoId}`, { data: fapiaoPdf(fapiaoId), contentType: 'application/pdf', mchid: ctx.merchant.mchid });
      const url = `${ctx.emulator.url}v3/new-tax-control-fapiao/download?fapiao_id=${encodeURIComponent(fapiaoId)}`;
      return { body: { fapiao_download_info_list: [{ fapiao_id: fapiaoId, download_url: url, status: 'ISSUED' }] } };
    },
  },
  { method: 'POST', pattern: '/v3/transfer-detail/electronic-receipts', handler: (ctx) => receipt(ctx, ctx.json()) },
  { method: 'GET', pattern: '/v3/transfer-detail/electronic-receipts', handler: (ctx) => receipt(ctx, Object.fromEntries(ctx.query)) },
  { method: 'GET', pattern: '/v3/transferdownload/elecvoucherfile', handler: (ctx) => storedFile(ctx, ctx.requireQuery('token')) },
  { method: 'GET', pattern: '/v3/transferdownload/signfile', handler: (ctx) => storedFile(ctx, ctx.requireQuery('token')) },
  {
    method: 'GET',
    pattern: '/v3/new-tax-control-fapiao/download',
    handler: (ctx) => storedFile(ctx, `fapiao-${ctx.requireQuery('fapiao_id')}`),
  },
];
