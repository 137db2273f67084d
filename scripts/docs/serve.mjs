// A small static server for the built site on 127.0.0.1 (what `npm run test:docs` browses).
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml',
};

/** The file a URL path names in `dir` (a folder gives its index.html, a clean URL its .html), or undefined. */
export function fileFor(dir, urlPath) {
  let path;
  try {
    path = decodeURIComponent(urlPath.split(/[?#]/)[0]);
  } catch {
    return undefined;
  }
  const file = normalize(join(dir, path));
  if (file !== dir && !file.startsWith(dir.endsWith(sep) ? dir : dir + sep)) return undefined;
  for (const candidate of [file, join(file, 'index.html'), `${file}.html`]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return undefined;
}

/** Serve `dir` on 127.0.0.1; resolves with its URL and a close(). */
export function serve(dir) {
  const server = createServer((req, res) => {
    const file = fileFor(dir, req.url ?? '/');
    const status = file ? 200 : 404;
    const body = file ?? fileFor(dir, '/404.html');
    res.writeHead(status, { 'Content-Type': TYPES[extname(body ?? '.txt')] ?? 'application/octet-stream' });
    if (body) createReadStream(body).pipe(res);
    else res.end('not found');
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      resolve({
        url: `http://127.0.0.1:${server.address().port}`,
        close: () =>
          new Promise((done) => {
            server.closeAllConnections();
            server.close(() => done());
          }),
      });
    });
  });
}
