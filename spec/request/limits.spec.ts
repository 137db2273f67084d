/**
 * Bounded answers against raw fault servers: a 1 GiB answer (declared, and chunked without a length)
 * and a gzip bomb stop at the limit with the process's memory bounded; a large signed answer under the
 * limit still verifies; downloads are not bounded unless asked.
 */
import { expect } from 'chai';
import { gzipSync } from 'node:zlib';
import { DEFAULT_MAX_ANSWER, Download, DownloadError, TransportError } from '../../lib';
import { clientFor, rejection } from '../support/helpers';
import { keyPair, PUB_KEY_ID } from '../support/keys';
import { rawServers, signedAnswer, signedHead } from '../support/faults';

const GiB = 1024 * 1024 * 1024;

function rss(): number {
  (global as { gc?: () => void }).gc?.();
  return process.memoryUsage().rss;
}

/** Write `total` bytes of `chunk` as fast as the socket takes them (stops when it is closed). */
function pour(socket: import('node:net').Socket, chunk: Buffer, total: number): void {
  let sent = 0;
  const more = () => {
    while (sent < total && !socket.destroyed) {
      sent += chunk.length;
      if (!socket.write(chunk)) {
        socket.once('drain', more);
        return;
      }
    }
  };
  socket.on('error', () => undefined);
  more();
}

describe('bounded answers (raw fault servers)', () => {
  const platform = keyPair('platform');
  const make = clientFor;
  const serve = rawServers();

  it('refuses a 1 GiB answer at the default limit, with memory bounded (declared length and chunked)', async function () {
    this.timeout(60_000);
    const chunk = Buffer.alloc(64 * 1024, 0x20);
    const declared = await serve((_req, socket) => {
      socket.write(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: ${GiB}\r\n\r\n`);
      pour(socket, chunk, GiB);
    });
    const chunked = await serve((_req, socket) => {
      socket.write('HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\n');
      const framed = Buffer.concat([Buffer.from(`${chunk.length.toString(16)}\r\n`), chunk, Buffer.from('\r\n')]);
      pour(socket, framed, GiB);
    });
    for (const server of [declared, chunked]) {
      const before = rss();
      const started = Date.now();
      const err = await rejection(make(server.url).v3.pay.transactions.id['{transaction_id}'].get({ transaction_id: 'BIG' }));
      expect(err).to.be.instanceOf(TransportError);
      expect((err as Error).message).to.match(new RegExp(`maxContentLength size of ${DEFAULT_MAX_ANSWER} exceeded`));
      expect(Date.now() - started).to.be.lessThan(10_000);
      expect(rss() - before).to.be.lessThan(96 * 1024 * 1024);
    }
  });

  it('stops a gzip bomb early: the limit counts decompressed bytes', async function () {
    this.timeout(60_000);
    // 16 gzip members of 64 MiB of zeros each: about 1 MB on the wire, 1 GiB inflated
    const member = gzipSync(Buffer.alloc(64 * 1024 * 1024), { level: 9 });
    const bomb = Buffer.concat(Array.from({ length: 16 }, () => member));
    expect(bomb.length).to.be.lessThan(2 * 1024 * 1024);
    const server = await serve((_req, socket) => {
      socket.write(`HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Encoding: gzip\r\nContent-Length: ${bomb.length}\r\n\r\n`);
      socket.write(bomb);
    });
    const before = rss();
    const started = Date.now();
    const err = await rejection(make(server.url).v3.pay.transactions.id['{transaction_id}'].get({ transaction_id: 'BOMB', maxContentLength: 4 * 1024 * 1024 }));
    expect((err as Error).message).to.match(/maxContentLength size of 4194304 exceeded/);
    expect(Date.now() - started).to.be.lessThan(5_000);
    expect(rss() - before).to.be.lessThan(64 * 1024 * 1024);
  });

  it('verifies a large signed answer under the limit (read into one buffer, verified without a copy)', async () => {
    const body = JSON.stringify({ data: 'x'.repeat(3 * 1024 * 1024) });
    const server = await serve((_req, socket) => socket.write(signedAnswer(body, platform.privateKey, PUB_KEY_ID)));
    const res = await make(server.url).v3.pay.transactions.id['{transaction_id}'].get({ transaction_id: 'LARGE' });
    expect((res.data as { data: string }).data).to.have.length(3 * 1024 * 1024);
    // and the same bytes with one altered are refused
    const tampered = await serve((_req, socket) => {
      socket.write(signedHead(body, platform.privateKey, PUB_KEY_ID));
      socket.write(Buffer.from(body.replace('xxx', 'xyx')));
    });
    const err = await rejection(make(tampered.url).v3.pay.transactions.id['{transaction_id}'].get({ transaction_id: 'LARGE', retry: false }));
    expect((err as Error).name).to.equal('SignatureError');
  });

  it('leaves downloads unbounded by default, with their own optional limit', async () => {
    const file = Buffer.alloc(DEFAULT_MAX_ANSWER + 1024 * 1024, 0x41);
    const server = await serve((_req, socket) => {
      socket.write(`HTTP/1.1 200 OK\r\nContent-Type: application/octet-stream\r\nContent-Length: ${file.length}\r\n\r\n`);
      socket.write(file);
    });
    const client = make(server.url);
    const res = await client.v3.billdownload.file.get({ query: { token: 'T' } });
    expect((res.data as Buffer).length).to.equal(file.length);
    const stream = await Download.stream(client, `${server.url}v3/billdownload/file?token=T`, { maxContentLength: 1024 * 1024 });
    const failed = await rejection(
      (async () => {
        for await (const _ of stream) {
          /* read */
        }
      })(),
    );
    expect(failed).to.be.instanceOf(DownloadError);
    expect((failed as DownloadError).reason).to.equal('TOO_LARGE');
  });
});
