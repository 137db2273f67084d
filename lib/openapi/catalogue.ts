// generated — do not edit; run npm run generate
/**
 * The runtime catalogue: what the client must know about particular endpoints, derived from the
 * OpenAPI data. Paths are catalogue keys (`v3/…`, `v2/…`, `hk/v3/…`, `global/v3/…`); the lookups
 * also accept a URL pathname (`/v3/…`, an APIv2 `/secapi/pay/refund`) or a template, with or without query.
 * Counts: 10 downloads, 15 uploads, 57 certificate calls, 9 non-default hosts.
 */

/** [METHOD, catalogue key, matcher for keys holding `{variables}`] */
type Entry = readonly [method: string, key: string, pattern?: RegExp];

/** Operations whose 2xx answer is a file (bills, statements, images, PDFs), not JSON/XML. */
const DOWNLOADS: readonly Entry[] = [
  ['GET', 'hk/v3/statements'],
  ['POST', 'v2/pay/downloadbill'],
  ['POST', 'v2/pay/downloadfundflow'],
  ['POST', 'v2/sandboxnew/pay/downloadbill'],
  ['GET', 'v3/billdownload/file'],
  ['GET', 'v3/global/merchant-service/images/{media_id}', /^v3\/global\/merchant-service\/images\/(?!(?:upload)$)[^/]+$/],
  ['GET', 'v3/global/statements'],
  ['GET', 'v3/merchant-service/images/{media_id}', /^v3\/merchant-service\/images\/(?!(?:upload)$)[^/]+$/],
  ['GET', 'v3/transferdownload/elecvoucherfile'],
  ['GET', 'v3/transferdownload/signfile'],
];

/** Operations that send a multipart/form-data body (file + meta). */
const UPLOADS: readonly Entry[] = [
  ['POST', 'v2/secapi/mch/uploadmedia'],
  ['POST', 'v3/ecommerce/account/cancel-applications/media'],
  ['POST', 'v3/global/merchant-service/images/upload'],
  ['POST', 'v3/global/merchant-storage/file/upload'],
  ['POST', 'v3/marketing/bank/packages/{package_id}/tasks', /^v3\/marketing\/bank\/packages\/[^/]+\/tasks$/],
  ['POST', 'v3/marketing/favor/media/image-upload'],
  ['POST', 'v3/marketing/partner/product-coupon/media/upload-image'],
  ['POST', 'v3/marketing/shopping-receipt/shoppingreceipts'],
  ['POST', 'v3/mch-manage/submission-files/sub-mchid/{sub_mchid}/upload', /^v3\/mch-manage\/submission-files\/sub-mchid\/[^/]+\/upload$/],
  ['POST', 'v3/mch-operation-manage/enhanced-due-diligence/{due_diligence_id}/upload', /^v3\/mch-operation-manage\/enhanced-due-diligence\/[^/]+\/upload$/],
  ['POST', 'v3/merchant-service/images/upload'],
  ['POST', 'v3/merchant/media/upload'],
  ['POST', 'v3/merchant/media/video_upload'],
  ['POST', 'v3/new-tax-control-fapiao/fapiao-applications/upload-fapiao-file'],
  ['POST', 'v3/taxi-invoice/cards/upload-file'],
];

