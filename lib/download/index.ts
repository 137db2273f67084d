/**
 * Downloads of bills, statements, complaint images and e-invoice files: streamed, hash-checked,
 * gunzipped and decrypted as needed. See docs/files.md.
 */
import type { Readable } from 'node:stream';
import type { RequestOptions } from '../request/options';
import { applyAndOpen, type BillAnswer, billFiles, joinDownloads } from './bill';
import { bufferStream, type SavedFile, saveStream } from './save';
import { type ClientLike, type DownloadOptions, type DownloadStream, type FileDescriptor, openDownload } from './stream';

export { DownloadError, type DownloadFailure } from './errors';
export type { BillAnswer, ClientLike, DownloadOptions, DownloadStream, FileDescriptor, SavedFile };

type Target = FileDescriptor | BillAnswer | string;

function open(client: ClientLike, target: Target, options: DownloadOptions): Promise<DownloadStream> {
  if (typeof target === 'string') return openDownload(client, target, options);
  const files = billFiles(target);
  return files.length === 1 ? openDownload(client, files[0] as FileDescriptor, options) : Promise.resolve(joinDownloads(client, files, options));
}

/** Download helpers. Every one sends a signed GET and checks the file before reporting success. */
export const Download = {
  /**
   * Stream a file named by an apply answer (`{download_url, hash_type, hash_value}` or a
   * `download_bill_list`) or by URL. Consume it to the end: it errors instead of ending when a check fails.
   */
  stream(client: ClientLike, target: Target, options: DownloadOptions = {}): Promise<DownloadStream> {
    return open(client, target, options);
  },

  /** Save a file to `path`: written to a temporary file and renamed only once every check passed. */
  async save(client: ClientLike, target: Target, path: string, options: DownloadOptions = {}): Promise<SavedFile> {
    return saveStream(await open(client, target, options), path);
  },

  /** Read a (small) file into memory, checked. */
  async buffer(client: ClientLike, target: Target, options: DownloadOptions = {}): Promise<Buffer> {
    return bufferStream(await open(client, target, options));
  },

  /** Apply for a bill (`v3/bill/tradebill` …) and stream it; `tar_type=GZIP` in the query gunzips it. */
  bill(client: ClientLike, applyPath: string, request: RequestOptions = {}, options: DownloadOptions = {}): Promise<DownloadStream> {
    return applyAndOpen(client, applyPath, request, options);
  },

  /** Apply for a bill and save it to `path` (atomic, checked). */
  async saveBill(client: ClientLike, applyPath: string, request: RequestOptions, path: string, options: DownloadOptions = {}): Promise<SavedFile> {
    return saveStream(await applyAndOpen(client, applyPath, request, options), path);
  },

  /** Drain any readable into a Buffer. */
  toBuffer(stream: Readable): Promise<Buffer> {
    return bufferStream(stream);
  },
};
