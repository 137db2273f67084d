// generated — do not edit; run npm run generate

/** From `definitions/PayGiftActivity.yaml#ActivityBase`. */
export type ActivityBase = {
  /** 活动基本信息 */
  activity_base_info: {
    /** 活动名称 */
    activity_name: string;
    /** 活动副标题 */
    activity_second_title: string;
    /** 商户logo */
    merchant_logo_url: string;
    background_color?: BackgroundColor;
    /**
     * 活动开始时间
     * @format rfc3339
     */
    begin_time?: string;
    /**
     * 活动结束时间
     * @format rfc3339
     */
    end_time?: string;
    available_periods?: AvailablePeriods;
    /** 商户请求单号 */
    out_request_no: string;
    delivery_purpose: DeliveryPurpose;
    /** 商家小程序appid */
    mini_programs_appid?: string;
    /** 商家小程序path */
    mini_programs_path?: string;
  };
  /** 活动高级设置 */
  advanced_setting?: {
    delivery_user_category?: AwardType;
    /** 商家会员appid */
    merchant_member_appid?: string;
    /** 支付模式 */
    payment_mode?: {
      /** 支付场景列表 */
      payment_scene_list?: PaymentScene[];
      /** 支付方式信息 */
      payment_method_information?: {
        /** 支付方式 */
        payment_method?: 'CFT' | 'SPECIFIC_BANK_CARD';
        /** 银行简称 */
        bank_abbreviation?: string;
      };
    };
    /** 订单优惠标记 */
    goods_tags?: string[];
  };
};

/**
 * 活动状态
 *
 * - `CREATE_ACT_STATUS`: 已创建
 * - `ONGOING_ACT_STATUS`: 运行中
 * - `TERMINATE_ACT_STATUS`: 已终止
 * - `STOP_ACT_STATUS`: 已暂停
 * - `OVER_TIME_ACT_STATUS`: 已过期
 * - `CREATE_ACT_FAILED`: 创建活动失败
 * From `definitions/Enumerations.yaml#ActivityStatus`.
 */
export type ActivityStatus = 'CREATE_ACT_STATUS' | 'ONGOING_ACT_STATUS' | 'TERMINATE_ACT_STATUS' | 'STOP_ACT_STATUS' | 'OVER_TIME_ACT_STATUS' | 'CREATE_ACT_FAILED';

/**
 * 活动类型
 *
 * - `FULL_SEND_ACT_TYPE`: 满额送
 * - `STEP_SEND_ACT_TYPE`: 阶梯送
 * - `SPECIFIC_SEND_ACT_TYPE`: 满A送B
 * From `definitions/Enumerations.yaml#ActivityType`.
 */
export type ActivityType = 'FULL_SEND_ACT_TYPE' | 'STEP_SEND_ACT_TYPE' | 'SPECIFIC_SEND_ACT_TYPE';

/** From `definitions/addrecommendconf.yaml#addrecommendconf.request`. */
export type AddrecommendconfRequest = {
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id: string;
  /** 特约商户APPID */
  sub_appid: string;
  /** 推荐关注APPID */
  subscribe_appid: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
};

/** From `definitions/addrecommendconf.yaml#addrecommendconf.response` (APIv2 answer: every value arrives as a string). */
export type AddrecommendconfResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg: string;
} & {
  /** 错误代码 */
  err_code: string;
  /** 错误代码描述 */
  err_code_des: string;
} & {
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 签名 */
  sign: string;
};

/** From `definitions/addsubdevconfig.yaml#addsubdevconfig.request`. */
export type AddsubdevconfigRequest = {
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id: string;
  /** 关联APPID */
  sub_appid?: string;
  /** 授权目录 */
  jsapi_path: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
};

/** From `definitions/addsubdevconfig.yaml#addsubdevconfig.response` (APIv2 answer: every value arrives as a string). */
export type AddsubdevconfigResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg: string;
} & {
  /** 错误代码 */
  err_code: string;
  /** 错误代码描述 */
  err_code_des: string;
} & {
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 签名 */
  sign: string;
};

/**
 * 订单金额
 * From `definitions/Transaction.yaml#Amount`.
 */
export type Amount = {
  /** 总金额 */
  total: number;
  /** 货币类型 */
  currency?: string;
};

/**
 * 申请单状态
 * From `definitions/Enumerations.yaml#ApplymentState`.
 */
export type ApplymentState = 'APPLYMENT_STATE_WAITTING_FOR_AUDIT' | 'APPLYMENT_STATE_WAITTING_FOR_CONFIRM_CONTACT' | 'APPLYMENT_STATE_WAITTING_FOR_CONFIRM_LEGALPERSON' | 'APPLYMENT_STATE_PASSED' | 'APPLYMENT_STATE_FREEZED' | 'APPLYMENT_STATE_EDITTING' | 'APPLYMENT_STATE_AUDITING' | 'APPLYMENT_STATE_REJECTED' | 'APPLYMENT_STATE_TO_BE_CONFIRMED' | 'APPLYMENT_STATE_TO_BE_SIGNED' | 'APPLYMENT_STATE_SIGNING' | 'APPLYMENT_STATE_FINISHED' | 'APPLYMENT_STATE_CANCELED';

/** From `definitions/Applyment.yaml#AuditDetail`. */
export type AuditDetail = {
  /** 字段名 */
  field?: string;
  /** 字段名称 */
  field_name?: string;
  /** 驳回原因 */
  reject_reason?: string;
};

/**
 * 授权状态
 * From `definitions/Enumerations.yaml#AuthorizeState`.
 */
export type AuthorizeState = 'AUTHORIZE_STATE_UNAUTHORIZED' | 'AUTHORIZE_STATE_AUTHORIZED';

/**
 * 可用时间段
 * From `definitions/PayGiftActivity.yaml#AvailablePeriods`.
 */
export type AvailablePeriods = {
  /** 可用时间 */
  available_time?: Array<{
    /**
     * 可用开始时间
     * @format rfc3339
     */
    begin_time?: string;
    /**
     * 可用结束时间
     * @format rfc3339
     */
    end_time?: string;
  }>;
  /** 每日可用时间 */
  available_day_time?: Array<{
    /** 每日可用开始时间 */
    begin_day_time?: string;
    /** 每日可用结束时间 */
    end_day_time?: string;
  }>;
};

/**
 * 奖品类型
 *
 * - `BUSIFAVOR`: 奖品类型
 * From `definitions/Enumerations.yaml#AwardType`.
 */
export type AwardType = 'BUSIFAVOR';

/**
 * 背景颜色
 * From `definitions/Enumerations.yaml#BackgroundColor`.
 */
export type BackgroundColor = 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100';

/** From `definitions/Applyment.yaml#BankAccountBase`. */
export type BankAccountBase = {
  /**
   * 开户名称
   * @format base64
   */
  account_name?: string;
  /** 开户银行 */
  account_bank: string;
  /** 开户银行省市编码 */
  bank_address_code: string;
  /** 开户银行全称（含支行） */
  bank_name?: string;
  /** 开户银行联行号 */
  bank_branch_id?: string;
  /**
   * 银行账号
   * @format base64
   */
  account_number?: string;
};

/**
 * 账户类型
 * From `definitions/Enumerations.yaml#BankAccountType`.
 */
export type BankAccountType = 'BANK_ACCOUNT_TYPE_CORPORATE' | 'BANK_ACCOUNT_TYPE_PERSONAL';

/** From `definitions/bankquerymchauditinfo.yaml#bankquerymchauditinfo.request`. */
export type BankquerymchauditinfoRequest = {
  /** 服务商号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id: string;
  /** 渠道号 */
  channel_id: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
};

/** From `definitions/bankquerymchauditinfo.yaml#bankquerymchauditinfo.response` (APIv2 answer: every value arrives as a string). */
export type BankquerymchauditinfoResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回结果 */
  return_msg: string;
} & {
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误描述 */
  err_code_des?: string;
} & {
  /** 服务商号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id: string;
  /** 渠道号 */
  channel_id: string;
  /** 审核状态 */
  audit_status: string;
  /** 审核备注 */
  audit_comment: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 签名类型 */
  sign_type?: 'HMAC-SHA256';
};

/** From `definitions/Applyment.yaml#Base`. */
export type Base = {
  /** 业务申请编号 */
  business_code?: string;
  /**
   * 微信支付申请单号
   * @format uint64
   */
  applyment_id?: number;
  /** 特约商户号 */
  sub_mchid?: string;
  /**
   * 超级管理员签约链接
   * @format url
   */
  sign_url?: string;
  applyment_state: ApplymentState;
  /** 申请状态描述 */
  applyment_state_msg?: string;
  /** 驳回原因详情 */
  audit_detail?: AuditDetail[];
};

/** From `definitions/batchquerycomment.yaml#batchquerycomment.request`. */
export type BatchquerycommentRequest = {
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
  /** 开始时间 */
  begin_time: string;
  /** 结束时间 */
  end_time: string;
  /**
   * 位移
   * @format uint
   */
  offset: number | string;
  /**
   * 条数
   * @format uint
   */
  limit?: number | string;
};

/** From `definitions/batchquerycomment.yaml#batchquerycomment.response` (APIv2 answer: every value arrives as a string). */
export type BatchquerycommentResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg: string;
} & {
  /** 业务结果 */
  result_code: 'FAIL';
  /** 错误代码 */
  err_code: string;
  /** 错误代码描述 */
  err_code_des?: string;
};

/**
 * 资金账户类型
 *
 * - `BASIC`: 基本账户
 * - `OPERATION`: 运营账户
 * - `FEES`: 手续费账户
 * From `definitions/Enumerations.yaml#BillAccountType`.
 */
export type BillAccountType = 'BASIC' | 'OPERATION' | 'FEES';

/**
 * 压缩类型
 *
 * - `GZIP`: 返回格式为.gzip的压缩包账单
 * From `definitions/Enumerations.yaml#BillTarType`.
 */
export type BillTarType = 'GZIP';

/**
 * 账单类型
 *
 * - `ALL`: 返回当日所有订单信息（不含充值退款订单）
 * - `SUCCESS`: 返回当日成功支付的订单（不含充值退款订单）
 * - `REFUND`: 返回当日退款订单（不含充值退款订单）
 * From `definitions/Enumerations.yaml#BillType`.
 */
export type BillType = 'ALL' | 'SUCCESS' | 'REFUND';

/**
 * 行业ID
 * From `definitions/Enumerations.yaml#CategoryId`.
 */
export type CategoryId = 44 | 33 | 22 | 41 | 42 | 49 | 50 | 51 | 36 | 54 | 55 | 32 | 52;

/**
 * 登记证书类型
 *
 * - `CERTIFICATE_TYPE_2388`: 事业单位法人证书
 * - `CERTIFICATE_TYPE_2389`: 统一社会信用代码证书
 * - `CERTIFICATE_TYPE_2394`: 社会团体法人登记证书
 * - `CERTIFICATE_TYPE_2395`: 民办非企业单位登记证书
 * - `CERTIFICATE_TYPE_2396`: 基金会法人登记证书
 * - `CERTIFICATE_TYPE_2399`: 宗教活动场所登记证
 * - `CERTIFICATE_TYPE_2400`: 政府部门下发的其他有效证明文件
 * - `CERTIFICATE_TYPE_2520`: 执业许可证/执业证
 * - `CERTIFICATE_TYPE_2521`: 基层群众性自治组织特别法人统一社会信用代码证
 * - `CERTIFICATE_TYPE_2522`: 农村集体经济组织登记证
 * From `definitions/Enumerations.yaml#CertType`.
 */
export type CertType = 'CERTIFICATE_TYPE_2388' | 'CERTIFICATE_TYPE_2389' | 'CERTIFICATE_TYPE_2390' | 'CERTIFICATE_TYPE_2391' | 'CERTIFICATE_TYPE_2392' | 'CERTIFICATE_TYPE_2393' | 'CERTIFICATE_TYPE_2394' | 'CERTIFICATE_TYPE_2395' | 'CERTIFICATE_TYPE_2396' | 'CERTIFICATE_TYPE_2399' | 'CERTIFICATE_TYPE_2400' | 'CERTIFICATE_TYPE_2520' | 'CERTIFICATE_TYPE_2521' | 'CERTIFICATE_TYPE_2522';

/** From `definitions/channelquerymchauditinfo.yaml#channelquerymchauditinfo.request`. */
export type ChannelquerymchauditinfoRequest = {
  /** 渠道商号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id: string;
  /** 服务商号 */
  acquiring_bank_id: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
};

/** From `definitions/channelquerymchauditinfo.yaml#channelquerymchauditinfo.response` (APIv2 answer: every value arrives as a string). */
export type ChannelquerymchauditinfoResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回结果 */
  return_msg: string;
} & {
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误描述 */
  err_code_des?: string;
} & {
  /** 服务商号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id: string;
  /** 渠道号 */
  channel_id: string;
  /** 审核状态 */
  audit_status: string;
  /** 审核备注 */
  audit_comment: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 签名类型 */
  sign_type?: 'HMAC-SHA256';
};

/** From `definitions/closecombinedorder.yaml#closecombinedorder.request`. */
export type ClosecombinedorderRequest = {
  /** 合单appid */
  combine_appid: string;
  /** 合单商户号 */
  combine_mch_id: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
  /** 合单商户订单号 */
  combine_out_trade_no: string;
  /**
   * 子单信息`JSON`格式字符串
   * @format jsonArrayLike
   */
  sub_order_list: string;
};

/** From `definitions/closecombinedorder.yaml#closecombinedorder.response` (APIv2 answer: every value arrives as a string). */
export type ClosecombinedorderResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
} & {
  /** 合单appid */
  combine_appid: string;
  /** 合单商户号 */
  combine_mch_id: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
};

/** From `definitions/closeorder.yaml#closeorder.request`. */
export type CloseorderRequest = {
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 商户订单号 */
  out_trade_no: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'MD5' | 'HMAC-SHA256';
};

/** From `definitions/closeorder.yaml#closeorder.response` (APIv2 answer: every value arrives as a string). */
export type CloseorderResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg: string;
} & {
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 业务结果描述 */
  result_msg: string;
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
};

/** From `definitions/MemberCard.yaml#CodeRecord`. */
export type CodeRecord = {
  /** 会员卡id */
  card_id?: string;
  /** 会员卡code */
  code?: string;
  /** 用户标识 */
  openid?: string;
  /** 会员卡编号 */
  membership_number?: string;
  /** 用户等级 */
  level?: string;
  /** 微信昵称 */
  nickname?: string;
  /** 微信头像url */
  head_image_url?: string;
  /**
   * 会员卡背景图
   * @format MediaUrl
   */
  background_picture_url?: string;
  /** 用户储值余额 */
  balance?: number;
  user_card_status?: MemberCardUserCardStatus;
  /** 用户开卡时填写的个人信息 */
  user_information?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: Array<{
      name?: MemberCardUserInformationCommonField;
      /** 用户开卡时填写的个人信息 */
      value?: string;
    }>;
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: Array<{
      /** 字段名称 */
      name?: string;
      /** 字段值 */
      value?: string;
      /** 字段值列表 */
      value_list?: string[];
    }>;
  };
  /** 用户当前积分 */
  bonus_value?: number;
};

