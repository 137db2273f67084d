import { expect } from 'chai';
import { createCipheriv, createHash, randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { Builder, Download, DownloadError, SignatureError, type FileDescriptor } from '../../lib';
import { Emulator, type Route } from '../../lib/emulator';
import { billChunks } from '../../lib/emulator/routes/bill-csv';
import { billDownloads, billSettings, injectBillFault } from '../../lib/emulator/routes/bills';
import { clientFor, rejection } from '../support/helpers';
import { listen } from '../support/listen';
import { startSigningServer } from '../support/signing-server';

type Client = ReturnType<typeof Builder.factory>;

const sha1 = (b: Buffer) => createHash('sha1').update(b).digest('hex');
const DATE = '2024-06-01';

describe('Bill and file downloads against the emulator', () => {
  let emulator: Emulator;
  let client: Client;
  let privateKey: string;
  const dir = mkdtempSync(join(tmpdir(), 'wxpay-bill-'));

  before(async () => {
    // An answer on a path that is not an unsigned download path, sent without a signature.
    const unsignedElsewhere: Route = { method: 'GET', pattern: '/v3/custom/export', handler: () => ({ body: Buffer.from('a,b\n'), unsigned: true }) };
    emulator = await Emulator.start({ mode: 'certificate', routes: [unsignedElsewhere] });
    const options = emulator.clientOptions();
    privateKey = options.privateKey as string;
    client = Builder.factory(options);
  });
  after(() => emulator.close());
  beforeEach(() => {
    Object.assign(billSettings(emulator), { rows: 500, bytes: undefined, parts: 2, ttlMs: undefined });
  });

  it('applies for a trade bill and streams the CSV; hash_value is the SHA-1 of the plain CSV', async () => {
    const apply = await client.v3.bill.tradebill.get({ query: { bill_date: DATE, bill_type: 'ALL' } });
    const data = apply.data as FileDescriptor;
    expect(data.hash_type).to.equal('SHA1');
    expect(data.download_url.startsWith(`${emulator.url}v3/billdownload/file?token=`)).to.equal(true);
    const csv = await Download.buffer(client, data);
    expect(sha1(csv)).to.equal(data.hash_value);
    expect(csv.toString('utf8').split('\n')[0]).to.match(/^交易时间,公众账号ID,商户号/);
    expect(csv.toString('utf8')).to.include('总交易单数');
    // The same bill generated independently (the emulator's generator, without HTTP) is byte-identical.
    const expected = Buffer.concat(Array.from(billChunks({ kind: 'trade', mchid: emulator.merchant().mchid, date: DATE, rows: 500 })));
    expect(csv.equals(expected)).to.equal(true);
  });

  it('gunzips a tar_type=GZIP bill while streaming; the hash covers the plain bytes, not the gzip', async () => {
    const stream = await Download.bill(client, 'v3/bill/tradebill', { query: { bill_date: DATE, tar_type: 'GZIP' } });
    expect(stream.headers['content-type']).to.equal('application/x-gzip');
    const csv = await Download.toBuffer(stream);
    const apply = await client.v3.bill.tradebill.get({ query: { bill_date: DATE, tar_type: 'GZIP' } });
    const data = apply.data as FileDescriptor;
    expect(sha1(csv)).to.equal(data.hash_value);
    // The bytes on the wire are gzip, and their digest is not hash_value.
    const raw = await Download.buffer(client, data.download_url, { gunzip: false });
    expect(raw.subarray(0, 2).toString('hex')).to.equal('1f8b');
    expect(gunzipSync(raw).equals(csv)).to.equal(true);
    expect(sha1(raw)).to.not.equal(data.hash_value);
    // Checking the received (compressed) bytes instead fails, and says which bytes do match.
    const err = (await rejection(Download.buffer(client, data, { hashOf: 'received' }))) as DownloadError;
    expect(err).to.be.instanceOf(DownloadError);
    expect(err.reason).to.equal('HASH_MISMATCH');
    expect(err.message).to.include("hashOf: 'plain'");
  });

  it('downloads a fund-flow bill, and sub-merchant bills in encrypted parts joined in sequence', async () => {
    const fund = await Download.buffer(
      client,
      (await client.v3.bill.fundflowbill.get({ query: { bill_date: DATE, account_type: 'BASIC' } })).data as FileDescriptor,
    );
    expect(fund.toString('utf8')).to.match(/^记账时间,微信支付业务单号/);
    const query = { sub_mchid: '1900000109', bill_date: DATE, account_type: 'BASIC', algorithm: 'AEAD_AES_256_GCM', tar_type: 'GZIP' } as const;
    const answer = (await client.v3.bill.subMerchantFundflowbill.get({ query })).data as { download_bill_count: number; download_bill_list: FileDescriptor[] };
    expect(answer.download_bill_count).to.equal(2);
    const parts = [];
    for (const part of answer.download_bill_list) {
      const bytes = await Download.buffer(client, part, { privateKey });
      expect(sha1(bytes)).to.equal(part.hash_value);
      parts.push(bytes);
    }
    const joined = await Download.toBuffer(await Download.bill(client, 'v3/bill/sub-merchant-fundflowbill', { query }, { privateKey }));
    expect(joined.equals(Buffer.concat(parts))).to.equal(true);
    expect(joined.toString('utf8')).to.match(/^记账时间/);
    expect(joined.toString('utf8')).to.include('资金流水总笔数');
    // Without the merchant key the parts cannot be read; with a wrong key they do not decrypt.
    const noKey = (await rejection(Download.buffer(client, answer.download_bill_list[0] as FileDescriptor))) as DownloadError;
    expect(noKey.reason).to.equal('BAD_DESCRIPTOR');
    const wrongKey = (await rejection(Download.buffer(client, answer.download_bill_list[0] as FileDescriptor, { key: 'k'.repeat(32) }))) as DownloadError;
    expect(wrongKey.reason).to.equal('DECRYPT');
  });

  it('rejects a file that does not match hash_value (HASH_MISMATCH), and save() leaves nothing behind', async () => {
    const data = (await client.v3.bill.tradebill.get({ query: { bill_date: DATE } })).data as FileDescriptor;
    injectBillFault(emulator, { mode: 'corrupt', afterBytes: 5000 });
    const target = join(dir, 'corrupt.csv');
    const err = (await rejection(Download.save(client, data, target))) as DownloadError;
    expect(err).to.be.instanceOf(DownloadError);
    expect(err.reason).to.equal('HASH_MISMATCH');
    expect(err.message).to.include(data.hash_value as string);
    expect(err.message).to.not.include('token=');
    expect(existsSync(target)).to.equal(false);
    expect(readdirSync(dir).filter((f) => f.includes('corrupt'))).to.deep.equal([]);
    // The next download is clean, and save() reports it only once it is complete and checked.
    const saved = await Download.save(client, data, target);
    expect(saved.bytes).to.equal(readFileSync(target).length);
    expect(sha1(readFileSync(target))).to.equal(data.hash_value);
  });

  it("hashes every received byte for hashOf: 'received', even when the gzip magic arrives split over chunks", async () => {
    const plain = Buffer.from('a,b,c\n'.repeat(2000));
    const gz = gzipSync(plain);
    // A server that sends the first byte alone, then the rest: gunzip has to peek over two chunks.
    const server = await listen((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'application/x-gzip' });
      res.write(gz.subarray(0, 1));
      setTimeout(() => res.end(gz.subarray(1)), 30);
    });
    try {
      const local = clientFor(server.url);
      const url = `${server.url}v3/billdownload/file?token=T`;
      const got = await Download.buffer(local, { download_url: url, hash_type: 'SHA1', hash_value: sha1(gz) }, { hashOf: 'received' });
      expect(got.equals(plain)).to.equal(true);
      expect((await Download.buffer(local, { download_url: url, hash_type: 'SHA1', hash_value: sha1(plain) })).equals(plain)).to.equal(true);
    } finally {
      await server.close();
    }
  });

  it('closes the answer when the consumer stops early (no half-read response left on its socket)', async () => {
    const payload = Buffer.alloc(4 * 1024 * 1024, 'a,b,c\n');
    let closed!: () => void;
    const serverSawClose = new Promise<void>((r) => {
      closed = r;
    });
    const server = await listen((_req, res) => {
      res.on('close', () => closed());
      res.writeHead(200, { 'Content-Type': 'text/plain' });
      let off = 0;
      const pump = (): void => {
        while (off < payload.length) {
          if (!res.write(payload.subarray(off, (off += 64 * 1024)))) {
            res.once('drain', pump);
            return;
          }
        }
        res.end();
      };
      pump();
    });
    try {
      const stream = await Download.stream(clientFor(server.url), `${server.url}v3/billdownload/file?token=T`);
      for await (const chunk of stream) {
        expect((chunk as Buffer).length).to.be.above(0);
        break;
      }
      const outcome = await Promise.race([serverSawClose.then(() => 'closed'), new Promise((r) => setTimeout(() => r('still open'), 2000))]);
      expect(outcome).to.equal('closed');
    } finally {
      await server.close();
    }
  });

  it('decrypts an encrypted part with an already decrypted key given as 32 raw bytes, as text or as base64', async () => {
    const plain = Buffer.from('记账时间,微信支付业务单号\n'.repeat(500));
    const raw = randomBytes(32);
    const text = 'k'.repeat(16) + 'K'.repeat(16);
    const nonce = 'n0nce0123456';
    const seal = (key: Buffer): Buffer => {
      const c = createCipheriv('aes-256-gcm', key, Buffer.from(nonce));
      return Buffer.concat([c.update(plain), c.final(), c.getAuthTag()]);
    };
    let body = seal(raw);
    // File downloads come unsigned, as the platform sends them.
    const server = await startSigningServer();
    server.handle(() => ({ body, unsigned: true, headers: { 'Content-Type': 'application/octet-stream' } }));
    try {
      const local = clientFor(server.url);
      const part: FileDescriptor = { download_url: `${server.url}v3/billdownload/file?token=T`, nonce, hash_type: 'SHA1', hash_value: sha1(plain) };
      expect((await Download.buffer(local, part, { key: raw })).equals(plain)).to.equal(true);
      expect((await Download.buffer(local, part, { key: raw.toString('base64') })).equals(plain)).to.equal(true);
      expect((await Download.buffer(local, part, { key: Buffer.from(raw.toString('base64')) })).equals(plain)).to.equal(true);
      body = seal(Buffer.from(text));
      expect((await Download.buffer(local, part, { key: text })).equals(plain)).to.equal(true);
      expect((await Download.buffer(local, part, { key: Buffer.from(text) })).equals(plain)).to.equal(true);
    } finally {
      await server.close();
    }
  });

  it('reports an interrupted download clearly (INTERRUPTED), whether plain or gzip, and writes no file', async () => {
    const plain = (await client.v3.bill.tradebill.get({ query: { bill_date: DATE } })).data as FileDescriptor;
    injectBillFault(emulator, { mode: 'cut', afterBytes: 20_000 });
    const target = join(dir, 'cut.csv');
    const err = (await rejection(Download.save(client, plain, target))) as DownloadError;
    expect(err.reason).to.equal('INTERRUPTED');
    expect(err.message).to.match(/broke off after \d+ bytes/);
    expect(existsSync(target)).to.equal(false);
    // Cut after gzip has already sent part of the file (the first 16 KiB blocks of output).
    billSettings(emulator).rows = 5000;
    const gz = (await client.v3.bill.tradebill.get({ query: { bill_date: DATE, tar_type: 'GZIP' } })).data as FileDescriptor;
    injectBillFault(emulator, { mode: 'cut', afterBytes: 900_000 });
    const err2 = (await rejection(Download.buffer(client, gz, { gunzip: true }))) as DownloadError;
    expect(err2).to.be.instanceOf(DownloadError);
    expect(err2.reason).to.equal('INTERRUPTED');
  });

  it('catches a file cut short but ended cleanly (only the hash can tell)', async () => {
    const data = (await client.v3.bill.tradebill.get({ query: { bill_date: DATE } })).data as FileDescriptor;
    injectBillFault(emulator, { mode: 'truncate', afterBytes: 30_000 });
    const stream = await Download.stream(client, data);
    let received = 0;
    let ended = false;
    stream.on('end', () => {
      ended = true;
    });
    const err = await new Promise<unknown>((resolve) => {
      stream.on('data', (c: Buffer) => {
        received += c.length;
      });
      stream.on('error', resolve);
    });
    expect((err as DownloadError).reason).to.equal('HASH_MISMATCH');
    expect(received).to.equal(30_000);
    expect(ended).to.equal(false);
  });

  it("sends the signed GET to download_url's own host, whatever the client's base URL", async () => {
    const data = (await client.v3.bill.tradebill.get({ query: { bill_date: DATE } })).data as FileDescriptor;
    const elsewhere = Builder.factory({ ...emulator.clientOptions(), baseURL: 'http://127.0.0.1:9/' });
    const before = billDownloads(emulator);
    const csv = await Download.buffer(elsewhere, data);
    expect(sha1(csv)).to.equal(data.hash_value);
    expect(billDownloads(emulator)).to.equal(before + 1);
    const record = emulator.requests.filter((r) => r.target.startsWith('/v3/billdownload/file')).at(-1);
    expect(record?.status).to.equal(200);
  });

  it('accepts an unsigned answer only on the unsigned download paths', async () => {
    const err = await rejection(Download.buffer(client, `${emulator.url}v3/custom/export`));
    expect(err).to.be.instanceOf(SignatureError);
  });

  it('downloads an overseas statement (signed over {"sha1":…}) and an e-invoice PDF', async () => {
    const statement = await Download.buffer(client, 'v3/statements?date=20240601');
    expect(statement.toString('utf8')).to.match(/^Date,Settlement Currency/);
    const files = await client
      .chain('v3/new-tax-control-fapiao/fapiao-applications/{fapiao_apply_id}/fapiao-files')
      .get({ fapiao_apply_id: 'APPLY0001', query: { sub_mchid: '1900000109', fapiao_id: 'APPLY000101' } });
    const list = (files.data as { fapiao_download_info_list: Array<{ download_url: string }> }).fapiao_download_info_list;
    const pdf = await Download.buffer(client, (list[0] as { download_url: string }).download_url);
    expect(pdf.subarray(0, 8).toString('latin1')).to.equal('%PDF-1.4');
    expect(pdf.toString('latin1').trimEnd().endsWith('%%EOF')).to.equal(true);
  });

  it('downloads a transfer e-receipt checked by an upper-case SHA-256 hash_value', async () => {
    const answer = await client
      .chain('v3/transfer-detail/electronic-receipts')
      .get({ query: { accept_type: 'BATCH_TRANSFER', out_batch_no: 'B1', out_detail_no: 'D1' } });
    const data = answer.data as FileDescriptor;
    expect(data.hash_type).to.equal('SHA256');
    expect(data.hash_value).to.match(/^[0-9A-F]{64}$/);
    const pdf = await Download.buffer(client, data);
    expect(createHash('sha256').update(pdf).digest('hex')).to.equal((data.hash_value as string).toLowerCase());
    const wrong = (await rejection(
      Download.buffer(client, { ...data, hash_value: (data.hash_value as string).replace(/.$/, (c) => (c === '0' ? '1' : '0')) }),
    )) as DownloadError;
    expect(wrong.reason).to.equal('HASH_MISMATCH');
  });

  it('refuses an unknown hash type before sending anything, and an expired download_url', async () => {
    const data = (await client.v3.bill.tradebill.get({ query: { bill_date: DATE } })).data as FileDescriptor;
    const before = billDownloads(emulator);
    const bad = (await rejection(Download.buffer(client, { ...data, hash_type: 'CRC32' }))) as DownloadError;
    expect(bad.reason).to.equal('BAD_DESCRIPTOR');
    expect(billDownloads(emulator)).to.equal(before);
    billSettings(emulator).ttlMs = 1;
    const short = (await client.v3.bill.tradebill.get({ query: { bill_date: DATE } })).data as FileDescriptor;
    await new Promise((r) => setTimeout(r, 20));
    const expired = (await rejection(Download.buffer(client, short))) as { status?: number; code?: string };
    expect(expired.status).to.equal(400);
    expect(expired.code).to.equal('INVALID_REQUEST');
  });
});
