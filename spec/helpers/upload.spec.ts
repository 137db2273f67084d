import { expect } from 'chai';
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { ApiError, Builder, Download, MediaUtil, SIGNED_BODY } from '../../lib';
import { Emulator, type Route } from '../../lib/emulator';
import { fileRoutes, UPLOADS } from '../../lib/emulator/routes/files';
import { catalogue } from '../../lib/endpoints/catalogue';
import { GIF_BASE64, makePng } from './fixtures';

type Client = ReturnType<typeof Builder.factory>;

/** A file and meta fitting each catalogued upload path. */
function mediaFor(pattern: string, png: Buffer): { path: string; media: MediaUtil } {
  const path = pattern.slice(1).replace('{sub_mchid}', '1900000109').replace('{due_diligence_id}', 'DD0001').replace('{package_id}', '8473295');
  const pdf = Buffer.from('%PDF-1.4\n%emulator test\n%%EOF\n');
  const sm3 = (b: Buffer) => createHash('sm3').update(b).digest('hex');
  const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');
  if (/video_upload$/.test(pattern)) return { path, media: new MediaUtil('clip.mp4', Buffer.from('000000186674797069736f6d', 'hex')) };
  if (/fapiao-file$/.test(pattern)) {
    const m = new MediaUtil('fapiao.pdf', pdf);
    m.setMeta(JSON.stringify({ sub_mchid: '1900000109', file_type: 'PDF', digest_alogrithm: 'SM3', digest: sm3(pdf) }));
    return { path, media: m };
  }
  if (/taxi-invoice/.test(pattern)) {
    const m = new MediaUtil('fapiao.pdf', pdf);
    m.setMeta(JSON.stringify({ company_mchid: '1900000109', region_id: 440300, digest_algorithm: 'SM3', digest: sm3(pdf) }));
    return { path, media: m };
  }
  if (/submission-files|enhanced-due-diligence/.test(pattern)) {
    const doc = Buffer.from('submission document');
    const m = new MediaUtil('proof.pdf', doc, { field: /submission/.test(pattern) ? 'submission_file' : 'due_diligence_file' });
    m.setMeta(JSON.stringify({ file_name: 'proof.pdf', file_digest: sha(doc) }));
    return { path, media: m };
  }
  if (/cancel-applications/.test(pattern)) {
    const m = new MediaUtil('logo.png', png);
    m.setMeta(JSON.stringify({ file_name: 'logo.png', file_digest: sha(png) }));
    return { path, media: m };
  }
  if (/bank\/packages/.test(pattern)) {
    const csv = Buffer.from('user_id\noAbc1\noAbc2\n');
    const m = new MediaUtil('users.csv', csv);
    m.setMeta(JSON.stringify({ filename: 'users.csv', sha256: sha(csv), bank_type: 'LQT' }));
    return { path, media: m };
  }
  if (/shoppingreceipts/.test(pattern)) {
    const m = new MediaUtil('receipt.png', png);
    m.setMeta(
      JSON.stringify({
        transaction_id: '4200000001',
        transaction_mchid: '1900000001',
        out_trade_no: 'R1',
        openid: 'oAbc',
        sha256: sha(png),
        upload_time: '2024-06-01T10:00:00+08:00',
      }),
    );
    return { path, media: m };
  }
  return { path, media: new MediaUtil('logo.png', png) };
}

