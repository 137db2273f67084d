import { expect } from 'chai';
import { Transformer, XmlError } from '../../lib';
import { parseXml } from '../../lib/v2/xml-parse';

const DETAIL = '[{"goods_detail":"华为手机","url":"https://huawei.com"}]';

describe('v2 XML: Transformer.toXml (wechatpay-php vectors)', () => {
  const base = { appid: 'wx2421b1c4370ec43b', body: 'dummybot', mch_id: '10000100' };

  it('writes flat fields, CDATA for a JSON value', () => {
    expect(Transformer.toXml({ ...base, detail: DETAIL })).to.equal(
      `<xml><appid>wx2421b1c4370ec43b</appid><body>dummybot</body><mch_id>10000100</mch_id><detail><![CDATA[${DETAIL}]]></detail></xml>`,
    );
  });

  it('adds the declaration and indents with one space per level', () => {
    expect(Transformer.toXml({ ...base, detail: DETAIL }, false, true)).to.equal(
      `<?xml version="1.0" encoding="UTF-8"?>\n<xml>\n <appid>wx2421b1c4370ec43b</appid>\n <body>dummybot</body>\n <mch_id>10000100</mch_id>\n <detail><![CDATA[${DETAIL}]]></detail>\n</xml>\n`,
    );
  });

  it('writes nested lists as <item> under a custom root', () => {
    const data = { ...base, detail: [{ goods_detail: '华为手机', url: 'https://huawei.com' }] };
    expect(Transformer.toXml(data)).to.equal(
      '<xml><appid>wx2421b1c4370ec43b</appid><body>dummybot</body><mch_id>10000100</mch_id><detail><item><goods_detail>华为手机</goods_detail><url>https://huawei.com</url></item></detail></xml>',
    );
    expect(Transformer.toXml(data, false, true, 'qqpay')).to.equal(
      '<?xml version="1.0" encoding="UTF-8"?>\n<qqpay>\n <appid>wx2421b1c4370ec43b</appid>\n <body>dummybot</body>\n <mch_id>10000100</mch_id>\n <detail>\n  <item>\n   <goods_detail>华为手机</goods_detail>\n   <url>https://huawei.com</url>\n  </item>\n </detail>\n</qqpay>\n',
    );
  });

  it('writes booleans, numbers and Stringable values as PHP does', () => {
    const receiver = { toString: () => '{"type":"MERCHANT_ID","account":"190001001"}' };
    class Receiver {
      toString(): string {
        return receiver.toString();
      }
    }
    expect(Transformer.toXml({ finished: true, amount: 100, recevier: new Receiver(), off: false, none: null, skipped: undefined })).to.equal(
      '<xml><finished>1</finished><amount>100</amount><recevier><![CDATA[{"type":"MERCHANT_ID","account":"190001001"}]]></recevier><off></off><none></none></xml>',
    );
  });

  it('handles empty data, headless=false, and the notification reply', () => {
    expect(Transformer.toXml([])).to.equal('<xml/>');
    expect(Transformer.toXml({})).to.equal('<xml/>');
    expect(Transformer.toXml({ a: '1' }, false)).to.equal('<?xml version="1.0" encoding="UTF-8"?>\n<xml><a>1</a></xml>\n');
    expect(Transformer.toXml({ return_code: 'SUCCESS', return_msg: 'OK' })).to.equal(
      '<xml><return_code>SUCCESS</return_code><return_msg>OK</return_msg></xml>',
    );
    expect(Transformer.toXml({ list: [] })).to.equal('<xml><list/></xml>');
  });

  it('names non-XML keys <item>, keeps Chinese and a:b names', () => {
    expect(
      Transformer.toXml(
        new Map<unknown, unknown>([
          [1, 'x'],
          ['2a', 'y'],
          ['a b', 'z'],
          ['名称', 'w'],
          ['a:b', 'v'],
        ]),
      ),
    ).to.equal('<xml><item>x</item><item>y</item><item>z</item><名称>w</名称><a:b>v</a:b></xml>');
  });

  it('splits "]]>" over two CDATA sections, so the value survives and cannot inject elements', () => {
    const evil = 'x]]><injected>1</injected><![CDATA[y';
    const xml = Transformer.toXml({ comment: evil, ok: '1' });
    expect(xml).to.equal('<xml><comment><![CDATA[x]]]]><![CDATA[><injected>1</injected><![CDATA[y]]></comment><ok>1</ok></xml>');
    expect(Transformer.toArray(xml)).to.deep.equal({ comment: evil, ok: '1' });
  });

  it('drops characters XML forbids and escapes a carriage return', () => {
    expect(Transformer.toXml({ a: 'b\u0001a\u0002d\uFFFE' })).to.equal('<xml><a>bad</a></xml>');
    const xml = Transformer.toXml({ a: 'line1\r\nline2 & <3' });
    expect(xml).to.equal('<xml><a>line1&#13;\nline2 &amp; &lt;3</a></xml>');
    expect(Transformer.toArray(xml)).to.deep.equal({ a: 'line1\r\nline2 & <3' });
  });

  it('refuses cycles, bad root names and non-container data', () => {
    const a: Record<string, unknown> = {};
    a.self = a;
    expect(() => Transformer.toXml(a)).to.throw(/cycle/);
    expect(() => Transformer.toXml({}, true, false, '1root')).to.throw(/root name/);
    expect(() => Transformer.toXml('text' as unknown as Record<string, unknown>)).to.throw(/object, a Map or an array/);
  });
});

