/**
 * Verify step (APIv2): the answer's bytes are parsed by the strict XML reader, then
 * 1. `return_code` must be SUCCESS (else {@link ApiV2Error}: the request was refused, usually unsigned);
 * 2. the answer's `sign` must match (type by length: 64 → HMAC-SHA256, else MD5; constant-time), else
 *    {@link SignatureError} — skipped only for the endpoints that answer unsigned;
 * 3. `result_code`, when present, must be SUCCESS (else {@link ApiV2Error}, whose data is then verified).
 * Bills come back as text (or the gzip bytes), JSON answers parsed, other non-XML unsigned answers as text.
 */
import type { AxiosResponse } from 'axios';
import { Readable } from 'node:stream';
import { SignatureError } from '../errors';
import { v2MetaOf } from '../request/meta';
import { ApiV2Error, type ApiV2Answer } from './error';
import { verifyV2 } from './signature';
import { parseXml, type XmlRecord } from './xml-parse';

/** Largest answer read into memory for checking (bills streamed with responseType 'stream' are not bounded). */
const MAX_ANSWER = 64 * 1024 * 1024;

async function collect(data: unknown): Promise<Buffer> {
  if (Buffer.isBuffer(data)) return data;
  if (data instanceof ArrayBuffer) return Buffer.from(data);
  if (ArrayBuffer.isView(data)) return Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  if (typeof data === 'string') return Buffer.from(data, 'utf8');
  if (data instanceof Readable) {
    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of data) {
      const b = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string);
      size += b.length;
      if (size > MAX_ANSWER)
        throw new SignatureError('BAD_SIGNATURE', `The APIv2 answer is larger than ${MAX_ANSWER} bytes; refusing to buffer it for checking.`);
      chunks.push(b);
    }
    return Buffer.concat(chunks);
  }
  return Buffer.alloc(0);
}

/** The first non-blank bytes look like an XML document (`<xml`, `<?xml`, any `<name`). */
function looksLikeXml(head: Buffer): boolean {
  let i = 0;
  if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) i = 3;
  while (i < head.length && (head[i] === 0x20 || head[i] === 0x0a || head[i] === 0x0d || head[i] === 0x09)) i += 1;
  return head[i] === 0x3c;
}

function isGzip(head: Buffer): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

function target(response: AxiosResponse): string {
  const method = String(response.config?.method ?? '').toUpperCase();
  try {
    return `${method} ${new URL(String(response.config?.url)).pathname}`;
  } catch {
    return method;
  }
}

/** Reject FAIL answers; `verified` says whether the sign was already checked. */
function checkCodes(answer: XmlRecord, response: AxiosResponse, verified: boolean, returnOnly: boolean): void {
  const returnCode = answer.return_code;
  if (returnCode !== undefined && returnCode !== 'SUCCESS') throw new ApiV2Error(answer as ApiV2Answer, response, false);
  if (returnOnly) return;
  const resultCode = answer.result_code;
  if (resultCode !== undefined && resultCode !== 'SUCCESS') throw new ApiV2Error(answer as ApiV2Answer, response, verified);
}

function parseAnswer(raw: Buffer, response: AxiosResponse): XmlRecord {
  try {
    return parseXml(raw).value;
  } catch (err) {
    throw new SignatureError(
      'BAD_SIGNATURE',
      `The APIv2 answer of ${target(response)} is not well-formed XML (${(err as Error).message}), so it cannot be checked.`,
      response,
      { cause: err },
    );
  }
}

/** The parsed answer when the body is a well-formed document rooted at <xml>. */
function xmlAnswerOrUndefined(raw: Buffer): XmlRecord | undefined {
  try {
    const parsed = parseXml(raw);
    return parsed.root === 'xml' ? parsed.value : undefined;
  } catch {
    return undefined;
  }
}

