import { expect } from 'chai';
import { ArgumentError, expand, serializeQuery } from '../../lib';

describe('URI templates (RFC 6570)', () => {
  // Variables and expectations from RFC 6570 §3.2, plus the cases a payment client meets.
  const vars: Record<string, unknown> = {
    count: ['one', 'two', 'three'],
    dom: ['example', 'com'],
    dub: 'me/too',
    hello: 'Hello World!',
    half: '50%',
    var: 'value',
    who: 'fred',
    base: 'http://example.com/home/',
    path: '/foo/bar',
    list: ['red', 'green', 'blue'],
    keys: { semi: ';', dot: '.', comma: ',' },
    v: '6',
    x: '1024',
    y: '768',
    empty: '',
    empty_keys: {},
    undef: null,
    openid: 'AbcdEF12345',
    media: 'ChsyMDAy%2FFR1pA',
    unicode: '中文',
    n: 0,
    yes: true,
  };
  const cases: Array<[string, string]> = [
    ['{var}', 'value'],
    ['{hello}', 'Hello%20World%21'],
    ['{half}', '50%25'],
    ['O{empty}X', 'OX'],
    ['{x,y}', '1024,768'],
    ['{var:3}', 'val'],
    ['{list}', 'red,green,blue'],
    ['{list*}', 'red,green,blue'],
    ['{keys}', 'semi,%3B,dot,.,comma,%2C'],
    ['{keys*}', 'semi=%3B,dot=.,comma=%2C'],
    ['{+var}', 'value'],
    ['{+hello}', 'Hello%20World!'],
    ['{+half}', '50%25'],
    ['{+path}/here', '/foo/bar/here'],
    ['{+base}index', 'http://example.com/home/index'],
    ['{+path:6}/here', '/foo/b/here'],
    ['{+list*}', 'red,green,blue'],
    ['{+keys*}', 'semi=;,dot=.,comma=,'],
    ['{#var}', '#value'],
    ['{#hello}', '#Hello%20World!'],
    ['{#path:6}/here', '#/foo/b/here'],
    ['{#keys*}', '#semi=;,dot=.,comma=,'],
    ['X{.var}', 'X.value'],
    ['X{.x,y}', 'X.1024.768'],
    ['X{.list*}', 'X.red.green.blue'],
    ['X{.undef}', 'X'],
    ['{/var}', '/value'],
    ['{/var,x}/here', '/value/1024/here'],
    ['{/list*}', '/red/green/blue'],
    ['{/list*,path:4}', '/red/green/blue/%2Ffoo'],
    ['{;x,y}', ';x=1024;y=768'],
    ['{;x,y,empty}', ';x=1024;y=768;empty'],
    ['{;list*}', ';list=red;list=green;list=blue'],
    ['{;keys*}', ';semi=%3B;dot=.;comma=%2C'],
    ['{?x,y}', '?x=1024&y=768'],
    ['{?x,y,empty}', '?x=1024&y=768&empty='],
    ['{?list}', '?list=red,green,blue'],
    ['{?list*}', '?list=red&list=green&list=blue'],
    ['{?keys*}', '?semi=%3B&dot=.&comma=%2C'],
    ['{?undef}', ''],
    ['?fixed=yes{&x}', '?fixed=yes&x=1024'],
    ['{&var:3}', '&var=val'],
    ['v3/marketing/favor/users/{openid}/coupons', 'v3/marketing/favor/users/AbcdEF12345/coupons'],
    ['v3/images/{media}', 'v3/images/ChsyMDAy%252FFR1pA'],
    ['v3/images/{+media}', 'v3/images/ChsyMDAy%2FFR1pA'],
    ['v3/{unicode}', 'v3/%E4%B8%AD%E6%96%87'],
    ['v3/{n}/{yes}', 'v3/0/true'],
    ['v3/{openid:3}', 'v3/Abc'],
    ['v3/{dub}', 'v3/me%2Ftoo'],
    ['v3/{+dub}', 'v3/me/too'],
  ];
  for (const [template, expected] of cases) {
    it(`${template} → ${expected}`, () => {
      expect(expand(template, vars).value).to.equal(expected);
    });
  }

  it('reports the variable names it used', () => {
    expect(expand('v3/{a}/{?b,c}', { a: '1' }).names).to.deep.equal(['a', 'b', 'c']);
  });

  it('refuses a missing or null simple/reserved variable instead of an empty segment', () => {
    expect(() => expand('v3/x/{missing}/y', {})).to.throw(ArgumentError, /"missing"/);
    expect(() => expand('v3/x/{+nul}/y', { nul: null })).to.throw(ArgumentError, /"nul"/);
    expect(expand('v3/x/{empty}/y', { empty: '' }).value).to.equal('v3/x//y');
  });

  it('refuses values that would climb the path, objects, and malformed templates', () => {
    expect(() => expand('v3/{id}/x', { id: '..' })).to.throw(ArgumentError, /cannot be "\.\."/);
    expect(() => expand('v3/{id}', { id: { nested: {} } })).to.throw(ArgumentError, /"id" must be/);
    expect(() => expand('v3/{id', { id: '1' })).to.throw(ArgumentError, /unclosed/);
    expect(() => expand('v3/{}', {})).to.throw(ArgumentError, /empty expression/);
    expect(() => expand('v3/{a b}', {})).to.throw(ArgumentError, /invalid variable/);
  });
});

describe('query serialisation', () => {
  it('encodes once with RFC 3986 rules and drops null/undefined', () => {
    expect(serializeQuery({ 'a b': 'c d', e: 'f/g', z: true, n: null, u: undefined, arr: ['1', '2'], q: "!'()*~" })).to.equal(
      'a%20b=c%20d&e=f%2Fg&z=true&arr=1&arr=2&q=%21%27%28%29%2A~',
    );
    expect(serializeQuery('a=1&b=%20')).to.equal('a=1&b=%20');
    expect(serializeQuery(undefined)).to.equal('');
    expect(() => serializeQuery({ a: [{}] as never })).to.throw(ArgumentError, /"a"/);
  });
});
