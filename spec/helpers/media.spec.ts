import { expect } from 'chai';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { KJUR } from 'jsrsasign';
import { ArgumentError, MediaUtil, SIGNED_BODY, mimeOf } from '../../lib';
import { GIF_BASE64, GIF_SHA256, makePng } from './fixtures';

/** An independent SHA-256 (jsrsasign) of bytes. */
function sha256(bytes: Buffer): string {
  return KJUR.crypto.Util.hashHex(bytes.toString('hex'), 'sha256');
}

/** The multipart body wechatpay-php sends, written out by hand from the behaviour reference (§5.7). */
function expectedBody(boundary: string, meta: string, filename: string, mime: string, file: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(
      `--${boundary}\r\n` +
        'Content-Type: application/json\r\n' +
        'Content-Disposition: form-data; name="meta"\r\n' +
        '\r\n' +
        `${meta}\r\n` +
        `--${boundary}\r\n` +
        `Content-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
        `Content-Length: ${file.length}\r\n` +
        `Content-Type: ${mime}\r\n` +
        '\r\n',
    ),
    file,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
}

describe('MediaUtil', () => {
  const dir = mkdtempSync(join(tmpdir(), 'wxpay-media-'));
  const png = makePng();
  const logo = join(dir, 'logo.png');
  writeFileSync(logo, png);

  it('hashes the transparent GIF to the wechatpay-php vector, and its default meta is 106 bytes', () => {
    const media = new MediaUtil('transparent.gif', Buffer.from(GIF_BASE64, 'base64'));
    expect(media.sha256).to.equal(GIF_SHA256);
    expect(media.getMeta()).to.equal(`{"filename":"transparent.gif","sha256":"${GIF_SHA256}"}`);
    expect(media.setMeta()).to.equal(106);
    const withBank = JSON.stringify({ filename: 'transparent.gif', sha256: GIF_SHA256, bank_type: 'LQT' });
    expect(media.setMeta(withBank)).to.equal(Buffer.byteLength(withBank));
    expect(media.getMeta()).to.equal(withBank);
    expect(String(media.getStream())).to.equal(withBank);
    expect(media.setMeta()).to.equal(106);
    expect(media.getMeta()).to.not.include('bank_type');
  });

  it('writes the meta JSON as PHP json_encode does (\\uXXXX for non-ASCII, \\/ for slashes)', () => {
    const media = new MediaUtil('/tmp/x/图片 测试.jpg', Buffer.from('abc'));
    expect(media.getMeta()).to.equal(
      '{"filename":"\\u56fe\\u7247 \\u6d4b\\u8bd5.jpg","sha256":"ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"}',
    );
    expect(JSON.parse(media.getMeta())).to.deep.equal({ filename: '图片 测试.jpg', sha256: sha256(Buffer.from('abc')) });
  });

  it('reads a path, a file:// URL and bytes alike; the hash matches an independent SHA-256', () => {
    const byPath = new MediaUtil(logo);
    const byUrl = new MediaUtil(pathToFileURL(logo).href);
    const byBytes = new MediaUtil('logo.png', png);
    expect(byPath.sha256).to.equal(sha256(png));
    expect(byUrl.sha256).to.equal(byPath.sha256);
    expect(byBytes.sha256).to.equal(byPath.sha256);
    expect([byPath.filename, byUrl.filename, byBytes.filename]).to.deep.equal(['logo.png', 'logo.png', 'logo.png']);
    expect(byPath.size).to.equal(png.length);
  });

  it('lays the multipart body out byte for byte: meta part first, file part second, CRLF, closing boundary', async () => {
    const media = new MediaUtil(logo);
    const boundary = media.getBoundary();
    expect(boundary).to.match(/^[0-9a-f]{40}$/);
    expect(media.getContentType()).to.equal(`multipart/form-data; boundary=${boundary}`);
    const body = await media.getBytes();
    expect(body.equals(expectedBody(boundary, media.getMeta(), 'logo.png', 'image/png', png))).to.equal(true);
    // The meta part carries no Content-Length; the file part does.
    const metaHeaders = body.subarray(0, body.indexOf('\r\n\r\n')).toString();
    expect(metaHeaders).to.not.include('Content-Length');
    expect(new MediaUtil('a.bin', Buffer.from('x')).getContentType()).to.match(/^multipart\/form-data; boundary=[0-9a-f]{40}$/);
    // A file name cannot break out of its header: quotes and line breaks are percent-encoded.
    const odd = await new MediaUtil('a"b\r\nX-Injected: 1.png', Buffer.from('x')).getBytes();
    const oddHead = odd.toString('latin1');
    expect(oddHead).to.include('filename="a%22b%0D%0AX-Injected: 1.png"\r\n');
    expect(oddHead).to.not.include('\r\nX-Injected');
  });

  it('gives a stream whose string form and signed text are the meta JSON, fresh on each call', async () => {
    const media = new MediaUtil(logo);
    const a = media.getStream();
    const b = media.getStream();
    expect(a).to.be.instanceOf(Readable);
    expect(a).to.not.equal(b);
    expect(String(a)).to.equal(media.getMeta());
    expect(a[SIGNED_BODY]()).to.equal(media.getMeta());
    expect((a as unknown as { size?: unknown }).size).to.equal(undefined);
    const first = await media.getBytes();
    const second = await media.getBytes();
    expect(first.equals(second)).to.equal(true);
    media.setMeta(JSON.stringify({ filename: 'logo.png', sha256: media.sha256, bank_type: 'LQT' }));
    expect(String(b)).to.equal(media.getMeta());
    const changed = await media.getBytes();
    expect(changed.toString('latin1')).to.include('"bank_type":"LQT"');
  });

  it('guesses the file part content type from the extension', () => {
    expect(mimeOf('a.PNG')).to.equal('image/png');
    expect(mimeOf('a.jpg')).to.equal('image/jpeg');
    expect(mimeOf('clip.mp4')).to.equal('video/mp4');
    expect(mimeOf('bill.csv')).to.equal('text/csv');
    expect(mimeOf('fapiao.pdf')).to.equal('application/pdf');
    expect(mimeOf('noext')).to.equal('application/octet-stream');
    const body = new MediaUtil('clip.mp4', Buffer.from('v'));
    expect(body.toOptions().headers['Content-Type']).to.equal(body.getContentType());
  });

  it('reads a stream once with fromStream, and refuses a stream in the constructor', async () => {
    const media = await MediaUtil.fromStream('transparent.gif', Readable.from([Buffer.from(GIF_BASE64, 'base64')]));
    expect(media.sha256).to.equal(GIF_SHA256);
    expect(() => new MediaUtil('x.gif', Readable.from([]) as unknown as Buffer)).to.throw(ArgumentError, /fromStream/);
  });

  it('fails in the constructor, naming the path, when the file cannot be read', () => {
    expect(() => new MediaUtil('/nonexistent/file.png')).to.throw(ArgumentError, /\/nonexistent\/file\.png/);
    expect(() => new MediaUtil('')).to.throw(ArgumentError);
    expect(() => new MediaUtil('a.png', Buffer.from('x')).setMeta('{not json')).to.throw(ArgumentError, /not valid JSON/);
  });
});
