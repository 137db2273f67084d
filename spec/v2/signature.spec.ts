import { expect } from 'chai';
import { createHash, createHmac } from 'node:crypto';
import { AesEcb, ArgumentError, ConfigError, Hash, Transformer, V2PaySign } from '../../lib';
import { canonicalString, signTypeOf, signV2, verifyV2 } from '../../lib/v2/signature';
import { signFields } from '../../lib/v2/sign-interceptor';
import { SECRET } from '../support/signing-server';

describe('v2 signature: reference vectors', () => {
  it('signs {mch_id} with MD5 (behaviour §5.5)', () => {
    expect(canonicalString({ mch_id: '1230000109' })).to.equal('mch_id=1230000109');
    expect(signV2({ mch_id: '1230000109' }, 'MD5', SECRET)).to.equal('41176DC33B3FE8EFB48A16E9FF85C6C5');
  });

  it('signs with HMAC-SHA256, skipping the empty body (behaviour §5.5)', () => {
    const data = { appid: 'wx8888888888888888', mch_id: '1230000109', nonce_str: 'abc', sign_type: 'HMAC-SHA256', body: '' };
    expect(canonicalString(data)).to.equal('appid=wx8888888888888888&mch_id=1230000109&nonce_str=abc&sign_type=HMAC-SHA256');
    expect(signV2(data, 'HMAC-SHA256', SECRET)).to.equal('D85FAFED70C14651699BFB1E9CDA1F0F408B7402AE71547E824C718213C9E0F3');
  });

  it('signs the GET h5entrustweb query over raw UTF-8 and a raw space (behaviour §5.5)', () => {
    const data = {
      appid: 'wx1',
      mch_id: '1230000109',
      plan_id: '12535',
      request_serial: 1000,
      sign_type: 'HMAC-SHA256',
      contract_display_account: '微信 代扣',
    };
    expect(canonicalString(data)).to.equal(
      'appid=wx1&contract_display_account=微信 代扣&mch_id=1230000109&plan_id=12535&request_serial=1000&sign_type=HMAC-SHA256',
    );
    expect(signV2(data, 'HMAC-SHA256', SECRET)).to.equal('C34C3B52FE4FB93CBE43F6A31CE1B28FDE936B6C45A376B776C29B22A33AC230');
  });

  it('signs the observed micropay POST (behaviour §4.1) and writes its exact body', () => {
    const fields: Array<[string, string]> = [
      ['appid', 'wx8888888888888888'],
      ['mch_id', '1230000109'],
      ['nonce_str', '5K8264ILTKCH16CQ2502SI8ZNMTM67VS'],
      ['body', 'test'],
      ['total_fee', '1'],
      ['out_trade_no', 'x&y<z>'],
    ];
    expect(canonicalString(fields)).to.equal(
      'appid=wx8888888888888888&body=test&mch_id=1230000109&nonce_str=5K8264ILTKCH16CQ2502SI8ZNMTM67VS&out_trade_no=x&y<z>&total_fee=1',
    );
    const signed = signFields(fields, SECRET, false);
    expect(Transformer.toXml(new Map(signed))).to.equal(
      '<xml><appid>wx8888888888888888</appid><mch_id>1230000109</mch_id><nonce_str>5K8264ILTKCH16CQ2502SI8ZNMTM67VS</nonce_str><body>test</body><total_fee>1</total_fee><out_trade_no><![CDATA[x&y<z>]]></out_trade_no><sign>A81DA5449131B4B2589FF39B0320160B</sign></xml>',
    );
  });

  it('agrees with an independent MD5/HMAC over the same canonical string', () => {
    const data = { b: '2', a: '1', B: 'upper', 中: '文', sign: 'ignored', empty: '' };
    const text = 'B=upper&a=1&b=2&中=文';
    expect(canonicalString(data)).to.equal(text);
    expect(signV2(data, 'MD5', SECRET)).to.equal(createHash('md5').update(`${text}&key=${SECRET}`).digest('hex').toUpperCase());
    expect(signV2(data, 'HMAC-SHA256', SECRET)).to.equal(createHmac('sha256', SECRET).update(`${text}&key=${SECRET}`).digest('hex').toUpperCase());
  });

  it('orders names by UTF-8 bytes, also around characters above U+FFFF', () => {
    // UTF-16 would put U+10000 (a surrogate pair, 0xD800…) before U+E000; UTF-8 puts it after (F0 > EE).
    const data = { '\u{10000}': '1', '\uE000': '2', b: '3', B: '4', 中: '5' };
    expect(canonicalString(data)).to.equal('B=4&b=3&中=5&\uE000=2&\u{10000}=1');
    const bytes = Object.keys(data).sort((x, y) => Buffer.compare(Buffer.from(x), Buffer.from(y)));
    expect(
      canonicalString(data)
        .split('&')
        .map((p) => p.split('=')[0]),
    ).to.deep.equal(bytes);
  });

  it('refuses unknown sign types, bad secrets and nested values: never an unsigned request', () => {
    expect(() => signV2({ a: '1' }, 'md5', SECRET)).to.throw(ArgumentError, /Unsupported sign_type "md5"/);
    expect(() => signV2({ a: '1' }, 'HMAC-SHA1', SECRET)).to.throw(ArgumentError, /HMAC-SHA1/);
    expect(() => signV2({ a: '1' }, 'MD5', '')).to.throw(ConfigError, /32-character/);
    expect(() => signV2({ a: '1' }, 'MD5', 'short')).to.throw(ConfigError, /got 5 bytes/);
    expect(() => signV2({ a: { b: 1 } }, 'MD5', SECRET)).to.throw(ArgumentError, /flat text/);
  });

  it('tells the answer sign type by length and verifies in constant time', () => {
    expect(signTypeOf('A'.repeat(64))).to.equal('HMAC-SHA256');
    expect(signTypeOf('A'.repeat(32))).to.equal('MD5');
    const answer = { return_code: 'SUCCESS', mch_id: '1230000109' };
    expect(verifyV2({ ...answer, sign: signV2(answer, 'MD5', SECRET) }, SECRET)).to.equal(true);
    expect(verifyV2({ ...answer, sign: signV2(answer, 'HMAC-SHA256', SECRET) }, SECRET)).to.equal(true);
    expect(verifyV2({ ...answer, sign: signV2(answer, 'MD5', SECRET).toLowerCase() }, SECRET)).to.equal(false);
    expect(verifyV2({ ...answer, mch_id: '1230000110', sign: signV2(answer, 'MD5', SECRET) }, SECRET)).to.equal(false);
    expect(verifyV2(answer, SECRET)).to.equal(false);
    expect(verifyV2({ ...answer, nested: { a: '1' }, sign: signV2(answer, 'MD5', SECRET) }, SECRET)).to.equal(false);
  });
});