/** From `definitions/combinedorder.yaml#combinedorder.request`. */
export type CombinedorderRequest = {
  /** 合单appid */
  combine_appid: string;
  /** 合单商户号 */
  combine_mch_id: string;
  /** 设备号 */
  device_info?: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
  /** 合单商户订单号 */
  combine_out_trade_no: string;
  /** 终端IP */
  spbill_create_ip: string;
  /** 交易起始时间 */
  time_start?: string;
  /** 交易结束时间 */
  time_expire?: string;
  /** 通知地址 */
  notify_url: string;
  /** 交易类型 */
  trade_type: string;
  /** 商品ID */
  product_id?: string;
  /** 合单用户标识 */
  combine_openid?: string;
  /**
   * 场景信息`JSON`格式字符串
   * @format jsonObjectLike
   */
  scene_info: string;
  /**
   * 子单信息`JSON`格式字符串
   * @format jsonObjectLike
   */
  sub_order_list: string;
};

/** From `definitions/combinedorder.yaml#combinedorder.response` (APIv2 answer: every value arrives as a string). */
export type CombinedorderResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
} & {
  /** 合单appid */
  combine_appid: string;
  /** 合单商户号 */
  combine_mch_id: string;
  /** 设备号 */
  device_info?: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
} & {
  /** 交易类型 */
  trade_type: string;
  /** 二维码链接 */
  code_url?: string;
  /** 预支付交易会话标识 */
  prepay_id: string;
  /** H5支付跳转链接 */
  mweb_url?: string;
};

/**
 * 投诉单状态
 *
 * - `PAYER_COMPLAINTED`: 用户已投诉
 * - `FROZENED`: 交易已冻结
 * - `FROZEN_FINISHED`: 冻结已结束
 * - `PAYER_CANCELED`: 用户已撤诉
 * - `MERCHANT_REFUNDED`: 商户已退款
 * - `SYSTEM_REFUNDED`: 系统（微信支付）已退款
 * - `MANUAL_UNFROZEN`: 人工（微信支付运营人员）手动解冻
 * From `definitions/Enumerations.yaml#ComplaintState`.
 */
export type ComplaintState = 'PAYER_COMPLAINTED' | 'FROZENED' | 'FROZEN_FINISHED' | 'PAYER_CANCELED' | 'MERCHANT_REFUNDED' | 'SYSTEM_REFUNDED' | 'MANUAL_UNFROZEN';

/** From `definitions/consume.yaml#consume.request`. */
export type ConsumeRequest = {
  /** 公众账号ID */
  appid: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id: string;
  /**
   * 微信订单号
   * 二选一: give at least one of `transaction_id`, `out_trade_no`.
   */
  transaction_id?: string;
  /**
   * 商户订单号
   * 二选一: give at least one of `transaction_id`, `out_trade_no`.
   */
  out_trade_no?: string;
  /**
   * 押金总金额
   * @format int32
   */
  total_fee: number | string;
  /**
   * 消费金额
   * @format int32
   */
  consume_fee: number | string;
  /** 货币类型 */
  fee_type: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
} & ({ transaction_id: string } | { out_trade_no: string });

/** From `definitions/consume.yaml#consume.response` (APIv2 answer: every value arrives as a string). */
export type ConsumeResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
} & {
  /** 公众账号ID */
  appid: string;
  /** 子商户公众账号ID */
  sub_appid: string;
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
} & {
  /** 微信订单号 */
  transaction_id: string;
  /** 商户订单号 */
  out_trade_no: string;
  /**
   * 押金总金额
   * @format int32
   */
  total_fee: string;
  /**
   * 消费金额
   * @format int32
   */
  consume_fee: string;
  /** 货币类型 */
  fee_type?: string;
};

/**
 * 超级管理员类型
 *
 * - `LEGAL`: 经营者/法人
 * - `SUPER`: 经办人
 * From `definitions/Enumerations.yaml#ContactType`.
 */
export type ContactType = 'LEGAL' | 'SUPER';

/**
 * 券可核销时间
 * From `definitions/FavorCouponStock.yaml#CouponAvailableTime`.
 */
export type CouponAvailableTime = {
  /**
   * 开始时间
   * @format rfc3339
   */
  available_begin_time?: string;
  /**
   * 结束时间
   * @format rfc3339
   */
  available_end_time?: string;
  fix_available_time?: FixAvailableTime;
  /** 领取第二天生效 */
  second_day_available?: boolean;
  /** 领取后有效时间 */
  available_time_after_receive?: number;
};

/** From `definitions/BusiFavorCouponStock.yaml#CouponBase`. */
export type CouponBase = {
  /** 商家券批次名称 */
  stock_name: string;
  /** 批次归属商户号 */
  belong_merchant: string;
  /** 批次备注 */
  comment?: string;
  /** 适用商品范围 */
  goods_name: string;
  stock_type: StockType;
  /** 核销规则 */
  coupon_use_rule: {
    /** 券可核销时间 */
    coupon_available_time: {
      /**
       * 开始时间
       * @format rfc3339
       */
      available_begin_time?: string;
      /**
       * 结束时间
       * @format rfc3339
       */
      available_end_time?: string;
      /** 领取后N天内有效 */
      available_day_after_receive?: number;
    };
    /** 固定周期有效时间段 */
    available_week?: {
      week_day?: Weekday[];
      /** 当天可用时间段 */
      available_day_time?: Array<{
        /** 当天可用开始时间 */
        begin_time?: number;
        /** 当天可用结束时间 */
        end_time?: number;
      }>;
    };
    irregulary_avaliable_time?: Array<{
      /**
       * 开始时间
       * @format rfc3339
       */
      begin_time?: string;
      /**
       * 结束时间
       * @format rfc3339
       */
      end_time?: string;
    }>;
    /** 固定面额满减券使用规则 */
    fixed_normal_coupon?: {
      /** 优惠金额 */
      discount_amount?: number;
      /** 消费门槛 */
      transaction_minimum?: number;
    };
    /** 折扣券使用规则 */
    discount_coupon?: {
      /** 折扣比例 */
      discount_percent?: number;
      /** 消费门槛 */
      transaction_minimum?: number;
    };
    /** 换购券使用规则 */
    exchange_coupon?: {
      /** 单品换购价 */
      exchange_price?: number;
      /** 消费门槛 */
      transaction_minimum?: number;
    };
    use_method: UseMethod;
    /** 小程序appid */
    mini_programs_appid?: string;
    /** 小程序path */
    mini_programs_path?: string;
  };
  /** 自定义入口 */
  custom_entrance?: {
    /** 小程序入口 */
    mini_programs_info?: {
      /** 商家小程序appid */
      mini_programs_appid: string;
      /** 商家小程序path */
      mini_programs_path: string;
      /** 入口文案 */
      entrance_words: string;
      /** 引导文案 */
      guiding_words?: string;
    };
    /** 商户公众号appid */
    appid?: string;
    /** 更多优惠入口；[营销馆创建地址](https://pay.weixin.qq.com/index.php/xphp/cfav_market/hall#/pages/list/list) */
    hall_id?: string;
    /** 可用门店id */
    store_id?: string;
    /** code展示模式 */
    code_display_mode?: CouponCodeDisplayMode;
  };
  /** 样式信息 */
  display_pattern_info: {
    /** 使用须知 */
    description?: string;
    /**
     * 商户logo
     * @format MediaUrl
     */
    merchant_logo_url?: string;
    /** 商户名称 */
    merchant_name?: string;
    background_color?: BackgroundColor;
    /**
     * 券详情图片
     * @format MediaUrl
     */
    coupon_image_url?: string;
    /** 视频号相关信息 */
    finder_info?: {
      /** 视频号ID */
      finder_id: string;
      /** 视频号视频ID */
      finder_video_id: string;
      /**
       * 视频号封面图
       * @format MediaUrl
       */
      finder_video_cover_image_url: string;
    };
  };
};

/**
 * code展示模式(NOT_SHOW：不展示code BARCODE：一维码 QRCODE：二维码)
 *
 * - `BARCODE`: 一维码
 * - `QRCODE`: 二维码
 * - `NOT_SHOW`: 不展示code
 * From `definitions/Enumerations.yaml#CouponCodeDisplayMode`.
 */
export type CouponCodeDisplayMode = 'BARCODE' | 'QRCODE' | 'NOT_SHOW';

/**
 * 单品信息
 * From `definitions/FavorCouponStock.yaml#CouponConsumeGoodsDetail`.
 */
export type CouponConsumeGoodsDetail = {
  /** 商品编码 */
  goods_id?: string;
  /** 商品数量 */
  quantity?: number;
  /** 商品价格 */
  price?: number;
  /** 商品优惠金额 */
  discount_amount?: number;
};

/**
 * 已实扣代金券核销信息
 * From `definitions/FavorCouponStock.yaml#CouponConsumeInfo`.
 */
export type CouponConsumeInfo = {
  /**
   * 核销时间
   * @format rfc3339
   */
  consume_time?: string;
  /** 核销商户号 */
  consume_mchid?: string;
  /** 核销商户号 */
  transaction_id?: string;
  goods_detail?: CouponConsumeGoodsDetail[];
};

/** From `definitions/FavorCouponStock.yaml#CouponOwner`. */
export type CouponOwner = {
  /** 创建批次的商户号 */
  stock_creator_mchid?: string;
  /** 批次号 */
  stock_id?: string;
  /** 代金券id */
  coupon_id?: string;
  /** 代金券名称 */
  coupon_name?: string;
  status?: FavorCouponStatus;
  /** 使用说明 */
  description?: string;
  /**
   * 领券时间
   * @format rfc3339
   */
  create_time?: string;
  coupon_type?: FavorCouponType;
  /**
   * 激活批次的时间
   * @format rfc3339
   */
  start_time?: string;
  /**
   * 终止批次的时间
   * @format rfc3339
   */
  stop_time?: string;
  /** 是否单品优惠 */
  singleitem?: boolean;
  cut_to_message?: CutToMessage;
  /**
   * 可用开始时间
   * @format rfc3339
   */
  available_begin_time?: string;
  /**
   * 可用结束时间
   * @format rfc3339
   */
  available_end_time?: string;
  normal_coupon_information?: FixedNormalCoupon;
  consume_information?: CouponConsumeInfo;
};

/**
 * 券状态
 * From `definitions/Enumerations.yaml#CouponState`.
 */
export type CouponState = 'SENDED' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED';

/**
 * 核销规则
 * From `definitions/FavorCouponStock.yaml#CouponUseRule`.
 */
export type CouponUseRule = {
  coupon_available_time: CouponAvailableTime;
  fixed_normal_coupon?: FixedNormalCoupon;
  discount_coupon?: DiscountCoupon;
  exchange_coupon?: ExchangeCoupon;
  goods_tag?: string[];
  limit_pay?: string[];
  limit_card?: LimitCard;
  trade_type?: FavorTradeType[];
  available_items?: string[];
  unavailable_items?: string[];
  available_merchants?: string[];
};

/**
 * 减至批次特定信息
 * From `definitions/FavorCouponStock.yaml#CutToMessage`.
 */
export type CutToMessage = {
  /** 可用优惠的商品最高单价 */
  single_price_max?: number;
  /** 减至后的优惠单价 */
  cut_to_price?: number;
};

/** From `definitions/deletecontract.yaml#deletecontract.request`. */
export type DeletecontractRequest = {
  /** 请求appid */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /** 模板id */
  plan_id?: string;
  /** 签约协议号 */
  contract_code?: string;
  /** 委托代扣协议id */
  contract_id?: string;
  /** 解约备注 */
  contract_termination_remark: string;
  /** 版本号 */
  version: '1.0';
};

/** From `definitions/deletecontract.yaml#deletecontract.response` (APIv2 answer: every value arrives as a string). */
export type DeletecontractResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg: string;
} & {
  /** 公众账号id */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 委托代扣协议id */
  contract_id: string;
  /** 模板id */
  plan_id: string;
  /** 签约协议号 */
  contract_code: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 签名 */
  sign: string;
};

/**
 * 投放目的
 *
 * - `OFF_LINE_PAY`: 拉用户回店消费
 * - `JUMP_MINI_APP`: 引导用户前往小程序消费
 * From `definitions/Enumerations.yaml#DeliveryPurpose`.
 */
export type DeliveryPurpose = 'OFF_LINE_PAY' | 'JUMP_MINI_APP';

/**
 * 优惠功能
 * From `definitions/Transaction.yaml#Detail`.
 */
export type Detail = {
  /** 订单原价 */
  cost_price?: number;
  /** 商品小票ID */
  invoice_id?: string;
  /** 单品列表 */
  goods_detail?: GoodsDetail[];
};

/**
 * 折扣券使用规则
 * From `definitions/FavorCouponStock.yaml#DiscountCoupon`.
 */
export type DiscountCoupon = {
  /** 最高折扣金额 */
  discount_amount_max?: number;
  /** 折扣百分比 */
  discount_percent?: number;
  /** 门槛 */
  transaction_minimum?: number;
};

/**
 * 样式信息
 * From `definitions/FavorCouponStock.yaml#DisplayPatternInfo`.
 */
export type DisplayPatternInfo = {
  /** 使用说明 */
  description?: string;
  /**
   * 商户logo
   * @format MediaUrl
   */
  merchant_logo?: string;
  /** 商户名称 */
  merchant_name?: string;
  background_color?: BackgroundColor;
  /**
   * 券详情图片
   * @format MediaUrl
   */
  coupon_image?: string;
};

/** From `definitions/downloadbill.yaml#downloadbill.request`. */
export type DownloadbillRequest = {
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /** 对账单日期 */
  bill_date: string;
  /** 账单类型 */
  bill_type?: 'ALL' | 'SUCCESS' | 'REFUND' | 'RECHARGE_REFUND';
  /** 压缩账单 */
  tar_type?: 'GZIP';
};

/** From `definitions/downloadfundflow.yaml#downloadfundflow.request`. */
export type DownloadfundflowRequest = {
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: string;
  /** 资金账单日期 */
  bill_date: string;
  /** 资金账户类型 */
  account_type: 'Basic' | 'Operation' | 'Fees';
  /** 压缩账单 */
  tar_type?: 'GZIP';
};

/**
 * 申请状态
 *
 * - `CHECKING`: 资料校验中
 * - `ACCOUNT_NEED_VERIFY`: 待账户验证
 * - `AUDITING`: 审核中
 * - `REJECTED`: 已驳回
 * - `NEED_SIGN`: 待签约
 * - `FINISH`: 完成
 * - `FROZEN`: 已冻结
 * From `definitions/Enumerations.yaml#EcommerceApplymentState`.
 */
