/**
 * Notification.parseV2: sign checks (MD5 / HMAC-SHA256) and refund req_info decryption, against
 * messages built here with node:crypto and the wechatpay-php vectors.
 */
import { expect } from 'chai';
import { createCipheriv, createHash, createHmac } from 'node:crypto';
import { ConfigError, Notification, NotificationError } from '../../lib';
import { rejection } from '../support/helpers';

const SECRET = 'exposed_your_key_here_have_risks';

function signed(fields: Record<string, string>, type: 'MD5' | 'HMAC-SHA256' = 'MD5', secret = SECRET): string {
  const text = Object.keys(fields)
    .filter((k) => k !== 'sign' && fields[k] !== '')
    .sort()
    .map((k) => `${k}=${fields[k]}`)
    .join('&');
  const sign =
    type === 'MD5'
      ? createHash('md5').update(`${text}&key=${secret}`).digest('hex').toUpperCase()
      : createHmac('sha256', secret).update(`${text}&key=${secret}`).digest('hex').toUpperCase();
  return xml({ ...fields, sign });
}

function xml(fields: Record<string, string>): string {
  return `<xml>${Object.entries(fields)
    .map(([k, v]) => `<${k}><![CDATA[${v}]]></${k}>`)
    .join('')}</xml>`;
}

const payment = (extra: Record<string, string> = {}): Record<string, string> => ({
  appid: 'wx2421b1c4370ec43b',
  attach: '支付测试',
  bank_type: 'CFT',
  fee_type: 'CNY',
  is_subscribe: 'Y',
  mch_id: '10000100',
  nonce_str: '5d2b6c2a8db53831f7eda20af46e531c',
  openid: 'oUpF8uMEb4qRXf22hE3X68TekukE',
  out_trade_no: '1409811653',
  result_code: 'SUCCESS',
  return_code: 'SUCCESS',
  time_end: '20140903131540',
  total_fee: '1',
  coupon_fee: '10',
  coupon_count: '1',
  coupon_type_0: 'CASH',
  coupon_id_0: '10000',
  coupon_fee_0: '100',
  trade_type: 'JSAPI',
  transaction_id: '1004400740201409030005092168',
  cash_fee: '1',
  ...extra,
});