describe('Uploads against the emulator (MediaUtil over real HTTP)', () => {
  let emulator: Emulator;
  let client: Client;
  const seen: Array<Record<string, unknown>> = [];
  const png = makePng();

  before(async () => {
    // Record how the upload arrived, then hand it to the emulator's own upload route.
    const video = fileRoutes.find((r) => r.pattern === '/v3/merchant/media/video_upload') as Route;
    const recording: Route = {
      ...video,
      handler: (ctx) => {
        seen.push({ ...ctx.headers });
        return video.handler(ctx);
      },
    };
    emulator = await Emulator.start({ routes: [recording] });
    client = Builder.factory(emulator.clientOptions());
  });
  after(() => emulator.close());

  it("uploads with the DESIGN spelling: the gateway checks the signature over the meta JSON and the file's sha256", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'wxpay-upload-'));
    writeFileSync(join(dir, 'logo.png'), png);
    const media = new MediaUtil(join(dir, 'logo.png'));
    const res = await client.v3.merchant.media.upload.post({ body: media.getStream(), headers: { 'Content-Type': media.getContentType() } });
    expect(res.status).to.equal(200);
    expect((res.data as { media_id: string }).media_id).to.match(/^[0-9A-F]{32}\.png$/);
    const sugar = await client.chain('v3/merchant/media/upload').post({ ...media.toOptions() });
    expect((sugar.data as { media_id: string }).media_id).to.not.equal((res.data as { media_id: string }).media_id);
  });

  it('streams the body with chunked transfer encoding (no Content-Length)', async () => {
    const media = new MediaUtil('clip.mp4', Buffer.alloc(200_000, 7));
    await client.v3.merchant.media.video_upload.post({ body: media.getStream(), headers: { 'Content-Type': media.getContentType() } });
    const headers = seen.at(-1) as Record<string, string>;
    expect(headers['transfer-encoding']).to.equal('chunked');
    expect(headers['content-length']).to.equal(undefined);
    expect(headers['content-type']).to.equal(media.getContentType());
  });

  it('works for every APIv3 upload path of the runtime catalogue', async () => {
    const keys = catalogue.uploads.filter((u) => u.startsWith('POST v3/')).map((u) => u.slice('POST '.length));
    expect(keys.length).to.be.at.least(14);
    for (const key of keys) {
      expect(
        UPLOADS.some((u) => u.pattern === `/${key}`),
        `emulator route for ${key}`,
      ).to.equal(true);
      const { path, media } = mediaFor(`/${key}`, png);
      const res = await client.chain(path).post({ body: media.getStream(), headers: { 'Content-Type': media.getContentType() } });
      expect(res.status, path).to.equal(200);
      const data = res.data as Record<string, unknown>;
      expect(Object.keys(data).length, path).to.be.greaterThan(0);
    }
  });

  it("is refused when the meta's sha256 does not match the file (400 PARAM_ERROR naming meta.sha256)", async () => {
    const media = new MediaUtil('logo.png', png);
    media.setMeta(JSON.stringify({ filename: 'logo.png', sha256: createHash('sha256').update('other').digest('hex') }));
    const err = await client.v3.merchant.media.upload.post({ ...media.toOptions() }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).to.be.instanceOf(ApiError);
    expect((err as ApiError).status).to.equal(400);
    expect((err as ApiError).detail?.field).to.equal('meta.sha256');
  });

  it('is refused with SIGN_ERROR when the signed text is not the meta part that was sent', async () => {
    const media = new MediaUtil('logo.png', png);
    const body = Readable.from(media.getStream());
    Object.defineProperty(body, SIGNED_BODY, { value: () => '{"filename":"other.png","sha256":"00"}' });
    const err = await client.v3.merchant.media.upload.post({ body, headers: { 'Content-Type': media.getContentType() } }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(err).to.be.instanceOf(ApiError);
    expect((err as ApiError).code).to.equal('SIGN_ERROR');
  });

  it('gives an uploaded complaint image back through the unsigned image download path', async () => {
    const gif = Buffer.from(GIF_BASE64, 'base64');
    const media = new MediaUtil('transparent.gif', gif);
    // GIF is not accepted by the merchant-service upload; PNG is.
    const refused = await client.v3.merchantService.images.upload.post({ ...media.toOptions() }).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect((refused as ApiError).status).to.equal(400);
    const ok = await client.v3.merchantService.images.upload.post({ ...new MediaUtil('proof.png', png).toOptions() });
    const id = (ok.data as { media_id: string }).media_id;
    const bytes = await Download.buffer(client, `v3/merchant-service/images/${id}`);
    expect(bytes.equals(png)).to.equal(true);
  });
});
