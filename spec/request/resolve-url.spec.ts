import { expect } from 'chai';
import { encodeUnreserved, resolveUrl } from '../../lib/request/uri';

describe('resolveUrl: a call path against the base URL', () => {
  const bases = [
    'https://api.mch.weixin.qq.com/',
    'http://127.0.0.1:8080/',
    'https://apihk.mch.weixin.qq.com/hk/',
    'https://user:pa%20ss@[::1]:9443/a/./b/../',
    'http://h//',
    'https://h/?q=1/',
    'https://h/#f/',
    'https://h/x',
    'file:///srv/',
  ];
  const paths = [
    'v3/pay/transactions/out-trade-no/BENCH0001?mchid=1900000001',
    'v3/a b/%2e%2e/c?x=1#frag',
    'v3/../../../etc',
    'v3\\back\\slash',
    'v3/tab\there',
    'v3/trailing ',
    '1:abc/def',
    'mailto:x',
    'a/b:c',
    'https://other.example/x',
    '/v3/absolute-path',
    '//other.example/x',
    '?only=query',
    '#only-fragment',
    './v3/dot',
    '../v3/up',
    '',
    'v3/ümlaut/日本',
  ];
  it('gives exactly what new URL(path, base) gives', () => {
    for (const base of bases) {
      for (const path of paths) {
        let expected: string;
        try {
          expected = new URL(path, base).href;
        } catch {
          expect(() => resolveUrl(path, base), `${base} + ${path}`).to.throw(TypeError);
          continue;
        }
        expect(resolveUrl(path, base).href, `${base} + ${path}`).to.equal(expected);
      }
    }
  });
});

describe('encodeUnreserved', () => {
  it('leaves unreserved text as it is and encodes everything else like rawurlencode', () => {
    const values = ['AZaz09-._~', '', "a b!'()*/?", '日'];
    expect(values.map(encodeUnreserved)).to.deep.equal(['AZaz09-._~', '', 'a%20b%21%27%28%29%2A%2F%3F', '%E6%97%A5']);
  });
});