export type EcommerceApplymentState = 'CHECKING' | 'ACCOUNT_NEED_VERIFY' | 'AUDITING' | 'REJECTED' | 'NEED_SIGN' | 'FINISH' | 'FROZEN';

/**
 * 换购券使用规则
 * From `definitions/FavorCouponStock.yaml#ExchangeCoupon`.
 */
export type ExchangeCoupon = {
  /** 单品换购价 */
  exchange_price?: number;
  /** 消费门槛 */
  transaction_minimum?: number;
};

/** From `definitions/facepay.yaml#facepay.request`. */
export type FacepayRequest = {
  /** 是否押金支付 */
  deposit?: 'Y' | 'N';
  /** 公众账号ID */
  appid: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 设备号 */
  device_info?: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /** 商品描述 */
  body: string;
  /**
   * 商品详情`JSON`格式字符串
   * @format jsonObjectLike
   */
  detail?: string;
  /** 附加数据 */
  attach?: string;
  /** 商户订单号 */
  out_trade_no: string;
  /**
   * 总金额
   * @format int32
   */
  total_fee: number | string;
  /** 货币类型 */
  fee_type: string;
  /** 终端IP */
  spbill_create_ip: string;
  /** 订单优惠标记 */
  goods_tag?: string;
  /** 指定支付方式 */
  limit_pay?: string;
  /** 交易起始时间 */
  time_start?: string;
  /** 交易结束时间 */
  time_expire?: string;
  /** 用户标识 */
  openid?: string;
  /** 授权码 */
  face_code: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
};

/** From `definitions/facepay.yaml#facepay.response` (APIv2 answer: every value arrives as a string). */
export type FacepayResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
} & {
  /** 公众账号ID */
  appid: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 设备号 */
  device_info?: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
} & {
  /** 用户标识 */
  openid: string;
  /** 是否关注公众账号 */
  is_subscribe: 'Y' | 'N';
  /** 用户子标识 */
  sub_openid?: string;
  /** 是否关注子公众账号 */
  sub_is_subscribe?: 'Y' | 'N';
  /** 交易类型 */
  trade_type: string;
  /** 付款银行 */
  bank_type: string;
  /** 标价币种 */
  fee_type?: string;
  /**
   * 标价金额
   * @format int32
   */
  total_fee: string;
  /** 现金支付币种 */
  cash_fee_type?: string;
  /**
   * 现金支付金额
   * @format int32
   */
  cash_fee: string;
  /**
   * 应结订单金额
   * @format int32
   */
  settlement_total_fee?: string;
  /**
   * 代金券金额
   * @format int32
   */
  coupon_fee?: string;
  /** 微信支付订单号 */
  transaction_id: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 商家数据包 */
  attach?: string;
  /** 支付完成时间 */
  time_end: string;
  /**
   * 营销详情`JSON`格式字符串
   * @format jsonObjectLike
   */
  promotion_detail?: string;
};

/**
 * 代金券状态
 *
 * - `SENDED`: 可用
 * - `USED`: 已实扣
 * - `EXPIRED`: 已过期
 * - `RECOVER`: 已回收
 * From `definitions/Enumerations.yaml#FavorCouponStatus`.
 */
export type FavorCouponStatus = 'SENDED' | 'USED' | 'EXPIRED' | 'RECOVER';

/**
 * 券类型
 *
 * - `NORMAL`: 满减券
 * - `CUT_TO`: 减至券
 * From `definitions/Enumerations.yaml#FavorCouponType`.
 */
export type FavorCouponType = 'NORMAL' | 'CUT_TO';

/**
 * 批次状态
 *
 * - `unactivated`: 未激活
 * - `audit`: 审核中
 * - `running`: 运行中
 * - `stoped`: 已停止
 * - `paused`: 暂停发放
 * From `definitions/Enumerations.yaml#FavorStockStatus`.
 */
export type FavorStockStatus = 'unactivated' | 'audit' | 'running' | 'stoped' | 'paused';

/**
 * 批次类型
 *
 * - `NORMAL`: 固定面额满减券批次
 * - `DISCOUNT`: 折扣券批次
 * - `EXCHAHGE`: 换购券批次
 * - `RANDOM`: 千人千面券批次
 * - `DISCOUNT_CUT`: 立减与折扣
 * From `definitions/Enumerations.yaml#FavorStockType`.
 */
export type FavorStockType = 'NORMAL' | 'DISCOUNT' | 'EXCHAHGE' | 'RANDOM' | 'DISCOUNT_CUT';

/**
 * 支付方式
 *
 * - `MICROAPP`: 小程序支付
 * - `APPPAY`: APP支付
 * - `PPAY`: 免密支付
 * - `CARD`: 刷卡支付
 * - `FACE`: 人脸支付
 * - `OTHER`: 其他支付
 * From `definitions/Enumerations.yaml#FavorTradeType`.
 */
export type FavorTradeType = 'MICROAPP' | 'APPPAY' | 'PPAY' | 'CARD' | 'FACE' | 'OTHER';

/**
 * 金融机构类型
 *
 * - `BANK_AGENT`: 银行业, 适用于商业银行、政策性银行、农村合作银行、村镇银行、开发性金融机构等
 * - `PAYMENT_AGENT`: 支付机构, 适用于非银行类支付机构
 * - `INSURANCE`: 保险业, 适用于保险、保险中介、保险代理、保险经纪等保险类业务
 * - `TRADE_AND_SETTLE`: 交易及结算类金融机构, 适用于交易所、登记结算类机构、银行卡清算机构、资金清算中心等
 * - `OTHER`: 其他金融机构, 适用于财务公司、信托公司、金融资产管理公司、金融租赁公司、汽车金融公司、贷款公司、货币经纪公司、消费金融公司、证券业、金融控股公司、股票、期货、货币兑换、小额贷款公司、金融资产管理、担保公司、商业保理公司、典当行、融资租赁公司、财经咨询等其他金融业务
 * From `definitions/Enumerations.yaml#FinanceType`.
 */
export type FinanceType = 'BANK_AGENT' | 'PAYMENT_AGENT' | 'INSURANCE' | 'TRADE_AND_SETTLE' | 'OTHER';

/**
 * 固定时间段可用
 * From `definitions/FavorCouponStock.yaml#FixAvailableTime`.
 */
export type FixAvailableTime = {
  available_week_day?: Weekday[];
  /** 当天开始时间 */
  begin_time?: number;
  /** 当天结束时间 */
  end_time?: number;
};

/**
 * 固定面额满减券使用规则
 * From `definitions/FavorCouponStock.yaml#FixedNormalCoupon`.
 */
export type FixedNormalCoupon = {
  /** 面额 */
  coupon_amount: number;
  /** 门槛 */
  transaction_minimum: number;
};

/** From `definitions/PayGiftActivity.yaml#FullSendRuleBase`. */
export type FullSendRuleBase = StepSendRuleBase & {
  /** 消费金额门槛 */
  transaction_amount_minimum: number;
  send_content: SendContent;
  /** 奖品基本信息列表 */
  award_list?: Array<{
    /** 代金券批次Id */
    stock_id?: string;
    /**
     * 奖品原始图（大图）
     * @format MediaUrl
     */
    original_image_url?: string;
    /**
     * 奖品缩略图（小图）
     * @format MediaUrl
     */
    thumbnail_url?: string;
  }>;
};

/** From `definitions/wxpay.service.yaml#general.response` (APIv2 answer: every value arrives as a string). */
export type GeneralResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
};

/** From `definitions/wxpay.service.yaml#general.response.success` (APIv2 answer: every value arrives as a string). */
export type GeneralResponseSuccess = {
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
};

/** From `definitions/getviolation.yaml#getviolation.request`. */
export type GetviolationRequest = {
  /** 商户号 */
  mch_id?: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
  /** 开始时间 */
  begin_time?: string;
  /** 结束时间 */
  end_time?: string;
  /** 页码 */
  page_index?: string;
  /** 每页返回的数量 */
  page_size?: string;
  /** 违规记录数据格式 */
  violation_records_format?: 'csv' | 'json';
};

/** From `definitions/getviolation.yaml#getviolation.response` (APIv2 answer: every value arrives as a string). */
export type GetviolationResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 错误码描述 */
  return_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误代码描述 */
  error_code_des?: string;
} & {
  /** 返回状态码 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误码描述 */
  result_msg: string;
  /** 错误码 */
  error_code?: string;
  /** 错误代码描述 */
  error_code_des?: string;
  /**
   * 违规记录数据`JSON`格式字符串
   * @format jsonObjectLike
   */
  violation_records?: string;
};

/**
 * 子商户同业过滤的同业过滤标签值
 *
 * - `E_COMMERCE`: 综合电商平台
 * - `LOVE_MARRIAGE`: 婚恋
 * - `POTOGRAPHY`: 摄影摄像机构及服务
 * - `EDUCATION`: 教育
 * - `FINANCE`: 金融
 * - `TOURISM`: 旅游
 * - `SKINCARE`: 护肤彩妆
 * - `FOOD`: 食品
 * - `SPORT`: 运动户外
 * - `JEWELRY_WATCH`: 珠宝钟表
 * - `HEALTHCARE`: 医疗健康
 * - `BUSSINESS`: 商务服务
 * - `PARENTING`: 亲子
 * - `CATERING`: 餐饮美食
 * - `RETAIL`: 零售百货
 * - `SERVICES`: 生活服务
 * - `LAW`: 法律服务
 * - `ESTATE`: 房地产
 * - `TRANSPORTATION`: 交通运输
 * - `ENERGY_SAVING`: 节能环保
 * - `SECURITY`: 安全安保
 * - `BUILDING_MATERIAL`: 家居装修建材
 * - `COMMUNICATION`: 通讯及IT服务
 * - `MERCHANDISE`: 日用百货
 * - `ASSOCIATION`: 机构协会
 * - `COMMUNITY`: 网络资讯及社区
 * - `ONLINE_AVR`: 在线视听与阅读
 * - `WE_MEDIA`: 自媒体
 * - `CAR`: 汽车
 * - `SOFTWARE`: 软件工具
 * - `GAME`: 游戏
 * - `CLOTHING`: 服饰鞋帽箱包
 * - `INDUSTY`: 工业工程
 * - `AGRICULTURE`: 农林牧渔
 * - `PUBLISHING_MEDIA`: 出版传媒
 * - `HOME_DIGITAL`: 数码家电
 * From `definitions/Enumerations.yaml#GoldPlanAdvertisingIndustry`.
 */
export type GoldPlanAdvertisingIndustry = 'E_COMMERCE' | 'LOVE_MARRIAGE' | 'POTOGRAPHY' | 'EDUCATION' | 'FINANCE' | 'TOURISM' | 'SKINCARE' | 'FOOD' | 'SPORT' | 'JEWELRY_WATCH' | 'HEALTHCARE' | 'BUSSINESS' | 'PARENTING' | 'CATERING' | 'RETAIL' | 'SERVICES' | 'LAW' | 'ESTATE' | 'TRANSPORTATION' | 'ENERGY_SAVING' | 'SECURITY' | 'BUILDING_MATERIAL' | 'COMMUNICATION' | 'MERCHANDISE' | 'ASSOCIATION' | 'COMMUNITY' | 'ONLINE_AVR' | 'WE_MEDIA' | 'CAR' | 'SOFTWARE' | 'GAME' | 'CLOTHING' | 'INDUSTY' | 'AGRICULTURE' | 'PUBLISHING_MEDIA' | 'HOME_DIGITAL';

/** From `definitions/Transaction.yaml#GoodsDetail`. */
export type GoodsDetail = {
  /** 商户侧商品编码 */
  merchant_goods_id: string;
  /** 微信侧商品编码 */
  wechatpay_goods_id?: string;
  /** 商品名称 */
  goods_name?: string;
  /** 商品数量 */
  quantity: number;
  /** 商品单价 */
  unit_price: number;
};

/**
 * H5场景信息
 * From `definitions/Transaction.yaml#H5Info`.
 */
export type H5Info = {
  /** 场景类型 */
  type?: string;
  /** 应用名称 */
  app_name?: string;
  /** 网站URL */
  app_url?: string;
  /** iOS平台BundleID */
  bundle_id?: string;
  /** Android平台PackageName */
  package_name?: string;
};

/**
 * - `IDENTIFICATION_TYPE_IDCARD`: 中国大陆居民-身份证
 * - `IDENTIFICATION_TYPE_OVERSEA_PASSPORT`: 其他国家或地区居民-护照
 * - `IDENTIFICATION_TYPE_HONGKONG_PASSPORT`: 中国香港居民-来往内地通行证
 * - `IDENTIFICATION_TYPE_MACAO_PASSPORT`: 中国澳门居民-来往内地通行证
 * - `IDENTIFICATION_TYPE_TAIWAN_PASSPORT`: 中国台湾居民-来往大陆通行证
 * - `IDENTIFICATION_TYPE_FOREIGN_RESIDENT`: 外国人居留证
 * - `IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT`: 港澳居民证
 * - `IDENTIFICATION_TYPE_TAIWAN_RESIDENT`: 台湾居民证
 * From `definitions/Enumerations.yaml#IdType`.
 */
export type IdType = 'IDENTIFICATION_TYPE_IDCARD' | 'IDENTIFICATION_TYPE_OVERSEA_PASSPORT' | 'IDENTIFICATION_TYPE_HONGKONG_PASSPORT' | 'IDENTIFICATION_TYPE_MACAO_PASSPORT' | 'IDENTIFICATION_TYPE_TAIWAN_PASSPORT' | 'IDENTIFICATION_TYPE_FOREIGN_RESIDENT' | 'IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT' | 'IDENTIFICATION_TYPE_TAIWAN_RESIDENT';

/**
 * 指定银行卡BIN
 * From `definitions/FavorCouponStock.yaml#LimitCard`.
 */
export type LimitCard = {
  /** 银行卡名称 */
  name?: string;
  /** 指定卡BIN */
  bin?: string[];
};

/**
 * 支付方式
 * From `definitions/Transaction.yaml#LimitPay`.
 */
export type LimitPay = 'no_balance' | 'no_credit' | 'no_debit' | 'balance_only';

/**
 * 会员卡激活类型
 *
 * - `AUTO_ACTIVATE`: 一键自动激活
 * - `JUMP_ACTIVATE`: 跳转激活
 * From `definitions/Enumerations.yaml#MemberCardActivateType`.
 */
export type MemberCardActivateType = 'AUTO_ACTIVATE' | 'JUMP_ACTIVATE';

/**
 * 导入结果
 *
 * - `SUCCESS`: 成功
 * - `DUPLICATE`: 重复
 * - `FAIL`: 失败
 * From `definitions/Enumerations.yaml#MemberCardCodeDepositResult`.
 */