/** Peek at a streamed bill: an `<xml>` error is read and checked, a file is handed back as the stream. */
async function streamedBill(stream: Readable, response: AxiosResponse): Promise<AxiosResponse> {
  const first = await new Promise<Buffer | null>((resolve, reject) => {
    const onReadable = (): void => {
      cleanup();
      resolve(stream.read() as Buffer | null);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(null);
    };
    const onError = (err: Error): void => {
      cleanup();
      reject(err);
    };
    const cleanup = (): void => {
      stream.off('readable', onReadable);
      stream.off('end', onEnd);
      stream.off('error', onError);
    };
    stream.once('readable', onReadable);
    stream.once('end', onEnd);
    stream.once('error', onError);
  });
  if (first === null) {
    response.data = '';
    return response;
  }
  const head = Buffer.isBuffer(first) ? first : Buffer.from(first as string);
  if (looksLikeXml(head)) {
    const raw = Buffer.concat([head, await collect(stream)]);
    const answer = parseAnswer(raw, response);
    response.data = answer;
    checkCodes(answer, response, false, false);
    return response;
  }
  stream.unshift(head);
  return response;
}

async function bill(response: AxiosResponse): Promise<AxiosResponse> {
  if (response.data instanceof Readable) return streamedBill(response.data, response);
  const raw = await collect(response.data);
  if (looksLikeXml(raw.subarray(0, 64))) {
    const answer = parseAnswer(raw, response);
    response.data = answer;
    checkCodes(answer, response, false, false);
    return response;
  }
  // A gzip bill (tar_type=GZIP) stays the bytes that arrived; a plain bill is UTF-8 text.
  response.data = isGzip(raw) ? raw : raw.toString('utf8');
  return response;
}

function jsonAnswer(raw: Buffer, response: AxiosResponse): AxiosResponse {
  const text = raw.toString('utf8');
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    data = undefined;
  }
  if (!data || typeof data !== 'object') {
    response.data = text;
    return response;
  }
  response.data = data;
  const retcode = (data as { retcode?: unknown }).retcode;
  if (retcode !== undefined && Number(retcode) !== 0) throw new ApiV2Error(data as ApiV2Answer, response, false);
  return response;
}

/**
 * The APIv2 answer check for a client whose APIv2 key is `secret`; `body` is the raw bytes that
 * arrived, when the transport kept them (else they are read from `response.data`).
 */
export function createV2VerifyInterceptor(secret: string): (response: AxiosResponse, body?: Buffer) => Promise<AxiosResponse> {
  return async function verifier(response, body) {
    const meta = v2MetaOf(response.config);
    if (!meta) return response;
    if (meta.binary) return bill(response);
    const raw = body ?? (await collect(response.data));
    if (meta.v2.json) return jsonAnswer(raw, response);
    if (meta.unsigned) {
      // Unsigned endpoints: an <xml> answer is parsed and its codes checked (there is no sign to
      // check); anything else (an HTML page, plain text) is handed back as text.
      const answer = looksLikeXml(raw.subarray(0, 64)) ? xmlAnswerOrUndefined(raw) : undefined;
      if (!answer) {
        response.data = raw.toString('utf8');
        return response;
      }
      response.data = answer;
      checkCodes(answer, response, false, false);
      return response;
    }
    const answer = parseAnswer(raw, response);
    response.data = answer;
    if (answer.return_code !== 'SUCCESS') {
      if (answer.return_code === undefined) {
        throw new SignatureError('BAD_SIGNATURE', `The APIv2 answer of ${target(response)} has no return_code; it is not a WeChat Pay answer.`, response);
      }
      checkCodes(answer, response, false, true);
    }
    if (!verifyV2(answer, secret)) {
      const sign = answer.sign;
      throw new SignatureError(
        'BAD_SIGNATURE',
        typeof sign === 'string' && sign
          ? `The APIv2 answer of ${target(response)} carries a sign that does not match its fields; do not trust it.`
          : `The APIv2 answer of ${target(response)} carries no sign; do not trust it.`,
        response,
      );
    }
    checkCodes(answer, response, true, false);
    return response;
  };
}
