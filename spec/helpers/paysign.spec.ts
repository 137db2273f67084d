import { expect } from 'chai';
import { KEYUTIL, KJUR, type RSAKey } from 'jsrsasign';
import { ArgumentError, PaySign, Rsa } from '../../lib';
import { keyPair, MCHID } from '../support/keys';

/** Verify a base64 SHA256withRSA (PKCS#1 v1.5) signature with jsrsasign, independent of node:crypto. */
function jsrsasignVerifies(message: string, b64: string, publicPem: string): boolean {
  const sig = new KJUR.crypto.Signature({ alg: 'SHA256withRSA' });
  sig.init(KEYUTIL.getKey(publicPem) as RSAKey);
  sig.updateString(message);
  return sig.verify(Buffer.from(b64, 'base64').toString('hex'));
}

describe('PaySign (APIv3 invoke parameters)', () => {
  const merchant = keyPair('merchant');

  it('builds JSAPI / mini-program parameters whose paySign jsrsasign verifies over appId\\ntimeStamp\\nnonceStr\\npackage\\n', () => {
    const params = PaySign.jsapi({
      appId: 'wxd678efh567hg6787',
      prepay: { prepay_id: 'wx201410272009395522657a690389285100' },
      privateKey: merchant.privatePem,
      timestamp: 1414561699,
      nonce: '5K8264ILTKCH16CQ2502SI8ZNMTM67VS',
    });
    expect(Object.keys(params)).to.deep.equal(['appId', 'timeStamp', 'nonceStr', 'package', 'signType', 'paySign']);
    expect(params).to.include({
      appId: 'wxd678efh567hg6787',
      timeStamp: '1414561699',
      nonceStr: '5K8264ILTKCH16CQ2502SI8ZNMTM67VS',
      package: 'prepay_id=wx201410272009395522657a690389285100',
      signType: 'RSA',
    });
    const message = 'wxd678efh567hg6787\n1414561699\n5K8264ILTKCH16CQ2502SI8ZNMTM67VS\nprepay_id=wx201410272009395522657a690389285100\n';
    expect(jsrsasignVerifies(message, params.paySign, merchant.publicPem)).to.equal(true);
    // PKCS#1 v1.5 is deterministic: the same input gives the same signature (PSS would not).
    expect(
      PaySign.miniProgram({
        appId: 'wxd678efh567hg6787',
        prepay: 'wx201410272009395522657a690389285100',
        privateKey: merchant.privatePem,
        timestamp: 1414561699,
        nonce: '5K8264ILTKCH16CQ2502SI8ZNMTM67VS',
      }).paySign,
    ).to.equal(params.paySign);
    expect(jsrsasignVerifies(message.replace('1414561699', '1414561698'), params.paySign, merchant.publicPem)).to.equal(false);
  });

  it('builds APP parameters whose sign jsrsasign verifies over appid\\ntimestamp\\nnoncestr\\nprepayid\\n', () => {
    const params = PaySign.app({
      appid: 'wx8888888888888888',
      partnerid: MCHID,
      prepay: { prepay_id: 'WX1217752501201407033233368018' },
      privateKey: merchant.privatePem,
    });
    expect(Object.keys(params)).to.deep.equal(['appid', 'partnerid', 'prepayid', 'package', 'noncestr', 'timestamp', 'sign']);
    expect(params.package).to.equal('Sign=WXPay');
    expect(params.partnerid).to.equal(MCHID);
    expect(params.prepayid).to.equal('WX1217752501201407033233368018');
    expect(params.noncestr).to.match(/^[0-9A-Za-z]{32}$/);
    expect(Math.abs(Number(params.timestamp) - Date.now() / 1000)).to.be.below(5);
    const message = `wx8888888888888888\n${params.timestamp}\n${params.noncestr}\nWX1217752501201407033233368018\n`;
    expect(jsrsasignVerifies(message, params.sign, merchant.publicPem)).to.equal(true);
    expect(Rsa.verify(message, params.sign, merchant.publicPem)).to.equal(true);
  });

  it('signs with a remote (async) signer as well', async () => {
    const seen: string[] = [];
    const signer = async (message: string) => {
      seen.push(message);
      return Rsa.sign(message, merchant.privatePem);
    };
    const js = await PaySign.jsapiAsync({ appId: 'wx1', prepay: 'p1', signer, timestamp: '1700000000', nonce: 'N' });
    expect(seen[0]).to.equal('wx1\n1700000000\nN\nprepay_id=p1\n');
    expect(jsrsasignVerifies(seen[0] as string, js.paySign, merchant.publicPem)).to.equal(true);
    const app = await PaySign.appAsync({ appid: 'wx2', partnerid: MCHID, prepay: 'p2', signer, timestamp: 1700000001, nonce: 'M' });
    expect(seen[1]).to.equal('wx2\n1700000001\nM\np2\n');
    expect(app.sign).to.equal(Rsa.sign(seen[1] as string, merchant.privatePem));
    await PaySign.appAsync({ appid: 'wx2', partnerid: MCHID, prepay: 'p2', signer: () => '' }).then(
      () => expect.fail('an empty signature must be refused'),
      (err: unknown) => expect(err).to.be.instanceOf(ArgumentError),
    );
  });

  it('refuses missing prepay ids, app ids and malformed timestamps', () => {
    expect(() => PaySign.jsapi({ appId: 'wx1', prepay: { prepay_id: '' }, privateKey: merchant.privatePem })).to.throw(ArgumentError, /prepay/);
    expect(() => PaySign.jsapi({ appId: '', prepay: 'p', privateKey: merchant.privatePem })).to.throw(ArgumentError, /appId/);
    expect(() => PaySign.app({ appid: 'wx', partnerid: '', prepay: 'p', privateKey: merchant.privatePem })).to.throw(ArgumentError, /partnerid/);
    expect(() => PaySign.jsapi({ appId: 'wx', prepay: 'p', privateKey: merchant.privatePem, timestamp: '2024-01-01' })).to.throw(ArgumentError, /timestamp/);
  });
});
