/**
 * The wire side of notification delivery: one POST with a timeout, and which targets are local.
 */
import * as http from 'node:http';
import * as https from 'node:https';

/** True for `localhost`, loopback, private and link-local IP literals (no DNS lookup). */
export function isLocalHost(hostname: string): boolean {
  const h = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (h === 'localhost' || h.endsWith('.localhost')) return true;
  const v4 = /^(\d+)\.(\d+)\.(\d+)\.(\d+)$/.exec(h);
  if (v4) {
    const [a, b] = [Number(v4[1]), Number(v4[2])];
    return a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254) || h === '0.0.0.0';
  }
  return h === '::1' || /^f[cd][0-9a-f]{2}:/.test(h) || /^fe80:/.test(h) || /^::ffff:127\./.test(h);
}

/** Why `url` is not delivered to, or undefined when it is. */
export function refusedTarget(url: string, remote: boolean): string | undefined {
  let target: URL;
  try {
    target = new URL(url);
  } catch {
    return `not delivered: notify_url ${url} is not a URL`;
  }
  if (remote || isLocalHost(target.hostname)) return undefined;
  return `not delivered: ${target.hostname} is not a local host (start the emulator with notify: { remote: true } to deliver anywhere)`;
}

/** POST `body`; the answer's status, or why none came. `aborts` holds the attempt while it runs (close() aborts them). */
export function postNotification(
  url: string,
  headers: Record<string, string>,
  body: Buffer,
  timeoutMs: number,
  aborts: Set<AbortController>,
): Promise<{ status: number | undefined; error: string | undefined }> {
  return new Promise((resolve) => {
    let target: URL;
    try {
      target = new URL(url);
    } catch {
      resolve({ status: undefined, error: `bad notify_url ${url}` });
      return;
    }
    const abort = new AbortController();
    aborts.add(abort);
    const lib = target.protocol === 'https:' ? https : http;
    const done = (status: number | undefined, error: string | undefined): void => {
      clearTimeout(timer);
      aborts.delete(abort);
      resolve({ status, error });
    };
    const timer = setTimeout(() => abort.abort(), timeoutMs);
    const req = lib.request(target, { method: 'POST', headers, signal: abort.signal, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      let size = 0;
      res.on('data', (c: Buffer) => {
        if (size < 512) {
          chunks.push(c);
          size += c.length;
        }
      });
      res.on('end', () => {
        const status = res.statusCode ?? 0;
        const text = Buffer.concat(chunks).toString('utf8').slice(0, 200);
        done(status, status >= 200 && status < 300 ? undefined : text || `HTTP ${status}`);
      });
      res.on('error', (err) => done(res.statusCode, err.message));
    });
    req.on('error', (err) => done(undefined, abort.signal.aborted ? `no answer within ${timeoutMs} ms` : err.message));
    req.end(body);
  });
}
