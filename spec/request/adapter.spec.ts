import { expect } from 'chai';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import axios, { AxiosError, AxiosHeaders, type InternalAxiosRequestConfig } from 'axios';
import { createHttpAdapter } from '../../lib/request/adapter';
import { listen, type Listening } from '../support/listen';

/** The lean adapter against a real server: each axios behaviour the client relies on. */
describe('lean node:http adapter', () => {
  let server: Listening;
  let base: string;
  let fallbackCalls = 0;
  const adapter = createHttpAdapter((config) => {
    fallbackCalls += 1;
    return axios.getAdapter('http')(config);
  });
  const cfg = (path: string, extra: Partial<InternalAxiosRequestConfig> = {}): InternalAxiosRequestConfig =>
    ({
      url: `${base}${path}`,
      method: 'get',
      headers: new AxiosHeaders({ Accept: 'application/json' }),
      responseType: 'arraybuffer',
      maxRedirects: 0,
      validateStatus: (s: number) => s >= 200 && s < 300,
      ...extra,
    }) as InternalAxiosRequestConfig;

  before(async () => {
    // Bytes the adapter must handle as axios would (gzip, a cut body, a stream): no signing involved.
    server = await listen((req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const body = Buffer.concat(chunks);
        if (req.url === '/echo') {
          res.writeHead(200, {
            'X-Method': String(req.method),
            'X-Length': String(req.headers['content-length'] ?? ''),
            'X-Encoding': String(req.headers['transfer-encoding'] ?? ''),
          });
          res.end(body);
          return;
        }
        if (req.url === '/gzip') {
          res.writeHead(200, { 'Content-Encoding': 'gzip' });
          res.end(gzipSync('{"zipped":true}'));
          return;
        }
        if (req.url === '/slow') {
          setTimeout(() => {
            res.writeHead(200);
            res.end('late');
          }, 500);
          return;
        }
        if (req.url === '/big') {
          res.writeHead(200);
          res.end(Buffer.alloc(4096, 97));
          return;
        }
        if (req.url === '/cut') {
          res.writeHead(200, { 'Content-Length': '1000' });
          res.write('partial');
          setTimeout(() => res.destroy(), 20);
          return;
        }
        if (req.url === '/404') {
          res.writeHead(404, { 'Content-Type': 'application/json' });
          res.end('{"code":"NOT_FOUND"}');
          return;
        }
        res.writeHead(200);
        res.end('ok');
      });
    });
    base = server.url.slice(0, -1);
  });
  after(() => server.close());

  it('sends string and Buffer bodies with Content-Length, streams chunked', async () => {
    const a = await adapter(cfg('/echo', { method: 'post', data: '{"a":"中"}' }));
    expect((a.data as Buffer).toString()).to.equal('{"a":"中"}');
    expect(a.headers['x-length']).to.equal(String(Buffer.byteLength('{"a":"中"}')));
    const b = await adapter(cfg('/echo', { method: 'put', data: Readable.from([Buffer.from('s1'), Buffer.from('s2')]) }));
    expect((b.data as Buffer).toString()).to.equal('s1s2');
    expect(b.headers['x-encoding']).to.equal('chunked');
    expect(b.headers['x-method']).to.equal('PUT');
  });

  it('decompresses gzip and drops Content-Encoding', async () => {
    const r = await adapter(cfg('/gzip'));
    expect((r.data as Buffer).toString()).to.equal('{"zipped":true}');
    expect(r.headers['content-encoding']).to.equal(undefined);
  });

  it('answers a stream when asked', async () => {
    const r = await adapter(cfg('/big', { responseType: 'stream' }));
    const chunks: Buffer[] = [];
    for await (const c of r.data as Readable) chunks.push(c as Buffer);
    expect(Buffer.concat(chunks)).to.have.length(4096);
  });

  it('rejects a status outside validateStatus with the response kept', async () => {
    const err = (await adapter(cfg('/404')).catch((e: unknown) => e)) as AxiosError;
    expect(err).to.be.instanceOf(AxiosError);
    expect(err.code).to.equal('ERR_BAD_REQUEST');
    expect(err.response?.status).to.equal(404);
    expect(String(err.response?.data)).to.equal('{"code":"NOT_FOUND"}');
  });

  it('times out, aborts, caps the size and reports a cut-off body', async () => {
    const timeout = (await adapter(cfg('/slow', { timeout: 50 })).catch((e: unknown) => e)) as AxiosError;
    expect(timeout.code).to.equal('ETIMEDOUT');
    const controller = new AbortController();
    const pending = adapter(cfg('/slow', { signal: controller.signal }));
    controller.abort();
    expect(await pending.catch((e: unknown) => axios.isCancel(e))).to.equal(true);
    const big = (await adapter(cfg('/big', { maxContentLength: 100 })).catch((e: unknown) => e)) as AxiosError;
    expect(big.message).to.match(/maxContentLength/);
    const cut = (await adapter(cfg('/cut')).catch((e: unknown) => e)) as AxiosError;
    expect(cut).to.be.instanceOf(AxiosError);
    expect([cut.code, cut.message]).to.deep.equal([AxiosError.ERR_BAD_RESPONSE, 'The answer was cut off before it ended']);
    const refused = (await adapter(cfg('/', { url: 'http://127.0.0.1:9/' })).catch((e: unknown) => e)) as AxiosError;
    expect(refused.code).to.equal('ECONNREFUSED');
  });

  it('reaches an IPv6 literal host itself (brackets off for node:http, on in the Host header)', async function () {
    const v6 = http.createServer((req, res) => res.end(req.headers.host));
    const up = await new Promise<boolean>((resolve) => {
      v6.once('error', () => resolve(false));
      v6.listen(0, '::1', () => resolve(true));
    });
    if (!up) this.skip(); // no IPv6 loopback on this machine
    try {
      const before = fallbackCalls;
      const { port } = v6.address() as AddressInfo;
      const res = await adapter(cfg('', { url: `http://[::1]:${port}/v6` }));
      expect(String(res.data)).to.equal(`[::1]:${port}`);
      expect(fallbackCalls).to.equal(before);
    } finally {
      v6.close();
    }
  });

  it('hands proxies, redirects and progress events to axios', async () => {
    const before = fallbackCalls;
    await adapter(cfg('/', { maxRedirects: 5 }));
    await adapter(cfg('/', { onDownloadProgress: () => undefined }));
    expect(fallbackCalls - before).to.equal(2);
    await adapter(cfg('/'));
    expect(fallbackCalls - before).to.equal(2);
  });
});
