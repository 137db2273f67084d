// Docs emitter: one page per path in the seed page's shape (frontmatter title/description, request
// table, six TypeScript spellings, response table, official doc link) and an index by business tag.
import { stripLinks } from './names.mjs';
import { optionsSample } from './sample.mjs';
import { propertyOf } from './names.mjs';
import { visit } from './repairs.mjs';
import { hostOf } from './facts.mjs';

const MD_HEADER = '<!-- generated — do not edit; run npm run generate -->';
const IDENT = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/** The page of a catalogue key (a trailing-slash path gets an index page). */
export function pageOf(key) {
  return `docs/openapi/${key.endsWith('/') ? `${key}index` : key}.md`;
}

function relative(fromPage, toPage) {
  const from = fromPage.split('/').slice(0, -1);
  const to = toPage.split('/');
  let i = 0;
  while (i < from.length && i < to.length - 1 && from[i] === to[i]) i += 1;
  return [...from.slice(i).map(() => '..'), ...to.slice(i)].join('/');
}

function yamlScalar(text) {
  const t = String(text).replace(/\s+/g, ' ').trim();
  return /^[^\s:#'"{}[\],&*!|>%@`?-][^:#]*$/.test(t) && !/:\s/.test(t) ? t : JSON.stringify(t);
}

function cell(text) {
  return String(text ?? '')
    .replace(/\s+/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

// ---- tables ---------------------------------------------------------------------------------------
function typeWord(schemas, s, mode) {
  const d = schemas.deref(s);
  if (mode === 'v2out' && ['integer', 'number', 'boolean'].includes(d.t)) return 'string';
  switch (d.t) {
    case 'array':
      return `${typeWord(schemas, d.items, mode)}[]`;
    case 'all':
      return 'object';
    case 'one':
      return d.parts.every((p) => schemas.deref(p).t === 'object' || schemas.deref(p).t === 'all') ? 'object' : typeWord(schemas, d.parts[0], mode);
    case 'unknown':
      return 'any';
    case 'file':
      return 'file';
    default:
      return d.t;
  }
}

function enumsOf(schemas, s) {
  const d = schemas.deref(s);
  if (d.enum) return d.enum;
  if (d.t === 'one') return [...new Set(d.parts.flatMap((p) => enumsOf(schemas, p)))];
  if (d.t === 'array') return enumsOf(schemas, d.items);
  return [];
}

/** The table note of a field in a one-of group: `（二选一：a / b）`, `（机构模式必填；直连模式与机构模式二选一）`. */
function groupCell(groups, name) {
  for (const g of groups ?? []) {
    if (g.kind === 'any' && g.names.includes(name)) return `（${g.note}：${g.names.join(' / ')}）`;
    if (g.kind === 'modes') {
      const m = g.modes.find((x) => x.names.includes(name));
      if (m) return `（${m.label}${m.required.includes(name) ? '必填' : ''}；${g.note}）`;
    }
  }
  return '';
}

/** The one-of groups of a request, for the tip above its table. */
function groupLines(schemas, op) {
  const lines = [];
  const add = (g) => {
    if (g.kind === 'any') lines.push(`- ${g.note}：${g.names.map((n) => `\`${n}\``).join(' / ')} 至少填写一个`);
    else lines.push(`- ${g.note}：${g.modes.map((m) => `${m.label} ${m.required.map((n) => `\`${n}\``).join(' + ')}`).join('，或 ')}，不可混用`);
  };
  for (const g of op.queryGroups ?? []) add(g);
  if (op.body)
    visit(schemas, op.body.schema, (s) => {
      for (const g of s.groups ?? []) add(g);
    });
  return [...new Set(lines)];
}

function describe(schemas, s) {
  const d = schemas.deref(s);
  let text = s.desc ?? d.desc ?? '';
  const values = enumsOf(schemas, s);
  if (values.length) text += `${text ? ' ' : ''}${values.map((v) => `\`${v}\``).join(' | ')} 枚举值之一`;
  return cell(text);
}

/** Properties of an object-like schema (through refs, allOf, oneOf), merged by name. */
function fieldsOf(schemas, s, depth = 0) {
  const d = schemas.deref(s);
  const out = new Map();
  if (depth > 12) return out;
  if (d.t === 'object') for (const p of d.props ?? []) out.set(p.name, { ...p, note: groupCell(d.groups, p.name) });
  else if (d.t === 'all' || d.t === 'one') {
    for (const part of d.parts) {
      for (const [k, v] of fieldsOf(schemas, part, depth + 1)) {
        const prev = out.get(k);
        out.set(k, prev ? { ...v, req: (prev.req || v.req) && d.t === 'all' } : { ...v, req: v.req && d.t === 'all' });
      }
    }
    for (const name of d.requireFromRefs ?? []) if (out.has(name)) out.get(name).req = true;
  } else if (d.t === 'array') return fieldsOf(schemas, d.items, depth + 1);
  return out;
}

function rowsOf(schemas, s, mode, indent, rows, depth = 0) {
  if (depth > 10) return rows;
  for (const p of fieldsOf(schemas, s).values()) {
    const attrs = [p.req ? 'data-required' : '', indent ? `data-indent=${indent}` : ''].filter(Boolean).join(' ');
    rows.push(`| ${cell(p.name)}${attrs ? ` {${attrs}}` : ''} | ${typeWord(schemas, p.s, mode)} | ${describe(schemas, p.s)}${p.note ?? ''}`);
    rowsOf(schemas, p.s, mode, indent + 1, rows, depth + 1);
  }
  return rows;
}

function requestRows(schemas, op) {
  const mode = op.family === 'v2' ? 'v2in' : 'v3';
  const rows = [];
  for (const p of op.pathParams) rows.push(`| ${p.name} {data-required} | ${typeWord(schemas, p.schema, mode)} | ${describe(schemas, p.schema) || '路径变量'}`);
  if (op.query.length) {
    rows.push(`| query${op.query.some((q) => q.required) || op.queryGroups?.length ? ' {data-required}' : ''} | object | 声明请求的查询参数`);
    for (const q of op.query)
      rows.push(
        `| ${cell(q.name)} {${q.required ? 'data-required ' : ''}data-indent=1} | ${typeWord(schemas, q.schema, mode)} | ${describe(schemas, q.schema)}${groupCell(op.queryGroups, q.name)}`,
      );
  }
  if (op.body) {
    const xml = op.family === 'v2';
    rows.push(`| ${xml ? 'xml' : 'json'}${op.body.required ? ' {data-required}' : ''} | object | 声明请求的${xml ? 'XML' : 'JSON'}数据结构`);
    for (const row of rowsOf(schemas, op.body.schema, mode, 1, [])) {
      if (xml && /^\| (nonce_str|sign|sign_type) /.test(row)) continue;
      rows.push(row);
    }
  }
  if (op.upload) {
    rows.push('| body {data-required} | object | 声明请求的`multipart/form-data`消息体（`MediaUtil`）');
    for (const f of op.form)
      rows.push(
        `| ${cell(f.name)} {${f.required ? 'data-required ' : ''}data-indent=1} | ${f.schema.t === 'file' ? 'file' : typeWord(schemas, f.schema, mode)} | ${describe(schemas, f.schema)}`,
      );
  }
  if (op.headers.length) {
    rows.push('| headers | object | 声明请求的头参数');
    for (const h of op.headers) {
      const filled = /^wechatpay-serial$/i.test(h.name) ? '（客户端自动填写）' : '';
      rows.push(`| ${cell(h.name)} {data-indent=1} | ${typeWord(schemas, h.schema, mode)} | ${describe(schemas, h.schema)}${filled}`);
    }
  }
  return rows;
}

function responseRows(schemas, op) {
  const r = op.response;
  if (r.kind === 'void') return [`| (HTTP ${r.status}) | void | 无应答内容`];
  if (r.kind === 'binary') return ["| data | Buffer \\| Readable | 文件内容（`responseType: 'stream'` 时为流）"];
  if (r.kind === 'unknown') return ['| data | unknown | 未描述的应答'];
  const rows = rowsOf(schemas, r.schema, op.family === 'v2' ? 'v2out' : 'v3', 0, []);
  return rows.length ? rows : [`| data | ${typeWord(schemas, r.schema, op.family === 'v2' ? 'v2out' : 'v3')} | ${describe(schemas, r.schema)}`];
}

// ---- code -----------------------------------------------------------------------------------------
function literal(value, indent) {
  const pad = '  '.repeat(indent);
  if (typeof value === 'string') return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'").replace(/\n/g, '\\n')}'`;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (value === null || value === undefined) return 'null';
  if (Array.isArray(value)) {
    if (!value.length) return '[]';
    return `[\n${value.map((v) => `${pad}  ${literal(v, indent + 1)},`).join('\n')}\n${pad}]`;
  }
  const entries = Object.entries(value);
  if (!entries.length) return '{}';
  return `{\n${entries.map(([k, v]) => `${pad}  ${IDENT.test(k) ? k : `'${k}'`}: ${literal(v, indent + 1)},`).join('\n')}\n${pad}}`;
}

