/**
 * The runtime catalogue: downloads, uploads, APIv2 calls needing the TLS client certificate and
 * non-default hosts, looked up by catalogue key, URL pathname, template or absolute URL. The
 * client runtime must not load the emulator's sample table.
 */
import { expect } from 'chai';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { catalogue, catalogueKey, hostFor, isDownloadPath, isUploadPath, needsClientCertificate } from '../../lib/endpoints/catalogue';

describe('runtime catalogue', () => {
  it('normalises paths to catalogue keys', () => {
    expect(catalogueKey('/v3/pay/transactions/native?x=1')).to.equal('v3/pay/transactions/native');
    expect(catalogueKey('https://api.mch.weixin.qq.com/hk/v3/certificates')).to.equal('hk/v3/certificates');
    expect(catalogueKey('/secapi/pay/refund')).to.equal('v2/secapi/pay/refund');
    expect(catalogueKey('V2/pay/micropay')).to.equal('v2/pay/micropay');
  });

  it('knows the file downloads, with literal siblings kept apart from {variables}', () => {
    expect(isDownloadPath('/v3/billdownload/file?token=abc')).to.equal(true);
    expect(isDownloadPath('/v3/merchant-service/images/ChsyMjAy', 'GET')).to.equal(true);
    expect(isDownloadPath('/v3/merchant-service/images/upload')).to.equal(false);
    expect(isDownloadPath('/hk/v3/statements')).to.equal(true);
    expect(isDownloadPath('/pay/downloadbill', 'POST')).to.equal(true);
    expect(isDownloadPath('v2/pay/downloadfundflow')).to.equal(true);
    expect(isDownloadPath('/v3/billdownload/file', 'POST')).to.equal(false);
    expect(isDownloadPath('/v3/pay/transactions/native')).to.equal(false);
    expect(catalogue.downloads).to.have.length(10);
  });

  it('knows the multipart uploads', () => {
    expect(isUploadPath('/v3/merchant/media/upload')).to.equal(true);
    expect(isUploadPath('/v3/merchant/media/video_upload', 'POST')).to.equal(true);
    expect(isUploadPath('/v3/mch-manage/submission-files/sub-mchid/1900000109/upload')).to.equal(true);
    expect(isUploadPath('/v3/merchant/media/upload', 'GET')).to.equal(false);
    expect(isUploadPath('/secapi/mch/uploadmedia')).to.equal(true);
    expect(catalogue.uploads).to.have.length(15);
  });

  it('knows the APIv2 operations that need the merchant TLS certificate', () => {
    expect(needsClientCertificate('/secapi/pay/refund')).to.equal(true);
    expect(needsClientCertificate('v2/mmpaymkttransfers/promotion/transfers')).to.equal(true);
    expect(needsClientCertificate('secapi/mch/addInstitutionsub')).to.equal(true);
    expect(needsClientCertificate('/pay/unifiedorder')).to.equal(false);
    expect(needsClientCertificate('/pay/refundquery')).to.equal(false);
    expect(catalogue.clientCertificate).to.have.length(57);
  });

  it('knows the non-default hosts', () => {
    expect(hostFor('global/v3/customs/orders')).to.equal('https://apihk.mch.weixin.qq.com/');
    expect(hostFor('/global/v3/customs/verify-certificate')).to.equal('https://apihk.mch.weixin.qq.com/');
    expect(hostFor('https://api.mch.weixin.qq.com/v3/global/certificates')).to.equal('https://apihk.mch.weixin.qq.com/');
    expect(hostFor('/risk/getpublickey')).to.equal('https://fraud.mch.weixin.qq.com/');
    expect(hostFor('v2/appauth/authindex')).to.equal('https://payapp.mch.weixin.qq.com/');
    expect(hostFor('/hk/v3/certificates')).to.equal(undefined);
    expect(hostFor('/v3/pay/transactions/native')).to.equal(undefined);
  });

  it('is loadable by the client runtime, while the sample table stays unloaded until the emulator falls back', () => {
    const lib = join(__dirname, '..', '..', 'lib');
    const script = `require(${JSON.stringify(join(lib, 'index.js'))});
      require(${JSON.stringify(join(lib, 'emulator', 'index.js'))});
      require(${JSON.stringify(join(lib, 'openapi', 'catalogue.js'))});
      const loaded = Object.keys(require.cache).map((k) => k.split(require('path').sep).join('/'));
      console.log(JSON.stringify({ samples: loaded.some((k) => k.endsWith('/openapi/samples.js')), catalogue: loaded.some((k) => k.endsWith('/openapi/catalogue.js')) }));`;
    const out = JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as { samples: boolean; catalogue: boolean };
    expect(out).to.deep.equal({ samples: false, catalogue: true });
  });
});
