/**
 * The two-step bill flow: apply (`v3/bill/tradebill`, `v3/bill/fundflowbill`,
 * `v3/bill/sub-merchant-fundflowbill`, `v3/ecommerce/bill/fundflowbill` …) for a signed answer that
 * names the file, then download it. Sub-merchant fund-flow bills come as several encrypted parts,
 * joined here in `bill_sequence` order into one stream of the plain bill.
 */
import { Readable } from 'node:stream';
import type { RequestOptions } from '../request/options';
import { DownloadError } from './errors';
import { type ClientLike, type DownloadOptions, type DownloadStream, type FileDescriptor, driverOf, openDownload, redact } from './stream';

/** The answer of an "apply for a bill" call: one file, or a list of encrypted parts. */
export interface BillAnswer extends Partial<FileDescriptor> {
  download_bill_count?: number;
  download_bill_list?: FileDescriptor[];
}

/** The file(s) an apply answer names, in download order. */
export function billFiles(answer: BillAnswer): FileDescriptor[] {
  if (answer && Array.isArray(answer.download_bill_list)) {
    return [...answer.download_bill_list].sort((a, b) => (a.bill_sequence ?? 0) - (b.bill_sequence ?? 0));
  }
  if (answer && typeof answer.download_url === 'string') return [answer as FileDescriptor];
  throw new DownloadError('BAD_DESCRIPTOR', 'The bill answer names no file (expected download_url or download_bill_list).');
}

function gunzipFor(query: RequestOptions['query']): boolean | 'auto' {
  if (query && typeof query === 'object') {
    const tar = (query as Record<string, unknown>).tar_type;
    if (typeof tar === 'string') return tar.toUpperCase() === 'GZIP';
  } else if (typeof query === 'string') {
    const m = /(?:^|&)tar_type=([^&]*)/.exec(query);
    if (m) return decodeURIComponent(m[1] as string).toUpperCase() === 'GZIP';
  }
  return 'auto';
}

/** Download several files one after another as one stream (each checked before the next starts). */
export function joinDownloads(client: ClientLike, files: FileDescriptor[], options: DownloadOptions): DownloadStream {
  let headers: Record<string, string> = {};
  async function* parts(): AsyncGenerator<Buffer> {
    for (const file of files) {
      const part = await openDownload(client, file, options);
      headers = part.headers;
      for await (const chunk of part) yield chunk as Buffer;
    }
  }
  const stream = Readable.from(parts(), { objectMode: false, highWaterMark: 64 * 1024 }) as DownloadStream;
  Object.defineProperty(stream, 'headers', { get: () => headers, enumerable: true });
  Object.defineProperty(stream, 'url', { value: files.map((f) => redact(f.download_url)).join(' + '), enumerable: true });
  return stream;
}

/**
 * Apply for a bill and stream the plain file: `gunzip` follows the query's `tar_type` unless set.
 *
 * ```ts
 * const csv = await Download.bill(client, 'v3/bill/tradebill', { query: { bill_date: '2024-06-01', tar_type: 'GZIP' } });
 * ```
 */
export async function applyAndOpen(
  client: ClientLike,
  applyPath: string,
  request: RequestOptions = {},
  options: DownloadOptions = {},
): Promise<DownloadStream> {
  const answer = await driverOf(client).request('GET', applyPath, request);
  const files = billFiles(answer.data as BillAnswer);
  const opts: DownloadOptions = { ...options, gunzip: options.gunzip ?? gunzipFor(request.query) };
  return files.length === 1 ? openDownload(client, files[0] as FileDescriptor, opts) : joinDownloads(client, files, opts);
}
