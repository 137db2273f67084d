/**
 * Just enough multipart/form-data parsing for uploads: the parts with their names, filenames,
 * content types and bytes. The `meta` part's text is what an upload's Authorization signs.
 */

export interface Part {
  name: string | undefined;
  filename: string | undefined;
  contentType: string | undefined;
  data: Buffer;
}

/** The boundary of a multipart/form-data Content-Type, or undefined for any other type. */
export function boundaryOf(contentType: string | undefined): string | undefined {
  if (!contentType || !/^multipart\/form-data\b/i.test(contentType)) return undefined;
  const m = /boundary=(?:"([^"]+)"|([^;\s]+))/i.exec(contentType);
  return m ? (m[1] ?? m[2]) : undefined;
}

/** Split a multipart body; throws an Error describing the first thing that is malformed. */
export function parseMultipart(body: Buffer, boundary: string): Part[] {
  const delimiter = Buffer.from(`--${boundary}`);
  const parts: Part[] = [];
  let at = body.indexOf(delimiter);
  if (at < 0) throw new Error('the body has no multipart boundary');
  for (;;) {
    at += delimiter.length;
    if (body.subarray(at, at + 2).toString('latin1') === '--') break;
    if (body.subarray(at, at + 2).toString('latin1') !== '\r\n') throw new Error('a multipart boundary is not followed by CRLF');
    at += 2;
    const headerEnd = body.indexOf('\r\n\r\n', at);
    if (headerEnd < 0) throw new Error('a multipart part has no header end');
    const headers = body.subarray(at, headerEnd).toString('utf8').split('\r\n');
    const next = body.indexOf(Buffer.concat([Buffer.from('\r\n'), delimiter]), headerEnd + 4);
    if (next < 0) throw new Error('a multipart part is not terminated by the boundary');
    const part: Part = { name: undefined, filename: undefined, contentType: undefined, data: body.subarray(headerEnd + 4, next) };
    for (const line of headers) {
      const colon = line.indexOf(':');
      const key = line.slice(0, colon).trim().toLowerCase();
      const value = line.slice(colon + 1).trim();
      if (key === 'content-disposition') {
        part.name = /\bname="([^"]*)"/i.exec(value)?.[1];
        part.filename = /\bfilename="([^"]*)"/i.exec(value)?.[1];
      } else if (key === 'content-type') part.contentType = value;
    }
    parts.push(part);
    at = next + 2;
  }
  return parts;
}