/** `client.v3.a.b` for a key; segments without a property spelling continue with chain('…'). */
export function chainExpression(key) {
  const segs = key.split('/');
  let out = 'client';
  for (let i = 0; i < segs.length; i += 1) {
    const prop = propertyOf(segs[i]);
    if (prop === undefined) return `${out}.chain('${segs.slice(i).join('/')}')`;
    out += IDENT.test(prop) ? `.${prop}` : `['${prop}']`;
  }
  return out;
}

function snippets(schemas, op) {
  const host = hostOf(op);
  // A non-default host is given per request, as wechatpay-php's `base_uri`.
  const options = { ...(host ? { baseURL: host } : {}), ...optionsSample(schemas, op) };
  if (op.upload) {
    options.body = '__MEDIA_STREAM__';
    options.headers = { 'Content-Type': '__MEDIA_TYPE__' };
  }
  const arg = Object.keys(options).length
    ? literal(options, 0).replace("'__MEDIA_STREAM__'", 'media.getStream()').replace("'__MEDIA_TYPE__'", 'media.getContentType()')
    : '';
  const pre = op.upload ? "const media = new MediaUtil('/path/to/file.jpg');\n" : '';
  const show = op.response.kind === 'binary' ? "// data: the file bytes (Buffer), or a stream with responseType: 'stream'\n  " : '';
  const heads = [
    ['纯链式', chainExpression(op.key)],
    ['声明式', `client.chain('${op.key}')`],
    ['属性式', `client['${op.key}']`],
  ];
  const blocks = [];
  for (const [label, head] of heads) {
    blocks.push(`\`\`\`ts [异步${label}]\n${pre}${head}.${op.method}Async(${arg})\n.then(({ data }) => {\n  ${show}console.log(data);\n})\n.wait();\n\`\`\``);
  }
  for (const [label, head] of heads) {
    blocks.push(
      `\`\`\`ts [同步${label}]\n${pre}const response = await ${head}.${op.method}(${arg});\n${show.trim() ? `${show.trim()}\n` : ''}console.log(response.data);\n\`\`\``,
    );
  }
  return blocks.join('\n\n');
}