export type MemberCardCodeDepositResult = 'SUCCESS' | 'DUPLICATE' | 'FAIL';

/**
 * 会员卡code分配类型
 *
 * - `SYSTEM_ALLOCATE`: 系统分配
 * - `MERCHANT_DEPOSIT`: 商户预存
 * - `REAL_TIME`: 实时传入
 * From `definitions/Enumerations.yaml#MemberCardCodeMode`.
 */
export type MemberCardCodeMode = 'SYSTEM_ALLOCATE' | 'MERCHANT_DEPOSIT' | 'REAL_TIME';

/**
 * 会员码型
 *
 * - `BAR_CODE`: 条形码
 * - `QRCODE`: 二维码
 * - `BAR_CODE_AND_QRCODE`: 条形码和二维码
 * - `NONE_CODE`: 不显示任何码型
 * From `definitions/Enumerations.yaml#MemberCardCodeType`.
 */
export type MemberCardCodeType = 'BAR_CODE' | 'QRCODE' | 'BAR_CODE_AND_QRCODE' | 'NONE_CODE';

/**
 * 有效期类型
 *
 * - `FIX_TIME_RANGE`: 固定时间范围内有效
 * - `FIX_TERM`: 相对时间范围内有效
 * - `PERMANENT`: 永久有效
 * From `definitions/Enumerations.yaml#MemberCardDateInformationType`.
 */
export type MemberCardDateInformationType = 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT';

/**
 * 用户领取状态
 *
 * - `UNSHOWED`: 未曝光
 * - `UNRECEIVED`: 未领取
 * - `RECEIVED`: 已被领取
 * From `definitions/Enumerations.yaml#MemberCardReceiveStatus`.
 */
export type MemberCardReceiveStatus = 'UNSHOWED' | 'UNRECEIVED' | 'RECEIVED';

/** From `definitions/MemberCard.yaml#Record`. */
export type MemberCardRecord = {
  /** 会员卡id */
  card_id: string;
  /**
   * 创建时间
   * @format rfc3339
   */
  create_time?: string;
  /**
   * 更新时间
   * @format rfc3339
   */
  update_time?: string;
  /** 剩余库存 */
  remain_quantity?: number;
  status?: MemberCardStatus;
  /** 品牌信息 */
  brand: {
    /** 品牌id */
    brand_id: string;
    /** 品牌展示名称 */
    display_name: string;
  };
  /** 商户AppId */
  appid: string;
  /**
   * 会员卡logo
   * @format MediaUrl
   */
  logo_url: string;
  /** 卡名称 */
  title: string;
  /**
   * 会员卡背景图
   * @format MediaUrl
   */
  background_picture_url: string;
  /** 使用须知 */
  description: string;
  /** 服务电话 */
  service_phone?: string;
  code_type: MemberCardCodeType;
  /** 会员卡总库存 */
  total_quantity?: number;
  /** 有效期 */
  date_information: {
    type: MemberCardDateInformationType;
    /**
     * 有效期开始时间
     * @format rfc3339
     */
    available_begin_time?: string;
    /**
     * 有效期结束时间
     * @format rfc3339
     */
    available_end_time?: string;
    /** 生效后N天内有效 */
    available_day_after_receive?: number;
  };
  code_mode: MemberCardCodeMode;
  /** 是否展示会员等级 */
  need_display_level?: boolean;
  /** 会员初始等级 */
  init_level?: string;
  /** 商户请求单号 */
  out_request_no: string;
  /** 储值信息 */
  balance_information?: {
    /** 是否支持储值 */
    need_balance?: boolean;
    /** 储值小程序appid */
    balance_appid?: string;
    /** 储值小程序path */
    balance_path?: string;
    /** 储值url */
    balance_url?: string;
  };
  /** 开卡信息 */
  user_information_form?: {
    /** 平台提供的通用开卡信息字段 */
    common_field_list?: MemberCardUserInformationCommonField[];
    /** 商户自定义的开卡信息字段 */
    custom_field_list?: Array<{
      type?: MemberCardUserInformationCustomFieldType;
      /** 字段名称 */
      name?: string;
      values?: string[];
    }>;
  };
  /** 商户补充声明 */
  additional_statement?: {
    /** 标题 */
    title?: string;
    /** 跳转url */
    url?: string;
    /** 跳转小程序appid */
    appid?: string;
    /** 跳转小程序path */
    path?: string;
  };
};

/**
 * 会员卡状态
 *
 * - `NOT_APPROVE`: 待审核
 * - `APPROVE_FAIL`: 审核失败
 * - `APPROVED`: 通过审核
 * - `DELETED`: 卡被商户删除
 * From `definitions/Enumerations.yaml#MemberCardStatus`.
 */
export type MemberCardStatus = 'NOT_APPROVE' | 'APPROVE_FAIL' | 'APPROVED' | 'DELETED';

/**
 * 用户会员卡状态
 *
 * - `NOT_ACTIVATE`: 未激活
 * - `EFFECTIVE`: 生效中
 * - `EXPIRE`: 已过期
 * - `UNAVAILABLE`: 已失效
 * - `DELETE`: 已删除
 * From `definitions/Enumerations.yaml#MemberCardUserCardStatus`.
 */
export type MemberCardUserCardStatus = 'NOT_ACTIVATE' | 'EFFECTIVE' | 'EXPIRE' | 'UNAVAILABLE' | 'DELETE';

/**
 * 平台提供的通用开卡信息字段
 *
 * - `USER_FORM_FLAG_MOBILE`: 手机号
 * - `USER_FORM_FLAG_SEX`: 性别
 * - `USER_FORM_FLAG_NAME`: 姓名
 * - `USER_FORM_FLAG_BIRTHDAY`: 生日
 * - `USER_FORM_FLAG_ADDRESS`: 地址
 * - `USER_FORM_FLAG_EMAIL`: 邮箱
 * - `USER_FORM_FLAG_CITY`: 城市
 * From `definitions/Enumerations.yaml#MemberCardUserInformationCommonField`.
 */
export type MemberCardUserInformationCommonField = 'USER_FORM_FLAG_MOBILE' | 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY';

/**
 * 商户自定义的开卡信息字段类型
 *
 * - `TEXT`: 文本型
 * - `SELECT`: 自定义选择项
 * - `RADIO`: 自定义单选
 * - `CHECK_BOX`: 自定义多选
 * From `definitions/Enumerations.yaml#MemberCardUserInformationCustomFieldType`.
 */
export type MemberCardUserInformationCustomFieldType = 'TEXT' | 'SELECT' | 'RADIO' | 'CHECK_BOX';

/**
 * 发券商户号选项
 *
 * - `IN_SEVICE_COUPON_MERCHANT`: 在用券商户号
 * - `MANUAL_INPUT_MERCHANT`: 手动输入发券商户号
 * From `definitions/Enumerations.yaml#MerchantOption`.
 */
export type MerchantOption = 'IN_SEVICE_COUPON_MERCHANT' | 'MANUAL_INPUT_MERCHANT';

/**
 * 小微经营类型
 * From `definitions/Enumerations.yaml#MicroBizType`.
 */
export type MicroBizType = 'MICRO_TYPE_STORE' | 'MICRO_TYPE_MOBILE' | 'MICRO_TYPE_ONLINE';

/** From `definitions/micro.getstate.yaml#micro.getstate.request`. */
export type MicroGetstateRequest = {
  /** 接口版本号 */
  version: string;
  /** 商户号 */
  mch_id: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /** 商户申请单号 */
  applyment_id?: string;
  /** 业务申请编号 */
  business_code?: string;
};

/** From `definitions/micro.getstate.yaml#micro.getstate.response` (APIv2 answer: every value arrives as a string). */
export type MicroGetstateResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
} & {
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
} & {
  /** 商户申请单号 */
  applyment_id: string;
  /** 申请状态 */
  applyment_state: string;
  /** 申请状态描述 */
  applyment_state_desc: string;
  /** 小微商户号 */
  sub_mch_id?: string;
  /** 签约链接 */
  sign_url?: string;
  /** 审核详情 */
  audit_detail?: string;
  /** 参数名称 */
  param_name: string;
  /** 驳回原因 */
  reject_reason: string;
};

/** From `definitions/micro.getupgradestate.yaml#micro.getupgradestate.request`. */
export type MicroGetupgradestateRequest = {
  /** 接口版本号 */
  version: string;
  /** 商户号 */
  mch_id: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /** 小微商户号 */
  sub_mch_id: string;
};

/** From `definitions/micro.getupgradestate.yaml#micro.getupgradestate.response` (APIv2 answer: every value arrives as a string). */
export type MicroGetupgradestateResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
} & {
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
} & {
  /** 小微商户号 */
  sub_mch_id: string;
  /** 申请状态 */
  applyment_state: string;
  /** 申请状态描述 */
  applyment_state_desc: string;
  /** 签约二维码 */
  sign_qrcode?: string;
  /** 签约链接 */
  sign_url?: string;
  /** 审核详情 */
  audit_detail?: string;
} & {
  /** 付款户名 */
  account_name: string;
  /** 汇款金额 */
  pay_amount: string;
  /** 收款卡号 */
  destination_account_number: string;
  /** 收款户名 */
  destination_account_name: string;
  /** 开户银行 */
  destination_account_bank: string;
  /** 省市信息 */
  city: string;
  /** 备注信息 */
  remark: string;
  /** 汇款截止时间 */
  deadline_time: string;
} & {
  /** 参数名称 */
  param_name: string;
  /** 驳回原因 */
  reject_reason: string;
};

/** From `definitions/micro.modifyarchives.yaml#micro.modifyarchives.request`. */
export type MicroModifyarchivesRequest = {
  /** 接口版本号 */
  version: '1.0';
  /** 商户号 */
  mch_id: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /** 小微商户号 */
  sub_mch_id: string;
  /** 银行卡号 */
  account_number?: string;
  /** 开户银行全称（含支行） */
  bank_name?: string;
  /** 开户银行 */
  account_bank?: string;
  /** 开户银行省市编码 */
  bank_address_code: string;
  /** 平台证书序列号 */
  cert_sn: string;
};

/** From `definitions/micro.modifyarchives.yaml#micro.modifyarchives.response` (APIv2 answer: every value arrives as a string). */
export type MicroModifyarchivesResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
} & {
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
} & {
  /** 商户号 */
  mch_id?: string;
  /** 小微商户号 */
  sub_mch_id?: string;
};

/** From `definitions/micro.modifycontactinfo.yaml#micro.modifycontactinfo.request`. */
export type MicroModifycontactinfoRequest = {
  /** 接口版本号 */
  version: '1.0';
  /** 商户号 */
  mch_id: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /** 小微商户号 */
  sub_mch_id?: string;
  /** 手机号 */
  mobile_phone?: string;
  /** 邮箱 */
  email?: string;
  /** 商户简称 */
  merchant_name?: string;
  /** 加密的平台证书序列号 */
  cert_sn: string;
};

/** From `definitions/micro.modifycontactinfo.yaml#micro.modifycontactinfo.response` (APIv2 answer: every value arrives as a string). */
export type MicroModifycontactinfoResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
} & {
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
} & {
  /** 商户号 */
  mch_id?: string;
  /** 小微商户号 */
  sub_mch_id?: string;
};

/** From `definitions/micro.submit.yaml#micro.submit.request`. */
export type MicroSubmitRequest = {
  /** 接口版本号 */
  version: '3.0';
  /** 平台证书序列号 */
  cert_sn: string;
  /** 商户号 */
  mch_id: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /** 业务申请编号 */
  business_code: string;
  /** 身份证人像面照片 */
  id_card_copy: string;
  /** 身份证国徽面照片 */
  id_card_national: string;
  /** 身份证姓名 */
  id_card_name: string;
  /** 身份证号码 */
  id_card_number: string;
  /**
   * 身份证有效期限`JSON`格式字符串
   * @format jsonArrayLike
   */
  id_card_valid_time: string;
  /** 开户名称 */
  account_name: string;
  /** 开户银行 */
  account_bank: string;
  /** 开户银行省市编码 */
  bank_address_code: string;
  /** 开户银行全称（含支行） */
  bank_name?: string;
  /** 银行账号 */
  account_number: string;
  /** 门店名称 */
  store_name: string;
  /** 门店省市编码 */
  store_address_code: string;
  /** 门店街道名称 */
  store_street: string;
  /** 门店经度 */
  store_longitude?: string;
  /** 门店纬度 */
  store_latitude?: string;
  /** 门店门口照片 */
  store_entrance_pic: string;
  /** 店内环境照片 */
  indoor_pic: string;
  /** 经营场地证明 */
  address_certification?: string;
  /** 商户简称 */
  merchant_shortname: string;
  /** 客服电话 */
  service_phone: string;
  /** 售卖商品/提供服务描述 */
  product_desc: string;
  /** 费率 */
  rate: string;
  /** 补充说明 */
  business_addition_desc?: string;
  /**
   * 补充材料
   * @format jsonArrayLike
   */
  business_addition_pics?: string;
  /** 超级管理员姓名 */
  contact: string;
  /** 手机号码 */
  contact_phone: string;
  /** 联系邮箱 */
  contact_email?: string;
};

/** From `definitions/micro.submit.yaml#micro.submit.response` (APIv2 answer: every value arrives as a string). */
export type MicroSubmitResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
} & {
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 参数校验不通过的字段名 */
  err_param?: string;
} & {
  /** 商户申请单号 */
  applyment_id: string;
};

/** From `definitions/micro.submitupgrade.yaml#micro.submitupgrade.request`. */
export type MicroSubmitupgradeRequest = {
  /** 接口版本号 */
  version: '1.0';
  /** 商户号 */
  mch_id: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /** 平台证书序列号 */
  cert_sn: string;
  /** 小微商户号 */
  sub_mch_id: string;
  /** 主体类型 */
  organization_type: string;
  /** 营业执照扫描件 */
  business_license_copy: string;
  /** 营业执照注册号 */
  business_license_number: string;
  /** 商户名称 */
  merchant_name: string;
  /** 注册地址 */
  company_address: string;
  /** 经营者姓名/法定代表人 */
  legal_person: string;
  /** 营业期限 */
  business_time: string;
  /** 营业执照类型 */
  business_licence_type: string;
  /** 组织机构代码证照片 */
  organization_copy?: string;
  /** 组织机构代码 */
  organization_number?: string;
  /** 组织机构代码有效期限 */
  organization_time?: string;
  /** 开户名称 */
  account_name?: string;
  /** 开户银行 */
  account_bank?: string;
  /** 开户银行省市编码 */
  bank_address_code?: string;
  /** 开户银行全称(含支行)17家直连银行无需填写，其他银行请务必填写 */
  bank_name?: string;
  /** 银行卡号 */
  account_number?: string;
  /** 商户简称 */
  merchant_shortname: string;
  /** 费率结算规则ID */
  business: string;
  /** 特殊资质 */
  qualifications?: string;
  /** 经营场景 */
  business_scene: string;
  /** 补充说明 */
  business_addition_desc?: string;
  /** 补充材料 */
  business_addition_pics?: string;
  /** 联系邮箱 */
  contact_email?: string;
};

