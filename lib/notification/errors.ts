/**
 * Why a notification was refused. Signature checks (headers, clock, serial, signature) throw the
 * core {@link SignatureError}; everything after them, and the APIv2 checks, throw a
 * {@link NotificationError} whose `reason` names the stage that failed.
 */
import { WechatpayError } from '../errors';

/** Stage at which a notification was refused (signature stages use `SignatureError.reason`). */
export type NotificationFailure =
  /** The body is not the raw string/Buffer that arrived (a framework parsed it first), or is missing. */
  | 'BODY_NOT_RAW'
  /** The body is larger than the handler's `limit`. */
  | 'BODY_TOO_LARGE'
  /** The body is not a JSON notification envelope (`id`, `event_type`, `resource{…}`). */
  | 'MALFORMED'
  /** `resource.algorithm` is not `AEAD_AES_256_GCM`. */
  | 'UNSUPPORTED_ALGORITHM'
  /** The resource did not decrypt with `apiv3Key` (wrong key, or an altered nonce/associated_data). */
  | 'DECRYPT_FAILED'
  /** The decrypted resource is not JSON (APIv3) or `req_info` is not XML (APIv2). */
  | 'RESOURCE_NOT_PARSABLE'
  /** APIv2: the XML could not be read. */
  | 'V2_MALFORMED'
  /** APIv2: `sign` is missing (and there is no `req_info`) or `sign_type` is unsupported. */
  | 'V2_UNSIGNED'
  /** APIv2: `sign` does not match the APIv2 key. */
  | 'V2_BAD_SIGN'
  /** APIv2: `return_code` is not SUCCESS, so the notification carries nothing to trust. */
  | 'V2_NOT_SUCCESS';

/** A notification failed a check after (or, for APIv2, instead of) the signature checks. */
export class NotificationError extends WechatpayError {
  readonly reason: NotificationFailure;
  constructor(reason: NotificationFailure, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}
