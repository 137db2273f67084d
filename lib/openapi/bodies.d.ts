// generated — do not edit; run npm run generate
import type { Readable } from 'node:stream';

/** `data` of a file download (bills, statements, images, PDFs): the bytes, or a stream with `responseType: 'stream'`. */
export type BinaryBody = Buffer | Readable;

/** The body of a multipart upload: a MediaUtil stream (or ready bytes) sent with its Content-Type header. */
export type UploadBody = string | Buffer | Readable;

/** One operation: what its verb accepts (`options`) and the `data` it resolves with (`response`). */
export interface Op<O, R> {
  options: O;
  response: R;
}

/** Options every APIv2 operation also takes. */
export interface V2Extras {
  /** Send the merchant TLS client certificate (automatic for the operations that need it). */
  security?: boolean;
  /** Do not add `nonce_str` (the few APIv2 calls that refuse it). */
  nonceless?: boolean;
}