/** From `definitions/micro.submitupgrade.yaml#micro.submitupgrade.response` (APIv2 answer: every value arrives as a string). */
export type MicroSubmitupgradeResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
} & {
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 参数校验不通过的字段名 */
  err_param?: string;
};

/** From `definitions/micropay.yaml#micropay.request`. */
export type MicropayRequest = {
  /** 接口版本号 */
  version?: string;
  /** 是否指定服务商分账;Y-是，需要分账;N-否，不分账;字母要求大写，不传默认不分账 */
  profit_sharing?: 'N' | 'Y';
  /** 是否押金支付 */
  deposit?: 'Y' | 'N';
  /** 公众账号ID */
  appid: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 设备号 */
  device_info?: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'MD5' | 'HMAC-SHA256';
  /** 商品描述 */
  body: string;
  /**
   * 单品优惠活动该字段必传，`JSON`格式字符串
   * @format jsonObjectLike
   */
  detail?: string;
  /** 附加数据 */
  attach?: string;
  /** 商户订单号 */
  out_trade_no: string;
  /**
   * 订单金额
   * @format int32
   */
  total_fee: number | string;
  /** 货币类型 */
  fee_type?: string;
  /** 终端IP */
  spbill_create_ip: string;
  /** 订单优惠标记 */
  goods_tag?: string;
  /** 指定支付方式 */
  limit_pay?: string;
  /** 交易起始时间 */
  time_start?: string;
  /** 交易结束时间 */
  time_expire?: string;
  /** 电子发票入口开放标识 */
  receipt?: string;
  /** 授权码 */
  auth_code: string;
  /**
   * 场景信息`JSON`格式字符串
   * @format jsonObjectLike
   */
  scene_info?: string;
};

/** From `definitions/micropay.yaml#micropay.response` (APIv2 answer: every value arrives as a string). */
export type MicropayResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg: string;
} & {
  /** 公众账号ID */
  appid: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 设备号 */
  device_info?: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
} & {
  /** 用户标识 */
  openid: string;
  /** 是否关注公众账号 */
  is_subscribe: 'Y' | 'N';
  /** 交易类型 */
  trade_type: string;
  /** 付款银行 */
  bank_type: string;
  /** 货币类型 */
  fee_type?: string;
  /**
   * 订单金额
   * @format int32
   */
  total_fee: string;
  /**
   * 应结订单金额
   * @format int32
   */
  settlement_total_fee?: string;
  /**
   * 代金券金额
   * @format int32
   */
  coupon_fee?: string;
  /** 现金支付货币类型 */
  cash_fee_type?: string;
  /**
   * 现金支付金额
   * @format int32
   */
  cash_fee: string;
  /** 微信支付订单号 */
  transaction_id: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 商家数据包 */
  attach?: string;
  /** 支付完成时间 */
  time_end: string;
  /** 营销详情 */
  promotion_detail?: string;
} & {
  /**
   * 营销详情`JSON`格式字符串
   * @format jsonObjectLike
   */
  promotion_detail?: string;
};

/** From `definitions/modifymchinfo.yaml#modifymchinfo.request`. */
export type ModifymchinfoRequest = {
  /** 商户号 */
  mch_id: string;
  /** 商户识别码 */
  sub_mch_id: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /** 商户简称 */
  merchant_shortname?: string;
  /** 客服电话 */
  service_phone?: string;
};

/** From `definitions/modifymchinfo.yaml#modifymchinfo.response` (APIv2 answer: every value arrives as a string). */
export type ModifymchinfoResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
} & {
  /** 处理结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 处理信息 */
  result_msg: string;
  /** 签名 */
  sign: string;
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 随机字符串 */
  nonce_str: string;
};

/** From `definitions/multiprofitsharing.yaml#multiprofitsharing.request`. */
export type MultiprofitsharingRequest = {
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 公众账号ID */
  appid: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
  /** 微信订单号 */
  transaction_id: string;
  /** 商户分账单号 */
  out_order_no: string;
  /**
   * 分账接收方列表`JSON`格式字符串
   * @format jsonArrayLike
   */
  receivers: string;
};

/** From `definitions/multiprofitsharing.yaml#multiprofitsharing.response` (APIv2 answer: every value arrives as a string). */
export type MultiprofitsharingResponse = ServiceproviderSubsOut & GeneralResponse & GeneralResponseSuccess & {
  /** 微信订单号 */
  transaction_id: string;
  /** 商户分账单号 */
  out_order_no: string;
  /** 微信分账单号 */
  order_id: string;
  /**
   * 分账接收方列表`JSON`格式字符串
   * @format jsonArrayLike
   */
  receivers?: string;
};

/**
 * 操作类型
 * From `definitions/Enumerations.yaml#OperationType`.
 */
export type OperationType = 'OPEN' | 'CLOSE';

/** From `definitions/PayScore.yaml#Order`. */
export type Order = {
  /** 商户服务订单号 */
  out_order_no: string;
  /** 公众账号ID */
  appid: string;
  /** 服务ID */
  service_id: string;
  /** 后付费项目 */
  post_payments?: PostPayment[];
  /** 后付费商户优惠 */
  post_discounts?: PostDiscount[];
  /** 服务时间段 */
  time_range: {
    /** 服务开始时间 */
    start_time?: string;
    /** 服务开始时间备注 */
    start_time_remark?: string;
    /** 服务结束时间 */
    end_time?: string;
    /** 服务结束时间备注 */
    end_time_remark?: string;
  };
  /** 服务位置 */
  location?: {
    /** 服务开始地点 */
    start_location?: string;
    /** 服务结束地点 */
    end_location?: string;
  };
};

/** From `definitions/Transaction.yaml#OrderBase`. */
export type OrderBase = {
  /** 商品描述 */
  description: string;
  /** 附加数据 */
  attach?: string;
  /** 商户订单号 */
  out_trade_no: string;
  amount: Amount;
};

/** From `definitions/orderquery.yaml#orderquery.request`. */
export type OrderqueryRequest = {
  /** 接口版本号 */
  version?: '1.0';
  /** 公众账号ID */
  appid: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /**
   * 微信订单号
   * 二选一: give at least one of `transaction_id`, `out_trade_no`.
   */
  transaction_id?: string;
  /**
   * 商户订单号
   * 二选一: give at least one of `transaction_id`, `out_trade_no`.
   */
  out_trade_no?: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'MD5' | 'HMAC-SHA256';
} & ({ transaction_id: string } | { out_trade_no: string });

/** From `definitions/orderquery.yaml#orderquery.response` (APIv2 answer: every value arrives as a string). */
export type OrderqueryResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg: string;
} & {
  /** 公众账号ID */
  appid: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
} & {
  /** 设备号 */
  device_info?: string;
  /** 用户标识 */
  openid: string;
  /** 是否关注公众账号 */
  is_subscribe: 'Y' | 'N';
  /** 用户子标识 */
  sub_openid?: string;
  /** 是否关注子公众账号 */
  sub_is_subscribe?: 'Y' | 'N';
  /** 交易类型 */
  trade_type: string;
  /** 交易状态 */
  trade_state: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR' | 'ACCEPT';
  /** 付款银行 */
  bank_type: string;
  /**
   * 标价金额
   * @format int32
   */
  total_fee: string;
  /**
   * 应结订单金额
   * @format int32
   */
  settlement_total_fee?: string;
  /** 标价币种 */
  fee_type?: string;
  /**
   * 现金支付金额
   * @format int32
   */
  cash_fee: string;
  /** 现金支付币种 */
  cash_fee_type?: string;
  /**
   * 代金券金额
   * @format int32
   */
  coupon_fee?: string;
  /**
   * 代金券使用数量
   * @format int32
   */
  coupon_count?: string;
  /** 代金券类型 */
  coupon_type_$n?: string;
  /** 代金券ID */
  coupon_id_$n?: string;
  /**
   * 单个代金券支付金额
   * @format int32
   */
  coupon_fee_$n?: string;
  /** 微信支付订单号 */
  transaction_id: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 附加数据 */
  attach?: string;
  /** 支付完成时间 */
  time_end: string;
  /** 交易状态描述 */
  trade_state_desc: string;
  /**
   * 营销详情`JSON`格式字符串
   * @format jsonObjectLike
   */
  promotion_detail?: string;
  /**
   * 押金消费金额
   * @format int32
   */
  consume_fee?: string;
};

/** From `definitions/pappayapply.yaml#pappayapply.request`. */
export type PappayapplyRequest = {
  /** 请求appid */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /** 商品描述 */
  body: string;
  /** 商品详情 */
  detail?: string;
  /** 附加数据 */
  attach?: string;
  /** 商户订单号 */
  out_trade_no: string;
  /**
   * 总金额
   * @format int32
   */
  total_fee: number | string;
  /** 货币类型 */
  fee_type?: string;
  /** 终端IP */
  spbill_create_ip: string;
  /** 商品标记 */
  goods_tag?: string;
  /** 回调通知url */
  notify_url: string;
  /** 交易类型 */
  trade_type: string;
  /** 委托代扣协议id */
  contract_id: string;
  /** 电子发票入口开放标识 */
  receipt?: string;
};

/** From `definitions/pappayapply.yaml#pappayapply.response` (APIv2 answer: every value arrives as a string). */
export type PappayapplyResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg: string;
} & {
  /** 公众账号id */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
};

/**
 * 服务商模式的订单（查询订单应答；支付成功通知的 resource 与之相同）
 * From the patch table (`scripts/generate/patches.mjs`).
 */
export type PartnerTransactionAnswer = {
  /** 服务商应用ID */
  sp_appid: string;
  /** 服务商户号 */
  sp_mchid: string;
  /** 子商户应用ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mchid: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 微信支付订单号（支付后返回） */
  transaction_id?: string;
  /** 交易类型（支付后返回） */
  trade_type?: TransactionTradeType;
  /** 交易状态 */
  trade_state: TransactionTradeState;
  /** 交易状态描述 */
  trade_state_desc: string;
  /** 付款银行（支付后返回） */
  bank_type?: string;
  /** 附加数据 */
  attach?: string;
  /**
   * 支付完成时间（支付后返回）
   * @format rfc3339
   */
  success_time?: string;
  /** 支付者（支付后返回） */
  payer?: {
    /** 用户服务标识 */
    sp_openid?: string;
    /** 用户子标识 */
    sub_openid?: string;
  };
  /** 订单金额（单位：分） */
  amount?: {
    /** 总金额 */
    total?: number;
    /** 用户支付金额 */
    payer_total?: number;
    /** 货币类型 */
    currency?: string;
    /** 用户支付币种 */
    payer_currency?: string;
  };
  /** 场景信息 */
  scene_info?: {
    /** 商户端设备号 */
    device_id?: string;
  };
  /** 优惠功能，享受优惠时返回该字段 */
  promotion_detail?: Array<{
    /** 券ID */
    coupon_id: string;
    /** 优惠名称 */
    name?: string;
    /**
     * 优惠范围
     *
     * - `GLOBAL`: 全场代金券
     * - `SINGLE`: 单品优惠
     */
    scope?: 'GLOBAL' | 'SINGLE';
    /**
     * 优惠类型
     *
     * - `CASH`: 充值型代金券
     * - `NOCASH`: 免充值型代金券
     */
    type?: 'CASH' | 'NOCASH';
    /** 优惠券面额 */
    amount: number;
    /** 活动ID */
    stock_id?: string;
    /** 微信出资 */
    wechatpay_contribute?: number;
    /** 商户出资 */
    merchant_contribute?: number;
    /** 其他出资 */
    other_contribute?: number;
    /** 优惠币种 */
    currency?: string;
    /** 单品列表 */
    goods_detail?: Array<{
      /** 商品编码 */
      goods_id: string;
      /** 商品数量 */
      quantity: number;
      /** 商品单价 */
      unit_price: number;
      /** 商品优惠金额 */
      discount_amount: number;
      /** 商品备注 */
      goods_remark?: string;
    }>;
  }>;
};

/**
 * 履约类型
 *
 * - `INCREASE`: 增加
 * - `DECREASE`: 减少
 * From `definitions/Enumerations.yaml#PayScoreDiscountCardOrderPerformanceType`.
 */
export type PayScoreDiscountCardOrderPerformanceType = 'INCREASE' | 'DECREASE';

/**
 * 奖励类型
 *
 * - `INCREASE`: 增加
 * - `DECREASE`: 减少
 * From `definitions/Enumerations.yaml#PayScoreDiscountCardOrderRewardType`.
 */
export type PayScoreDiscountCardOrderRewardType = 'INCREASE' | 'DECREASE';

/**
 * 订单状态
 *
 * - `CREATED`: 订单已创建，表示用户已经领取先享卡，订单已创建成功。
 * - `SETTLING`: 订单结算中，表示用户领取的先享卡已到期，订单正在结算。
 * - `CHARGING`: 订单扣款中，表示用户未完成先享卡目标且享受奖励金额，需要扣回相应奖励金额，正在扣款中。
 * - `CHARGED`: 订单扣款成功，表示用户未完成先享卡目标且享受奖励金额，需要扣回相应奖励金额，扣款已成功。
 * - `NO_CHARGE`: 订单无需扣款，表示用户已完成先享卡目标或者未享受奖励。
 * - `REVOKED`: 订单已取消，表示用户未享受奖励且未完成先享卡目标。
 * From `definitions/Enumerations.yaml#PayScoreDiscountCardOrderState`.
 */
export type PayScoreDiscountCardOrderState = 'CREATED' | 'SETTLING' | 'CHARGING' | 'CHARGED' | 'NO_CHARGE' | 'REVOKED';

/**
 * 授权状态
 *
 * - `UNAVAILABLE`: 用户未授权服务
 * - `AVAILABLE`: 用户已授权服务
 * - `UNBINDUSER`: 未绑定用户
 * From `definitions/Enumerations.yaml#PayScorePermissionAuthorizationState`.
 */
export type PayScorePermissionAuthorizationState = 'UNAVAILABLE' | 'AVAILABLE' | 'UNBINDUSER';

/**
 * 服务订单状态
 *
 * - `CREATED`: 商户已创建服务订单
 * - `DOING`: 服务订单进行中
 * - `DONE`: 服务订单完成
 * - `REVOKED`: 商户取消服务订单
 * - `EXPIRED`: 服务订单已失效
 * From `definitions/Enumerations.yaml#PayScoreState`.
 */
export type PayScoreState = 'CREATED' | 'DOING' | 'DONE' | 'REVOKED' | 'EXPIRED';