describe('v2 XML: Transformer.toArray (shape)', () => {
  it('drops the root, keeps text and whitespace, CDATA literally, decodes entities', () => {
    expect(
      Transformer.toArray('<xml><a> x </a><b>\n line1\n line2 </b><c><![CDATA[<b>&amp;</b>]]></c><d>&amp;&lt;&#x4E2D;&#25991;</d><e/><f></f></xml>'),
    ).to.deep.equal({
      a: ' x ',
      b: '\n line1\n line2 ',
      c: '<b>&amp;</b>',
      d: '&<中文',
      e: '',
      f: '',
    });
  });

  it('nests maps and turns repeated siblings into lists', () => {
    const xml =
      '<?xml version="1.0"?>\n<!-- hi --><batchjob><payment><account>5678-attacker</account><rcpt>206-1234</rcpt><amount>100.00</amount><comment/></payment>' +
      '<payment><account>1234-victim</account><rcpt>206-1234</rcpt><amount>100.00</amount><comment>Hacked</comment></payment></batchjob>';
    expect(Transformer.toArray(xml)).to.deep.equal({
      payment: [
        { account: '5678-attacker', rcpt: '206-1234', amount: '100.00', comment: '' },
        { account: '1234-victim', rcpt: '206-1234', amount: '100.00', comment: 'Hacked' },
      ],
    });
  });

  it('gives {} for empty, self-closing and malformed input', () => {
    expect(Transformer.toArray()).to.deep.equal({});
    expect(Transformer.toArray('')).to.deep.equal({});
    expect(Transformer.toArray('<xml/>')).to.deep.equal({});
    expect(Transformer.toArray('<titles><title>x</titles>')).to.deep.equal({});
    expect(Transformer.toArray('<html><body><hr></body></html>')).to.deep.equal({});
    expect(Transformer.toArray('<xml><a>1</a></xml><xml/>')).to.deep.equal({});
    expect(Transformer.toArray('<xml><a>1 & 2</a></xml>')).to.deep.equal({});
    expect(Transformer.toArray('<xml><a>x]]>y</a></xml>')).to.deep.equal({});
    expect(Transformer.toArray('not xml')).to.deep.equal({});
    expect(Transformer.toArray(Buffer.from([0x3c, 0x78, 0x3e, 0xff, 0xfe, 0x3c, 0x2f, 0x78, 0x3e]))).to.deep.equal({});
  });

  it('reads Buffers as UTF-8 and strips control characters', () => {
    expect(Transformer.toArray(Buffer.from('\uFEFF<xml><a>中\u0001文</a></xml>', 'utf8'))).to.deep.equal({ a: '中文' });
  });

  it('ignores attributes but checks their syntax', () => {
    expect(Transformer.toArray('<xml version="1" a=\'&amp;\'><a id="1">x</a></xml>')).to.deep.equal({ a: 'x' });
    expect(Transformer.toArray('<xml a="1" a="2"><a>x</a></xml>')).to.deep.equal({});
    expect(Transformer.toArray('<xml a=1><a>x</a></xml>')).to.deep.equal({});
  });
});

