/**
 * Error answers the way the platform gives them: `{"code","message","detail"?}` with a status.
 * Handlers throw a {@link Failure}; the server turns it into a signed answer.
 */

/** Where a bad parameter was (`detail.location`): the JSON body, the query, a path variable or a header. */
export type FailureLocation = 'body' | 'query' | 'uri_template' | 'header';

export interface FailureDetail {
  location?: FailureLocation;
  field?: string;
  value?: unknown;
  issue?: string;
  [key: string]: unknown;
}

/** A platform error answer, thrown by handlers and checks. */
export class Failure extends Error {
  readonly status: number;
  readonly code: string;
  readonly detail: FailureDetail | undefined;
  constructor(status: number, code: string, message: string, detail?: FailureDetail) {
    super(message);
    this.name = 'Failure';
    this.status = status;
    this.code = code;
    this.detail = detail;
  }
  /** The JSON body of the answer. */
  toJSON(): { code: string; message: string; detail?: FailureDetail } {
    return this.detail ? { code: this.code, message: this.message, detail: this.detail } : { code: this.code, message: this.message };
  }
}

/** 401 SIGN_ERROR: the request's Authorization did not check out. */
export function signError(message: string): Failure {
  return new Failure(401, 'SIGN_ERROR', message);
}

/** 400 PARAM_ERROR naming the field and where it was. */
export function paramError(field: string, message: string, location: FailureLocation = 'body', value?: unknown): Failure {
  const detail: FailureDetail = { location, field };
  if (value !== undefined) detail.value = value;
  return new Failure(400, 'PARAM_ERROR', message, detail);
}

/** 400 INVALID_REQUEST: well-formed, but against the business rules (state, amounts, duplicates). */
export function invalidRequest(message: string): Failure {
  return new Failure(400, 'INVALID_REQUEST', message);
}

/** 403 NO_AUTH: the signer may not act for the merchant named in the request. */
export function noAuth(message: string): Failure {
  return new Failure(403, 'NO_AUTH', message);
}

/** 404 with ORDER_NOT_EXIST (orders) or RESOURCE_NOT_EXISTS (everything else). */
export function notFound(message: string, code: 'ORDER_NOT_EXIST' | 'RESOURCE_NOT_EXISTS' = 'RESOURCE_NOT_EXISTS'): Failure {
  return new Failure(404, code, message);
}
