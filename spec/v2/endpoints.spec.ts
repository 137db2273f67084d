import { expect } from 'chai';
import { endpointKey, isBillV2, isJsonV2, isUnsignedV2, needsClientCertificate } from '../../lib/v2/endpoints';

describe('v2 endpoint facts', () => {
  it("needs the client certificate for secapi/* and the catalogue's certificate operations only", () => {
    for (const path of [
      'secapi/pay/refund',
      'secapi/pay/reverse',
      'mmpaymkttransfers/sendredpack',
      'mmpaymkttransfers/promotion/transfers',
      'mmpaysptrans/pay_bank',
      'pay/downloadfundflow',
      'risk/getpublickey',
      'wxv/cancelbill',
      '/secapi/pay/refund?x=1',
    ]) {
      expect(needsClientCertificate(path), path).to.equal(true);
    }
    for (const path of ['pay/unifiedorder', 'pay/orderquery', 'pay/downloadbill', 'pay/refundquery', 'papay/h5entrustweb']) {
      expect(needsClientCertificate(path), path).to.equal(false);
    }
  });

  it('knows the unsigned answers, the bills (sandbox included) and the JSON answer', () => {
    expect(
      ['mmpaymkttransfers/sendredpack', 'pay/downloadbill', 'sandboxnew/pay/downloadbill', 'risk/getpublickey', 'mmpaysptrans/query_bank'].every(isUnsignedV2),
    ).to.equal(true);
    expect(isUnsignedV2('pay/orderquery')).to.equal(false);
    expect([isBillV2('pay/downloadbill'), isBillV2('pay/downloadfundflow'), isBillV2('sandboxnew/pay/downloadbill'), isBillV2('pay/orderquery')]).to.deep.equal(
      [true, true, true, false],
    );
    expect([isJsonV2('appauth/getaccesstoken'), isJsonV2('pay/orderquery')]).to.deep.equal([true, false]);
    expect(endpointKey('/sandboxnew/pay/downloadbill?a=1#x')).to.equal('pay/downloadbill');
  });
});
