/**
 * `Transformer`: the public XML helpers, with wechatpay-php's names and argument order. Used for
 * APIv2 bodies, notification replies and parsing notifications by hand.
 */
import { buildXml, type XmlInput } from '../v2/xml-build';
import { parseXml, type XmlLimits, type XmlRecord } from '../v2/xml-parse';

export type { XmlInput } from '../v2/xml-build';
export type { XmlRecord, XmlValue, XmlLimits } from '../v2/xml-parse';

export const Transformer = {
  /**
   * Serialise `data` as XML under `<root>` (default `<xml>`).
   *
   * - Keys that are XML names are element names; other keys (integers, names with spaces) become `<item>`.
   * - Nested objects, Maps and arrays become child elements; an empty one is `<key/>`.
   * - `true` → `1`, `false`/`null` → empty text; `undefined` entries are skipped.
   * - Text holding `<`, `>`, `&` or `"` is written as CDATA; unlike wechatpay-php a `]]>` inside it is
   *   split over two sections, and characters XML forbids are dropped, so the output always parses.
   *
   * @param headless - leave out the `<?xml …?>` declaration (default true)
   * @param indent - one element per line, one space per level (default false)
   * @example Transformer.toXml({ return_code: 'SUCCESS', return_msg: 'OK' })
   *   // '<xml><return_code>SUCCESS</return_code><return_msg>OK</return_msg></xml>'
   */
  toXml(data: XmlInput, headless = true, indent = false, root = 'xml', item = 'item'): string {
    return buildXml(data, headless, indent, root, item);
  },

  /**
   * Parse XML to a plain object: the root element is dropped, repeated siblings become arrays,
   * text is kept as is (CDATA literally), an empty element is `''`. Input that is not well-formed,
   * holds a DOCTYPE or an undefined entity, or exceeds the limits gives `{}` (as wechatpay-php does
   * for invalid XML) — never a partial result. Elements named `__proto__`, `constructor` or
   * `prototype` are dropped.
   */
  toArray(xml: string | Buffer = '<xml/>', limits?: XmlLimits): XmlRecord {
    try {
      return parseXml(xml, limits).value;
    } catch {
      return {};
    }
  },
};