function section(schemas, op, first) {
  const title = op.summary || `${op.method.toUpperCase()} ${op.key}`;
  const description = stripLinks(op.description);
  const out = [];
  out.push(`# ${first ? '{{ $frontmatter.title }}' : title} {#${op.method}}`, '');
  if (description) out.push(first ? '{{ $frontmatter.description }}' : description, '');
  const notes = [];
  if (op.deprecated) notes.push('已废弃 (deprecated)');
  if (op.certRequired) notes.push('需使用商户API证书（`merchant` 配置，客户端自动携带）');
  if (hostOf(op)) notes.push(`接入点 ${hostOf(op)}`);
  if (op.family === 'hk') notes.push('香港接入：请求路径为 `/hk/v3/…`');
  if (notes.length) out.push(`::: tip\n${notes.join('；')}\n:::`, '');
  const groups = groupLines(schemas, op);
  if (groups.length) out.push(`::: tip 必填项的选择\n${groups.join('\n')}\n:::`, '');
  const req = requestRows(schemas, op);
  if (req.length) {
    out.push('| 请求参数 | 类型 {.type} | 描述 {.desc}', '| --- | --- | ---', ...req, '', '{.im-table #request}', '');
  }
  out.push('::: code-group', '', snippets(schemas, op), '', ':::', '');
  out.push('| 返回字典 | 类型 {.type} | 描述 {.desc}', '| --- | --- | ---', ...responseRows(schemas, op), '', '{.im-table #response}', '');
  if (op.links.length) out.push(`参阅 ${op.links.map((l) => `[${l.label || '官方文档'}](${l.url})`).join(' ')}`, '');
  return out.join('\n');
}