describe('Notification.parseV2', () => {
  it('accepts a payment notification with a correct MD5 sign', async () => {
    const n = await Notification.parseV2(signed(payment()), { secret: SECRET });
    if ('req_info' in n) throw new Error('not a payment');
    expect(n.transaction_id).to.equal('1004400740201409030005092168');
    expect(n.attach).to.equal('支付测试');
    expect(n.coupon_id_0).to.equal('10000');
  });

  it("accepts HMAC-SHA256, by sign_type and by the sign's length, and a Buffer", async () => {
    const withType = await Notification.parseV2(signed(payment({ sign_type: 'HMAC-SHA256' }), 'HMAC-SHA256'), { secret: SECRET });
    expect(withType.mch_id).to.equal('10000100');
    const byLength = await Notification.parseV2(Buffer.from(signed(payment(), 'HMAC-SHA256')), { secret: SECRET });
    expect(byLength.mch_id).to.equal('10000100');
  });

  it('refuses a wrong sign: another key, an altered field, a sign_type that disagrees', async () => {
    const cases = [
      signed(payment(), 'MD5', 'another_key_of_thirty_two_chars!'),
      signed(payment()).replace('<total_fee><![CDATA[1]]>', '<total_fee><![CDATA[100]]>'),
      signed(payment({ sign_type: 'HMAC-SHA256' }), 'MD5'),
    ];
    for (const text of cases) {
      const err = await rejection<Error>(Notification.parseV2(text, { secret: SECRET }));
      expect(err).to.be.instanceOf(NotificationError);
      expect((err as NotificationError).reason).to.equal('V2_BAD_SIGN');
    }
  });

  it('refuses a missing sign and an unsupported sign_type', async () => {
    const unsigned = await rejection<Error>(Notification.parseV2(xml(payment()), { secret: SECRET }));
    expect((unsigned as NotificationError).reason).to.equal('V2_UNSIGNED');
    const other = await rejection<Error>(Notification.parseV2(xml({ ...payment({ sign_type: 'SHA1' }), sign: 'ABC' }), { secret: SECRET }));
    expect((other as NotificationError).reason).to.equal('V2_UNSIGNED');
  });

  it('refuses return_code FAIL, malformed XML, a DOCTYPE, nested elements and parsed objects', async () => {
    const fail = await rejection<Error>(Notification.parseV2(signed({ return_code: 'FAIL', return_msg: '签名失败' }), { secret: SECRET }));
    expect((fail as NotificationError).reason).to.equal('V2_NOT_SUCCESS');
    expect(fail.message).to.contain('签名失败');
    for (const text of [
      'not xml',
      '<xml><a>1</a>',
      '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]><xml><a>&e;</a></xml>',
      '<xml><a><b>1</b></a></xml>',
    ]) {
      const err = await rejection<Error>(Notification.parseV2(text, { secret: SECRET }));
      expect((err as NotificationError).reason, text).to.equal('V2_MALFORMED');
    }
    const obj = await rejection<Error>(Notification.parseV2(payment() as unknown as string, { secret: SECRET }));
    expect((obj as NotificationError).reason).to.equal('BODY_NOT_RAW');
  });

  it("decrypts a refund notification's req_info (wechatpay-php vector) and parses it", async () => {
    const reqInfo = 'sQHh/cSF5F2ms58BHQoBmSe6PR7CX1bhrvBSH9Qhny+XrJMY2DfYIO50b51BFVxzk/GNmvI9NBWlrTMA5+VT+Ab/5JopDsr0SxnGBcoiwMA=';
    const n = await Notification.parseV2(xml({ return_code: 'SUCCESS', appid: 'wx1', mch_id: '10000100', nonce_str: 'abc', req_info: reqInfo }), {
      secret: SECRET,
    });
    if (!('req_info' in n)) throw new Error('not a refund');
    expect(n.req_info.out_refund_no).to.equal('131811191610442717309');
  });

  it("passes on only the envelope fields beside an unsigned refund's req_info", async () => {
    const c = createCipheriv('aes-256-ecb', Buffer.from(createHash('md5').update(SECRET).digest('hex')), null);
    const reqInfo = Buffer.concat([c.update('<root><out_refund_no>R1</out_refund_no><refund_fee>40</refund_fee></root>', 'utf8'), c.final()]).toString(
      'base64',
    );
    const n = await Notification.parseV2(
      xml({ return_code: 'SUCCESS', appid: 'wx1', mch_id: '10000100', nonce_str: 'abc', total_fee: '999999', out_trade_no: 'INJECTED', req_info: reqInfo }),
      { secret: SECRET },
    );
    expect(Object.keys(n).sort()).to.deep.equal(['appid', 'mch_id', 'nonce_str', 'req_info', 'return_code']);
    if (!('req_info' in n)) throw new Error('not a refund');
    expect(n.req_info.refund_fee).to.equal('40');
  });

  it('decrypts a full refund req_info made with node:crypto (key = md5 hex of the APIv2 key)', async () => {
    const info = xml({
      transaction_id: '4200000001',
      out_trade_no: 'T1',
      refund_id: '50000001',
      out_refund_no: 'R1',
      total_fee: '100',
      refund_fee: '40',
      settlement_refund_fee: '40',
      refund_status: 'SUCCESS',
      success_time: '2024-01-01 10:00:00',
      refund_recv_accout: '支付用户的零钱',
      refund_account: 'REFUND_SOURCE_RECHARGE_FUNDS',
      refund_request_source: 'API',
    }).replace(/^<xml>|<\/xml>$/g, '');
    const key = createHash('md5').update(SECRET).digest('hex');
    const c = createCipheriv('aes-256-ecb', Buffer.from(key), null);
    const reqInfo = Buffer.concat([c.update(`<root>${info}</root>`, 'utf8'), c.final()]).toString('base64');
    const n = await Notification.parseV2(xml({ return_code: 'SUCCESS', appid: 'wx1', mch_id: '10000100', nonce_str: 'abc', req_info: reqInfo }), {
      secret: SECRET,
    });
    if (!('req_info' in n)) throw new Error('not a refund');
    expect(n.req_info.refund_fee).to.equal('40');
    expect(n.req_info.refund_recv_accout).to.equal('支付用户的零钱');

    const wrong = await rejection<Error>(
      Notification.parseV2(xml({ return_code: 'SUCCESS', mch_id: '1', req_info: reqInfo }), { secret: 'another_key_of_thirty_two_chars!' }),
    );
    expect((wrong as NotificationError).reason).to.equal('DECRYPT_FAILED');
    const c2 = createCipheriv('aes-256-ecb', Buffer.from(key), null);
    const notXml = Buffer.concat([c2.update('plain text', 'utf8'), c2.final()]).toString('base64');
    const junk = await rejection<Error>(Notification.parseV2(xml({ return_code: 'SUCCESS', mch_id: '1', req_info: notXml }), { secret: SECRET }));
    expect((junk as NotificationError).reason).to.equal('RESOURCE_NOT_PARSABLE');
  });

  it('a refund notification that does carry a sign must have a correct one', async () => {
    const reqInfo = 'sQHh/cSF5F2ms58BHQoBmSe6PR7CX1bhrvBSH9Qhny+XrJMY2DfYIO50b51BFVxzk/GNmvI9NBWlrTMA5+VT+Ab/5JopDsr0SxnGBcoiwMA=';
    const err = await rejection<Error>(Notification.parseV2(xml({ return_code: 'SUCCESS', mch_id: '1', req_info: reqInfo, sign: 'BAD' }), { secret: SECRET }));
    expect((err as NotificationError).reason).to.equal('V2_BAD_SIGN');
  });

  it('names `secret` when it is not a 32-character APIv2 key', async () => {
    for (const secret of ['short', undefined, 'x'.repeat(33)]) {
      const err = await rejection<Error>(Notification.parseV2(signed(payment()), { secret: secret as string }));
      expect(err).to.be.instanceOf(ConfigError);
      expect((err as ConfigError).option).to.equal('secret');
    }
  });
});