/** APIv2 operations that need the merchant TLS client certificate (`x-api-cert-required`). */
const CLIENT_CERTIFICATE: ReadonlySet<string> = new Set([
  'v2/applyment/micro/getstate',
  'v2/applyment/micro/getupgradestate',
  'v2/applyment/micro/modifyarchives',
  'v2/applyment/micro/modifycontactinfo',
  'v2/applyment/micro/signcontract',
  'v2/applyment/micro/submit',
  'v2/applyment/micro/submitupgrade',
  'v2/billcommentsp/batchquerycomment',
  'v2/deposit/consume',
  'v2/deposit/refund',
  'v2/deposit/reverse',
  'v2/fund/queryautowithdrawbydate',
  'v2/fund/reautowithdrawbydate',
  'v2/mchrisk/querymchrisk',
  'v2/mchrisk/syncmchriskresult',
  'v2/mmpaymkttransfers/gethbinfo',
  'v2/mmpaymkttransfers/gettransferinfo',
  'v2/mmpaymkttransfers/promotion/paywwsptrans2pocket',
  'v2/mmpaymkttransfers/promotion/querywwsptrans2pocket',
  'v2/mmpaymkttransfers/promotion/transfers',
  'v2/mmpaymkttransfers/queryworkwxredpack',
  'v2/mmpaymkttransfers/send_coupon',
  'v2/mmpaymkttransfers/sendgroupredpack',
  'v2/mmpaymkttransfers/sendminiprogramhb',
  'v2/mmpaymkttransfers/sendredpack',
  'v2/mmpaymkttransfers/sendworkwxredpack',
  'v2/mmpaysptrans/pay_bank',
  'v2/mmpaysptrans/query_bank',
  'v2/pay/downloadfundflow',
  'v2/risk/getpublickey',
  'v2/risk/getviolation',
  'v2/secapi/mch/addInstitutionsub',
  'v2/secapi/mch/addsubdevconfig',
  'v2/secapi/mch/channelsetting',
  'v2/secapi/mch/modifyInstitutionsub',
  'v2/secapi/mch/modifymchinfo',
  'v2/secapi/mch/queryInstitutionsub',
  'v2/secapi/mch/querysubdevconfig',
  'v2/secapi/mch/submchmanage',
  'v2/secapi/mch/uploadmedia',
  'v2/secapi/mkt/addrecommendconf',
  'v2/secapi/pay/facepayreverse',
  'v2/secapi/pay/multiprofitsharing',
  'v2/secapi/pay/profitsharing',
  'v2/secapi/pay/profitsharingfinish',
  'v2/secapi/pay/profitsharingreturn',
  'v2/secapi/pay/refund',
  'v2/secapi/pay/refundv2',
  'v2/secapi/pay/reverse',
  'v2/wxv/cancelbill',
  'v2/wxv/changerentmoney',
  'v2/wxv/createhotelbill',
  'v2/wxv/createrentbill',
  'v2/wxv/finishhotelbill',
  'v2/wxv/finishrentbill',
  'v2/wxv/queryhotelbill',
  'v2/wxv/queryrentbill',
]);

/** Operations served by another host than the configured `baseURL`. */
const HOSTS: Readonly<Record<string, string>> = {
  'global/v3/customs/orders': 'https://apihk.mch.weixin.qq.com/',
  'global/v3/customs/redeclare': 'https://apihk.mch.weixin.qq.com/',
  'global/v3/customs/verify-certificate': 'https://apihk.mch.weixin.qq.com/',
  'v2/appauth/authindex': 'https://payapp.mch.weixin.qq.com/',
  'v2/face/get_wxpayface_authinfo': 'https://payapp.weixin.qq.com/',
  'v2/risk/getpublickey': 'https://fraud.mch.weixin.qq.com/',
  'v2/secsvc/getrealnameinfo': 'https://fraud.mch.weixin.qq.com/',
  'v2/secsvc/realnameauth': 'https://fraud.mch.weixin.qq.com/',
  'v3/global/certificates': 'https://apihk.mch.weixin.qq.com/',
};

/** A path as a catalogue key: no leading slash, no query; a bare APIv2 path gets its `v2/` prefix. */
export function catalogueKey(path: string): string {
  let p = path.replace(/[?#].*$/, '').replace(/^\/+/, '');
  const abs = /^https?:\/\/[^/]+\/(.*)$/i.exec(p);
  if (abs) p = abs[1] as string;
  if (/^v2\//i.test(p)) return `v2/${p.slice(3)}`;
  return /^(v3|hk|global)\//.test(p) ? p : `v2/${p}`;
}

function find(entries: readonly Entry[], path: string, method?: string): boolean {
  const key = catalogueKey(path);
  const verb = method?.toUpperCase();
  return entries.some(([m, k, re]) => (verb === undefined || m === verb) && (k === key || (re !== undefined && re.test(key))));
}

/** True when the operation answers a file (its 2xx body is bytes, not JSON/XML). Any method when `method` is left out. */
export function isDownloadPath(path: string, method?: string): boolean {
  return find(DOWNLOADS, path, method);
}

/** True when the operation sends a multipart/form-data upload. Any method when `method` is left out. */
export function isUploadPath(path: string, method?: string): boolean {
  return find(UPLOADS, path, method);
}

/** True when the APIv2 operation needs the merchant TLS client certificate. */
export function needsClientCertificate(path: string): boolean {
  return CLIENT_CERTIFICATE.has(catalogueKey(path));
}

/** The host (with trailing slash) an operation is served from when it is not the default one, else undefined. */
export function hostFor(path: string): string | undefined {
  return HOSTS[catalogueKey(path)];
}

/** The catalogue as data (for tools and docs). */
export const catalogue = {
  /** `METHOD key` of every download. */
  downloads: DOWNLOADS.map(([m, k]) => `${m} ${k}`),
  /** `METHOD key` of every upload. */
  uploads: UPLOADS.map(([m, k]) => `${m} ${k}`),
  clientCertificate: [...CLIENT_CERTIFICATE],
  hosts: HOSTS,
};
