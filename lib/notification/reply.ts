/**
 * What a handler answers. The platform looks at the HTTP status only: 200/204 means received;
 * any 4xx/5xx means failed and it re-delivers later. APIv3 failures carry
 * `{"code":"FAIL","message":…}`; APIv2 answers are XML `return_code` SUCCESS/FAIL.
 */
import { SignatureError } from '../errors';
import { Transformer } from '../helpers/transformer';
import { DedupError } from './dedup-error';
import { NotificationError } from './errors';

/** An HTTP answer, framework-neutral. */
export interface NotificationReply {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type Protocol = 'v3' | 'v2';

/**
 * The status for a failure: 401 for signature/authentication failures, 400 for bad input, 413,
 * 503 while another delivery of the same notification is still running, else 500.
 */
export function statusOf(error: unknown, protocol: Protocol): number {
  if (error instanceof SignatureError) return 401;
  if (error instanceof DedupError && error.reason === 'BUSY') return 503;
  if (error instanceof NotificationError) {
    switch (error.reason) {
      case 'BODY_TOO_LARGE':
        return 413;
      case 'V2_UNSIGNED':
      case 'V2_BAD_SIGN':
        return 401;
      // An APIv2 refund is authenticated only by decrypting req_info; an APIv3 resource that fails
      // after a good signature means our own key is wrong, which a retry after a fix can cure.
      case 'DECRYPT_FAILED':
        return protocol === 'v2' ? 401 : 500;
      case 'BODY_NOT_RAW':
        return 500;
      default:
        return 400;
    }
  }
  return 500;
}

/** A short, secret-free message for the platform (details go to `onError`). */
export function publicMessage(error: unknown): string {
  if (error instanceof SignatureError) return `signature verification failed (${error.reason})`;
  if (error instanceof NotificationError) {
    return error.reason === 'BODY_NOT_RAW' ? 'raw body unavailable (server misconfigured)' : `notification refused (${error.reason})`;
  }
  return 'processing failed';
}

/** The success answer. */
export function success(protocol: Protocol, status: 200 | 204): NotificationReply {
  if (protocol === 'v2') {
    return { status: 200, headers: { 'Content-Type': 'text/xml; charset=utf-8' }, body: Transformer.toXml({ return_code: 'SUCCESS', return_msg: 'OK' }) };
  }
  return { status, headers: {}, body: '' };
}

/** The failure answer for `error` at `status`. */
export function failure(protocol: Protocol, status: number, message: string): NotificationReply {
  if (protocol === 'v2') {
    return { status, headers: { 'Content-Type': 'text/xml; charset=utf-8' }, body: Transformer.toXml({ return_code: 'FAIL', return_msg: message }) };
  }
  return { status, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: JSON.stringify({ code: 'FAIL', message }) };
}