/**
 * 订单状态说明
 *
 * - `USER_CONFIRM`: 用户确认
 * - `MCH_COMPLETE`: 商户完结
 * From `definitions/Enumerations.yaml#PayScoreStateDescription`.
 */
export type PayScoreStateDescription = 'USER_CONFIRM' | 'MCH_COMPLETE';

/**
 * 用户授权服务情况
 *
 * - `UNAVAILABLE`: 用户未授权服务
 * - `AVAILABLE`: 用户已授权服务
 * From `definitions/Enumerations.yaml#PayScoreUserServiceState`.
 */
export type PayScoreUserServiceState = 'UNAVAILABLE' | 'AVAILABLE';

/**
 * 支付者
 * From `definitions/Transaction.yaml#PayerDirection`.
 */
export type PayerDirection = {
  /** 用户标识 */
  openid: string;
};

/**
 * 支付者
 * From `definitions/Transaction.yaml#PayerServiceProvider`.
 */
export type PayerServiceProvider = {
  /**
   * 用户服务标识
   * 二选一: give at least one of `sp_openid`, `sub_openid`.
   */
  sp_openid?: string;
  /**
   * 用户子标识
   * 二选一: give at least one of `sp_openid`, `sub_openid`.
   */
  sub_openid?: string;
} & ({ sp_openid: string } | { sub_openid: string });

/** From `definitions/Enumerations.yaml#PaymentScene`. */
export type PaymentScene = 'APP_SCENE';

/**
 * 后付费商户优惠
 * From `definitions/PayScore.yaml#PostDiscount`.
 */
export type PostDiscount = {
  /** 优惠名称 */
  name?: string;
  /** 优惠说明 */
  description?: string;
  /** 优惠金额 */
  amount?: number;
  /** 优惠数量 */
  count?: number;
};

/**
 * 后付费项目
 * From `definitions/PayScore.yaml#PostPayment`.
 */
export type PostPayment = {
  /** 付费项目名称 */
  name?: string;
  /** 金额 */
  amount?: number;
  /** 计费说明 */
  description?: string;
  /** 付费数量 */
  count?: number;
};

/**
 * 分账失败原因
 *
 * - `ACCOUNT_ABNORMAL`: 分账接收账户异常
 * - `NO_RELATION`: 分账关系已解除
 * - `RECEIVER_HIGH_RISK`: 高风险接收方
 * From `definitions/Enumerations.yaml#ProfitSharingFailReason`.
 */
export type ProfitSharingFailReason = 'ACCOUNT_ABNORMAL' | 'NO_RELATION' | 'RECEIVER_HIGH_RISK';

/**
 * 分账单状态
 *
 * - `PROCESSING`: 处理中
 * - `FINISHED`: 分账成功
 * From `definitions/Enumerations.yaml#ProfitSharingOrderState`.
 */
export type ProfitSharingOrderState = 'PROCESSING' | 'FINISHED';

/**
 * 分账接收方类型
 *
 * - `MERCHANT_ID`: 商户
 * - `PERSONAL_OPENID`: 个人
 * From `definitions/Enumerations.yaml#ProfitSharingReceiverType`.
 */
export type ProfitSharingReceiverType = 'MERCHANT_ID' | 'PERSONAL_OPENID';

/**
 * 分账结果
 *
 * - `PENDING`: 待分账
 * - `SUCCESS`: 分账成功
 * - `CLOSED`: 已关闭
 * From `definitions/Enumerations.yaml#ProfitSharingResult`.
 */
export type ProfitSharingResult = 'PENDING' | 'SUCCESS' | 'CLOSED';

/**
 * 回退失败的原因
 *
 * - `ACCOUNT_ABNORMAL`: 分账接收方账户异常
 * - `TIME_OUT_CLOSED`: 超时关单
 * From `definitions/Enumerations.yaml#ProfitSharingReturnFailReason`.
 */
export type ProfitSharingReturnFailReason = 'ACCOUNT_ABNORMAL' | 'TIME_OUT_CLOSED';

/**
 * 回退结果
 *
 * - `PROCESSING`: 处理中
 * - `SUCCESS`: 已成功
 * - `FAIL`: 已失败
 * From `definitions/Enumerations.yaml#ProfitSharingReturnResult`.
 */
export type ProfitSharingReturnResult = 'PROCESSING' | 'SUCCESS' | 'FAIL';

/** From `definitions/profitsharing.yaml#profitsharing.request`. */
export type ProfitsharingRequest = {
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 品牌主商户号 */
  brand_mch_id?: string;
  /** 公众账号ID */
  appid: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
  /** 微信订单号 */
  transaction_id: string;
  /** 商户分账单号 */
  out_order_no: string;
  /**
   * 分账接收方列表`JSON`格式字符串
   * @format jsonArrayLike
   */
  receivers: string;
};

/** From `definitions/profitsharing.yaml#profitsharing.response` (APIv2 answer: every value arrives as a string). */
export type ProfitsharingResponse = ServiceproviderSubsOut & GeneralResponse & GeneralResponseSuccess & {
  /** 品牌主商户号 */
  brand_mch_id?: string;
  /** 微信订单号 */
  transaction_id: string;
  /** 商户分账单号 */
  out_order_no: string;
  /** 微信分账单号 */
  order_id: string;
  /** 分账单状态 */
  status?: 'FINISHED' | 'PROCESSING';
  /**
   * 分账接收方列表`JSON`格式字符串
   * @format jsonArrayLike
   */
  receivers?: string;
};

/** From `definitions/profitsharingaddreceiver.yaml#profitsharingaddreceiver.request`. */
export type ProfitsharingaddreceiverRequest = {
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 公众账号ID */
  appid: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
  /**
   * 分账接收方`JSON`格式字符串
   * @format jsonObjectLike
   */
  receiver: string;
};

/** From `definitions/profitsharingaddreceiver.yaml#profitsharingaddreceiver.response` (APIv2 answer: every value arrives as a string). */
export type ProfitsharingaddreceiverResponse = ServiceproviderSubsOut & GeneralResponse & GeneralResponseSuccess & {
  /**
   * 分账接收方
   * @format jsonObjectLike
   */
  receiver: string;
};

/** From `definitions/profitsharingfinish.yaml#profitsharingfinish.request`. */
export type ProfitsharingfinishRequest = {
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 公众账号ID */
  appid: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
  /** 微信订单号 */
  transaction_id: string;
  /** 商户分账单号 */
  out_order_no: string;
  /** 分账完结描述 */
  description: string;
};

/** From `definitions/profitsharingfinish.yaml#profitsharingfinish.response` (APIv2 answer: every value arrives as a string). */
export type ProfitsharingfinishResponse = ServiceproviderSubsOut & GeneralResponse & GeneralResponseSuccess & {
  /** 微信订单号 */
  transaction_id: string;
  /** 商户分账单号 */
  out_order_no: string;
  /** 微信分账单号 */
  order_id: string;
};

/** From `definitions/profitsharingquery.yaml#profitsharingquery.request`. */
export type ProfitsharingqueryRequest = {
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 微信订单号 */
  transaction_id: string;
  /** 商户分账单号 */
  out_order_no: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
};

/** From `definitions/profitsharingquery.yaml#profitsharingquery.response` (APIv2 answer: every value arrives as a string). */
export type ProfitsharingqueryResponse = ServiceproviderSubsOut & GeneralResponse & GeneralResponseSuccess & {
  /** 微信订单号 */
  transaction_id: string;
  /** 商户分账单号 */
  out_order_no: string;
  /** 微信分账单号 */
  order_id: string;
  /** 分账单状态 */
  status: 'PROCESSING' | 'FINISHED';
  /**
   * 分账接收方列表`JSON`格式字符串
   * @format jsonArrayLike
   */
  receivers: string;
};

/** From `definitions/profitsharingremovereceiver.yaml#profitsharingremovereceiver.request`. */
export type ProfitsharingremovereceiverRequest = {
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 公众账号ID */
  appid: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
  /**
   * 分账接收方`JSON`格式字符串
   * @format jsonObjectLike
   */
  receiver: string;
};

/** From `definitions/profitsharingremovereceiver.yaml#profitsharingremovereceiver.response` (APIv2 answer: every value arrives as a string). */
export type ProfitsharingremovereceiverResponse = ServiceproviderSubsOut & GeneralResponse & GeneralResponseSuccess & {
  /**
   * 分账接收方`JSON`格式字符串
   * @format jsonObjectLike
   */
  receiver: string;
};

/** From `definitions/query_coupon_stock.yaml#query_coupon_stock.request`. */
export type QueryCouponStockRequest = {
  /** 代金券批次id */
  coupon_stock_id: string;
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 操作员 */
  op_user_id?: string;
  /** 设备号 */
  device_info?: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /** 协议版本 */
  version?: '1.0';
  /** 协议类型 */
  type?: 'XML';
};

/** From `definitions/query_coupon_stock.yaml#query_coupon_stock.response` (APIv2 answer: every value arrives as a string). */
export type QueryCouponStockResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 设备号 */
  device_info?: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign?: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 代金券批次ID */
  coupon_stock_id: string;
  /** 代金券名称 */
  coupon_name?: string;
  /**
   * 代金券面额
   * @format int32
   */
  coupon_value: string;
  /**
   * 代金券使用最低限额
   * @format int32
   */
  coupon_mininumn?: string;
  /**
   * 代金券批次状态
   * @format int32
   */
  coupon_stock_status: string;
  /**
   * 代金券数量
   * @format int32
   */
  coupon_total: string;
  /**
   * 代金券最大领取数量
   * @format int32
   */
  max_quota?: string;
  /**
   * 代金券已经发送的数量
   * @format int32
   */
  is_send_num?: string;
  /** 生效开始时间 */
  begin_time: string;
  /** 生效结束时间 */
  end_time: string;
  /** 创建时间 */
  create_time: string;
  /**
   * 代金券预算额度
   * @format int32
   */
  coupon_budget?: string;
  /** 生效开始时间 */
  begin_time_t: string;
  /** 生效结束时间 */
  end_time_t: string;
  /** 创建时间 */
  create_time_t: string;
};

/** From `definitions/queryautowithdrawbydate.yaml#queryautowithdrawbydate.request`. */
export type QueryautowithdrawbydateRequest = {
  /** 商户号 */
  mch_id: string;
  /** 小微商户号 */
  sub_mch_id: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
  /** 日期 */
  date: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
};

/** From `definitions/queryautowithdrawbydate.yaml#queryautowithdrawbydate.response` (APIv2 answer: every value arrives as a string). */
export type QueryautowithdrawbydateResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
} & {
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 签名类型 */
  sign_type?: 'HMAC-SHA256';
  /** 签名 */
  sign?: string;
} & {
  /** 日期 */
  date: string;
  /** 商户号 */
  mch_id: string;
  /** 小微商户号 */
  sub_mch_id: string;
  /** 随机字符 */
  nonce_str: string;
  /** 单据状态 */
  withdraw_status: string;
  /** 单据失败原因 */
  fail_reason?: string;
  /** 提现单单据ID */
  withdraw_id?: string;
  /**
   * 金额
   * @format int32
   */
  amount?: string;
  /** 单据创建时间 */
  create_time?: string;
  /** 单据成功时间 */
  success_time?: string;
  /** 单据退票时间 */
  refund_time?: string;
};

/** From `definitions/querycombinedorder.yaml#querycombinedorder.request`. */
export type QuerycombinedorderRequest = {
  /** 合单appid */
  combine_appid: string;
  /** 合单商户号 */
  combine_mch_id: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
  /** 合单商户订单号 */
  combine_out_trade_no: string;
};

/** From `definitions/querycombinedorder.yaml#querycombinedorder.response` (APIv2 answer: every value arrives as a string). */
export type QuerycombinedorderResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
} & {
  /** 合单appid */
  combine_appid: string;
  /** 合单商户号 */
  combine_mch_id: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 设备号 */
  device_info?: string;
  /** 合单用户标识 */
  combine_openid?: string;
  /** 合单商户订单号 */
  combine_out_trade_no: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 业务结果描述 */
  result_msg: string;
  /** 交易状态 */
  trade_state?: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR' | 'ACCEPT';
  /** 交易状态描述 */
  trade_state_desc?: string;
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
} & {
  /**
   * 子单信息`JSON`格式字符串
   * @format jsonObjectLike
   */
  sub_order_list: string;
};

/** From `definitions/querycontract.yaml#querycontract.request`. */
export type QuerycontractRequest = {
  /** 请求appid */
  appid: string;
  /**
   * 商户号
   * @format int32
   */
  mch_id: number | string;
  /** 委托代扣协议id */
  contract_id?: string;
  /**
   * 模板id
   * @format int32
   */
  plan_id?: number | string;
  /** 签约协议号 */
  contract_code?: string;
  /** 版本号 */
  version: '1.0';
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
};

/** From `definitions/querycontract.yaml#querycontract.response` (APIv2 answer: every value arrives as a string). */
export type QuerycontractResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /**
   * 商户号
   * @format int32
   */
  mch_id: string;
  /** 公众账号id */
  appid: string;
  /** 委托代扣协议id */
  contract_id: string;
  /**
   * 模板id
   * @format int32
   */
  plan_id: string;
  /** 请求序列号 */
  request_serial: string;
  /** 签约协议号 */
  contract_code: string;
  /** 用户账户展示名称 */
  contract_display_account: string;
  /**
   * 协议状态
   * @format int32
   */
  contract_state: string;
  /** 协议签署时间 */
  contract_signed_time: string;
  /** 协议到期时间 */
  contract_expired_time: string;
  /** 协议解约时间 */
  contract_terminated_time?: string;
  /**
   * 协议解约方式
   * @format int32
   */
  contract_termination_mode?: string;
  /** 签名 */
  sign: string;
  /** 解约备注 */
  contract_termination_remark?: string;
  /** 用户标识 */
  openid: string;
  /** 错误代码 */
  err_code: string;
  /** 错误代码描述 */
  err_code_des: string;
};

/** From `definitions/querymchrisk.yaml#querymchrisk.request`. */
export type QuerymchriskRequest = {
  /** 服务商号 */
  mch_id: string;
  /** 平台证书序列号 */
  cert_serial_number?: string;
  /**
   * 身份证号（需加密）
   * @format base64
   */
  certificates_number?: string;
  /**
   * 身份证所有人姓名（需加密）
   * @format base64
   */
  certificates_name?: string;
  /**
   * 结算账号（需加密）
   * @format base64
   */
  settlement_card_no?: string;
  /**
   * 结算户名（需加密）
   * @format base64
   */
  settlement_card_name?: string;
  /** 结算银行 */
  settlement_card_bank?: string;
  /**
   * 营业执照编号（需加密）
   * @format base64
   */
  business_license_number?: string;
  /** 公司名称 */
  company_name?: string;
  /** 门店地址 */
  store_address?: string;
  /** 门店经度 */
  store_longitude?: string;
  /** 门店纬度 */
  store_latitude?: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
};

