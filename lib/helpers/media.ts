/**
 * MediaUtil: the multipart body of APIv3 uploads (images, videos, marketing images, complaint
 * images, CSV …). The `meta` part (`{"filename","sha256"}` JSON) comes first, the `file` part second,
 * and the request is signed over the meta JSON only, never over the file bytes.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, createReadStream, fstatSync, openSync, readSync } from 'node:fs';
import { basename } from 'node:path';
import { Readable } from 'node:stream';
import { localPath } from '../local-path';
import { ArgumentError } from '../errors';
import { SIGNED_BODY } from '../request/meta';

/** MIME types by extension, for the `file` part (anything else is `application/octet-stream`). */
const MIME: Record<string, string> = {
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  bmp: 'image/bmp',
  webp: 'image/webp',
  tif: 'image/tiff',
  tiff: 'image/tiff',
  svg: 'image/svg+xml',
  ico: 'image/x-icon',
  mp4: 'video/mp4',
  m4v: 'video/x-m4v',
  mov: 'video/quicktime',
  avi: 'video/x-msvideo',
  wmv: 'video/x-ms-wmv',
  mpeg: 'video/mpeg',
  mpg: 'video/mpeg',
  mkv: 'video/x-matroska',
  flv: 'video/x-flv',
  f4v: 'video/x-f4v',
  '3gp': 'video/3gpp',
  rmvb: 'application/vnd.rn-realmedia-vbr',
  webm: 'video/webm',
  csv: 'text/csv',
  txt: 'text/plain',
  json: 'application/json',
  pdf: 'application/pdf',
  ofd: 'application/ofd',
  zip: 'application/zip',
  xls: 'application/vnd.ms-excel',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** The content type the `file` part gets for `filename` (by its extension, case-insensitive). */
export function mimeOf(filename: string): string {
  const m = /\.([A-Za-z0-9]+)$/.exec(filename);
  return (m && MIME[(m[1] as string).toLowerCase()]) || 'application/octet-stream';
}

/**
 * JSON text as PHP's `json_encode` writes it with default flags: `/` as `\/` and every non-ASCII
 * UTF-16 unit as `\uxxxx`. The platform hashes nothing here, but matching PHP byte for byte keeps
 * signatures comparable across SDKs.
 */
export function phpJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\//g, '\\/')
    .replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A file name fit for a part's header: a quote or line break must not end the value or start a header. */
function partName(filename: string): string {
  return filename.replace(/["\r\n]/g, (c) => encodeURIComponent(c));
}

/** The multipart body stream: its string form is the meta JSON (what is signed), its size unknown. */
export type MediaStream = Readable & { [SIGNED_BODY]: () => string; toString(): string };

/** Options of the file part. */
export interface MediaOptions {
  /** Name of the file part: `file` (default) for nearly every API; `submission_file`, `due_diligence_file` for a few. */
  field?: string;
  /** Content type of the file part (default: from the extension). */
  contentType?: string;
}

type Source = { kind: 'file'; path: string; size: number } | { kind: 'bytes'; bytes: Buffer };

/** Hash a file in 64 KiB steps (flat memory whatever its size). */
function hashFile(path: string): { sha256: string; size: number } {
  let fd: number;
  try {
    fd = openSync(path, 'r');
  } catch (err) {
    throw new ArgumentError(`MediaUtil: cannot open "${path}" for reading: ${(err as Error).message}`, { cause: err });
  }
  try {
    const size = fstatSync(fd).size;
    const hash = createHash('sha256');
    const chunk = Buffer.allocUnsafe(64 * 1024);
    for (;;) {
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      hash.update(chunk.subarray(0, n));
    }
    return { sha256: hash.digest('hex'), size };
  } finally {
    closeSync(fd);
  }
}

/**
 * A file to upload, as wechatpay-php's `MediaUtil`:
 *
 * ```ts
 * const media = new MediaUtil('/path/logo.png');
 * await client.v3.merchant.media.upload.post({ body: media.getStream(), headers: { 'Content-Type': media.getContentType() } });
 * ```
 *
 * The source is a path (`/abs/file.png`, `file:///abs/file.png`) read lazily at send time, or the
 * bytes themselves (`new MediaUtil('logo.png', buffer)`). A stream is read once by
 * {@link MediaUtil.fromStream}, because the sha256 must be known before the body is sent.
 */
export class MediaUtil {
  /** The `filename` of the meta and of the `file` part (basename of the path). */
  readonly filename: string;
  /** Lowercase hex SHA-256 of the whole file. */
  readonly sha256: string;
  /** File size in bytes. */
  readonly size: number;
  private readonly source: Source;
  private readonly boundary: string;
  private readonly field: string;
  private readonly mime: string;
  private meta: string;

  /**
   * @param filepath path or `file://` URL of the file; with `content`, only its basename is used.
   * @param content the file's bytes (Buffer, Uint8Array or a binary string) instead of reading the path.
   * @param options `field`: name of the file part (default `file`; e.g. `submission_file`),
   *   `contentType`: the file part's type (default: from the extension).
   */
  constructor(filepath: string, content?: Buffer | Uint8Array | string, options: MediaOptions = {}) {
    if (typeof filepath !== 'string' || !filepath) throw new ArgumentError('MediaUtil: the file path (or name) must be a non-empty string.');
    if (content instanceof Readable) {
      throw new ArgumentError('MediaUtil: a stream must be read before its sha256 is known; use `await MediaUtil.fromStream(filename, stream)`.');
    }
    this.filename = basename(localPath(filepath));
    this.field = options.field ?? 'file';
    if (!/^[\w.-]+$/.test(this.field)) throw new ArgumentError(`MediaUtil: the file part name "${this.field}" must be a plain form field name.`);
    this.mime = options.contentType ?? mimeOf(this.filename);
    if (content === undefined) {
      const path = localPath(filepath);
      const { sha256, size } = hashFile(path);
      this.source = { kind: 'file', path, size };
      this.sha256 = sha256;
      this.size = size;
    } else {
      const bytes = typeof content === 'string' ? Buffer.from(content, 'binary') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
      this.source = { kind: 'bytes', bytes };
      this.sha256 = createHash('sha256').update(bytes).digest('hex');
      this.size = bytes.length;
    }
    // 20 random bytes as 40 lowercase hex characters, as wechatpay-php (Guzzle) draws it.
    this.boundary = randomBytes(20).toString('hex');
    this.meta = this.defaultMeta();
  }

  /** Read a stream to its end (the sha256 covers the whole file) and wrap its bytes. */
  static async fromStream(filename: string, stream: AsyncIterable<Buffer | Uint8Array | string>, options: MediaOptions = {}): Promise<MediaUtil> {
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'binary') : Buffer.from(chunk));
    return new MediaUtil(filename, Buffer.concat(chunks), options);
  }

  private defaultMeta(): string {
    return phpJson({ filename: this.filename, sha256: this.sha256 });
  }

  /** The meta JSON: the text that is signed and sent as the `meta` part. */
  getMeta(): string {
    return this.meta;
  }

  /**
   * Replace the meta JSON (APIs whose meta carries more fields, e.g. `bank_type`), or restore the
   * default `{filename, sha256}` when called without an argument. Returns its length in bytes.
   */
  setMeta(json?: string | null): number {
    if (json === undefined || json === null) this.meta = this.defaultMeta();
    else {
      if (typeof json !== 'string') throw new ArgumentError('MediaUtil.setMeta: pass the meta as JSON text (e.g. JSON.stringify({...})).');
      try {
        JSON.parse(json);
      } catch (err) {
        throw new ArgumentError(`MediaUtil.setMeta: the meta is not valid JSON: ${(err as Error).message}`, { cause: err });
      }
      this.meta = json;
    }
    return Buffer.byteLength(this.meta, 'utf8');
  }

  /** `multipart/form-data; boundary=…`: the `Content-Type` header to send with {@link getStream}. */
  getContentType(): string {
    return `multipart/form-data; boundary=${this.boundary}`;
  }

  /** The multipart boundary (40 hex characters). */
  getBoundary(): string {
    return this.boundary;
  }

  /** The multipart bytes before the file's bytes. */
  private head(): Buffer {
    const b = this.boundary;
    return Buffer.from(
      `--${b}\r\nContent-Type: application/json\r\nContent-Disposition: form-data; name="meta"\r\n\r\n${this.meta}\r\n` +
        `--${b}\r\nContent-Disposition: form-data; name="${this.field}"; filename="${partName(this.filename)}"\r\n` +
        `Content-Length: ${this.size}\r\nContent-Type: ${this.mime}\r\n\r\n`,
      'utf8',
    );
  }

  private tail(): Buffer {
    return Buffer.from(`\r\n--${this.boundary}--\r\n`, 'utf8');
  }

  /**
   * A fresh multipart body stream (each call starts again, so a retry can resend). Its string form
   * and its signed text are the current meta JSON; its length is not declared, so it goes out chunked.
   */
  getStream(): MediaStream {
    const media = this;
    async function* parts(): AsyncGenerator<Buffer> {
      yield media.head();
      if (media.source.kind === 'bytes') yield media.source.bytes;
      else {
        let seen = 0;
        for await (const chunk of createReadStream(media.source.path, { highWaterMark: 64 * 1024 })) {
          seen += (chunk as Buffer).length;
          yield chunk as Buffer;
        }
        if (seen !== media.source.size) {
          throw new ArgumentError(
            `MediaUtil: "${media.source.path}" changed size while uploading (${media.source.size} → ${seen} bytes); its sha256 no longer matches.`,
          );
        }
      }
      yield media.tail();
    }
    const stream = Readable.from(parts(), { objectMode: false }) as MediaStream;
    Object.defineProperty(stream, SIGNED_BODY, { value: () => media.meta, enumerable: false });
    Object.defineProperty(stream, 'toString', { value: () => media.meta, enumerable: false });
    return stream;
  }

  /** The whole multipart body as bytes (small files, tests). */
  async getBytes(): Promise<Buffer> {
    const chunks: Buffer[] = [];
    for await (const chunk of this.getStream()) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /** Sugar: `{ body, headers }` ready to spread into a verb's options: `post({ ...media.toOptions() })`. */
  toOptions(): { body: MediaStream; headers: { 'Content-Type': string } } {
    return { body: this.getStream(), headers: { 'Content-Type': this.getContentType() } };
  }
}