export function emitDocs(ops, schemas, tree, swagger) {
  const files = [];
  const byKey = new Map();
  for (const op of ops) {
    if (!byKey.has(op.key)) byKey.set(op.key, []);
    byKey.get(op.key).push(op);
  }
  for (const [key, list] of byKey) {
    const first = list[0];
    const title = first.summary || key;
    const description = stripLinks(first.description) || title;
    let text = `---\ntitle: ${yamlScalar(title)}\ndescription: ${yamlScalar(description)}\n---\n\n${MD_HEADER}\n\n`;
    text += list.map((op, i) => section(schemas, op, i === 0)).join('\n');
    files.push([pageOf(key), `${text.replace(/\n+$/, '')}\n`]);
  }
  files.push(['docs/openapi/index.md', indexPage(ops, swagger)]);
  const count = (f) => ops.filter((o) => o.family === f).length;
  files.push([
    'docs/openapi/README.md',
    `# WeChat Pay APIs, one page each

${MD_HEADER}

Generated by \`npm run generate\` from the WeChat Pay OpenAPI data (Swagger 2, MIT): ${ops.length} operations on
${byKey.size} paths (APIv3 ${count('v3')}, APIv2 ${count('v2')}, Hong Kong ${count('hk')}, cross-border customs ${count('global')}).

- [接口索引（按业务分类）](index.md): every operation by business tag.
- Each page (\`v3/…/name.md\`, a trailing-slash path as \`…/index.md\`) shows the request table, the six
  TypeScript spellings (async/sync × property chain, \`chain('…')\`, \`client['…']\`), the answer table and the
  official documentation link.
- How the types work, strictness and the runtime catalogue: [../typed-endpoints.md](../typed-endpoints.md).
`,
  ]);
  return files;
}

function indexPage(ops, swagger) {
  const order = (swagger.tags ?? []).map((t) => String(t.name));
  const groups = new Map();
  for (const op of ops) {
    for (const tag of op.tags.length ? op.tags : ['未分类']) {
      if (!groups.has(tag)) groups.set(tag, []);
      groups.get(tag).push(op);
    }
  }
  const tags = [...groups.keys()].sort((a, b) => {
    const ia = order.indexOf(a);
    const ib = order.indexOf(b);
    if (ia !== ib) return (ia < 0 ? Infinity : ia) - (ib < 0 ? Infinity : ib);
    return a < b ? -1 : a > b ? 1 : 0;
  });
  let out = `---\ntitle: 接口索引\ndescription: 按业务分类的全部 ${ops.length} 个接口\n---\n\n${MD_HEADER}\n\n`;
  out += `# 接口索引

每个接口一页：请求参数、六种 TypeScript 写法（异步/同步 × 纯链式 / \`chain('…')\` / \`client['…']\`）、返回字典与官方文档链接。
类型由 \`npm run generate\` 从 OpenAPI 数据生成（\`lib/openapi/\`），三种写法都有类型检查与提示。

- 路径键：APIv3 \`v3/…\`；APIv2 \`v2/…\`（发送时去掉 \`v2/\`）；香港 \`hk/v3/…\`（原样发送到所配置的接入点，即 \`https://api.mch.weixin.qq.com/hk/v3/…\`）；
  跨境报关 \`global/v3/customs/…\`（接入点 \`https://apihk.mch.weixin.qq.com/\`，可在请求中传 \`baseURL\`）。
- 未收录的路径：\`client.chain('任意/路径')\` 返回不带类型的节点。
- 严格检查：属性链拼错、接口没有的动词、缺少路径变量或必填字段、枚举值不对，都是编译错误。
  客户端自动填写的可省略：\`Wechatpay-Serial\` 头，APIv2 的 \`nonce_str\`、\`sign\`、\`sign_type\`。
- 动词同名的路径段（\`…/receivers/delete\`）照常写：\`client.v3.profitsharing.receivers.delete.post({ json })\`；
  尾斜杠路径用 \`['']\`：\`client.v3.applyment4sub.applyment[''].post({ json })\`；
  含大写字母的 APIv2 路径段只能用 \`chain('v2/secapi/mch/addInstitutionsub')\` 或 \`client['…']\`。
- 取类型：\`OptionsOf<'v3/pay/transactions/native', 'post'>\`、\`DataOf<'v3/pay/transactions/native', 'post'>\`（从 \`wechatpay-chain\` 导入）。
- 类型以 \`.d.ts\` 发布，建议 \`tsconfig\` 开启 \`skipLibCheck: true\`；只有用到的接口才产生检查开销（\`npm run bench:types\`）。
- 模拟器（emulator）对没有状态路由的已收录 APIv3 接口，返回符合应答类型的已签名示例应答。

`;
  for (const tag of tags) {
    out += `## ${tag}\n\n| 接口 | 方法 | 路径 |\n| --- | --- | --- |\n`;
    const seen = new Set();
    for (const op of groups.get(tag)) {
      const id = `${op.method} ${op.key}`;
      if (seen.has(id)) continue;
      seen.add(id);
      const link = relative('docs/openapi/index.md', pageOf(op.key));
      out += `| [${cell(op.summary || op.key)}](${link}#${op.method}) | ${op.method.toUpperCase()} | \`${op.key}\` |\n`;
    }
    out += '\n';
  }
  return `${out.replace(/\n+$/, '')}\n`;
}