/** From `definitions/querymchrisk.yaml#querymchrisk.response` (APIv2 answer: every value arrives as a string). */
export type QuerymchriskResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
} & {
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 服务商号 */
  mch_id: string;
  /** 风险级别 */
  risk_level: string;
  /** 风险描述 */
  risk_level_desc: string;
};

/** From `definitions/querysubdevconfig.yaml#querysubdevconfig.request`. */
export type QuerysubdevconfigRequest = {
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
};

/** From `definitions/querysubdevconfig.yaml#querysubdevconfig.response` (APIv2 answer: every value arrives as a string). */
export type QuerysubdevconfigResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg: string;
} & {
  /** 错误代码 */
  err_code: string;
  /** 错误代码描述 */
  err_code_des: string;
} & {
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 签名 */
  sign: string;
  /**
   * 授权目录
   * @format jsonObjectLike
   */
  jsapi_path_list: string;
  /**
   * 关联APPID与关注特约商户公众号的APPID
   * @format jsonObjectLike
   */
  appid_config_list: string;
};

/** From `definitions/reautowithdrawbydate.yaml#reautowithdrawbydate.request`. */
export type ReautowithdrawbydateRequest = {
  /** 服务商商户号 */
  mch_id: string;
  /** 小微商户号 */
  sub_mch_id: string;
  /** 自动提现单提现日期 */
  date: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
};

/** From `definitions/reautowithdrawbydate.yaml#reautowithdrawbydate.response` (APIv2 answer: every value arrives as a string). */
export type ReautowithdrawbydateResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
} & {
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 签名类型 */
  sign_type?: 'HMAC-SHA256';
  /** 签名 */
  sign?: string;
} & {
  /** 自动提现单提现日期 */
  date: string;
  /** 商户号 */
  mch_id: string;
  /** 小微商户号 */
  sub_mch_id: string;
  /** 提现单单据ID */
  withdraw_id: string;
  /**
   * 金额
   * @format int32
   */
  amount: string;
  /** 单据创建时间 */
  create_time: string;
  /** 随机字符 */
  nonce_str: string;
};

/**
 * 退款渠道
 *
 * - `ORIGINAL`: 原路退款
 * - `BALANCE`: 退回到余额
 * - `OTHER_BALANCE`: 原账户异常退到其他余额账户
 * - `OTHER_BANKCARD`: 原银行卡异常退到其他银行卡
 * From `definitions/Enumerations.yaml#RefundChannel`.
 */
export type RefundChannel = 'ORIGINAL' | 'BALANCE' | 'OTHER_BALANCE' | 'OTHER_BANKCARD';

/**
 * 优惠类型
 *
 * - `COUPON`: 充值型代金券，商户需要预先充值营销经费
 * - `DISCOUNT`: 免充值型优惠券，商户不需要预先充值营销经费
 * From `definitions/Enumerations.yaml#RefundPromotionDetailType`.
 */
export type RefundPromotionDetailType = 'COUPON' | 'DISCOUNT';

/** From `definitions/refund.yaml#refund.request`. */
export type RefundRequest = {
  /** 公众账号ID */
  appid: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'MD5' | 'HMAC-SHA256';
  /**
   * 微信订单号
   * 二选一: give at least one of `transaction_id`, `out_trade_no`.
   */
  transaction_id?: string;
  /**
   * 商户订单号
   * 二选一: give at least one of `transaction_id`, `out_trade_no`.
   */
  out_trade_no?: string;
  /** 商户退款单号 */
  out_refund_no: string;
  /**
   * 订单金额
   * @format int32
   */
  total_fee: number | string;
  /**
   * 退款金额
   * @format int32
   */
  refund_fee: number | string;
  /** 退款货币种类 */
  refund_fee_type?: string;
  /** 退款原因 */
  refund_desc?: string;
  /** 退款资金来源 */
  refund_account?: string;
  /** 退款结果通知url */
  notify_url?: string;
} & ({ transaction_id: string } | { out_trade_no: string });

/** From `definitions/refund.yaml#refund.response` (APIv2 answer: every value arrives as a string). */
export type RefundResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg: string;
} & {
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 微信订单号 */
  transaction_id: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 商户退款单号 */
  out_refund_no: string;
  /** 微信退款单号 */
  refund_id: string;
  /**
   * 退款金额
   * @format int32
   */
  refund_fee: string;
  /**
   * 应结退款金额
   * @format int32
   */
  settlement_refund_fee?: string;
  /**
   * 标价金额
   * @format int32
   */
  total_fee: string;
  /**
   * 应结订单金额
   * @format int32
   */
  settlement_total_fee?: string;
  /** 标价币种 */
  fee_type?: string;
  /**
   * 现金支付金额
   * @format int32
   */
  cash_fee: string;
  /** 现金支付币种 */
  cash_fee_type?: string;
  /**
   * 现金退款金额
   * @format int32
   */
  cash_refund_fee?: string;
  /** 代金券类型 */
  coupon_type_$n?: string;
  /**
   * 代金券退款总金额
   * @format int32
   */
  coupon_refund_fee?: string;
  /**
   * 单个代金券退款金额
   * @format int32
   */
  coupon_refund_fee_$n?: string;
  /**
   * 退款代金券使用数量
   * @format int32
   */
  coupon_refund_count?: string;
  /** 退款代金券ID */
  coupon_refund_id_$n?: string;
};

/**
 * 退款状态
 *
 * - `SUCCESS`: 退款成功
 * - `CLOSE`: 退款关闭
 * - `PROCESSING`: 退款处理中
 * - `ABNORMAL`: 退款异常
 * From `definitions/Enumerations.yaml#RefundStatus`.
 */
export type RefundStatus = 'SUCCESS' | 'CLOSE' | 'PROCESSING' | 'ABNORMAL';

/** From `definitions/refundquery.yaml#refundquery.request`. */
export type RefundqueryRequest = {
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'MD5' | 'HMAC-SHA256';
  /**
   * 微信订单号
   * 四选一: give at least one of `transaction_id`, `out_trade_no`, `out_refund_no`, `refund_id`.
   */
  transaction_id?: string;
  /**
   * 商户订单号
   * 四选一: give at least one of `transaction_id`, `out_trade_no`, `out_refund_no`, `refund_id`.
   */
  out_trade_no?: string;
  /**
   * 商户退款单号
   * 四选一: give at least one of `transaction_id`, `out_trade_no`, `out_refund_no`, `refund_id`.
   */
  out_refund_no?: string;
  /**
   * 微信退款单号
   * 四选一: give at least one of `transaction_id`, `out_trade_no`, `out_refund_no`, `refund_id`.
   */
  refund_id?: string;
  /**
   * 偏移量
   * @format int32
   */
  offset?: number | string;
} & ({ transaction_id: string } | { out_trade_no: string } | { out_refund_no: string } | { refund_id: string });

/** From `definitions/refundquery.yaml#refundquery.response` (APIv2 answer: every value arrives as a string). */
export type RefundqueryResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg: string;
} & {
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误码 */
  err_code: string;
  /** 错误描述 */
  err_code_des: string;
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /**
   * 订单总退款次数
   * @format int32
   */
  total_refund_count?: string;
  /** 微信订单号 */
  transaction_id: string;
  /** 商户订单号 */
  out_trade_no: string;
  /**
   * 订单金额
   * @format int32
   */
  total_fee: string;
  /**
   * 应结订单金额
   * @format int32
   */
  settlement_total_fee?: string;
  /** 货币种类 */
  fee_type?: string;
  /**
   * 现金支付金额
   * @format int32
   */
  cash_fee: string;
  /**
   * 退款笔数
   * @format int32
   */
  refund_count: string;
  /** 商户退款单号 */
  out_refund_no_$n: string;
  /** 微信退款单号 */
  refund_id_$n: string;
  /** 退款渠道 */
  refund_channel_$n?: string;
  /**
   * 申请退款金额
   * @format int32
   */
  refund_fee_$n: string;
  /**
   * 退款金额
   * @format int32
   */
  settlement_refund_fee_$n?: string;
  /** 代金券类型 */
  coupon_type_$n_$m?: string;
  /**
   * 总代金券退款金额
   * @format int32
   */
  coupon_refund_fee_$n?: string;
  /**
   * 退款代金券使用数量
   * @format int32
   */
  coupon_refund_count_$n?: string;
  /** 退款代金券ID */
  coupon_refund_id_$n_$m?: string;
  /**
   * 单个代金券退款金额
   * @format int32
   */
  coupon_refund_fee_$n_$m?: string;
  /** 退款状态 */
  refund_status_$n: string;
  /** 退款资金来源 */
  refund_account_$n?: string;
  /** 退款入账账户 */
  refund_recv_accout_$n: string;
  /** 退款成功时间 */
  refund_success_time_$n?: string;
};

/** From `definitions/report.yaml#report.request`. */
export type ReportRequest = {
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 设备号 */
  device_info?: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /** 接口URL */
  interface_url: string;
  /** 访问接口IP */
  user_ip: string;
  /**
   * 上报数据包`JSON`格式字符串
   * @format jsonArrayLike
   */
  trades: string;
};

/** From `definitions/report.yaml#report.response` (APIv2 answer: every value arrives as a string). */
export type ReportResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg: string;
} & {
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
};

/** From `definitions/reverse.yaml#reverse.request`. */
export type ReverseRequest = {
  /** 公众账号ID */
  appid: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 微信订单号 */
  transaction_id?: string;
  /** 商户订单号 */
  out_trade_no: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'MD5' | 'HMAC-SHA256';
};

/** From `definitions/reverse.yaml#reverse.response` (APIv2 answer: every value arrives as a string). */
export type ReverseResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg: string;
} & {
  /** 公众账号ID */
  appid: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误描述 */
  err_code_des?: string;
  /** 是否重调 */
  recall: 'Y' | 'N';
};

/**
 * 经营场景类型
 * From `definitions/Enumerations.yaml#SalesScenesType`.
 */
export type SalesScenesType = 'SALES_SCENES_STORE' | 'SALES_SCENES_MP' | 'SALES_SCENES_MINI_PROGRAM' | 'SALES_SCENES_WEB' | 'SALES_SCENES_APP' | 'SALES_SCENES_WEWORK';

/**
 * 场景信息
 * From `definitions/Transaction.yaml#SceneInfo`.
 */
export type SceneInfo = {
  /** 用户终端IP */
  payer_client_ip?: string;
  /** 商户端设备号 */
  device_id?: string;
  store_info?: StoreInfo;
};

/**
 * 发放内容
 *
 * - `SINGLE_COUPON`: 单张券
 * - `GIFT_PACKAGE`: 礼包
 * From `definitions/Enumerations.yaml#SendContent`.
 */
export type SendContent = 'SINGLE_COUPON' | 'GIFT_PACKAGE';

/** From `definitions/send_coupon.yaml#send_coupon.request`. */
export type SendCouponRequest = {
  /** 代金券批次id */
  coupon_stock_id: string;
  /**
   * openid记录数
   * @format int32
   */
  openid_count: number | string;
  /** 商户单据号 */
  partner_trade_no: string;
  /** 用户openid */
  openid: string;
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 操作员 */
  op_user_id?: string;
  /** 设备号 */
  device_info?: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /** 协议版本 */
  version?: '1.0';
  /** 协议类型 */
  type?: 'XML';
};

/** From `definitions/send_coupon.yaml#send_coupon.response` (APIv2 answer: every value arrives as a string). */
export type SendCouponResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 设备号 */
  device_info?: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
  /** 代金券批次id */
  coupon_stock_id: string;
  /**
   * 返回记录数
   * @format int32
   */
  resp_count: string;
  /**
   * 成功记录数
   * @format int32
   */
  success_count: string;
  /**
   * 失败记录数
   * @format int32
   */
  failed_count: string;
  /** 用户标识 */
  openid: string;
  /** 返回码 */
  ret_code: string;
  /** 代金券id */
  coupon_id: string;
  /** 返回信息 */
  ret_msg: string;
};

/** From `definitions/wxpay.service.yaml#serviceprovider.subs`. */
export type ServiceproviderSubsIn = {
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
};

/** From `definitions/wxpay.service.yaml#serviceprovider.subs` (APIv2 answer: every value arrives as a string). */
export type ServiceproviderSubsOut = {
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
};

/** From `definitions/setmchriskcallback.yaml#setmchriskcallback.request`. */
export type SetmchriskcallbackRequest = {
  /** 服务商号 */
  mch_id: string;
  /** 回调链接 */
  callback_url: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
};

/** From `definitions/setmchriskcallback.yaml#setmchriskcallback.response` (APIv2 answer: every value arrives as a string). */
export type SetmchriskcallbackResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
} & {
  /** 服务商号 */
  mch_id: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误描述 */
  err_code_des?: string;
};

/**
 * 结算信息
 * From `definitions/Transaction.yaml#SettleInfo`.
 */
export type SettleInfo = {
  /** 是否指定分账 */
  profit_sharing?: boolean;
  /** 补差金额 */
  subsidy_amount?: number;
};

/**
 * 合作状态
 *
 * - `ESTABLISHED`: 已建立
 * - `TERMINATED`: 已终止
 * From `definitions/Enumerations.yaml#State`.
 */
export type State = 'ESTABLISHED' | 'TERMINATED';

/**
 * 阶梯送发放规则
 * From `definitions/PayGiftActivity.yaml#StepSendRuleBase`.
 */
export type StepSendRuleBase = {
  award_type: AwardType;
  merchant_option: MerchantOption;
};

/** From `definitions/FavorCouponStock.yaml#StockBase`. */
export type StockBase = {
  /** 批次名称 */
  stock_name: string;
  /**
   * 开始时间
   * @format rfc3339
   */
  available_begin_time: string;
  /**
   * 结束时间
   * @format rfc3339
   */
  available_end_time: string;
  stock_use_rule: StockUseRule;
  /** 是否无资金流 */
  no_cash: boolean;
  stock_type: FavorStockType;
};

/** From `definitions/FavorCouponStock.yaml#StockExtra`. */
export type StockExtra = {
  /** 批次备注 */
  comment?: string;
  /** 归属商户号 */
  belong_merchant: string;
  pattern_info?: DisplayPatternInfo;
  coupon_use_rule: CouponUseRule;
  /** 商户单据号 */
  out_request_no: string;
  /** 扩展属性 */
  ext_info?: string;
};

/** From `definitions/FavorCouponStock.yaml#StockOwner`. */
export type StockOwner = {
  /** 批次号 */
  stock_id?: string;
  /** 创建批次的商户号 */
  stock_creator_mchid?: string;
  status?: FavorStockStatus;
  /** 使用说明 */
  description?: string;
  /**
   * 创建时间
   * @format rfc3339
   */
  create_time?: string;
  /**
   * 激活批次的时间
   * @format rfc3339
   */
  start_time?: string;
  /**
   * 终止批次的时间
   * @format rfc3339
   */
  stop_time?: string;
  /** 是否单品优惠 */
  singleitem?: boolean;
  cut_to_message?: CutToMessage;
};

