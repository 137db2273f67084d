/** Why a file download was rejected. */
import { WechatpayError } from '../errors';

/** What went wrong with a downloaded file. */
export type DownloadFailure =
  /** The bytes do not match `hash_value`: altered, truncated or the wrong file. */
  | 'HASH_MISMATCH'
  /** The connection ended before the whole file arrived. */
  | 'INTERRUPTED'
  /** The gzip data is corrupt or cut short. */
  | 'GUNZIP'
  /** An encrypted bill did not decrypt (wrong key or altered bytes). */
  | 'DECRYPT'
  /** The descriptor or options are unusable (unknown hash type, no URL …). */
  | 'BAD_DESCRIPTOR'
  /** The file grew past the download's `maxContentLength`. */
  | 'TOO_LARGE';

/**
 * A download failed its integrity checks or was cut short. The stream that carried it ends with this
 * error instead of `end`, and `Download.save` removes the partial file.
 */
export class DownloadError extends WechatpayError {
  readonly reason: DownloadFailure;
  /** The URL (without its query, which holds the token) that was downloaded. */
  readonly url: string | undefined;
  constructor(reason: DownloadFailure, message: string, url?: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
    this.url = url;
  }
}