describe('v2 XML: hostile input', () => {
  it('refuses a DOCTYPE with an external entity (XXE) without touching the network', () => {
    const xxe = '<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "http://127.0.0.1:9/secret">]><foo><value>&xxe;</value></foo>';
    expect(() => parseXml(xxe)).to.throw(XmlError, /DOCTYPE and ENTITY declarations are refused/);
    expect(Transformer.toArray(xxe)).to.deep.equal({});
    const file = '<!DOCTYPE r [<!ENTITY x SYSTEM "file:///etc/passwd">]><r><v>&x;</v></r>';
    expect(Transformer.toArray(file)).to.deep.equal({});
  });

  it('refuses entity bombs (billion laughs) at once', () => {
    let dtd = '<!ENTITY lol0 "lol">';
    for (let n = 1; n < 10; n += 1) dtd += `<!ENTITY lol${n} "${`&lol${n - 1};`.repeat(10)}">`;
    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [${dtd}]><lolz>&lol9;</lolz>`;
    // Refused at the DOCTYPE, before any entity could be expanded.
    expect(() => parseXml(bomb)).to.throw(XmlError, /DOCTYPE and ENTITY declarations are refused \(at character 21\)/);
    expect(Transformer.toArray(bomb)).to.deep.equal({});
  });

  it('refuses an undefined entity even without a DTD, and internal DOCTYPEs anywhere', () => {
    expect(() => parseXml('<xml><a>&lol;</a></xml>')).to.throw(XmlError, /&lol; is not defined/);
    expect(() => parseXml('<xml><!DOCTYPE x><a>1</a></xml>')).to.throw(XmlError, /DOCTYPE/);
    expect(() => parseXml('<xml><a>&#0;</a></xml>')).to.throw(XmlError, /forbids/);
    expect(() => parseXml('<xml><a>&#xD800;</a></xml>')).to.throw(XmlError, /forbids/);
  });

  it('never reaches an object prototype', () => {
    const hostile =
      '<xml><__proto__><polluted>yes</polluted></__proto__><constructor><prototype><polluted>yes</polluted></prototype></constructor><a>1</a><hasOwnProperty>x</hasOwnProperty></xml>';
    const out = Transformer.toArray(hostile) as Record<string, unknown>;
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
    expect(Object.getPrototypeOf(out)).to.equal(Object.prototype);
    expect(Object.keys(out)).to.deep.equal(['a', 'hasOwnProperty']);
    expect(Object.prototype.hasOwnProperty.call(out, '__proto__')).to.equal(false);
    const nested = Transformer.toArray('<xml><a><__proto__>1</__proto__><__proto__>2</__proto__></a></xml>');
    expect(nested).to.deep.equal({ a: {} });
  });

  it('keeps an injected fragment as text: values cannot add elements', () => {
    const out = Transformer.toArray('<xml><comment><![CDATA[</comment><account>evil</account><comment>]]></comment></xml>');
    expect(out).to.deep.equal({ comment: '</comment><account>evil</account><comment>' });
  });

  it('enforces size, depth and element limits', () => {
    expect(() => parseXml(`<xml>${'<a>'.repeat(40)}${'</a>'.repeat(40)}</xml>`)).to.throw(XmlError, /deeper than 32/);
    expect(() => parseXml('<xml><a>1</a><a>2</a><a>3</a></xml>', { maxElements: 3 })).to.throw(XmlError, /More than 3 elements/);
    expect(() => parseXml(`<xml><a>${'x'.repeat(100)}</a></xml>`, { maxBytes: 64 })).to.throw(XmlError, /larger than/);
    expect(() => parseXml(Buffer.from(`<xml><a>${'x'.repeat(100)}</a></xml>`), { maxBytes: 64 })).to.throw(XmlError, /larger than/);
    expect(parseXml(`<xml>${'<a>'.repeat(30)}${'</a>'.repeat(30)}</xml>`).root).to.equal('xml');
  });

  it('reports where a document breaks', () => {
    expect(() => parseXml('<xml><a>1</b></xml>')).to.throw(XmlError, /mismatch: <a> closed by <\/b>/);
    expect(() => parseXml('<xml><a>1</a>')).to.throw(XmlError, /Premature end/);
    expect(() => parseXml('text<xml/>')).to.throw(XmlError, /Text before the root/);
    expect(() => parseXml('<xml><![CDATA[x</xml>')).to.throw(XmlError, /Unterminated CDATA/);
  });
});