/**
 * 批次类型(NORMAL：固定面额满减券批次 DISCOUNT：折扣券批次 EXCHANGE：换购券批次)
 * From `definitions/Enumerations.yaml#StockType`.
 */
export type StockType = 'NORMAL' | 'DISCOUNT' | 'EXCHANGE';

/**
 * 发放规则
 * From `definitions/FavorCouponStock.yaml#StockUseRule`.
 */
export type StockUseRule = {
  /** 发放总上限 */
  max_coupons: number;
  /** 总预算 */
  max_amount: number;
  /** 单天发放上限金额 */
  max_amount_by_day?: number;
  /** 单个用户可领个数 */
  max_coupons_per_user: number;
  /** 是否开启自然人限制 */
  natural_person_limit: boolean;
  /** api发券防刷 */
  prevent_api_abuse: boolean;
};

/**
 * 商户门店信息
 * From `definitions/Transaction.yaml#StoreInfo`.
 */
export type StoreInfo = {
  /** 门店编号 */
  id?: string;
  /** 门店名称 */
  name: string;
  /** 地区编码 */
  area_code: string;
  /** 详细地址 */
  address: string;
};

/**
 * 主体类型
 *
 * - `SUBJECT_TYPE_INDIVIDUAL`: 个体工商户
 * - `SUBJECT_TYPE_ENTERPRISE`: 企业
 * - `SUBJECT_TYPE_INSTITUTIONS`: 个体工商户
 * - `SUBJECT_TYPE_OTHERS`: 社会组织
 * - `SUBJECT_TYPE_MICRO`: 小微商户
 * - `SUBJECT_TYPE_GOVERNMENT`: 政府机关
 * - `SUBJECT_TYPE_INSTITUTIONS_CLONED`: 事业单位
 * From `definitions/Enumerations.yaml#SubjectType`.
 */
export type SubjectType = 'SUBJECT_TYPE_INDIVIDUAL' | 'SUBJECT_TYPE_ENTERPRISE' | 'SUBJECT_TYPE_INSTITUTIONS' | 'SUBJECT_TYPE_OTHERS' | 'SUBJECT_TYPE_MICRO' | 'SUBJECT_TYPE_GOVERNMENT' | 'SUBJECT_TYPE_INSTITUTIONS_CLONED';

/** From `definitions/submchmanage.yaml#submchmanage.request`. */
export type SubmchmanageRequest = {
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /** 商户名称 */
  merchant_name?: string;
  /** 商户识别码 */
  sub_mch_id?: string;
  /** 页码 */
  page_index: string;
  /** 展示资料个数 */
  page_size?: string;
};

/** From `definitions/submchmanage.yaml#submchmanage.response` (APIv2 answer: every value arrives as a string). */
export type SubmchmanageResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
} & {
  /** 业务结果 */
  result_code?: 'SUCCESS' | 'FAIL';
  /** 业务结果描述 */
  result_msg?: string;
  /** 总记录数 */
  total: string;
  /** 商户信息列表 */
  mchinfo: Array<{
    /** 公众账号ID */
    appid: string;
    /** 商户号 */
    mch_id: string;
    /** 商户名称 */
    merchant_name: string;
    /** 商户简称 */
    merchant_shortname: string;
    /** 客服电话 */
    service_phone: string;
    /** 联系人 */
    contact?: string;
    /** 联系电话 */
    contact_phone?: string;
    /** 联系邮箱 */
    contact_email?: string;
    /** 经营类目 */
    business: string;
    /** 渠道商商户号 */
    channel_id: string;
    /** 渠道商名称 */
    channel_name: string;
  }>;
};

/**
 * 补差单状态
 *
 * - `SUCCESS`: 成功
 * - `FAIL`: 失败
 * From `definitions/Enumerations.yaml#SubsidyCancelState`.
 */
export type SubsidyCancelState = 'SUCCESS' | 'FAIL';

/**
 * 补差单状态
 *
 * - `SUCCESS`: 补差成功
 * - `FAIL`: 补差失败
 * - `REFUND`: 已全额回退
 * From `definitions/Enumerations.yaml#SubsidyState`.
 */
export type SubsidyState = 'SUCCESS' | 'FAIL' | 'REFUND';

/** From `definitions/syncmchriskresult.yaml#syncmchriskresult.request`. */
export type SyncmchriskresultRequest = {
  /** 服务商号 */
  mch_id: string;
  /** 商户ID */
  sub_mch_id: string;
  /** 事件单号 */
  event_code: string;
  /** 身份证号（需加密） */
  certificates_number?: string;
  /** 身份证所有人姓名（需加密） */
  certificates_name?: string;
  /** 结算账号（需加密） */
  settlement_card_no?: string;
  /** 结算户名（需加密） */
  settlement_card_name?: string;
  /** 结算银行 */
  settlement_card_bank?: string;
  /** 营业执照编号（需加密） */
  business_license_number?: string;
  /** 公司名称 */
  company_name?: string;
  /** 门店地址 */
  store_address?: string;
  /** 门店经度 */
  store_longitude?: string;
  /** 门店纬度 */
  store_latitude?: string;
  /** 风险类型 */
  risk_type: string;
  /** 处罚方式 */
  punish_type: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'HMAC-SHA256';
};

/** From `definitions/syncmchriskresult.yaml#syncmchriskresult.response` (APIv2 answer: every value arrives as a string). */
export type SyncmchriskresultResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
} & {
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误描述 */
  err_code_des?: string;
};

/**
 * 订单（查询订单应答；支付成功通知的 resource 与之相同）
 * From the patch table (`scripts/generate/patches.mjs`).
 */
export type TransactionAnswer = {
  /** 应用ID */
  appid: string;
  /** 直连商户号 */
  mchid: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 微信支付订单号（支付后返回） */
  transaction_id?: string;
  /** 交易类型（支付后返回） */
  trade_type?: TransactionTradeType;
  /** 交易状态 */
  trade_state: TransactionTradeState;
  /** 交易状态描述 */
  trade_state_desc: string;
  /** 付款银行（支付后返回） */
  bank_type?: string;
  /** 附加数据 */
  attach?: string;
  /**
   * 支付完成时间（支付后返回）
   * @format rfc3339
   */
  success_time?: string;
  /** 支付者（支付后返回） */
  payer?: {
    /** 用户标识 */
    openid: string;
  };
  /** 订单金额（单位：分） */
  amount?: {
    /** 总金额 */
    total?: number;
    /** 用户支付金额 */
    payer_total?: number;
    /** 货币类型 */
    currency?: string;
    /** 用户支付币种 */
    payer_currency?: string;
  };
  /** 场景信息 */
  scene_info?: {
    /** 商户端设备号 */
    device_id?: string;
  };
  /** 优惠功能，享受优惠时返回该字段 */
  promotion_detail?: Array<{
    /** 券ID */
    coupon_id: string;
    /** 优惠名称 */
    name?: string;
    /**
     * 优惠范围
     *
     * - `GLOBAL`: 全场代金券
     * - `SINGLE`: 单品优惠
     */
    scope?: 'GLOBAL' | 'SINGLE';
    /**
     * 优惠类型
     *
     * - `CASH`: 充值型代金券
     * - `NOCASH`: 免充值型代金券
     */
    type?: 'CASH' | 'NOCASH';
    /** 优惠券面额 */
    amount: number;
    /** 活动ID */
    stock_id?: string;
    /** 微信出资 */
    wechatpay_contribute?: number;
    /** 商户出资 */
    merchant_contribute?: number;
    /** 其他出资 */
    other_contribute?: number;
    /** 优惠币种 */
    currency?: string;
    /** 单品列表 */
    goods_detail?: Array<{
      /** 商品编码 */
      goods_id: string;
      /** 商品数量 */
      quantity: number;
      /** 商品单价 */
      unit_price: number;
      /** 商品优惠金额 */
      discount_amount: number;
      /** 商品备注 */
      goods_remark?: string;
    }>;
  }>;
};

/** From `definitions/Transaction.yaml#TransactionBase`. */
export type TransactionBase = OrderBase & {
  /**
   * 交易结束时间
   * @format rfc3339
   */
  time_expire?: string;
  /** 通知地址 */
  notify_url: string;
  /** 订单优惠标记 */
  goods_tag?: string;
  /** 指定支付方式 */
  limit_pay?: LimitPay[];
  /** 电子发票入口开放标识 */
  support_fapiao?: boolean;
  detail?: Detail;
  scene_info?: SceneInfo;
};

/** From `definitions/Transaction.yaml#TransactionDirection`. */
export type TransactionDirection = {
  /** 公众号ID */
  appid: string;
  /** 直连商户号 */
  mchid: string;
};

/**
 * 优惠范围
 *
 * - `GLOBAL`: 全场代金券
 * - `SINGLE`: 单品优惠
 * From `definitions/Enumerations.yaml#TransactionPromotionScope`.
 */
export type TransactionPromotionScope = 'GLOBAL' | 'SINGLE';

/** From `definitions/Transaction.yaml#TransactionServiceProvider`. */
export type TransactionServiceProvider = {
  /** 服务商公众号ID */
  sp_appid: string;
  /** 服务商户号 */
  sp_mchid: string;
  /** 子商户公众号ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mchid: string;
  settle_info?: SettleInfo;
};

/**
 * 交易状态
 *
 * - `SUCCESS`: 支付成功
 * - `REFUND`: 转入退款
 * - `NOTPAY`: 未支付
 * - `CLOSED`: 已关闭
 * - `REVOKED`: 已撤销（付款码支付）
 * - `USERPAYING`: 用户支付中（付款码支付）
 * - `PAYERROR`: 支付失败(其他原因，如银行返回失败)
 * From `definitions/Enumerations.yaml#TransactionTradeState`.
 */
export type TransactionTradeState = 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR';

/**
 * 交易类型
 *
 * - `JSAPI`: 公众号支付
 * - `NATIVE`: 扫码支付
 * - `APP`: APP支付
 * - `MICROPAY`: 付款码支付
 * - `MWEB`: H5支付
 * - `FACEPAY`: 刷脸支付
 * From `definitions/Enumerations.yaml#TransactionTradeType`.
 */
export type TransactionTradeType = 'JSAPI' | 'NATIVE' | 'APP' | 'MICROPAY' | 'MWEB' | 'FACEPAY';

/** From `definitions/unifiedorder.yaml#unifiedorder.request`. */
export type UnifiedorderRequest = {
  /** 接口版本号 */
  version?: '1.0';
  /** 是否指定服务商分账;Y-是，需要分账;N-否，不分账;字母要求大写，不传默认不分账 */
  profit_sharing?: 'N' | 'Y';
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 设备号 */
  device_info?: string;
  /**
   * 随机字符串
   * Filled in by the client when left out.
   */
  nonce_str?: string;
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'MD5' | 'HMAC-SHA256';
  /** 商品描述 */
  body: string;
  /**
   * 单品优惠活动该字段必传，`JSON`格式字符串
   * @format jsonObjectLike
   */
  detail?: string;
  /** 附加数据 */
  attach?: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 标价币种 */
  fee_type?: string;
  /**
   * 标价金额
   * @format int32
   */
  total_fee: number | string;
  /** 终端IP */
  spbill_create_ip: string;
  /** 交易起始时间 */
  time_start?: string;
  /** 交易结束时间 */
  time_expire?: string;
  /** 订单优惠标记 */
  goods_tag?: string;
  /** 通知地址 */
  notify_url: string;
  /** 交易类型 */
  trade_type: string;
  /** 商品ID */
  product_id?: string;
  /** 指定支付方式 */
  limit_pay?: string;
  /** 用户标识 */
  openid?: string;
  /** 电子发票入口开放标识 */
  receipt?: 'Y' | 'N';
  /**
   * 场景信息`JSON`格式字符串
   * @format jsonObjectLike
   */
  scene_info?: string;
  /**
   * 证件类型(指定身份支付)
   *
   * - `IDCARD`: 身份证
   * - `HONGKONG_MACAO`: 港澳回乡证
   * - `HONGKONG_MACAO_RESIDENT`: 港澳居住证
   * - `TAIWAN_RESIDENT`: 台湾居住证
   * - `FOREIGN_RESIDENT`: 外国人永居证
   * - `OVERSEA_PASSPORT`: 护照
   */
  user_type?: 'IDCARD' | 'HONGKONG_MACAO' | 'HONGKONG_MACAO_RESIDENT' | 'TAIWAN_RESIDENT' | 'FOREIGN_RESIDENT' | 'OVERSEA_PASSPORT';
  /** 证件号(指定身份支付) */
  user_creid?: string;
  /** 姓名(指定身份支付) */
  user_truename?: string;
};

/** From `definitions/unifiedorder.yaml#unifiedorder.response` (APIv2 answer: every value arrives as a string). */
export type UnifiedorderResponse = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg: string;
} & {
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 设备号 */
  device_info?: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 签名 */
  sign: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
} & {
  /** 交易类型 */
  trade_type: 'JSAPI' | 'NATIVE' | 'APP' | 'MWEB';
  /** 预支付交易会话标识 */
  prepay_id: string;
  /** 二维码链接 */
  code_url?: string;
  /** 支付跳转链接，**mweb_url为拉起微信支付收银台的中间页面，可通过访问该url来拉起微信客户端，完成支付,mweb_url的有效期为5分钟。** */
  mweb_url?: string;
} & {
  /**
   * 营销详情`JSON`格式字符串
   * @format jsonObjectLike
   */
  promotion_detail?: string;
};

/**
 * 核销方式(OFF_LINE：线下滴码 MINI_PROGRAMS：线上小程序 PAYMENT_CODE：微信支付付款码 SELF_CONSUME：用户自助)
 * From `definitions/Enumerations.yaml#UseMethod`.
 */
export type UseMethod = 'OFF_LINE' | 'MINI_PROGRAMS' | 'PAYMENT_CODE' | 'SELF_CONSUME';

/**
 * 车牌颜色
 *
 * - `BLUE`: 蓝色
 * - `GREEN`: 绿色
 * - `YELLOW`: 黄色
 * - `BLACK`: 黑色
 * - `WHITE`: 白色
 * - `LIMEGREEN`: 黄绿色
 * From `definitions/Enumerations.yaml#VehiclePlateColor`.
 */
export type VehiclePlateColor = 'BLUE' | 'GREEN' | 'YELLOW' | 'BLACK' | 'WHITE' | 'LIMEGREEN';

/**
 * 可用星期数(0代表周日，1代表周一，以此类推)
 * From `definitions/Enumerations.yaml#Weekday`.
 */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;