describe('v2 signature: nonce and sign placement', () => {
  it('appends a 32-character nonce, then sign, keeping the caller order', () => {
    const signed = signFields(
      [
        ['mch_id', '1230000109'],
        ['z', '1'],
        ['a', '2'],
      ],
      SECRET,
      false,
    );
    expect(signed.map(([k]) => k)).to.deep.equal(['mch_id', 'z', 'a', 'nonce_str', 'sign']);
    expect((signed[3] as [string, string])[1]).to.match(/^[0-9A-Za-z]{32}$/);
  });

  it('keeps a given nonce and a given sign position; nonceless adds none', () => {
    const signed = signFields(
      [
        ['sign', 'old'],
        ['mch_id', '1'],
        ['nonce_str', 'N'],
      ],
      SECRET,
      false,
    );
    expect(signed.map(([k]) => k)).to.deep.equal(['sign', 'mch_id', 'nonce_str']);
    expect((signed[0] as [string, string])[1]).to.equal(signV2({ mch_id: '1', nonce_str: 'N' }, 'MD5', SECRET));
    expect(signFields([['mch_id', '1']], SECRET, true).map(([k]) => k)).to.deep.equal(['mch_id', 'sign']);
  });

  it('signs by the sign_type field', () => {
    const signed = signFields(
      [
        ['mch_id', '1'],
        ['sign_type', 'HMAC-SHA256'],
      ],
      SECRET,
      true,
    );
    expect((signed.at(-1) as [string, string])[1]).to.have.length(64);
    expect(() =>
      signFields(
        [
          ['mch_id', '1'],
          ['sign_type', 'SHA1'],
        ],
        SECRET,
        true,
      ),
    ).to.throw(ArgumentError);
  });
});

