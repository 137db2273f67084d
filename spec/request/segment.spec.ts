import { expect } from 'chai';
import { normalizeSegment } from '../../lib';

describe('segment spelling', () => {
  const table: Array<[string, string]> = [
    ['v3', 'v3'],
    ['faceCollections', 'face-collections'],
    ['complaintsV2', 'complaints-v2'],
    ['ComplaintNotifications', 'complaint-notifications'],
    ['V3', 'v3'],
    ['_transaction_id_', '{transaction_id}'],
    ['_OpenID_', '{OpenID}'],
    ['_a_b_', '{a_b}'],
    ['_x', '_x'],
    ['pay_bank', 'pay_bank'],
    ['get_wxpayface_authinfo', 'get_wxpayface_authinfo'],
    ['imageUpload', 'image-upload'],
    ['applyment4sub', 'applyment4sub'],
    // anything that is not an identifier is verbatim
    ['merchant-service', 'merchant-service'],
    ['{transaction_id}', '{transaction_id}'],
    ['v3/marketing/favor/users/AbcdEF12345/coupons', 'v3/marketing/favor/users/AbcdEF12345/coupons'],
    ['{+myurl}', '{+myurl}'],
    ['123', '123'],
    ['https://api.mch.weixin.qq.com/v3/billdownload/file?token=AbC', 'https://api.mch.weixin.qq.com/v3/billdownload/file?token=AbC'],
    ['a.b', 'a.b'],
    ['中文', '中文'],
  ];
  for (const [key, segment] of table) {
    it(`${JSON.stringify(key)} → ${JSON.stringify(segment)}`, () => {
      expect(normalizeSegment(key)).to.equal(segment);
    });
  }
});