describe('v2 helpers: V2PaySign, Hash, AesEcb req_info', () => {
  it('builds JSAPI pay parameters whose paySign an independent MD5 reproduces', () => {
    const params = V2PaySign.jsapi({ appId: 'wx8888888888888888', prepayId: 'wx201410272009395522657a690389285100' }, SECRET, 'MD5', {
      timestamp: 1414561699,
      nonce: '5K8264ILTKCH16CQ2502SI8ZNMTM67VS',
    });
    const text =
      'appId=wx8888888888888888&nonceStr=5K8264ILTKCH16CQ2502SI8ZNMTM67VS&package=prepay_id=wx201410272009395522657a690389285100&signType=MD5&timeStamp=1414561699';
    expect(params).to.deep.equal({
      appId: 'wx8888888888888888',
      timeStamp: '1414561699',
      nonceStr: '5K8264ILTKCH16CQ2502SI8ZNMTM67VS',
      package: 'prepay_id=wx201410272009395522657a690389285100',
      signType: 'MD5',
      paySign: createHash('md5').update(`${text}&key=${SECRET}`).digest('hex').toUpperCase(),
    });
    const hmac = V2PaySign.jsapi({ appId: 'wx1', prepayId: 'p' }, SECRET, 'HMAC-SHA256');
    expect(hmac.paySign).to.have.length(64);
    expect(hmac.timeStamp).to.match(/^\d{10}$/);
    expect(V2PaySign.verify({ ...hmac, sign: hmac.paySign, paySign: undefined }, SECRET)).to.equal(true);
  });

  it('builds APP pay parameters (package Sign=WXPay)', () => {
    const params = V2PaySign.app({ appid: 'wxd930ea5d5a258f4f', partnerid: '1900000109', prepayid: 'WX1217752501201407033233368018' }, SECRET, 'MD5', {
      timestamp: '1412000000',
      nonce: 'abc',
    });
    const text = 'appid=wxd930ea5d5a258f4f&noncestr=abc&package=Sign=WXPay&partnerid=1900000109&prepayid=WX1217752501201407033233368018&timestamp=1412000000';
    expect(params.sign).to.equal(createHash('md5').update(`${text}&key=${SECRET}`).digest('hex').toUpperCase());
    expect(params.package).to.equal('Sign=WXPay');
    expect(V2PaySign.sign({ mch_id: '1230000109' }, SECRET)).to.equal('41176DC33B3FE8EFB48A16E9FF85C6C5');
  });

  it('Hash.sign vectors and the refund req_info round trip (behaviour §5.3/§5.4)', () => {
    expect(Hash.sign('MD5', 'abc', 'k')).to.equal('78A5DB6969F7F8E1366BDA763FDDF55F');
    expect(Hash.sign('HMAC-SHA256', 'abc', 'k')).to.equal('A1D3520A6BDDF98ACAA5440AA1050A0631DB379B7A61EA764D2021D0C55A54BE');
    const key = Hash.md5(SECRET);
    expect(key).to.equal('4ad14ac334ab13540eb6c5479512a8e8');
    const reqInfo = 'sQHh/cSF5F2ms58BHQoBmSe6PR7CX1bhrvBSH9Qhny+XrJMY2DfYIO50b51BFVxzk/GNmvI9NBWlrTMA5+VT+Ab/5JopDsr0SxnGBcoiwMA=';
    expect(Transformer.toArray(AesEcb.decrypt(reqInfo, key))).to.deep.equal({ out_refund_no: '131811191610442717309' });
  });
});
