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

/** An object type several operations share (written once, so tsc parses it once). */
export type Account = {
  /** 品牌主商户号 */
  brand_mchid: string;
  /** 分账接收方类型 */
  type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID';
  /** 分账接收方账号 */
  account: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ActionId = {
  /** 动作类型 */
  action_type?: 'ACTION_TYPE_SEND_MESSAGE' | 'ACTION_TYPE_JUMP_URL' | 'ACTION_TYPE_JUMP_MINI_PROGRAM';
  /** 跳转链接 */
  jump_url?: string;
  /** 跳转小程序信息 */
  mini_program_jump_info?: {
    /** 跳转小程序APPID */
    appid: string;
    /** 跳转小程序页面PATH */
    path: string;
    /** 跳转小程序页面名称 */
    text: string;
  };
  /** 回复消息内容 */
  message_info?: {
    /** 回复的消息内容 */
    content: string;
    /** 自定义透传字段 */
    custom_data?: string;
  };
  /** 动作id */
  action_id?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ActionId2 = {
  /** 动作类型 */
  action_type?: 'ACTION_TYPE_SEND_MESSAGE' | 'ACTION_TYPE_JUMP_URL' | 'ACTION_TYPE_JUMP_MINI_PROGRAM';
  /** 跳转链接 */
  jump_url?: string;
  /** 跳转小程序信息 */
  mini_program_jump_info?: {
    /** 跳转小程序APPID */
    appid: string;
    /** 跳转小程序页面PATH */
    path?: string;
    /** 跳转小程序页面名称 */
    text?: string;
  };
  /** 回复消息内容 */
  message_info?: {
    /** 回复的消息内容 */
    content: string;
    /** 自定义透传字段 */
    custom_data?: string;
  };
  /** 动作id */
  action_id?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ActivatePath = {
  /** 激活类型 */
  activate_type: string;
  /** 跳转激活的url */
  activate_url?: string;
  /** 跳转激活的小程序 */
  activate_miniprogram?: {
    /** 跳转激活的appid */
    activate_appid: string;
    /** 跳转激活的path */
    activate_path: string;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ActivityLogo = {
  /** 活动ID */
  activity_id?: string;
  /** 活动名称 */
  activity_name: string;
  /** 活动投放场景 */
  activity_scene: string;
  /** 活动投放区域编码 */
  activity_area_code: unknown[];
  /** 活动指定付款方式 */
  activity_limit_pay?: string;
  /** 活动优惠门槛 */
  activity_transaction_minimum_amount: number;
  /** 活动优惠金额 */
  activity_coupon_amount: number;
  /** 活动可使用周期 */
  activity_available_week: unknown[];
  /** 活动预算 */
  activity_max_amount: number;
  /** 活动单天预算 */
  activity_max_amount_per_day?: number;
  /** 活动开始时间 */
  activity_available_begin_time: string;
  /** 活动结束时间 */
  activity_available_end_time: string;
  /** 活动状态 */
  activity_state: string;
  /** 活动备注 */
  activity_remark?: string;
  /** 活动logo */
  activity_logo: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ActualPrice = {
  /** 计划明细序号 */
  plan_detail_no: number;
  /** 计划明细名称 */
  plan_detail_name: string;
  /** 计划明细原支付金额(单位分) */
  original_price: number;
  /** 计划明细优惠说明 */
  plan_discount_description?: string;
  /** 计划明细实际支付金额(单位分) */
  actual_price: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Address = {
  /** 商户端设备号 */
  device_id?: string;
  /** 商户端设备IP */
  device_ip?: string;
  /** 用户终端IP */
  payer_client_ip?: string;
  /** 操作员ID */
  operator_id?: string;
  /** 商户门店信息 */
  store_info?: {
    /** 编号 */
    id?: string;
    /** 名称 */
    name: string;
    /** 详细地址 */
    address: string;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Address2 = {
  /** 商户端设备号 */
  device_id?: string;
  /** 商户端设备IP */
  device_ip?: string;
  /** 用户终端IP */
  payer_client_ip: string;
  /** 操作员ID */
  operator_id?: string;
  /** 商户门店信息 */
  store_info: {
    /** 编号 */
    id?: string;
    /** 名称 */
    name: string;
    /** 详细地址 */
    address: string;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Address3 = {
  /** 用户终端IP */
  payer_client_ip: string;
  /** 商户端设备号 */
  device_id?: string;
  /** 商户门店信息 */
  store_info?: {
    /** 门店编号 */
    id?: string;
    /** 门店名称 */
    name?: string;
    /** 地区编码 */
    area_code?: string;
    /** 详细地址 */
    address?: string;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Address4 = {
  /** 平台证书序列号 */
  cert_serial_no: string;
  /** 用户标识 */
  openid?: string;
  /** 用户姓名 */
  name?: string;
  /** 用户手机号 */
  phone?: string;
  /** 用户身份证ID */
  userid?: string;
  /** 用户收货地址 */
  address?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Advance = {
  /** 退款金额 */
  refund: number;
  /** 退款出资账户及金额 */
  from?: Array<{
    /** 出资账户类型 */
    account: 'AVAILABLE' | 'UNAVAILABLE';
    /** 出资金额 */
    amount: number;
  }>;
  /** 用户退款金额 */
  payer_refund: number;
  /** 优惠退款金额 */
  discount_refund?: number;
  /** 退款币种 */
  currency?: string;
  /** 垫付金额 */
  advance?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Amount2 = {
  /**
   * 二级商户号的出款子账户类型
   *
   * - `BASIC_ACCOUNT`: 商户的基本户
   * - `OPERATE_ACCOUNT`: 商户的运营账户
   * - `MARGIN_ACCOUNT`: 商户的保证金户
   * - `TRADE_FEE_ACCOUNT`: 商户的手续费账户
   */
  out_account_type: 'BASIC_ACCOUNT' | 'OPERATE_ACCOUNT' | 'MARGIN_ACCOUNT' | 'TRADE_FEE_ACCOUNT';
  /** 账户金额 */
  amount: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Amount3 = {
  /** 支付渠道 */
  pay_channel: 'WECHAT_PAY';
  /** 支付订单号 */
  transaction_id: string;
  /** 支付商户订单号 */
  out_trade_no?: string;
  /** 交易金额 */
  amount: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type AvailableDayAfterReceive = {
  /**
   * 有效期类型
   *
   * - `FIX_TIME_RANGE`: 固定时间范围内有效
   * - `FIX_TERM`: 相对时间范围内有效
   * - `PERMANENT`: 永久有效
   */
  type: 'FIX_TIME_RANGE' | 'FIX_TERM' | 'PERMANENT';
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

/** An object type several operations share (written once, so tsc parses it once). */
export type AvailableIndustryList = {
  /** 业务类型 */
  business_type?: 'MULTIUSE';
  /** 消费金可用地域 */
  available_region_list?: Array<{
    /** 类型 */
    type?: string;
    /** 省 */
    province?: string;
    /** 市 */
    city?: string;
    /** 区 */
    district?: string;
    /** 国家 */
    country?: string;
  }>;
  /** 消费金可用行业 */
  available_industry_list?: string[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type AvailableRechargeChannels = {
  /** 平台商户号 */
  sp_mchid: string;
  /** 二级商户号 */
  sub_mchid: string;
  /** 微信支付充值单号 */
  recharge_id: string;
  /** 商户充值单号 */
  out_recharge_no: string;
  /** 充值渠道 */
  recharge_channel?: 'BANK_TRANSFER' | 'QR_RECHARGE' | 'ONLINE_BANK';
  /** 充值入账账户 */
  account_type: 'DEPOSIT' | 'OPERATION';
  /** 充值状态 */
  recharge_state: 'SUCCESS' | 'RECHARGING' | 'CLOSED';
  /** 充值场景 */
  recharge_scene: 'ECOMMERCE_DEPOSIT' | 'ECOMMERCE_PAYMENT';
  /** 充值状态描述 */
  recharge_state_desc?: string;
  /** 充值金额 */
  recharge_amount: {
    /** 总金额 */
    amount?: number;
    /** 货币类型 */
    currency?: string;
  };
  /** 转账充值的付款信息 */
  bank_transfer_info?: BankAccountName;
  /** 扫码充值的付款信息 */
  qr_recharge_info?: {
    /** 用户OpenID */
    openid?: string;
    /** 员工类型 */
    employee_type?: 'ADMIN' | 'STAFF';
  };
  /** 网银充值的付款信息 */
  online_bank_recharge_info?: BankAccountName2;
  /** 受理充值时间 */
  accept_time?: string;
  /** 充值成功时间 */
  success_time?: string;
  /** 关闭充值时间 */
  close_time?: string;
  /** 可用充值渠道列表 */
  available_recharge_channels?: Array<'BANK_TRANSFER' | 'QR_RECHARGE' | 'ONLINE_BANK'>;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type AvailableSeconds = {
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
  /** 生效后N天内有效 */
  available_days?: number;
  /** 领取后N天开始生效 */
  wait_days_after_receive?: number;
  /** 每周固定可用时间 */
  weekly_available_period?: EndTime2;
  /** 无规律的可用时间段 */
  irregular_available_period_list?: Array<{
    /**
     * 开始时间
     * @format rfc3339
     */
    begin_time: string;
    /**
     * 结束时间
     * @format rfc3339
     */
    end_time: string;
  }>;
  /** 领取后N秒内有效 */
  available_seconds?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type AvailableSeconds2 = {
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
  /** 领取后N天开始生效 */
  wait_days_after_receive?: number;
  /** 每周固定可用时间 */
  weekly_available_period?: EndTime2;
  /** 无规律的可用时间段 */
  irregular_available_period_list?: Array<{
    /**
     * 开始时间
     * @format rfc3339
     */
    begin_time: string;
    /**
     * 结束时间
     * @format rfc3339
     */
    end_time: string;
  }>;
  /** 领取后N秒内有效 */
  available_seconds?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BalanceUrl = {
  /** 是否支持储值 */
  need_balance?: boolean;
  /** 储值小程序appid */
  balance_appid?: string;
  /** 储值小程序path */
  balance_path?: string;
  /** 储值url */
  balance_url?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BankAccount = {
  /** 名称 */
  name: string;
  /** 纳税人识别号 */
  taxpayer_id: string;
  /** 地址 */
  address: string;
  /** 电话 */
  telephone?: string;
  /** 开户银行 */
  bank_name?: string;
  /** 银行账号 */
  bank_account?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BankAccountName = {
  /** 转入的银行流水单号 */
  bill_no?: string;
  /** 转账充值附言 */
  memo?: string;
  /** 银行转账退回时间 */
  return_time?: string;
  /** 银行转账退回原因 */
  return_reason?: string;
  /** 开户银行名称 */
  bank_name?: string;
  /** 银行卡号后四位 */
  bank_card_tail?: string;
  /** 银行账户名称 */
  bank_account_name?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BankAccountName2 = {
  /** 银行交易订单号 */
  bill_no?: string;
  /** 网银充值退回时间 */
  return_time?: string;
  /** 网银充值退回原因 */
  return_reason?: string;
  /** 开户银行名称 */
  bank_name?: string;
  /** 网银类型 */
  online_bank_type?: 'ONLINE_BANK_TYPE_CORPORATE' | 'ONLINE_BANK_TYPE_PERSONAL';
  /** 银行卡号后四位 */
  bank_card_tail?: string;
  /** 银行账户名称 */
  bank_account_name?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BankAccountNo = {
  /** 微信支付充值单号 */
  recharge_id: string;
  /** 商户充值单号 */
  out_recharge_no: string;
  /** 银行账户 */
  transfer_in_account: BankAccountNo2;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BankAccountNo2 = {
  /** 开户银行名称 */
  bank_name?: string;
  /** 开户银行省市编码 */
  bank_address_code?: string;
  /** 开户银行行号 */
  bank_code?: string;
  /** 银行账户名称 */
  bank_account_name?: string;
  /** 银行账号 */
  bank_account_no?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BankCardNumberTail = {
  /** 银行服务商号 */
  bank_sp_mchid: string;
  /** 服务平台商户号 */
  platform_mchid: string;
  /** 付款企业商户号 */
  specialized_payment_mchid: string;
  /** 实际出资商户号 */
  sponsor_mchid: string;
  /** 用户授权商户号 */
  user_authorized_mchid: string;
  /** 用户授权appid */
  user_authorized_appid: string;
  /** 银行批次单号 */
  out_batch_no: string;
  /** 微信支付批次单号 */
  batch_id: string;
  /** 转账场景 */
  transfer_scene: 'ORDINARY_TRANSFER' | 'PAYROLL_CARD_TRANSFER';
  /** 银行明细单号 */
  out_detail_no: string;
  /** 微信支付明细单号 */
  detail_id: string;
  /** 收款用户openid */
  openid: string;
  /** 收款用户姓名 */
  username: string;
  /** 转账金额 */
  transfer_amount: number;
  /** 转账备注 */
  transfer_remark: string;
  /** 明细状态 */
  detail_state: 'PROCESSING' | 'SUCCESS' | 'FAIL' | 'REFUND';
  /** 明细失败原因 */
  fail_reason?: 'ACCOUNT_FROZEN' | 'REAL_NAME_CHECK_FAIL' | 'NAME_NOT_CORRECT' | 'OPENID_INVALID' | 'TRANSFER_QUOTA_EXCEED' | 'DAY_RECEIVED_QUOTA_EXCEED' | 'MONTH_RECEIVED_QUOTA_EXCEED' | 'DAY_RECEIVED_COUNT_EXCEED' | 'PRODUCT_AUTH_CHECK_FAIL' | 'OVERDUE_CLOSE' | 'ID_CARD_NOT_CORRECT' | 'ACCOUNT_NOT_EXIST' | 'TRANSFER_RISK' | 'PAYROLL_CARD_ALREADY_LOGOUT' | 'PAYROLL_CARD_ALREADY_FROZEN' | 'PAYROLL_CARD_UNAUTHORIZED' | 'PAYROLL_CARD_USER_NOT_OPEN' | 'PAYROLL_CARD_NAME_CARD_NOT_MATCH' | 'PAYROLL_CARD_ID_CARD_NOT_MATCH' | 'PAYROLL_CARD_BANKCARD_UNBUNDLING' | 'BANK_CARD_COLLECTIONS_ABOVE_QUOTA' | 'BANK_CARD_ACCOUNT_ABNORMAL' | 'BANK_CARD_STATUS_ABNORMAL' | 'BANK_CARD_BANK_INFO_WRONG' | 'BANK_CARD_CARD_INFO_WRONG' | 'OTHER_FAIL_REASON_TYPE' | 'REALNAME_ACCOUNT_RECEIVED_QUOTA_EXCEED' | 'TRANSFER_REMARK_SET_FAIL';
  /** 转账发起时间 */
  initiate_time?: string;
  /** 明细更新时间 */
  update_time: string;
  /** 收款账户类型 */
  account_type: 'WECHATPAY_ACCOUNT' | 'BANK_ACCOUNT';
  /** 银行名称 */
  bank_name?: string;
  /** 银行卡尾号 */
  bank_card_number_tail?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BankCardNumberTail2 = {
  /** 服务商商户号 */
  sp_mchid: string;
  /** 商家批次单号 */
  out_batch_no: string;
  /** 微信支付批次单号 */
  batch_id: string;
  /** 商户的appid */
  appid?: string;
  /** 商家明细单号 */
  out_detail_no: string;
  /** 微信支付明细单号 */
  detail_id: string;
  /** 明细状态 */
  detail_status: string;
  /** 转账金额 */
  transfer_amount: number;
  /** 转账备注 */
  transfer_remark: string;
  /** 明细失败原因 */
  fail_reason?: string;
  /** 收款用户openid */
  openid: string;
  /** 收款用户姓名 */
  username: string;
  /** 转账发起时间 */
  initiate_time: string;
  /** 明细更新时间 */
  update_time: string;
  /** 收款账户类型 */
  account_type?: string;
  /** 银行名称 */
  bank_name?: string;
  /** 银行卡尾号 */
  bank_card_number_tail?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BankCardTail = {
  /** 转账充值附言 */
  memo?: string;
  /** 银行转账退回时间 */
  return_time?: string;
  /** 银行转账退回原因 */
  return_reason?: string;
  /** 开户银行名称 */
  bank_name?: string;
  /** 银行卡号后四位 */
  bank_card_tail?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BankName = {
  /** 二级商户号 */
  sub_mchid?: string;
  /** 电商平台商户号 */
  sp_mchid: string;
  /** 提现单状态 */
  status: 'CREATE_SUCCESS' | 'SUCCESS' | 'FAIL' | 'REFUND' | 'CLOSE' | 'INIT';
  /** 微信支付提现单号 */
  withdraw_id: string;
  /** 商户提现单号 */
  out_request_no: string;
  /** 提现金额 */
  amount: number;
  /** 发起提现时间 */
  create_time?: string;
  /** 提现状态更新时间 */
  update_time?: string;
  /** 失败原因 */
  reason?: string;
  /** 提现备注 */
  remark?: string;
  /** 银行备注 */
  bank_memo?: string;
  /** 出款账户类型 */
  account_type?: 'BASIC' | 'OPERATION' | 'FEES';
  /** 入账银行账号后四位 */
  account_number?: string;
  /** 入账银行 */
  account_bank?: string;
  /** 入账银行全称（含支行） */
  bank_name?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BankName2 = {
  /** 收付通平台商户号 */
  sp_mchid: string;
  /** 特约商户号 */
  sub_mchid: string;
  /** 单据状态 */
  status: 'CREATED' | 'PROCESSING' | 'FINISHED' | 'ABNORMAL';
  /** 微信支付提现单号 */
  withdraw_id: string;
  /** 商户提现单号 */
  out_request_no: string;
  /** 提现金额 */
  total_amount: number;
  /** 提现成功金额 */
  success_amount?: number;
  /** 提现失败金额 */
  fail_amount?: number;
  /** 提现退票金额 */
  refund_amount?: number;
  /**
   * 发起提现时间
   * @format rfc3339
   */
  create_time: string;
  /**
   * 提现状态更新时间
   * @format rfc3339
   */
  update_time: string;
  /** 失败原因 */
  reason?: string;
  /** 提现备注 */
  remark?: string;
  /** 银行附言 */
  bank_memo?: string;
  /** 出款账户类型 */
  account_type: 'BASIC' | 'OPERATION' | 'FEES';
  /** 入账银行账号后四位 */
  account_number: string;
  /** 入账银行 */
  account_bank: string;
  /** 入账银行全称（含支行） */
  bank_name?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BankRefundTime = {
  /** 商家批次单号 */
  out_batch_no: string;
  /** 商家转账批次单号 */
  batch_id: string;
  /** 商家明细单号 */
  out_detail_no: string;
  /** 商家转账明细单号 */
  detail_id: string;
  /** 服务商应用ID */
  sp_appid: string;
  /** 二级商户号 */
  sub_mchid: string;
  /** 二级商户应用ID */
  sub_appid?: string;
  /**
   * 转账发起时间
   * @format rfc3339
   */
  create_time: string;
  /**
   * 明细状态
   *
   * - `INIT`: 系统转账校验中
   * - `ALL`: 全部
   * - `WAIT_PAY`: 待确认
   * - `SUCCESS`: 转账成功
   * - `FAIL`: 转账失败
   * - `BANK_REFUND`: 银行返回转账成功后，拒绝入账，资金会返回商户账户
   */
  detail_state: 'INIT' | 'ALL' | 'WAIT_PAY' | 'SUCCESS' | 'FAIL' | 'BANK_REFUND';
  /** 转账金额 */
  transfer_amount: number;
  /** 转账备注 */
  transfer_remark: string;
  /**
   * 明细失败原因
   *
   * - `ACCOUNT_FROZEN`: 该用户账户被冻结
   * - `REAL_NAME_CHECK_FAIL`: 收款人未实名认证，需要用户完成微信实名认证
   * - `NAME_NOT_CORRECT`: 收款人姓名校验不通过，请核实信息
   * - `OPENID_INVALID`: OpenID格式错误或者不属于商家公众账号
   * - `TRANSFER_QUOTA_EXCEED`: 超过用户单笔收款额度，核实产品设置是否准确
   * - `DAY_RECEIVED_QUOTA_EXCEED`: 超过用户单日收款额度，核实产品设置是否准确
   * - `MONTH_RECEIVED_QUOTA_EXCEED`: 超过用户单月收款额度，核实产品设置是否准确
   * - `DAY_RECEIVED_COUNT_EXCEED`: 超过用户单日收款次数，核实产品设置是否准确
   * - `PRODUCT_AUTH_CHECK_FAIL`: 未开通该权限或权限被冻结，请核实产品权限状态
   * - `OVERDUE_CLOSE`: 超过系统重试期，系统自动关闭
   * - `ID_CARD_NOT_CORRECT`: 收款人身份证校验不通过，请核实信息
   * - `ACCOUNT_NOT_EXIST`: 该用户账户不存在
   * - `TRANSFER_RISK`: 该笔转账可能存在风险，已被微信拦截
   * - `PAYROLL_CARD_ALREADY_LOGOUT`: 该用户的务工卡已经注销
   * - `PAYROLL_CARD_ALREADY_FROZEN`: 该用户的务工卡已经被冻结
   * - `PAYROLL_CARD_UNAUTHORIZED`: 该用户的务工卡未授权该商户
   * - `PAYROLL_CARD_USER_NOT_OPEN`: 该用户没有开通务工卡
   * - `PAYROLL_CARD_NAME_CARD_NOT_MATCH`: 务工卡实名和用户实名不一致
   * - `PAYROLL_CARD_ID_CARD_NOT_MATCH`: 务工卡身份证和用户身份证不一致
   * - `PAYROLL_CARD_BANKCARD_UNBUNDLING`: 务工卡所选银行卡已解绑
   * - `BANK_CARD_COLLECTIONS_ABOVE_QUOTA`: 银行卡属二/三类卡，达到收款限额无法入账
   * - `BANK_CARD_ACCOUNT_ABNORMAL`: 银行卡已被销户、冻结、作废、挂失等致无法入账
   * - `BANK_CARD_STATUS_ABNORMAL`: 银行卡状态异常，无法入账
   * - `BANK_CARD_BANK_INFO_WRONG`: 登记的银行名称或分支行信息有误
   * - `BANK_CARD_CARD_INFO_WRONG`: 银行卡户名或卡号有误
   * - `OTHER_FAIL_REASON_TYPE`: 其它失败原因
   * - `REALNAME_ACCOUNT_RECEIVED_QUOTA_EXCEED`: 请引导用户在微信支付查看详情
   * - `RECEIVE_ACCOUNT_NOT_PERMMIT`: 请在产品设置中调整，添加该用户为收款人
   * - `PAYEE_ACCOUNT_ABNORMAL`: 请联系用户完善其在微信支付的身份信息以继续收款
   * - `PAYER_ACCOUNT_ABNORMAL`: 可前往商户平台获取解除功能限制指引
   * - `TRANSFER_REMARK_SET_FAIL`: 转账备注设置失败，请调整后重新再试
   * - `TRANSFER_SCENE_INVALID`: 该转账场景暂不可用，请确认转账场景ID是否正确
   * - `TRANSFER_SCENE_UNAVAILABLE`: 你尚未获取该转账场景，请确认转账场景ID是否正确
   * - `RECEIVE_ACCOUNT_NOT_CONFIGURE`: 请前往商户平台-商家转账到零钱-前往功能-转账场景中添加
   * - `BLOCK_B2C_USERLIMITAMOUNT_BSRULE_MONTH`: 超出用户单月转账收款20w限额，本月不支持继续向该用户付款
   * - `BLOCK_B2C_USERLIMITAMOUNT_MONTH`: 用户账户存在风险收款受限，本月不支持继续向该用户付款
   * - `MERCHANT_REJECT`: 商户员工（转账验密人）已驳回转账
   * - `MERCHANT_NOT_CONFIRM`: 商户员工（转账验密人）超时未验密
   * - `BANK_CARD_PARAM_ERROR`: 用户收款卡错误，请核实信息
   * - `BANK_CARD_TYPE_NOT_SUPPORTED`: 用户收款卡类型非储值卡，不支持转账
   * - `RESERVATION_STATE_INVALID`: 预约转账单状态异常，请检查
   * - `EXCEEDED_ESTIMATED_AMOUNT`: 转账金额超过预约金额范围，请检查
   * - `RESERVATION_INFO_NOT_MATCH`: 转账信息，如用户OpenID等参数，与预约时传入的信息不一致，请检查
   * - `RESERVATION_SCENE_NOT_MATCH`: 该预约单的转账场景与发起转账时传入的不同，请检查
   */
  fail_reason?: 'ACCOUNT_FROZEN' | 'REAL_NAME_CHECK_FAIL' | 'NAME_NOT_CORRECT' | 'OPENID_INVALID' | 'TRANSFER_QUOTA_EXCEED' | 'DAY_RECEIVED_QUOTA_EXCEED' | 'MONTH_RECEIVED_QUOTA_EXCEED' | 'DAY_RECEIVED_COUNT_EXCEED' | 'PRODUCT_AUTH_CHECK_FAIL' | 'OVERDUE_CLOSE' | 'ID_CARD_NOT_CORRECT' | 'ACCOUNT_NOT_EXIST' | 'TRANSFER_RISK' | 'PAYROLL_CARD_ALREADY_LOGOUT' | 'PAYROLL_CARD_ALREADY_FROZEN' | 'PAYROLL_CARD_UNAUTHORIZED' | 'PAYROLL_CARD_USER_NOT_OPEN' | 'PAYROLL_CARD_NAME_CARD_NOT_MATCH' | 'PAYROLL_CARD_ID_CARD_NOT_MATCH' | 'PAYROLL_CARD_BANKCARD_UNBUNDLING' | 'BANK_CARD_COLLECTIONS_ABOVE_QUOTA' | 'BANK_CARD_ACCOUNT_ABNORMAL' | 'BANK_CARD_STATUS_ABNORMAL' | 'BANK_CARD_BANK_INFO_WRONG' | 'BANK_CARD_CARD_INFO_WRONG' | 'OTHER_FAIL_REASON_TYPE' | 'REALNAME_ACCOUNT_RECEIVED_QUOTA_EXCEED' | 'RECEIVE_ACCOUNT_NOT_PERMMIT' | 'PAYEE_ACCOUNT_ABNORMAL' | 'PAYER_ACCOUNT_ABNORMAL' | 'TRANSFER_REMARK_SET_FAIL' | 'TRANSFER_SCENE_INVALID' | 'TRANSFER_SCENE_UNAVAILABLE' | 'RECEIVE_ACCOUNT_NOT_CONFIGURE' | 'BLOCK_B2C_USERLIMITAMOUNT_BSRULE_MONTH' | 'BLOCK_B2C_USERLIMITAMOUNT_MONTH' | 'MERCHANT_REJECT' | 'MERCHANT_NOT_CONFIRM' | 'BANK_CARD_PARAM_ERROR' | 'BANK_CARD_TYPE_NOT_SUPPORTED' | 'RESERVATION_STATE_INVALID' | 'EXCEEDED_ESTIMATED_AMOUNT' | 'RESERVATION_INFO_NOT_MATCH' | 'RESERVATION_SCENE_NOT_MATCH';
  /** 收款用户OpenID */
  openid?: string;
  /** 收款银行类型 */
  bank_type?: string;
  /**
   * 收款用户姓名
   * @format base64
   */
  user_name?: string;
  /**
   * 转账完成时间
   * @format rfc3339
   */
  transfer_finish_time?: string;
  /**
   * 银行退票时间
   * @format rfc3339
   */
  bank_refund_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BankRefundTime2 = {
  /** 商家批次单号 */
  out_batch_no: string;
  /** 商家转账批次单号 */
  batch_id: string;
  /** 商家明细单号 */
  out_detail_no: string;
  /** 商家转账明细单号 */
  detail_id: string;
  /** 服务商应用ID */
  sp_appid: string;
  /** 二级商户号 */
  sub_mchid: string;
  /** 二级商户应用ID */
  sub_appid?: string;
  /**
   * 转账发起时间
   * @format rfc3339
   */
  create_time: string;
  /** 明细状态 */
  detail_state: string;
  /** 转账金额 */
  transfer_amount: number;
  /** 转账备注 */
  transfer_remark: string;
  /** 明细失败原因 */
  fail_reason?: string;
  /** 收款用户OpenID */
  openid?: string;
  /** 收款银行类型 */
  bank_type?: string;
  /** 收款用户姓名 */
  user_name?: string;
  /**
   * 转账完成时间
   * @format rfc3339
   */
  transfer_finish_time?: string;
  /**
   * 银行退票时间
   * @format rfc3339
   */
  bank_refund_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BankType = {
  /** 收款状态 */
  state: 'USER_PAYING' | 'USER_PAID';
  /** 总收款金额 */
  total_amount?: number;
  /** 待收金额 */
  paying_amount?: number;
  /** 已收金额 */
  paid_amount?: number;
  /** 收款明细列表 */
  details?: GoodsRemark4[];
  /** 收款银行 */
  bank_type?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BrandAppid = {
  /** 品牌主商户号 */
  brand_mchid: string;
  /** 商家品牌红包批次单号 */
  out_batch_no: string;
  /** 微信支付品牌红包批次单号 */
  batch_no: string;
  /** 商家品牌红包明细单号 */
  out_detail_no: string;
  /** 微信支付品牌红包明细单号 */
  detail_no: string;
  /**
   * 品牌红包明细单状态
   *
   * - `DETAIL_INIT`: 系统转账校验中
   * - `DETAIL_WAIT_PAY`: 待商户确认，符合免密条件时，系统会自动扭转为发送中
   * - `DETAIL_PROCESSING`: 正在处理中，品牌红包发送结果尚未明确
   * - `DETAIL_SUCCESS`: 发送成功
   * - `DETAIL_FAIL`: 需要确认失败原因后，再决定是否重新对该笔品牌红包明细单进行发送（并非整个品牌红包批次单）
   */
  detail_state: 'DETAIL_INIT' | 'DETAIL_WAIT_PAY' | 'DETAIL_PROCESSING' | 'DETAIL_SUCCESS' | 'DETAIL_FAIL';
  /**
   * 红包金额
   * @format integer
   */
  amount: number;
  /** 红包备注 */
  remark: string;
  /**
   * 失败原因
   *
   * - `ACCOUNT_FROZEN`: 该用户账户被冻结
   * - `REAL_NAME_CHECK_FAIL`: 收款人未实名认证，需要用户完成微信实名认证
   * - `NAME_NOT_CORRECT`: 收款人姓名校验不通过，请核实信息
   * - `OPENID_INVALID`: OpenID格式错误或者不属于商家公众账号
   * - `TRANSFER_QUOTA_EXCEED`: 超过用户单笔收款区间，核实产品设置是否准确
   * - `DAY_RECEIVED_QUOTA_EXCEED`: 超过用户单日收款额度，核实产品设置是否准确
   * - `DAY_RECEIVED_COUNT_EXCEED`: 超过用户单日收款次数，核实产品设置是否准确
   * - `PRODUCT_AUTH_CHECK_FAIL`: 未开通该权限或权限被冻结，请核实产品权限状态
   * - `OVERDUE_CLOSE`: 该笔转账已关闭
   * - `ACCOUNT_NOT_EXIST`: 该用户账户不存在
   * - `TRANSFER_RISK`: 该笔转账可能存在风险，已被微信拦截
   * - `USER_ACCOUNT_LIMIT`: 用户账户收款受限，请引导用户在微信支付查看详情
   * - `FAIL_REASON_UNKNOWN`: 失败原因未知
   * - `PAYER_ACCOUNT_ABNORMAL`: 商户账户付款受限，可前往商户平台获取解除功能限制指引
   * - `PAYEE_ACCOUNT_ABNORMAL`: 用户账户收款异常，请联系用户完善其在微信支付的身份信息以继续收款
   * - `USER_RECEIVE_OVERDUE`: 用户逾期未领取
   * - `REMARK_NOT_CORRECT`: 红包备注设置失败，请修改后再试
   * - `MERCHANT_REJECT`: 商户员工（转账验密人）已驳回转账
   * - `MERCHANT_NOT_CONFIRM`: 商户员工（转账验密人）超时未验密
   * - `BLOCK_B2C_USERLIMITAMOUNT_BSRULE_MONTH`: 超出用户单月转账收款20w限额，本月不支持继续向该用户付款
   */
  fail_reason?: 'ACCOUNT_FROZEN' | 'REAL_NAME_CHECK_FAIL' | 'NAME_NOT_CORRECT' | 'OPENID_INVALID' | 'TRANSFER_QUOTA_EXCEED' | 'DAY_RECEIVED_QUOTA_EXCEED' | 'DAY_RECEIVED_COUNT_EXCEED' | 'PRODUCT_AUTH_CHECK_FAIL' | 'OVERDUE_CLOSE' | 'ACCOUNT_NOT_EXIST' | 'TRANSFER_RISK' | 'USER_ACCOUNT_LIMIT' | 'FAIL_REASON_UNKNOWN' | 'PAYER_ACCOUNT_ABNORMAL' | 'PAYEE_ACCOUNT_ABNORMAL' | 'USER_RECEIVE_OVERDUE' | 'REMARK_NOT_CORRECT' | 'MERCHANT_REJECT' | 'MERCHANT_NOT_CONFIRM' | 'BLOCK_B2C_USERLIMITAMOUNT_BSRULE_MONTH';
  /** 接收红包用户OpenID */
  openid: string;
  /**
   * 接收红包用户姓名
   * @format base64
   */
  user_name?: string;
  /**
   * 品牌红包发起时间
   * @format rfc3339
   */
  initiate_time?: string;
  /**
   * 品牌红包更新时间
   * @format rfc3339
   */
  update_time: string;
  /**
   * 品牌ID
   * @format integer
   */
  brand_id: number;
  /** 品牌红包模板ID */
  template_id: string;
  /** 品牌AppID */
  brand_appid?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BrandId = {
  /** 微信支付申请单号 */
  applyment_id: string;
  /** 业务申请编号 */
  business_code: string;
  /**
   * 申请状态
   *
   * - `APPLYMENT_STATE_UNKNOWN`: 未知状态，非终态
   * - `APPLYMENT_STATE_UNSUBMITTED`: 申请未提交，非终态
   * - `APPLYMENT_STATE_WAITING_VALIDATE`: 待主体意愿确认，非终态
   * - `APPLYMENT_STATE_WAITING_AUDIT`: 资料审核中，非终态
   * - `APPLYMENT_STATE_WAITING_AUTH`: 待授权确认，非终态
   * - `APPLYMENT_STATE_OPEN_ACCOUNT`: 开号中，非终态
   * - `APPLYMENT_STATE_FINISH`: 入驻完成，终态
   * - `APPLYMENT_STATE_AUDIT_REJECTED`: 审核驳回，非终态
   * - `APPLYMENT_STATE_CANCELED`: 申请撤销，终态
   */
  applyment_state: 'APPLYMENT_STATE_UNKNOWN' | 'APPLYMENT_STATE_UNSUBMITTED' | 'APPLYMENT_STATE_WAITING_VALIDATE' | 'APPLYMENT_STATE_WAITING_AUDIT' | 'APPLYMENT_STATE_WAITING_AUTH' | 'APPLYMENT_STATE_OPEN_ACCOUNT' | 'APPLYMENT_STATE_FINISH' | 'APPLYMENT_STATE_AUDIT_REJECTED' | 'APPLYMENT_STATE_CANCELED';
  /** 申请状态说明 */
  applyment_state_desc: string;
  /** 授权确认二维码链接 */
  authorization_confirmation_qr_code?: string;
  /** 驳回原因 */
  reject_reason?: string;
  /** 品牌ID */
  brand_id?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BrandId2 = {
  /** 批次组ID */
  stock_bundle_id: string;
  /** 批次列表 */
  stock_list: BrandId3[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BrandId3 = {
  /** 商品券ID */
  product_coupon_id: string;
  /** 批次ID */
  stock_id: string;
  /** 备注 */
  remark?: string;
  /** 券Code分配模式 */
  coupon_code_mode: 'WECHATPAY' | 'UPLOAD';
  /** 品牌方预上传的券Code数量信息 */
  coupon_code_count_info?: {
    /** 已上传的Code总数 */
    total_count: number;
    /** 当前可用的Code */
    available_count: number;
  };
  /** 发放规则 */
  stock_send_rule: {
    /** 发放次数总上限 */
    max_count: number;
    /** 每日发放次数上限 */
    max_count_per_day?: number;
    /** 每个用户领取次数上限 */
    max_count_per_user: number;
  };
  /** 多次优惠使用规则 */
  progressive_bundle_usage_rule?: ExchangePrice2;
  /** 批次组信息 */
  stock_bundle_info: {
    /** 批次组ID */
    stock_bundle_id: string;
    /** 批次在批次组内的次序 */
    stock_bundle_index: number;
  };
  /** 券使用规则展示信息 */
  usage_rule_display_info: PasscodeLink;
  /** 用户商品券展示信息 */
  coupon_display_info: FinderVideoCoverImageUrl3;
  /** 事件通知配置 */
  notify_config: {
    /** 事件通知appid */
    notify_appid?: string;
  };
  /** 可用门店范围 */
  store_scope: 'NONE' | 'ALL' | 'SPECIFIC';
  /** 已发放次数 */
  sent_count_info: {
    /** 已发放总次数 */
    total_count: number;
    /** 当天已发放次数 */
    today_count: number;
  };
  /** 批次状态 */
  state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED';
  /** 失效请求单号 */
  deactivate_request_no?: string;
  /**
   * 失效时间
   * @format rfc3339
   */
  deactivate_time?: string;
  /** 失效原因 */
  deactivate_reason?: string;
  /** 品牌ID */
  brand_id: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BrandId4 = {
  /** 商品券ID */
  product_coupon_id: string;
  /** 批次ID */
  stock_id: string;
  /** 备注 */
  remark?: string;
  /** 券Code分配模式 */
  coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | 'API_ASSIGN';
  /** 品牌方预上传的券Code数量信息 */
  coupon_code_count_info?: {
    /** 已上传的Code总数 */
    total_count: number;
    /** 当前可用的Code */
    available_count: number;
  };
  /** 发放规则 */
  stock_send_rule: {
    /** 发放次数总上限 */
    max_count: number;
    /** 每日发放次数上限 */
    max_count_per_day?: number;
    /** 每个用户领取次数上限 */
    max_count_per_user?: number;
  };
  /** 单券使用规则 */
  single_usage_rule?: ExchangePrice2;
  /** 多次优惠使用规则 */
  sequential_usage_rule?: SpecialFirst;
  /** 券使用规则展示信息 */
  usage_rule_display_info: PasscodeLink;
  /** 用户商品券展示信息 */
  coupon_display_info: FinderVideoCoverImageUrl3;
  /** 事件通知配置 */
  notify_config: {
    /** 事件通知appid */
    notify_appid?: string;
  };
  /** 可用门店范围 */
  store_scope: 'NONE' | 'ALL' | 'SPECIFIC';
  /** 已发放次数 */
  sent_count_info: {
    /** 已发放总次数 */
    total_count: number;
    /** 当天已发放次数 */
    today_count: number;
  };
  /** 批次状态 */
  state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED';
  /** 失效请求单号 */
  deactivate_request_no?: string;
  /**
   * 失效时间
   * @format rfc3339
   */
  deactivate_time?: string;
  /** 失效原因 */
  deactivate_reason?: string;
  /** 品牌ID */
  brand_id: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BrandId5 = {
  /** 商品券ID */
  product_coupon_id: string;
  /** 批次ID */
  stock_id: string;
  /** 备注 */
  remark?: string;
  /** 券Code分配模式 */
  coupon_code_mode: 'WECHATPAY' | 'UPLOAD';
  /** 品牌方预上传的券Code数量信息 */
  coupon_code_count_info?: {
    /** 已上传的Code总数 */
    total_count: number;
    /** 当前可用的Code */
    available_count: number;
  };
  /** 发放规则 */
  stock_send_rule: {
    /** 发放次数总上限 */
    max_count: number;
    /** 每日发放次数上限 */
    max_count_per_day?: number;
    /** 每个用户领取次数上限 */
    max_count_per_user: number;
  };
  /** 多次优惠使用规则 */
  progressive_bundle_usage_rule?: ExchangePrice2;
  /** 批次组信息 */
  stock_bundle_info?: {
    /** 批次组ID */
    stock_bundle_id: string;
    /** 批次在批次组内的次序 */
    stock_bundle_index: number;
  };
  /** 券使用规则展示信息 */
  usage_rule_display_info: PasscodeLink;
  /** 用户商品券展示信息 */
  coupon_display_info: FinderVideoCoverImageUrl3;
  /** 事件通知配置 */
  notify_config: {
    /** 事件通知appid */
    notify_appid?: string;
  };
  /** 可用门店范围 */
  store_scope: 'NONE' | 'ALL' | 'SPECIFIC';
  /** 已发放次数 */
  sent_count_info: {
    /** 已发放总次数 */
    total_count: number;
    /** 当天已发放次数 */
    today_count: number;
  };
  /** 批次状态 */
  state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED';
  /** 失效请求单号 */
  deactivate_request_no?: string;
  /**
   * 失效时间
   * @format rfc3339
   */
  deactivate_time?: string;
  /** 失效原因 */
  deactivate_reason?: string;
  /** 品牌ID */
  brand_id: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BrandId6 = {
  /** 用户商品券Code */
  coupon_code: string;
  /**
   * 用户商品券状态
   *
   * - `CONFIRMING`: 待确认
   * - `PENDING`: 已发放待生效
   * - `EFFECTIVE`: 已生效
   * - `USED`: 已核销
   * - `EXPIRED`: 已过期
   * - `DELETED`: 已删除
   * - `DEACTIVATED`: 已失效
   */
  coupon_state: 'CONFIRMING' | 'PENDING' | 'EFFECTIVE' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED';
  /**
   * 有效期开始时间
   * @format rfc3339
   */
  valid_begin_time: string;
  /**
   * 有效期结束时间
   * @format rfc3339
   */
  valid_end_time: string;
  /**
   * 领券时间
   * @format rfc3339
   */
  receive_time: string;
  /** 发券请求单号 */
  send_request_no: string;
  /**
   * 发券渠道
   *
   * - `API`: 品牌方自主发放，品牌方调用发券接口自行发放
   * - `BRAND_MANAGE`: 摇一摇有优惠，通过摇一摇有优惠渠道发放
   * - `MERCHANT_CARD`: 名片优惠，通过名片优惠渠道发放
   * - `MEMBER`: 会员优惠，通过会员优惠渠道发放
   * - `SMALL_ACTIVITY`: 小活动，通过小活动渠道发放
   * - `RECEIVE_COMPONENT`: 小程序领券组件
   */
  send_channel: 'API' | 'BRAND_MANAGE' | 'MERCHANT_CARD' | 'MEMBER' | 'SMALL_ACTIVITY' | 'RECEIVE_COMPONENT';
  /** 确认请求单号 */
  confirm_request_no?: string;
  /**
   * 确认发放时间
   * @format rfc3339
   */
  confirm_time?: string;
  /** 失效请求单号 */
  deactivate_request_no?: string;
  /**
   * 失效时间
   * @format rfc3339
   */
  deactivate_time?: string;
  /** 失效原因 */
  deactivate_reason?: string;
  /** 单券使用详情 */
  single_usage_detail?: ReturnTime;
  /** 多次优惠使用详情 */
  sequential_usage_detail?: DeleteTime;
  /** 商品券信息 */
  product_coupon: DeactivateReason;
  /** 批次信息 */
  stock: BrandId7;
  /** 自定义附加信息 */
  attach?: string;
  /** 渠道自定义信息 */
  channel_custom_info?: string;
  /** 品牌ID */
  brand_id: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BrandId7 = {
  /** 商品券ID */
  product_coupon_id: string;
  /** 批次ID */
  stock_id: string;
  /** 备注 */
  remark?: string;
  /** 券Code分配模式 */
  coupon_code_mode: 'WECHATPAY' | 'UPLOAD' | 'API_ASSIGN';
  /** 品牌方预上传的券Code数量信息 */
  coupon_code_count_info?: {
    /** 已上传的Code总数 */
    total_count: number;
    /** 当前可用的Code */
    available_count: number;
  };
  /** 发放规则 */
  stock_send_rule: {
    /** 发放次数总上限 */
    max_count: number;
    /** 每日发放次数上限 */
    max_count_per_day?: number;
    /** 每个用户领取次数上限 */
    max_count_per_user?: number;
  };
  /** 单券使用规则 */
  single_usage_rule?: ExchangePrice;
  /** 多次优惠使用规则 */
  sequential_usage_rule?: SpecialFirst2;
  /** 券使用规则展示信息 */
  usage_rule_display_info: PasscodeLink;
  /** 用户商品券展示信息 */
  coupon_display_info: FinderVideoCoverImageUrl3;
  /** 事件通知配置 */
  notify_config: {
    /** 事件通知appid */
    notify_appid?: string;
  };
  /** 可用门店范围 */
  store_scope: 'NONE' | 'ALL' | 'SPECIFIC';
  /** 已发放次数 */
  sent_count_info: {
    /** 已发放总次数 */
    total_count: number;
    /** 当天已发放次数 */
    today_count: number;
  };
  /** 批次状态 */
  state: 'AUDITING' | 'SENDING' | 'PAUSED' | 'STOPPED' | 'DEACTIVATED';
  /** 失效请求单号 */
  deactivate_request_no?: string;
  /**
   * 失效时间
   * @format rfc3339
   */
  deactivate_time?: string;
  /** 失效原因 */
  deactivate_reason?: string;
  /** 品牌ID */
  brand_id: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BrandId8 = {
  /** 用户商品券Code */
  coupon_code: string;
  /**
   * 用户商品券状态
   *
   * - `CONFIRMING`: 待确认
   * - `PENDING`: 已发放待生效
   * - `EFFECTIVE`: 已生效
   * - `USED`: 已核销
   * - `EXPIRED`: 已过期
   * - `DELETED`: 已删除
   * - `DEACTIVATED`: 已失效
   */
  coupon_state: 'CONFIRMING' | 'PENDING' | 'EFFECTIVE' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED';
  /**
   * 有效期开始时间
   * @format rfc3339
   */
  valid_begin_time: string;
  /**
   * 有效期结束时间
   * @format rfc3339
   */
  valid_end_time: string;
  /**
   * 领券时间
   * @format rfc3339
   */
  receive_time: string;
  /** 发券请求单号 */
  send_request_no: string;
  /**
   * 发券渠道
   *
   * - `API`: 品牌方自主发放，品牌方调用发券接口自行发放
   * - `BRAND_MANAGE`: 摇一摇有优惠，通过摇一摇有优惠渠道发放
   * - `MERCHANT_CARD`: 名片优惠，通过名片优惠渠道发放
   * - `MEMBER`: 会员优惠，通过会员优惠渠道发放
   * - `SMALL_ACTIVITY`: 小活动，通过小活动渠道发放
   * - `RECEIVE_COMPONENT`: 小程序领券组件
   */
  send_channel: 'API' | 'BRAND_MANAGE' | 'MERCHANT_CARD' | 'MEMBER' | 'SMALL_ACTIVITY' | 'RECEIVE_COMPONENT';
  /** 确认请求单号 */
  confirm_request_no?: string;
  /**
   * 确认发放时间
   * @format rfc3339
   */
  confirm_time?: string;
  /** 失效请求单号 */
  deactivate_request_no?: string;
  /**
   * 失效时间
   * @format rfc3339
   */
  deactivate_time?: string;
  /** 失效原因 */
  deactivate_reason?: string;
  /** 单券使用详情 */
  single_usage_detail?: ReturnTime;
  /** 多次优惠使用详情 */
  sequential_usage_detail?: DeleteTime;
  /** 商品券信息 */
  product_coupon: DeactivateReason;
  /** 批次信息 */
  stock: BrandId4;
  /** 自定义附加信息 */
  attach?: string;
  /** 渠道自定义信息 */
  channel_custom_info?: string;
  /** 品牌ID */
  brand_id: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BrandId9 = {
  /** 商家门店编号 */
  store_reference_id?: string;
  /** 品牌名称 */
  brand_name?: string;
  /** 门店名称 */
  store_name: string;
  /** 分店名称 */
  branch_name?: string;
  /** 品牌ID */
  brand_id?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type BusinessTime = {
  cert_type?: CertType;
  /**
   * 证件扫描件
   * @format MediaId
   */
  business_license_copy?: string;
  /** 证件注册号 */
  business_license_number?: string;
  /** 商户名称 */
  merchant_name?: string;
  /** 经营者/法定代表人姓名 */
  legal_person?: string;
  /** 注册地址 */
  company_address?: string;
  /**
   * 营业期限`JSON`格式字符串
   * @format jsonArrayLike
   */
  business_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ButtonText = {
  /** 活动ID */
  activity_id: string;
  /** 活动的当前状态 */
  activity_status?: string;
  /** 创建时间 */
  create_time?: string;
  /** 更新时间 */
  update_time?: string;
  /** 会员卡ID */
  card_id?: string;
  /** 活动名称 */
  activity_name?: string;
  /** 活动类型 */
  activity_type?: string;
  /** 活动开始时间 */
  begin_time?: string;
  /** 活动结束时间 */
  end_time?: string;
  /** 发放时间段 */
  award_send_period?: Seconds;
  /** 优惠券列表 */
  stock_list?: Array<{
    /** 创建批次的商户号 */
    stock_creator_mchid: string;
    /** 券批次ID */
    stock_id: string;
  }>;
  /** 商户请求单号 */
  out_request_no?: string;
  /** 支付后活动设置 */
  pay_activity_setting?: GoodsTags;
  /** 支付前会员活动设置 */
  miniprogram_activity_setting?: ButtonText2;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ButtonText2 = {
  /** 指定领取渠道 */
  outer_str?: string[];
  /** 领奖页面跳转配置 */
  award_jump_deploy?: {
    /** 小程序AppID */
    mini_program_appid?: string;
    /** 小程序path */
    mini_program_path?: string;
    /** 跳转按钮文案 */
    button_text?: string;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CancelTime = {
  /** 计划明细序号 */
  plan_detail_no: number;
  /** 计划明细原支付金额（单位分） */
  original_price: number;
  /** 计划明细优惠说明 */
  plan_discount_description?: string;
  /** 计划明细实际支付金额（单位分） */
  actual_price: number;
  /** 计划明细状态 */
  plan_detail_state: string;
  /** 计划明细对应的支付分服务单号 */
  order_id?: string;
  /** 商户侧计划明细使用订单号 */
  merchant_plan_detail_no: string;
  /** 计划详情名称 */
  plan_detail_name: string;
  /** 计划明细对应订单实际支付金额（单位分） */
  actual_pay_price?: number;
  /** 详情使用时间 */
  use_time?: string;
  /** 详情完成时间 */
  complete_time?: string;
  /** 详情取消时间 */
  cancel_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CardRemark = {
  /** 服务商商户号 */
  sp_mchid: string;
  /** 出资子商户号 */
  sub_mchid: string;
  /** 企业支付额度卡卡号 */
  card_no: string;
  /** 商户卡号 */
  out_card_no: string;
  /** 微信授权关系ID */
  employee_id: string;
  /** 企业支付卡模板ID */
  card_template_id: string;
  /** 使用规则 */
  card_rule: 'SINGLE' | 'MULTIPLE';
  /** 退款规则 */
  refund_rule: 'RETURN' | 'NOT_RETURN';
  /** 卡片总金额 */
  amount: number;
  /** 卡片可用金额 */
  remain_amount: number;
  /**
   * 卡片有效期
   * @format rfc3339
   */
  effective_end_time: string;
  /**
   * 卡片生效时间
   * @format rfc3339
   */
  effective_begin_time: string;
  /** 卡片状态 */
  card_state: 'ACTIVE' | 'DISABLED';
  /** 卡片名称 */
  card_name: string;
  /** 失效原因 */
  reason?: string;
  /**
   * 卡片使用时间
   * @format rfc3339
   */
  card_usage_time?: string;
  /** 卡片关联微信支付订单号 */
  transaction_id?: string;
  /**
   * 卡片失效时间
   * @format rfc3339
   */
  card_disabled_time?: string;
  /** 卡片备注 */
  card_remark?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CardType = {
  /**
   * 真实姓名
   * @format base64
   */
  name: string;
  /**
   * 个人身份ID摘要
   * @format base64
   */
  id_digest: string;
  /**
   * 证件类型
   *
   * - `UNKNOWN_USER_CARD_TYPE`: 未知证件类型
   * - `ID_CARD`: 身份证
   * - `HOUSEHOLD_REGISTRATION`: 户口本
   * - `FOREIGNER_PASSPORT`: 外国人护照
   * - `MAINLAND_TRAVEL_PERMIT_FOR_TW`: 台湾居民来往大陆通行证
   * - `MAINLAND_TRAVEL_PERMIT_FOR_MO`: 澳门居民往来内地通行证
   * - `MAINLAND_TRAVEL_PERMIT_FOR_HK`: 香港居民往来内地通行证
   * - `FOREIGN_PERMANENT_RESIDENT`: 外国人永久居留证
   */
  card_type: 'UNKNOWN_USER_CARD_TYPE' | 'ID_CARD' | 'HOUSEHOLD_REGISTRATION' | 'FOREIGNER_PASSPORT' | 'MAINLAND_TRAVEL_PERMIT_FOR_TW' | 'MAINLAND_TRAVEL_PERMIT_FOR_MO' | 'MAINLAND_TRAVEL_PERMIT_FOR_HK' | 'FOREIGN_PERMANENT_RESIDENT';
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CashReduceType = {
  /** 现金减免金额 */
  cash_reduce_fee: number;
  /** 现金减免类型 */
  cash_reduce_type: 'DEFAULT_REDUCE_TYPE' | 'HOSPITAL_REDUCE' | 'PHARMACY_DISCOUNT' | 'DISCOUNT' | 'PRE_PAYMENT' | 'DEPOSIT_DEDUCTION';
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CategoryId2 = {
  /** 商户订单号 */
  out_order_no: string;
  /** 服务ID */
  service_id: string;
  /** 服务商公众号ID */
  appid: string;
  /** 服务商商户号 */
  mchid: string;
  /** 子商户公众号ID */
  sub_appid?: string;
  /** 子商户商户号 */
  sub_mchid: string;
  /** 服务信息 */
  service_introduction: string;
  /** 服务订单状态 */
  state: string;
  /** 订单状态说明 */
  state_description?: string;
  /** 后付费项目 */
  post_payments?: Array<{
    /** 付费名称 */
    name?: string;
    /** 付费金额 */
    amount?: number;
    /** 付费说明 */
    description?: string;
    /** 付费数量 */
    count?: number;
  }>;
  /** 商户优惠 */
  post_discounts?: Array<{
    /** 优惠名称 */
    name?: string;
    /** 优惠说明 */
    description?: string;
    /** 优惠金额 */
    amount?: number;
    /** 优惠数量 */
    count?: number;
  }>;
  /** 服务风险金 */
  risk_fund?: {
    /** 风险名称 */
    name: string;
    /** 风险金额 */
    amount: number;
    /** 风险说明 */
    description?: string;
  };
  /** 服务时间 */
  time_range?: EndTimeRemark4;
  /** 服务位置 */
  location?: {
    /** 服务开始地点 */
    start_location?: string;
    /** 服务结束地点 */
    end_location?: string;
  };
  /** 附加数据 */
  attach?: string;
  /** 商户回调地址 */
  notify_url?: string;
  /** 微信支付服务订单号 */
  order_id?: string;
  /** 跳转微信侧数据包 */
  package?: string;
  /** 先用后付购物详情 */
  shopping_info?: CategoryId3;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CategoryId3 = {
  /** 实际购物商家公众号ID */
  real_merchant_appid?: string;
  /** 单详跳转链接 */
  jump_link: {
    /** 跳转链接类型 */
    jump_link_type: string;
    /** 小程序跳转AppID */
    appid?: string;
    /** 小程序跳转path */
    path?: string;
  };
  /** 商品列表 */
  goods: CategoryId4[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CategoryId4 = {
  /** 商品名称 */
  name: string;
  /** 商品图片链接 */
  picture: string;
  /** 商品单价金额 */
  amount: number;
  /** 商品数量 */
  count: number;
  /** 商品品类ID */
  category_id?: string[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CategoryId5 = {
  /** 商品列表 */
  goods: CategoryId4[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CellMessage = {
  /** 品牌ID */
  brand_id: string;
  /** 会员卡模板ID */
  card_id: string;
  /** 会员卡code */
  user_card_code: string;
  /** 用户标识 */
  openid: string;
  /** 商家请求单号 */
  out_request_no: string;
  /** 会员动态内容 */
  cell_message: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CertificateCheckResult = {
  /** 机构APPID */
  appid: string;
  /** 商户号 */
  mchid: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 微信订单号 */
  transaction_id: string;
  /** 身份核验结果 */
  certificate_check_result: 'SAME' | 'DIFFERENT';
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CertificateName = {
  /** 机构APPID */
  appid: string;
  /** 商户号 */
  mchid: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 微信订单号 */
  transaction_id: string;
  /** 商户子订单号 */
  sub_order_no?: string;
  /**
   * 海关
   *
   * - `GUANGZHOU_ZS`: 广州（总署版）
   * - `HANGZHOU_ZS`: 杭州（总署版）
   * - `NINGBO`: 宁波
   * - `ZHENGZHOU_BS`: 郑州（保税物流中心）
   * - `CHONGQING`: 重庆
   * - `SHANGHAI_ZS`: 上海（总署版）
   * - `SHENZHEN`: 深圳
   * - `ZHENGZHOU_ZH_ZS`: 郑州综保（总署版）
   * - `TIANJIN`: 天津
   */
  customs: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN';
  /** 商户海关备案号 */
  merchant_customs_no: string;
  /** 证件类型 */
  certificate_type: 'IDCARD';
  /**
   * 证件号
   * @format base64
   */
  certificate_id: string;
  /**
   * 证件姓名
   * @format base64
   */
  certificate_name: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ChargeAccountType = {
  /** 商户出境单号 */
  out_order_id: string;
  /** 二级商户号 */
  sub_mchid: string;
  /** 微信出境单号 */
  order_id: string;
  /** 出境结果 */
  result: string;
  /** 出境失败的原因 */
  fail_reason?: string;
  /** 请求出境人民币金额 */
  amount: number;
  /** 真实出境外币金额 */
  foreign_amount?: number;
  /** 外币币种 */
  foreign_currency: string;
  /** 汇率 */
  rate?: number;
  /** 购汇时间 */
  exchange_rate_time?: string;
  /** 预计购汇时间 */
  estimate_exchange_rate_time?: string;
  /** 真实出境人民币金额 */
  departure_amount?: number;
  /** 手续费人民币金额 */
  fee?: number;
  /** 手续费承担商户号 */
  charge_mchid?: string;
  /** 手续费承担账户 */
  charge_account_type?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ClaimNo = {
  /** 二级商户号 */
  sub_mchid: string;
  /** 服务商AppID */
  sp_appid: string;
  /** 二级商户AppID */
  sub_appid?: string;
  /** 商户预约单号 */
  out_reservation_no: string;
  /** 转账场景ID */
  transfer_scene_id: string;
  /** 预计最晚转账日期 */
  estimated_date: string;
  /** 预计最大转账金额 */
  estimated_max_amount?: number;
  /** 准确转账金额 */
  exact_amount?: number;
  /** 收款用户OpenID */
  openid?: string;
  /**
   * 收款用户姓名
   * @format base64
   */
  user_real_name?: string;
  /** 预约备注 */
  reserve_remark: string;
  /** 商户回调地址 */
  notify_url: string;
  /** 场景报备信息 */
  scene_report_data?: ClaimNo2;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ClaimNo2 = {
  /** 保险保单报备信息 */
  insurance_policy?: ClaimNo3;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ClaimNo3 = {
  /** 保险产品备案编号 */
  product_registration_no: string;
  /** 保险单号 */
  policy_no: string;
  /** 保险名称 */
  name: string;
  /** 取现单号 */
  withdrawal_no?: string;
  /** 理赔单号 */
  claim_no?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ClauseQuota = {
  /** 保险扣费周期编号 */
  policy_period_id: number;
  /** 预计扣费的日期 */
  estimated_deduct_date: string;
  /** 预计扣费金额 */
  estimated_deduct_amount: {
    /** 金额 */
    total: number;
    /** 货币类型 */
    currency?: string;
  };
  /** 保障详情 */
  policy_coverage_detail?: ClauseQuota2;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ClauseQuota2 = {
  /** 保单额度 */
  policy_amount?: string;
  /** 保险条款列表 */
  policy_clauses?: Array<{
    /** 条款内容 */
    clause_name?: string;
    /** 条款额度 */
    clause_quota?: string;
  }>;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CloseReason = {
  /** 服务商商户号 */
  sp_mchid: string;
  /** 二级商户号 */
  sub_mchid: string;
  /** 服务商AppID */
  sp_appid: string;
  /** 二级商户AppID */
  sub_appid?: string;
  /** 微信转账预约单号 */
  reservation_id: string;
  /** 商户预约单号 */
  out_reservation_no: string;
  /** 转账场景ID */
  transfer_scene_id: string;
  /** 预计最晚转账日期 */
  estimated_date?: string;
  /** 预计最大转账金额 */
  estimated_max_amount?: number;
  /** 准确转账金额 */
  exact_amount?: number;
  /** 收款用户OpenID */
  openid: string;
  /** 收款银行类型 */
  bank_type?: string;
  /** 预约记录状态 */
  state: 'ACCEPTED' | 'CONFIRMED' | 'CLOSED';
  /** 预约记录受理的时间 */
  accept_time: string;
  /** 预约记录用户确认预约的时间 */
  reserve_time?: string;
  /** 预约记录的关闭信息 */
  close_info?: CloseReason2;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CloseReason2 = {
  /** 预约记录关闭的时间 */
  close_time: string;
  /**
   * 预约记录关闭的原因
   *
   * - `USER_OVERDUE_UNCONFIRMED`: 用户超时未确认，系统自动关闭
   * - `CLOSE_CONFIRMED_VIA_MCH_API`: 商户通过API主动关闭已预约的记录
   * - `CLOSE_ACCEPTED_VIA_MCH_API`: 商户通过API主动关闭已受理的记录
   * - `TRANSFER_FINISHED`: 转账成功后，系统自动关闭
   * - `OVERDUE_NOT_TRANSFER`: 商户在预计最晚转账日期之前，未发起或发起转账但转账失败，系统自动关闭。
   * - `RESERVE_FAIL`: 因业务规则限制或者预约流程不合法，系统自动关闭
   * - `USER_CLOSE`: 用户确认后，主动关闭预约
   */
  close_reason: 'USER_OVERDUE_UNCONFIRMED' | 'CLOSE_CONFIRMED_VIA_MCH_API' | 'CLOSE_ACCEPTED_VIA_MCH_API' | 'TRANSFER_FINISHED' | 'OVERDUE_NOT_TRANSFER' | 'RESERVE_FAIL' | 'USER_CLOSE';
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CloseReason3 = {
  /** 服务商商户号 */
  sp_mchid: string;
  /** 二级商户号 */
  sub_mchid: string;
  /** 服务商AppID */
  sp_appid: string;
  /** 二级商户AppID */
  sub_appid?: string;
  /** 微信转账预约单号 */
  reservation_id: string;
  /** 商户预约单号 */
  out_reservation_no: string;
  /** 转账场景ID */
  transfer_scene_id: string;
  /** 预计最晚转账日期 */
  estimated_date?: string;
  /** 预计最大转账金额 */
  estimated_max_amount?: number;
  /** 准确转账金额 */
  exact_amount?: number;
  /** 收款用户OpenID */
  openid: string;
  /** 收款银行类型 */
  bank_type?: string;
  /** 预约记录状态 */
  state: string;
  /** 预约记录受理的时间 */
  accept_time: string;
  /** 预约记录用户确认预约的时间 */
  reserve_time?: string;
  /** 预约记录的关闭信息 */
  close_info?: {
    /** 预约记录关闭的时间 */
    close_time: string;
    /** 预约记录关闭的原因 */
    close_reason: string;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CloseTime = {
  /** 充值商户号 */
  mchid: string;
  /** 微信支付充值单号 */
  recharge_id: string;
  /** 商户充值单号 */
  out_recharge_no: string;
  /** 充值入账账户 */
  account_type: 'BASIC' | 'OPERATION' | 'FEES';
  /** 充值状态 */
  recharge_state: 'SUCCESS' | 'RECHARGING' | 'CLOSED';
  /** 充值场景 */
  recharge_scene: 'ECOMMERCE_BANK_TRANSFER';
  /** 充值状态描述 */
  recharge_state_desc?: string;
  /** 充值金额 */
  recharge_amount: {
    /** 总金额 */
    amount?: number;
    /** 货币类型 */
    currency?: string;
  };
  /** 转账充值的付款信息 */
  bank_transfer_info?: BankCardTail;
  /** 受理充值时间 */
  accept_time?: string;
  /** 充值成功时间 */
  success_time?: string;
  /** 关闭充值时间 */
  close_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ClosedTime = {
  /** 服务商商户号 */
  sp_mchid: string;
  /** 商户预算单号 */
  out_budget_no: string;
  /** 微信支付预算单号 */
  budget_id: string;
  /** 预算总金额 */
  amount: number;
  /** 出资商户号 */
  sponsor_mchid: string;
  /** 活动名称 */
  activity_name: string;
  /** 活动说明 */
  activity_remark: string;
  /** 预算单状态 */
  state?: 'PENDING' | 'LOCKED' | 'FINISHED' | 'CLOSED';
  /** 确认出资页面地址 */
  confirm_url?: string;
  /** 商户号超管微信号掩码 */
  super_admin_wxid_mask?: string;
  /** 剩余预算金额 */
  remain_amount?: number;
  /** 撤销说明 */
  unlock_remark?: string;
  /**
   * 资金锁定时间
   * @format rfc3339
   */
  locked_time?: string;
  /**
   * 完成时间
   * @format rfc3339
   */
  finished_time?: string;
  /**
   * 关闭时间
   * @format rfc3339
   */
  closed_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CodeDisplayMode = {
  /** 小程序入口 */
  mini_programs_info?: GuidingWords;
  /** 商户公众号appid */
  appid?: string;
  /** 营销馆id */
  hall_id?: string;
  /** 可用门店id */
  store_id?: string;
  /** code展示模式 */
  code_display_mode?: 'NOT_SHOW' | 'BARCODE' | 'QRCODE';
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CodeUrl = {
  /** 子商户 */
  sub_mchid: string;
  /** 设备sn */
  device_sn: string;
  /** 绑定状态 */
  bind_state: 'OPEN_SCENARIO_SPEAKER_BIND_STATE_UNBOND' | 'OPEN_SCENARIO_SPEAKER_BIND_STATE_BINDED';
  /** 收款链接url */
  code_url: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CombinedDeductPeriodCount = {
  /** 应用ID */
  appid: string;
  /** 用户在直连商户应用下的用户标示 */
  openid?: string;
  /** 委托代扣模板ID */
  plan_id: number;
  /** 商户签约协议号 */
  out_contract_code: string;
  /** 被保人的展示名称 */
  insured_display_name: string;
  /** 签约结果通知地址 */
  contract_notify_url: string;
  /** 保险保单的开始日期 */
  policy_start_date: string;
  /** 保险保单的结束日期 */
  policy_end_date: string;
  /** 保单的扣费周期列表 */
  policy_periods: ClauseQuota[];
  /** 扣费金额信息 */
  amount?: {
    /** 金额 */
    total: number;
    /** 货币类型 */
    currency?: string;
  };
  /** 商户订单号 */
  out_trade_no?: string;
  /** 商品描述 */
  description?: string;
  /** 支付结果通知地址 */
  transaction_notify_url?: string;
  /** 商户侧用户标识 */
  out_user_code?: string;
  /** 订单优惠标记 */
  goods_tag?: string;
  /** 附加数据 */
  attach?: string;
  /** 是否自动续保 */
  can_auto_insure?: boolean;
  /** 是否自动重新投保 */
  can_auto_reinsure?: boolean;
  /** 用户实名信息 */
  real_identity?: IdentityType;
  /** 合并扣费期数 */
  combined_deduct_period_count?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ConfirmCancelUrl = {
  /** 微信支付注销提现申请单号 */
  applyment_id: string;
  /** 商户注销提现申请单号 */
  out_request_no: string;
  /**
   * 注销提现申请单状态
   *
   * - `ACCEPTED`: 已受理
   * - `REVIEWING`: 审核中
   * - `REJECTED`: 审批驳回
   * - `WAITING_MERCHANT_CONFIRM`: 等待商户确认
   * - `REVOKED`: 已撤销
   * - `SYSTEM_PROCESSING`: 系统处理中
   * - `CANCELED`: 已注销
   * - `FUND_PROCESSING`: 资金处理中
   * - `FINISH`: 注销完成
   */
  cancel_state: 'ACCEPTED' | 'REVIEWING' | 'REJECTED' | 'WAITING_MERCHANT_CONFIRM' | 'REVOKED' | 'SYSTEM_PROCESSING' | 'CANCELED' | 'FUND_PROCESSING' | 'FINISH';
  /** 注销提现申请单状态描述 */
  cancel_state_description: string;
  /** 是否提取资金 */
  withdraw?: 'APPLY_WITHDRAW' | 'NOT_APPLY_WITHDRAW';
  /** 提现状态 */
  withdraw_state?: 'WITHDRAW_PROCESSING' | 'WITHDRAW_EXCEPTION' | 'WITHDRAW_SUCCEED';
  /** 提现状态描述 */
  withdraw_state_description?: string;
  /** 账户提现结果 */
  account_withdraw_result?: StateDescription[];
  /**
   * 最后更新时间
   * @format rfc3339
   */
  modify_time?: string;
  /** 申请注销的二级商户号 */
  sub_mchid: string;
  /** 账户信息 */
  account_info?: Amount2[];
  /** 用于引导商户超级管理员确认注销的信息 */
  confirm_cancel?: {
    /** 确认商户注销的页面url */
    confirm_cancel_url?: string;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ConfirmTime = {
  /** 重采ID */
  collection_id: string;
  /** 用户ID */
  use_id: string;
  /** 机构ID */
  organization_id: string;
  /**
   * 重采状态
   *
   * - `COLLECTION_REQUIRED`: 该刷脸用户需要进行重采
   * - `PHOTO_UPLOADED`: 照片已上传
   * - `COMPLETE`: 支付用户已经确认照片, 重采结束
   */
  collection_state: 'COLLECTION_REQUIRED' | 'PHOTO_UPLOADED' | 'COMPLETE';
  /**
   * 注册照上传时间
   * @format rfc3339
   */
  register_photo_upload_time?: string;
  /**
   * 支付用户确认时间
   * @format rfc3339
   */
  confirm_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ContractNotifyUrl = {
  /** 模板ID */
  plan_id: string;
  /** 签约商户号 */
  contract_mchid: string;
  /** 签约AppID */
  contract_appid: string;
  /** 签约协议号 */
  contract_code: string;
  /** 请求序列号 */
  request_serial: string;
  /** 用户账户展示名称 */
  contract_display_account: string;
  /** 签约信息通知URL */
  contract_notify_url?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ContractState = {
  /** 服务商商户号 */
  mchid: string;
  /** 用户标识 */
  openid: string;
  /** 特约商户号 */
  sub_mchid?: string;
  /** 充电授权扣费协议号 */
  contract_id?: string;
  /** 协议状态 */
  contract_state: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ContractState2 = {
  /** 用户状态 */
  user_state: 'NORMAL' | 'BLOCKED' | 'OVERDUE';
  /** 委托代扣协议id */
  contract_id?: string;
  /** 签约模板id */
  plan_id?: string;
  /** 签约协议号 */
  contract_code?: string;
  /**
   * 协议状态
   *
   * - `0`: 签约中
   * - `1`: 解约
   */
  contract_state?: '0' | '1';
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ContractTerminationRemark = {
  /** 协议解约方式 */
  contract_termination_mode: 'USER_TERMINATE' | 'MCH_API_TERMINATE' | 'WEPAY_WEB_TERMINATE' | 'CUSTOMER_SERVICE_TERMINATE' | 'SYSTEM_TERMINATE';
  /**
   * 协议解约时间
   * @format rfc3339
   */
  contract_terminated_time: string;
  /** 解约备注 */
  contract_termination_remark?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ContractTerminationRemark2 = {
  /** 协议解约方式 */
  contract_termination_mode: string;
  /**
   * 协议解约时间
   * @format rfc3339
   */
  contract_terminated_time: string;
  /** 解约备注 */
  contract_termination_remark?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CouponCode = {
  /** 商户上传code */
  code?: string;
  /** 商户上传code分配状态 */
  code_status?: string;
  /**
   * 上传时间
   * @format rfc3339
   */
  upload_time?: string;
  /**
   * 被分配时间
   * @format rfc3339
   */
  dispatched_time?: string;
  /** 领券用户的OpenID */
  openid?: string;
  /** 领券用户的UnionID */
  unionid?: string;
  /** 用户券code */
  coupon_code?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CoverageTermType = {
  /** 商户保险编号 */
  out_insurance_no: string;
  /** 保险名称 */
  insurance_name: string;
  /** 被保险人姓名列表 */
  insured_name_list: string[];
  /** 承保公司代码 */
  insurance_company_code: string;
  /**
   * 保单生效时间
   * @format rfc3339
   */
  effective_time: string;
  /**
   * 保单失效时间
   * @format rfc3339
   */
  expired_time: string;
  /** 保障详情 */
  coverage_detail: string;
  /** 是否支持续保 */
  support_renewal: boolean;
  /**
   * 可续保开始时间
   * @format rfc3339
   */
  start_renewal_time?: string;
  /**
   * 可续保结束时间
   * @format rfc3339
   */
  end_renewal_time?: string;
  /**
   * 保单类型
   *
   * - `POLICY_TYPE_OTHER`: 其余险
   * - `POLICY_TYPE_MEDICAL`: 医疗险
   * - `POLICY_TYPE_ACCIDENT`: 意外险
   * - `POLICY_TYPE_CRITICAL`: 重疾险
   * - `POLICY_TYPE_CAR`: 车险
   * - `POLICY_TYPE_LIFE`: 人寿险
   * - `POLICY_TYPE_PROPERTY`: 家财险
   * - `POLICY_TYPE_PET`: 宠物险
   * - `POLICY_TYPE_ANNUITY`: 年金险
   */
  policy_type: 'POLICY_TYPE_OTHER' | 'POLICY_TYPE_MEDICAL' | 'POLICY_TYPE_ACCIDENT' | 'POLICY_TYPE_CRITICAL' | 'POLICY_TYPE_CAR' | 'POLICY_TYPE_LIFE' | 'POLICY_TYPE_PROPERTY' | 'POLICY_TYPE_PET' | 'POLICY_TYPE_ANNUITY';
  /** 车牌信息 */
  car_number?: string;
  /** 宠物名称 */
  pet_name?: string;
  /** 地址信息 */
  address?: string;
  /** 保单状态 */
  policy_state: 'POLICY_STATE_ISSUING' | 'POLICY_STATE_APPROVED' | 'POLICY_STATE_DECLINED' | 'POLICY_STATE_INACTIVE';
  /** 保司保单号 */
  policy_code?: string;
  /** 委托代扣模板ID */
  plan_id: string;
  /** 商户签约协议号 */
  out_contract_code: string;
  /** 保单的扣费周期列表 */
  policy_periods: number[];
  /** 是否为赠险 */
  free_insurance: boolean;
  /** 是否与其它保单合并扣费 */
  combined_payment?: boolean;
  /** 缴费方式 */
  payment_method?: 'PAYMENT_METHOD_OTHER' | 'PAYMENT_METHOD_PERIOD' | 'PAYMENT_METHOD_LUMP_SUM';
  /** 期交保费模式 */
  period_premium_mode?: 'PERIOD_PREMIUM_MODE_EQUAL' | 'PERIOD_PREMIUM_MODE_FIRST_DIFF' | 'PERIOD_PREMIUM_MODE_MULTI_DIFF';
  /** 缴费周期 */
  payment_period?: 'PAYMENT_PERIOD_DAY' | 'PAYMENT_PERIOD_WEEK' | 'PAYMENT_PERIOD_BIWEEKLY' | 'PAYMENT_PERIOD_MONTH' | 'PAYMENT_PERIOD_QUARTER' | 'PAYMENT_PERIOD_HALF_YEAR' | 'PAYMENT_PERIOD_YEAR';
  /** 首期保费金额 */
  first_period_amount?: number;
  /** 后续每期保费金额 */
  subsequent_period_amount?: number;
  /** 保障期限类型 */
  coverage_term_type?: 'COVERAGE_TERM_TYPE_FIXED_DATE' | 'COVERAGE_TERM_TYPE_LIFETIME';
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CreateTime = {
  /** 服务商商户号 */
  sp_mchid: string;
  /** 服务商APPID */
  appid: string;
  /** 子商户号 */
  sub_mchid?: string;
  /** 子商户APPID */
  sub_appid?: string;
  /** 服务商APPID下的用户标识 */
  openid?: string;
  /** 子商户APPID下的用户标识 */
  sub_openid?: string;
  /** 签约模板号 */
  plan_id?: string;
  /** 签约信息 */
  contract_information?: {
    /** 签约协议号 */
    contract_id?: string;
    /** 签约状态 */
    contract_status?: string;
    /** 签约时间 */
    create_time?: string;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type CreateTime2 = {
  /** 补差付款单号 */
  subsidy_receipt_id: string;
  /** 商家券批次号 */
  stock_id: string;
  /** 商家券Code */
  coupon_code: string;
  /** 微信支付订单号 */
  transaction_id: string;
  /** 营销补差扣款商户号 */
  payer_merchant: string;
  /** 营销补差入账商户号 */
  payee_merchant: string;
  /** 补差付款金额 */
  amount: number;
  /** 补差付款描述 */
  description: string;
  /** 补差付款单据状态 */
  status: string;
  /** 补差付款失败原因 */
  fail_reason?: string;
  /** 补差付款完成时间 */
  success_time?: string;
  /** 业务请求唯一单号 */
  out_subsidy_no: string;
  /** 补差付款发起时间 */
  create_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Currency = {
  /** 券ID */
  promotion_id: string;
  /** 优惠范围 */
  scope?: 'GLOBAL' | 'SINGLE';
  /** 优惠类型 */
  type?: 'COUPON' | 'DISCOUNT';
  /** 优惠券面额 */
  amount?: number;
  /** 优惠券退款额 */
  refund_amount?: number;
  /** 货币类型 */
  currency: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Currency2 = {
  /** 微信支付退款订单号 */
  id: string;
  /** 商户退款单号 */
  out_refund_no: string;
  /** 微信支付交易订单号 */
  transaction_id: string;
  /** 商户原交易订单号 */
  out_trade_no: string;
  /** 退款渠道 */
  channel?: 'ORIGINAL' | 'BALANCE' | 'OTHER_BALANCE' | 'OTHER_BANKCARD';
  /** 退款入账账户 */
  recv_account?: string;
  /** 退款资金来源 */
  fund_source?: 'REFUND_SOURCE_UNSETTLED_FUNDS' | 'REFUND_SOURCE_REchARGE_FUNDS';
  /** 退款成功时间 */
  success_time?: string;
  /** 退款创建时间 */
  create_time: string;
  /** 退款状态 */
  status: 'SUCCESS' | 'REFUNDCLOSE' | 'PROCESSING' | 'ABNORMAL';
  /** 退款金额 */
  amount: Rate5;
  /** 优惠退款详情 */
  detail?: Currency;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Currency3 = {
  /** 保险扣费周期编号 */
  policy_period_id: number;
  /** 预计扣费的日期 */
  estimated_deduct_date: string;
  /** 预计扣费金额 */
  estimated_deduct_amount: {
    /** 金额 */
    total: number;
    /** 货币类型 */
    currency?: string;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Currency4 = {
  /** 公众账号ID */
  appid?: string;
  /** 子商户公众账号ID */
  sub_appid?: string;
  /** 商户号 */
  sp_mchid?: string;
  /** 子商户号 */
  sub_mchid?: string;
  /** 服务描述 */
  description?: string;
  /**
   * 订单创建时间
   * @format rfc3339
   */
  create_time?: string;
  /** 商户订单号 */
  out_trade_no?: string;
  /** 微信支付订单号 */
  transaction_id?: string;
  /** 交易状态 */
  trade_state?: 'SUCCESS' | 'ACCEPTED' | 'PAY_FAIL' | 'REFUND';
  /** 交易状态描述 */
  trade_state_description?: string;
  /**
   * 支付完成时间
   * @format rfc3339
   */
  success_time?: string;
  /** 付款银行 */
  bank_type?: string;
  /** 用户还款状态 */
  user_repay_state?: 'NOT_REPAY' | 'REPAID' | 'ALL_REFUND';
  /** 还款微信支付订单号 */
  repay_transaction_id?: string;
  /**
   * 垫资还款时间
   * @format rfc3339
   */
  repay_time?: string;
  /** 附加数据 */
  attach?: string;
  /** 代扣签约ID */
  contract_id?: string;
  /** 交易场景 */
  trade_scene?: 'BUS' | 'METRO';
  /** 公交场景信息 */
  bus_info?: {
    /**
     * 用户乘车时间（上车）
     * @format rfc3339
     */
    start_time?: string;
    /** 乘车路线 */
    line_name?: string;
    /** 车牌号。 */
    plate_number?: string;
  };
  /** 地铁场景信息 */
  metro_info?: EndStation;
  /** 订单金额信息 */
  amount?: Currency5;
  promotion_detail?: Currency6[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Currency5 = {
  /**
   * 订单金额
   * @format integer
   */
  total?: number;
  /**
   * 用户实际支付金额
   * @format integer
   */
  payer_total?: number;
  /** 货币类型 */
  currency?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Currency6 = {
  /** 券ID */
  coupon_id?: string;
  /** 优惠名称 */
  name?: string;
  /** 优惠范围 */
  scope?: 'GLOBAL' | 'SINGLE';
  /** 优惠类型 */
  type?: 'CASH' | 'NOCASH';
  /** 活动ID */
  stock_id?: string;
  /** 优惠券面额 */
  amount?: number;
  /** 微信出资 */
  wechatpay_contribute?: number;
  /** 商户出资 */
  merchant_contribute?: number;
  /** 其他出资 */
  other_contribute?: number;
  /** 优惠币种 */
  currency?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DailyLimit = {
  /** 投放计划详情 */
  plan: DailyLimit2;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DailyLimit2 = {
  /** 投放计划ID */
  plan_id: string;
  /** 投放计划名称 */
  plan_name: string;
  /**
   * 投放计划状态
   *
   * - `PLAN_CREATING`: 创建中
   * - `PLAN_CREATED`: 创建成功
   * - `PLAN_TERMINATING`: 终止中
   * - `PLAN_TERMINATED`: 已终止
   * - `PLAN_EXPIRED`: 已过期
   * - `PLAN_DELIVERING`: 投放中
   * - `PLAN_PAUSED`: 已暂停
   */
  plan_state: 'PLAN_CREATING' | 'PLAN_CREATED' | 'PLAN_TERMINATING' | 'PLAN_TERMINATED' | 'PLAN_EXPIRED' | 'PLAN_DELIVERING' | 'PLAN_PAUSED';
  /**
   * 开始可用时间
   * @format rfc3339
   */
  delivery_start_time?: string;
  /**
   * 结束可用时间
   * @format rfc3339
   */
  delivery_end_time?: string;
  /** 批次ID */
  stock_id: string;
  /** 商品券ID */
  product_coupon_id: string;
  /** 营销标签 */
  recommend_word?: string;
  /** 品牌ID */
  brand_id: string;
  /** 总库存 */
  total_count?: number;
  /** 单用户限领 */
  user_limit?: number;
  /** 单日限领 */
  daily_limit?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DeactivateReason = {
  /** 商品券ID */
  product_coupon_id: string;
  /** 商品券状态 */
  state: 'AUDITING' | 'EFFECTIVE' | 'DEACTIVATED';
  /** 品牌ID */
  brand_id: string;
  /** 优惠范围 */
  scope: 'ALL' | 'SINGLE' | 'CATEGORY';
  /** 商品券类型 */
  type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE';
  /** 使用模式 */
  usage_mode: 'SINGLE' | 'SEQUENTIAL';
  /** 单券模式信息 */
  single_usage_info?: PercentOff;
  /** 多次优惠模式信息 */
  sequential_usage_info?: IntervalDays;
  /** 展示信息 */
  display_info: MiniProgramPath;
  /** 外部商品ID */
  out_product_no?: string;
  /** 失效请求单号 */
  deactivate_request_no?: string;
  /**
   * 失效时间
   * @format rfc3339
   */
  deactivate_time?: string;
  /** 失效原因 */
  deactivate_reason?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DeactivateReason2 = {
  /** 商品券ID */
  product_coupon_id: string;
  /** 商品券状态 */
  state: 'AUDITING' | 'EFFECTIVE' | 'DEACTIVATED';
  /** 品牌ID */
  brand_id: string;
  /** 优惠范围 */
  scope: 'ALL' | 'SINGLE' | 'CATEGORY';
  /** 商品券类型 */
  type: 'NORMAL' | 'DISCOUNT' | 'EXCHANGE';
  /** 使用模式 */
  usage_mode: 'SINGLE' | 'PROGRESSIVE_BUNDLE';
  /** 单券模式信息 */
  single_usage_info?: PercentOff;
  /** 多次优惠模式信息 */
  progressive_bundle_usage_info?: {
    /** 可使用次数 */
    count: number;
    /** 多次优惠使用间隔天数 */
    interval_days?: number;
  };
  /** 展示信息 */
  display_info: MiniProgramPath;
  /** 外部商品ID */
  out_product_no?: string;
  /** 失效请求单号 */
  deactivate_request_no?: string;
  /**
   * 失效时间
   * @format rfc3339
   */
  deactivate_time?: string;
  /** 失效原因 */
  deactivate_reason?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DeductDate = {
  /** 保单的扣费周期编号 */
  policy_period_id: number;
  /** 当前扣费周期的状态 */
  policy_period_state: string;
  /** 可扣费开始日期 */
  deduct_start_date?: string;
  /** 可扣费结束日期 */
  deduct_end_date?: string;
  /** 已预约的扣费金额信息 */
  scheduled_amount?: {
    /** 金额 */
    total: number;
    /** 货币类型 */
    currency?: string;
  };
  /** 实际扣费金额 */
  deduct_amount?: {
    /** 金额 */
    total: number;
    /** 货币类型 */
    currency?: string;
  };
  /** 实际扣费的日期 */
  deduct_date?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DeductDate2 = {
  /** 扣费预约的状态 */
  schedule_state: string;
  /** 可扣费开始日期 */
  deduct_start_date?: string;
  /** 可扣费结束日期 */
  deduct_end_date?: string;
  /** 已预约的扣费金额信息 */
  scheduled_amount?: {
    /** 金额 */
    total: number;
    /** 货币类型 */
    currency?: string;
  };
  /** 实际扣费金额 */
  deduct_amount?: {
    /** 金额 */
    total: number;
    /** 货币类型 */
    currency?: string;
  };
  /** 实际扣费的日期 */
  deduct_date?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DeductDate3 = {
  /** 商户号 */
  mchid: string;
  /** 委托代扣协议ID */
  contract_id: string;
  /** 商户AppID */
  appid: string;
  /** 委托代扣模板ID */
  plan_id: number;
  /** 商户签约协议号 */
  out_contract_code: string;
  /** 用户账户展示名称 */
  contract_display_account: string;
  /** 委托代扣协议状态 */
  contract_state: string;
  /**
   * 协议签署时间
   * @format rfc3339
   */
  contract_signed_time?: string;
  /**
   * 协议到期时间
   * @format rfc3339
   */
  contract_expired_time?: string;
  /** 用户OpenID */
  openid: string;
  /** 协议解约信息 */
  contract_terminate_info?: ContractTerminationRemark2;
  /** 商户侧用户标识 */
  out_user_code?: string;
  /** 预约扣费场景的预约信息 */
  deduct_schedule?: DeductDate4;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DeductDate4 = {
  /** 预计扣费的日期 */
  estimated_deduct_date: string;
  /** 预计的扣费金额 */
  estimated_deduct_amount: {
    /** 金额 */
    total: number;
    /** 货币类型 */
    currency?: string;
  };
  /** 扣费预约状态 */
  schedule_state: string;
  /** 已预约的扣费金额信息 */
  scheduled_amount?: {
    /** 金额 */
    total: number;
    /** 货币类型 */
    currency?: string;
  };
  /** 实际扣费金额 */
  deduct_amount?: {
    /** 金额 */
    total: number;
    /** 货币类型 */
    currency?: string;
  };
  /** 实际扣费的日期 */
  deduct_date?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DeductDate5 = {
  /** 委托代扣协议ID */
  contract_id: string;
  /** 普通服务商商户号 */
  sp_mchid: string;
  /** 普通服务商的AppID */
  sp_appid: string;
  /** 子商户号 */
  sub_mchid: string;
  /** 子商户的AppID */
  sub_appid?: string;
  /** 委托代扣模板ID */
  plan_id: number;
  /** 商户签约协议号 */
  out_contract_code: string;
  /** 用户账户展示名称 */
  contract_display_account: string;
  /** 委托代扣协议状态 */
  contract_state: string;
  /**
   * 协议签署时间
   * @format rfc3339
   */
  contract_signed_time?: string;
  /**
   * 协议到期时间
   * @format rfc3339
   */
  contract_expired_time?: string;
  /** 用户OpenID */
  sp_openid: string;
  /** 子商户AppID对应的用户OpenID */
  sub_openid?: string;
  /** 协议解约信息 */
  contract_terminate_info?: ContractTerminationRemark2;
  /** 商户侧用户标识 */
  out_user_code?: string;
  /** 预约扣费场景的预约信息 */
  deduct_schedule?: DeductDate4;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DeleteTime = {
  /** 总可使用次数 */
  total_count?: number;
  /** 已使用次数 */
  used_count?: number;
  /** 轮次使用详情列表 */
  detail_item_list?: DeleteTime2[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DeleteTime2 = {
  /**
   * 轮次使用详情状态
   *
   * - `PENDING`: 待生效，尚未到达可用开始时间
   * - `EFFECTIVE`: 已生效，已到达可用开始时间
   * - `USED`: 已核销
   * - `EXPIRED`: 已过期，已超过有效期，不再可用
   * - `DELETED`: 已删除，用户主动删除
   * - `DEACTIVATED`: 已失效，品牌方主动调用失效用户商品券接口使用户商品券失效
   */
  detail_state?: 'PENDING' | 'EFFECTIVE' | 'USED' | 'EXPIRED' | 'DELETED' | 'DEACTIVATED';
  /**
   * 有效期开始时间
   * @format rfc3339
   */
  valid_begin_time?: string;
  /**
   * 有效期结束时间
   * @format rfc3339
   */
  valid_end_time?: string;
  /** 核销请求单号 */
  use_request_no?: string;
  /**
   * 核销时间
   * @format rfc3339
   */
  use_time?: string;
  /** 关联微信支付订单信息 */
  associated_order_info?: {
    /** 微信支付单号 */
    transaction_id?: string;
    /** 商户订单号 */
    out_trade_no?: string;
    /** 商户号 */
    mchid?: string;
    /** 子商户号 */
    sub_mchid?: string;
  };
  /** 退券请求单号 */
  return_request_no?: string;
  /**
   * 退券时间
   * @format rfc3339
   */
  return_time?: string;
  /**
   * 删除时间
   * @format rfc3339
   */
  delete_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DeliveryTime = {
  /** 分公司机构代码 */
  org_no: string;
  /** 店铺编码 */
  sub_mchnt_cd: string;
  /** 店铺名称 */
  sub_mchnt_nm: string;
  /** 门店名称 */
  store_nm?: string;
  /** 线上平台订单号 */
  online_no: string;
  /** 商户订单号 */
  mchnt_order_id: string;
  /** 审核记录上传时间 */
  upload_time: string;
  /** 审核结果通知地址 */
  notify_url: string;
  /** 品类 */
  prod_id: string;
  /** 能效 */
  eng_grade?: string;
  /** 品牌 */
  brand_nm: string;
  /** 型号 */
  prod_model: string;
  /** 销售方式（线上或线下） */
  sales_chnl?: string;
  /** 电商平台方 */
  plat_form: string;
  /** 支付方式类型 */
  payer_tp: string;
  /** 收旧订单号 */
  trade_in_order_id?: string;
  /** 收旧价格 */
  trade_in_at?: string;
  /** 收旧价格是否统计 */
  is_trade_in?: string;
  /** 订单金额 */
  sales_at: string;
  /** 实付金额 */
  actual_at: string;
  /** 交易时间 */
  trans_tm: string;
  /** 商户编码 */
  mchnt_cd: string;
  /** 商家优惠金额 */
  mer_sub_at?: string;
  /** 国补优惠金额 */
  discount_at: string;
  /** 其他图片1 */
  image01?: string;
  /** 其他图片2 */
  image02?: string;
  /** 其他图片3 */
  image03?: string;
  /** 其他图片4 */
  image04?: string;
  /** 其他图片5 */
  image05?: string;
  /** 其他图片6 */
  image06?: string;
  /** 其他图片7 */
  image07?: string;
  /** 其他图片8 */
  image08?: string;
  /** 其他图片9 */
  image09?: string;
  /** 其他图片10 */
  image10?: string;
  /** 收旧承诺函照片 */
  commitment_letter_photo?: string;
  /** 收旧承诺函照片格式 */
  commitment_letter_photo_format?: string;
  /** 收旧设备外观照片 */
  device_photo?: string;
  /** 收旧设备外观照片格式 */
  device_photo_format?: string;
  /** 包含完整外包装及sn码的激活照片 */
  pack_and_active_photo?: string;
  /** 商品条码 */
  bar_code?: string;
  /** SN码 */
  sn_code: string;
  /** IMEI1 */
  imei1?: string;
  /** IMEI2 */
  imei2?: string;
  /** 能效或水效网备案登记型号 */
  register_model?: string;
  /** 能效或水效备案号 */
  record_number?: string;
  /** 能效或水效执行的国家标准名称 */
  eng_grade_standard?: string;
  /** 发票信息 */
  invoice_info: ServiceNm;
  /** 物流信息 */
  track_info: DeliveryTime2;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DeliveryTime2 = {
  /** 物流单号 */
  tracking_no?: string;
  /** 物流公司 */
  tracking_company?: string;
  /** 收货省 */
  usr_prov?: string;
  /** 收货市 */
  usr_city?: string;
  /** 收货区县 */
  usr_area?: string;
  /** 收货地址 */
  usr_addr?: string;
  /** 物流类型 */
  tracking_type?: string;
  /** 提货方式 */
  delivery_method?: string;
  /** 发货地址 */
  shipping_addr?: string;
  /** 签收时间 */
  delivery_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Description = {
  /** 子商户号 */
  sub_mchid?: string;
  /** 微信订单号 */
  transaction_id: string;
  /** 商户分账单号 */
  out_order_no: string;
  /** 分账描述 */
  description: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Description2 = {
  /** 应用ID */
  appid: string;
  /** 用户在直连商户应用下的用户标示 */
  openid?: string;
  /** 委托代扣模板ID */
  plan_id: number;
  /** 商户签约协议号 */
  out_contract_code: string;
  /** 用户账户展示名称 */
  contract_display_account: string;
  /** 签约结果通知地址 */
  contract_notify_url: string;
  /** 商户侧用户标识 */
  out_user_code?: string;
  /** 用于预约扣费的预约信息 */
  deduct_schedule?: Description3;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Description3 = {
  /** 预计扣费的日期 */
  estimated_deduct_date: string;
  /** 预计的扣费金额 */
  estimated_deduct_amount: {
    /** 金额 */
    total: number;
    /** 货币类型 */
    currency?: string;
  };
  /** 商品描述 */
  description: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Description4 = {
  /** 应用ID */
  sp_appid: string;
  /** 用户在服务商商户应用下的用户标示 */
  sp_openid?: string;
  /** 子商户号 */
  sub_mchid: string;
  /** 子商户的AppID */
  sub_appid?: string;
  /** 子商户AppID对应的用户OpenID */
  sub_openid?: string;
  /** 委托代扣模板ID */
  plan_id: number;
  /** 商户签约协议号 */
  out_contract_code: string;
  /** 用户账户展示名称 */
  contract_display_account: string;
  /** 签约结果通知地址 */
  contract_notify_url: string;
  /** 商户侧用户标识 */
  out_user_code?: string;
  /** 用于预约扣费的预约信息 */
  deduct_schedule?: Description3;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Description5 = {
  /** 风险金名称 */
  name: 'DEPOSIT' | 'ADVANCE' | 'CASH_DEPOSIT' | 'ESTIMATE_ORDER_COST';
  /** 风险金额 */
  amount: number;
  /** 风险说明 */
  description?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Description6 = {
  /**
   * 风险金名称
   *
   * - `DEPOSIT`: 押金
   * - `ADVANCE`: 预付款
   * - `CASH_DEPOSIT`: 保证金
   * - `ESTIMATE_ORDER_COST`: 预估订单费用
   */
  name: 'DEPOSIT' | 'ADVANCE' | 'CASH_DEPOSIT' | 'ESTIMATE_ORDER_COST';
  /** 风险金额 */
  amount: number;
  /** 风险说明 */
  description?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Description7 = {
  /** 风险名称 */
  name: 'DEPOSIT' | 'ADVANCE' | 'CASH_DEPOSIT' | 'ESTIMATE_ORDER_COST';
  /** 风险金额 */
  amount: number;
  /** 风险说明 */
  description?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DetailState = {
  /** 品牌主商户号 */
  brand_mchid: string;
  /** 微信支付品牌红包批次单号 */
  batch_no: string;
  /** 商家品牌红包批次单号 */
  out_batch_no: string;
  /**
   * 品牌ID
   * @format integer
   */
  brand_id?: number;
  /** 品牌红包模板ID */
  template_id?: string;
  /** 品牌AppID */
  brand_appid?: string;
  /**
   * 批次单状态
   *
   * - `WAIT_PAY`: 商户员工确认付款阶段
   * - `ACCEPTED`: 批次已受理成功
   * - `PROCESSING`: 已开始处理批次内的品牌红包明细单
   * - `FINISHED`: 批次内的所有品牌红包明细单都已处理完成
   * - `CLOSED`: 可查询具体的批次关闭原因确认
   */
  batch_state: 'WAIT_PAY' | 'ACCEPTED' | 'PROCESSING' | 'FINISHED' | 'CLOSED';
  /** 品牌红包批次名称 */
  batch_name: string;
  /** 品牌红包批次备注 */
  batch_remark: string;
  /** 品牌红包批次单关闭原因 */
  close_reason?: 'MERCHANT_REVOCATION' | 'SYSTEM_OVERDUE_CLOSE';
  /**
   * 总金额
   * @format integer
   */
  total_amount: number;
  /**
   * 总笔数
   * @format integer
   */
  total_num: number;
  /**
   * 品牌红包批次创建时间
   * @format rfc3339
   */
  create_time: string;
  /**
   * 品牌红包批次更新时间
   * @format rfc3339
   */
  update_time?: string;
  /**
   * 发放成功金额
   * @format integer
   */
  success_amount: number;
  /**
   * 发放成功笔数
   * @format integer
   */
  success_num: number;
  /**
   * 发放失败金额
   * @format integer
   */
  fail_amount: number;
  /**
   * 发放失败笔数
   * @format integer
   */
  fail_num: number;
  /** 品牌红包明细列表 */
  detail_list?: DetailState2[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DetailState2 = {
  /** 微信支付品牌红包明细单号 */
  transfer_detail_no: string;
  /** 商家品牌红包明细单号 */
  out_detail_no: string;
  /**
   * 品牌红包明细单状态
   *
   * - `DETAIL_INIT`: 系统转账校验中
   * - `DETAIL_WAIT_PAY`: 待商户确认，符合免密条件时，系统会自动扭转为发送中
   * - `DETAIL_PROCESSING`: 正在处理中，品牌红包发送结果尚未明确
   * - `DETAIL_SUCCESS`: 发送成功
   * - `DETAIL_FAIL`: 需要确认失败原因后，再决定是否重新对该笔品牌红包明细单进行发送（并非整个品牌红包批次单）
   */
  detail_state: 'DETAIL_INIT' | 'DETAIL_WAIT_PAY' | 'DETAIL_PROCESSING' | 'DETAIL_SUCCESS' | 'DETAIL_FAIL';
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DetailState3 = {
  /** 商家转账明细单号 */
  detail_id: string;
  /** 商家明细单号 */
  out_detail_no: string;
  /**
   * 明细状态
   *
   * - `INIT`: 系统转账校验中
   * - `ALL`: 全部
   * - `WAIT_PAY`: 待确认
   * - `SUCCESS`: 转账成功
   * - `FAIL`: 转账失败
   * - `BANK_REFUND`: 银行返回转账成功后，拒绝入账，资金会返回商户账户
   */
  detail_state: 'INIT' | 'ALL' | 'WAIT_PAY' | 'SUCCESS' | 'FAIL' | 'BANK_REFUND';
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DeviceId = {
  /** 捐赠订单号 */
  welfare_trade_id?: string;
  /** 应用ID */
  appid?: string;
  /** 子商户应用ID */
  sub_appid?: string;
  /** 品牌ID */
  brand_id?: string;
  /**
   * 捐赠来源
   *
   * - `MINIPROGRAM_PAY`: 一起捐小程序
   * - `ENTRUST_PAY`: 一块捐插件
   */
  donate_source?: 'MINIPROGRAM_PAY' | 'ENTRUST_PAY';
  /** 商户订单 */
  merchant_order?: string;
  /** 捐赠机构名称 */
  institution_name?: string;
  /** 捐赠项目编号 */
  business_id?: string;
  /** 捐赠活动名称 */
  business_name?: string;
  /** 支付完成时间 */
  success_time?: string;
  /** 支付者 */
  payer?: {
    /** 用户标识 */
    openid?: string;
    /** 用户子标识 */
    sub_openid?: string;
    /** 用户头像URL */
    avatar?: string;
    /** 用户昵称 */
    nickname?: string;
  };
  /** 订单金额 */
  amount?: PayerCurrency3;
  /** 设备编号 */
  device_id?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DeviceId2 = {
  /** 停车入场id */
  parking_id: string;
  /** 车牌号 */
  plate_number: string;
  plate_color: VehiclePlateColor;
  /** 入场时间 */
  start_time: string;
  /** 出场时间 */
  end_time: string;
  /** 停车场名称 */
  parking_name: string;
  /** 计费时长 */
  charging_duration: number;
  /** 停车场设备id */
  device_id: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Discount = {
  /** 货物或应税劳务、服务编码 */
  tax_code: string;
  /** 货物或应税劳务、服务名称 */
  goods_name: string;
  /** 规格型号 */
  specification?: string;
  /** 单位 */
  unit?: string;
  /** 数量 */
  quantity: number;
  /** 单价 */
  unit_price: number;
  /** 单行金额 */
  amount: number;
  /** 单行税额 */
  tax_amount: number;
  /** 单行金额合计 */
  total_amount: number;
  /** 税率 */
  tax_rate: number;
  /**
   * 税收优惠政策标识
   *
   * - `NO_FAVORABLE`: 无优惠
   * - `OUTSIDE_VAT`: 不征税
   * - `VAT_EXEMPT`: 免税
   * - `NORMAL_ZERO_RATED`: 普通零税率
   * - `EXPORT_ZERO_RATED`: 出口零税率
   */
  tax_prefer_mark: 'NO_FAVORABLE' | 'OUTSIDE_VAT' | 'VAT_EXEMPT' | 'NORMAL_ZERO_RATED' | 'EXPORT_ZERO_RATED';
  /** 是否折扣行 */
  discount: boolean;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DownloadUrl = {
  /** 银行转账批次单号 */
  out_batch_no: string;
  /** 银行转账明细单号 */
  out_detail_no: string;
  /** 电子回单受理单号 */
  receipt_no: string;
  /** 电子回单状态 */
  receipt_state?: string;
  /** 电子回单文件的Hash方法 */
  hash_type?: string;
  /** 电子回单文件的Hash值 */
  hash_value?: string;
  /** 电子回单文件的下载地址 */
  download_url?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DownloadUrl2 = {
  /** 商户预算单号 */
  out_budget_no: string;
  /** 开始日期 */
  start_date: string;
  /** 结束日期 */
  end_date: string;
  /** 出资商户号 */
  sponsor_mchid: string;
  /** 收款商户号 */
  receiver_mchid?: string;
  /** 电子回单状态 */
  receipt_state: 'ACCEPTED' | 'FINISHED';
  /** 受理凭证 */
  accept_id: string;
  /** 电子回单文件的hash方法 */
  hash_type?: 'SHA256' | 'SM3';
  /** 电子回单文件的hash值 */
  hash_value?: string;
  /** 电子回单下载地址 */
  download_url?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DownloadUrl3 = {
  /** 二级商户号 */
  sub_mchid: string;
  /** 商户转账单号 */
  out_bill_no: string;
  /** 申请单状态 */
  state: 'GENERATING' | 'FINISHED';
  /** 申请单创建时间 */
  create_time: string;
  /** 申请单更新时间 */
  update_time?: string;
  /** 回单文件摘要类型 */
  hash_type?: 'SM3';
  /** 回单文件摘要值 */
  hash_value?: string;
  /** 回单文件下载地址 */
  download_url?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type DownloadUrl4 = {
  /** 受理类型 */
  accept_type: string;
  /** 商家转账批次单号 */
  out_batch_no?: string;
  /** 商家转账明细单号 */
  out_detail_no: string;
  /** 电子回单受理单号 */
  signature_no: string;
  /** 电子回单状态 */
  signature_status?: string;
  /** 电子回单文件的hash方法 */
  hash_type?: string;
  /** 电子回单文件的hash值 */
  hash_value?: string;
  /** 电子回单文件的下载地址 */
  download_url?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Email = {
  /**
   * 联系人名称
   * @format base64
   */
  name: string;
  /**
   * 联系人电话
   * @format base64
   */
  phone: string;
  /**
   * 联系人邮箱
   * @format base64
   */
  email: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Email2 = {
  /**
   * 联系人名称
   * @format base64
   */
  name?: string;
  /**
   * 联系人电话
   * @format base64
   */
  phone?: string;
  /**
   * 联系人邮箱
   * @format base64
   */
  email?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type EndStation = {
  /**
   * 用户乘车时间（上车）
   * @format rfc3339
   */
  start_time?: string;
  /**
   * 用户下车时间
   * @format rfc3339
   */
  end_time?: string;
  /** 乘车起始站 */
  start_station?: string;
  /** 乘车终点站 */
  end_station?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type EndTime = {
  /** 可用星期数 */
  week_day?: number[];
  /** 当天可用时间段 */
  available_day_time?: Array<{
    /** 当天可用开始时间 */
    begin_time?: number;
    /** 当天可用结束时间 */
    end_time?: number;
  }>;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type EndTime2 = {
  /** 每周可用星期数 */
  day_list?: Array<'MONDAY' | 'TUESDAY' | 'WEDNESDAY' | 'THURSDAY' | 'FRIDAY' | 'SATURDAY' | 'SUNDAY'>;
  /** 当天可用时间段 */
  day_period_list?: Array<{
    /** 当天可用开始时间 */
    begin_time: number;
    /** 当天可用结束时间 */
    end_time: number;
  }>;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type EndTime3 = {
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
  /** 领取后N天开始生效 */
  wait_days_after_receive?: number;
  /** 每周固定可用时间 */
  weekly_available_period?: EndTime2;
  /** 无规律的可用时间段 */
  irregular_available_period_list?: Array<{
    /**
     * 开始时间
     * @format rfc3339
     */
    begin_time: string;
    /**
     * 结束时间
     * @format rfc3339
     */
    end_time: string;
  }>;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type EndTime4 = {
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
  /** 生效后N天内有效 */
  available_days?: number;
  /** 领取后N天开始生效 */
  wait_days_after_receive?: number;
  /** 每周固定可用时间 */
  weekly_available_period?: EndTime2;
  /** 无规律的可用时间段 */
  irregular_available_period_list?: Array<{
    /**
     * 开始时间
     * @format rfc3339
     */
    begin_time: string;
    /**
     * 结束时间
     * @format rfc3339
     */
    end_time: string;
  }>;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type EndTimeRemark = {
  /** 服务开始时间 */
  start_time: string;
  /** 服务开始时间备注 */
  start_time_remark?: string;
  /** 服务结束时间 */
  end_time?: string;
  /** 服务结束时间备注 */
  end_time_remark?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type EndTimeRemark2 = {
  /** 服务开始时间 */
  start_time: string;
  /** 服务开始时间备注 */
  start_time_remark?: string;
  /** 预计服务结束时间 */
  end_time?: string;
  /** 预计服务结束时间备注 */
  end_time_remark?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type EndTimeRemark3 = {
  /** 服务开始时间 */
  start_time?: string;
  /** 服务开始时间备注 */
  start_time_remark?: string;
  /** 服务结束时间 */
  end_time?: string;
  /** 服务结束时间备注 */
  end_time_remark?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type EndTimeRemark4 = {
  /** 服务开始时间 */
  start_time?: string;
  /** 服务结束时间 */
  end_time?: string;
  /** 服务开始时间备注 */
  start_time_remark?: string;
  /** 服务结束时间备注 */
  end_time_remark?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type EndTimeRemark5 = {
  /**
   * 服务开始时间
   * @format rfc3339
   */
  start_time: string;
  /**
   * 服务结束时间
   * @format rfc3339
   */
  end_time?: string;
  /** 服务开始时间备注 */
  start_time_remark?: string;
  /** 服务结束时间备注 */
  end_time_remark?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type EndTimeRemark6 = {
  /** 服务开始时间 */
  start_time: string;
  /** 服务结束时间 */
  end_time?: string;
  /** 服务开始时间备注 */
  start_time_remark?: string;
  /** 服务结束时间备注 */
  end_time_remark?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ErrCodeDes = {
  /** 签名类型 */
  sign_type: 'MD5';
  /** 签名 */
  sign: string;
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误代码描述 */
  err_code_des?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ErrCodeDes2 = {
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
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ErrCodeDes3 = {
  /** 请求appid */
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

/** An object type several operations share (written once, so tsc parses it once). */
export type ErrCodeDes4 = {
  /** 公众账号id */
  appid: string;
  /** 子商户公众账号id */
  sub_appid?: string;
  /** 商户号 */
  mch_id: string;
  /** 子商户号 */
  sub_mch_id: string;
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
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ErrCodeDes5 = {
  /** 请求appid */
  appid: string;
  /** 子商户公众账号id */
  sub_appid?: string;
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
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ErrCodeDes6 = {
  /** 公众账号id */
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
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ErrorCodeDes = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 错误码描述 */
  return_msg?: string;
  /** 错误码 */
  error_code?: string;
  /** 错误代码描述 */
  error_code_des?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ExchangePrice = {
  /** 券可核销时间 */
  coupon_available_period: AvailableSeconds;
  /** 满减券使用规则 */
  normal_coupon?: {
    /** 门槛金额 */
    threshold: number;
    /** 固定减免金额 */
    discount_amount: number;
  };
  /** 折扣券使用规则 */
  discount_coupon?: {
    /** 门槛金额 */
    threshold: number;
    /** 固定减免百分比 */
    percent_off: number;
  };
  /** 兑换券使用规则 */
  exchange_coupon?: {
    /** 门槛金额 */
    threshold: number;
    /** 固定兑换价格 */
    exchange_price: number;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ExchangePrice2 = {
  /** 券可核销时间 */
  coupon_available_period: EndTime4;
  /** 满减券使用规则 */
  normal_coupon?: {
    /** 门槛金额 */
    threshold: number;
    /** 固定减免金额 */
    discount_amount: number;
  };
  /** 折扣券使用规则 */
  discount_coupon?: {
    /** 门槛金额 */
    threshold: number;
    /** 固定减免百分比 */
    percent_off: number;
  };
  /** 兑换券使用规则 */
  exchange_coupon?: {
    /** 门槛金额 */
    threshold: number;
    /** 固定兑换价格 */
    exchange_price: number;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ExpiredTime = {
  /** 机构APPID */
  appid?: string;
  /** 子商户号 */
  sub_mchid?: string;
  /** 机构appid */
  sp_appid?: string;
  /** 机构商户号 */
  sp_mchid?: string;
  /** 子商户应用ID */
  sub_appid?: string;
  /** 模板ID */
  plan_id?: number;
  /** 商户侧签约协议号 */
  out_contract_code?: string;
  /** 用户账户展示名称 */
  user_display_name?: string;
  /** 签约成功通知url */
  success_notify_url?: string;
  /** 商户appid下的用户标识 */
  openid?: string;
  /** 用户客户端IP */
  user_client_ip?: string;
  /**
   * 过期时间
   * @format rfc3339
   */
  expired_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ExpiresIn = {
  /** 商家核身单号 */
  authenticate_number: string;
  /** 用户标识 */
  openid: string;
  /** 商户号 */
  mchid: string;
  /** 子商户号 */
  sub_mchid: string;
  /** token值 */
  token: string;
  /** token有效时间 */
  expires_in: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Explanation = {
  /** 机构APPID */
  appid: string;
  /** 商户号 */
  mchid: string;
  /**
   * 报关状态
   *
   * - `PROCESSING`: 申报中
   * - `UNDECLARED`: 未申报
   * - `SUBMITTED`: 已修改未申报
   * - `SUCCESS`: 申报成功
   * - `FAIL`: 申报失败
   * - `EXCEPT`: 海关接口异常
   */
  state: 'PROCESSING' | 'UNDECLARED' | 'SUBMITTED' | 'SUCCESS' | 'FAIL' | 'EXCEPT';
  /** 商户订单号 */
  out_trade_no: string;
  /** 微信订单号 */
  transaction_id: string;
  /** 商户子订单号 */
  sub_order_no?: string;
  /** 微信子订单号 */
  sub_order_id?: string;
  /** 最后更新时间 */
  modify_time: string;
  /** 申报结果说明 */
  explanation?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type FailMsg = {
  /** 变更类型 */
  change_scene: 'SUBJECT_INFO_RENAME';
  /** 微信支付更名受理返回的申请单号 */
  application_id: string;
  /** 渠道结算银行账户更名外部系统单号 */
  out_request_no: string;
  /** 目标商户号 */
  mchid: string;
  /**
   * 台账ID
   * @format base64
   */
  bal_account_no: string;
  /**
   * 目标账户名
   * @format base64
   */
  new_account_name: string;
  /** 申请单状态 */
  application_state: 'PROCESSING' | 'SUCCESS' | 'FAIL';
  /**
   * 完成时间
   * @format rfc3339
   */
  finish_time?: string;
  /** 失败错误码 */
  fail_code?: string;
  /** 失败原因 */
  fail_msg?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type FailReason = {
  /** 微信支付商户号 */
  mchid?: string;
  /**
   * 额度台账号
   * @format base64
   */
  bal_account_no?: string;
  /** 特殊减额单号 */
  out_request_no?: string;
  /** 特殊减额类型 */
  reduction_type?: 'FINANCIAL_PENALTY' | 'JUDICIAL_DEDUCTION';
  /** 减额金额 */
  amount?: number;
  /** 处理结果 */
  state?: 'PROCESSING' | 'SUCCESS' | 'FAILED';
  /** 特殊减额原因 */
  reason?: string;
  /** 微信支付额度变更单号 */
  quota_change_no?: string;
  /**
   * 成功时间
   * @format rfc3339
   */
  success_time?: string;
  /**
   * 失败时间
   * @format rfc3339
   */
  fail_time?: string;
  /**
   * 失败原因
   *
   * - `BALANCE_NOT_ENOUGH`: 余额不足
   * - `RECEIPT_NOT_EXIST_CLOSED`: 单据不存在，已关单
   * - `TIME_OUT_CLOSED`: 系统异常处理超时，关单
   */
  fail_reason?: 'BALANCE_NOT_ENOUGH' | 'RECEIPT_NOT_EXIST_CLOSED' | 'TIME_OUT_CLOSED';
};

/** An object type several operations share (written once, so tsc parses it once). */
export type FailReason2 = {
  /** 银行服务商号 */
  bank_sp_mchid: string;
  /** 服务平台商户号 */
  platform_mchid: string;
  /** 付款企业商户号 */
  specialized_payment_mchid: string;
  /** 实际出资商户号 */
  sponsor_mchid: string;
  /** 用户授权商户号 */
  user_authorized_mchid: string;
  /** 用户授权appid */
  user_authorized_appid: string;
  /** 银行批次单号 */
  out_batch_no: string;
  /** 微信支付批次单号 */
  batch_id: string;
  /** 转账场景 */
  transfer_scene: 'ORDINARY_TRANSFER' | 'PAYROLL_CARD_TRANSFER';
  /** 批次名称 */
  batch_name: string;
  /** 批次备注 */
  batch_remark: string;
  /** 附加信息 */
  attach_remark?: string;
  /**
   * 批量转账用途
   *
   * - `GOODSPAYMENT`: 货款
   * - `COMMISSION`: 佣金
   * - `REFUND`: 退款
   * - `REIMBURSEMENT`: 报销
   * - `FREIGHT`: 运费
   * - `OTHERS`: 其他
   */
  transfer_purpose: 'GOODSPAYMENT' | 'COMMISSION' | 'REFUND' | 'REIMBURSEMENT' | 'FREIGHT' | 'OTHERS';
  /** 批次状态 */
  batch_state: 'ACCEPTED' | 'PROCESSING' | 'FINISHED' | 'CLOSED';
  /** 批次关闭原因 */
  close_reason?: 'MERCHANT_REVOCATION' | 'OVERDUE_CLOSE';
  /** 转账总金额 */
  total_amount: number;
  /** 转账总笔数 */
  total_count: number;
  /** 批次创建时间 */
  create_time?: string;
  /** 批次更新时间 */
  update_time?: string;
  /** 转账成功金额 */
  success_amount?: number;
  /** 转账成功笔数 */
  success_count?: number;
  /** 转账失败金额 */
  fail_amount?: number;
  /** 转账失败笔数 */
  fail_count?: number;
  /** 转账明细单列表 */
  transfer_detail_list: FailReason3[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type FailReason3 = {
  /** 微信支付明细单号 */
  detail_id: string;
  /** 银行明细单号 */
  out_detail_no: string;
  /** 明细状态 */
  detail_state: 'PROCESSING' | 'SUCCESS' | 'REFUND';
  /** 明细失败原因 */
  fail_reason?: 'ACCOUNT_FROZEN' | 'REAL_NAME_CHECK_FAIL' | 'NAME_NOT_CORRECT' | 'OPENID_INVALID' | 'TRANSFER_QUOTA_EXCEED' | 'DAY_RECEIVED_QUOTA_EXCEED' | 'MONTH_RECEIVED_QUOTA_EXCEED' | 'DAY_RECEIVED_COUNT_EXCEED' | 'PRODUCT_AUTH_CHECK_FAIL' | 'OVERDUE_CLOSE' | 'ID_CARD_NOT_CORRECT' | 'ACCOUNT_NOT_EXIST' | 'TRANSFER_RISK' | 'PAYROLL_CARD_ALREADY_LOGOUT' | 'PAYROLL_CARD_ALREADY_FROZEN' | 'PAYROLL_CARD_UNAUTHORIZED' | 'PAYROLL_CARD_USER_NOT_OPEN' | 'PAYROLL_CARD_NAME_CARD_NOT_MATCH' | 'PAYROLL_CARD_ID_CARD_NOT_MATCH' | 'PAYROLL_CARD_BANKCARD_UNBUNDLING' | 'BANK_CARD_COLLECTIONS_ABOVE_QUOTA' | 'BANK_CARD_ACCOUNT_ABNORMAL' | 'BANK_CARD_STATUS_ABNORMAL' | 'BANK_CARD_BANK_INFO_WRONG' | 'BANK_CARD_CARD_INFO_WRONG' | 'OTHER_FAIL_REASON_TYPE' | 'REALNAME_ACCOUNT_RECEIVED_QUOTA_EXCEED' | 'TRANSFER_REMARK_SET_FAIL';
};

/** An object type several operations share (written once, so tsc parses it once). */
export type FailReason4 = {
  /** 积分兑券ID */
  record_id: string;
  /** 积分兑券模板ID */
  exchange_coupon_template_id: string;
  /** 品牌ID */
  brand_id: string;
  /** 会员卡模板ID */
  card_id: string;
  /** 用户标识 */
  openid: string;
  /** 会员卡code */
  user_card_code: string;
  /** 积分兑券状态 */
  state: 'POINT_EXCHANGE_COUPON_SUCCESS' | 'POINT_EXCHANGE_COUPON_FAIL';
  /** 兑券成功的券code */
  coupon_code?: string;
  /** 兑券失败原因 */
  fail_reason?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type FailReason5 = {
  /** 申请单状态 */
  state: 'GENERATING' | 'FINISHED' | 'FAILED';
  /** 申请单创建时间 */
  create_time: string;
  /** 申请单更新时间 */
  update_time: string;
  /** 回单文件摘要类型 */
  hash_type?: 'SHA256' | 'SM3';
  /** 回单文件摘要值 */
  hash_value?: string;
  /** 回单文件下载地址 */
  download_url?: string;
  /** 失败原因 */
  fail_reason?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type FapiaoTime = {
  /** 发票代码 */
  fapiao_code: string;
  /** 发票号码 */
  fapiao_number: string;
  /** 校验码 */
  check_code: string;
  /** 密码 */
  password: string;
  /**
   * 开票时间
   * @format rfc3339
   */
  fapiao_time: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Fee = {
  /** 已结算金额 */
  settled: number;
  /** 未结算金额 */
  unsettle: number;
  /** 结算币种 */
  currency: string;
  /** 支付金额 */
  pay: number;
  /** 退款金额 */
  refund: number;
  /** 支付净额 */
  net: number;
  /** 手续费金额 */
  fee: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type FinderVideoCoverImageUrl = {
  /** 使用须知 */
  description?: string;
  /** 商户logo */
  merchant_logo_url?: string;
  /** 商户名称 */
  merchant_name?: string;
  /** 背景颜色 */
  background_color?: 'COLOR010' | 'COLOR020' | 'COLOR030' | 'COLOR040' | 'COLOR050' | 'COLOR060' | 'COLOR070' | 'COLOR080' | 'COLOR090' | 'COLOR100' | 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100';
  /** 券详情图片 */
  coupon_image_url?: string;
  /** 视频号相关信息 */
  finder_info?: FinderVideoCoverImageUrl2;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type FinderVideoCoverImageUrl2 = {
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

/** An object type several operations share (written once, so tsc parses it once). */
export type FinderVideoCoverImageUrl3 = {
  /** 用户商品券Code展示模式 */
  code_display_mode?: 'INVISIBLE' | 'BARCODE' | 'QRCODE';
  /** 背景颜色 */
  background_color?: 'Color010' | 'Color020' | 'Color030' | 'Color040' | 'Color050' | 'Color060' | 'Color070' | 'Color080' | 'Color090' | 'Color100';
  /** 小程序入口 */
  entrance_mini_program?: {
    /** 小程序appid */
    appid: string;
    /** 小程序跳转路径 */
    path: string;
    /** 入口文案 */
    entrance_wording: string;
    /** 引导文案 */
    guidance_wording: string;
  };
  /** 公众号入口 */
  entrance_official_account?: {
    /** 公众号AppID */
    appid: string;
  };
  /** 视频号入口 */
  entrance_finder?: {
    /** 视频号ID */
    finder_id: string;
    /** 视频号视频ID */
    finder_video_id: string;
    /** 视频号封面图 */
    finder_video_cover_image_url: string;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type FinishTime = {
  /** 二级商户号 */
  sub_mchid: string;
  /** 微信分账单号 */
  order_id: string;
  /** 商户分账单号 */
  out_order_no: string;
  /** 商户回退单号 */
  out_return_no: string;
  /** 回退商户号 */
  return_mchid: string;
  /** 回退金额 */
  amount: number;
  /** 微信回退单号 */
  return_no: string;
  /** 回退结果 */
  result: ProfitSharingReturnResult;
  /** 失败原因 */
  fail_reason?: ProfitSharingReturnFailReason;
  /**
   * 完成时间
   * @format rfc3339
   */
  finish_time: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type FinishTime2 = {
  /** 子商户号 */
  sub_mchid?: string;
  /** 微信分账单号 */
  order_id: string;
  /** 商户分账单号 */
  out_order_no: string;
  /** 商户回退单号 */
  out_return_no: string;
  /** 微信回退单号 */
  return_id: string;
  /** 回退商户号 */
  return_mchid: string;
  /** 回退金额 */
  amount: number;
  /** 回退描述 */
  description: string;
  /** 回退结果 */
  result: 'PROCESSING' | 'SUCCESS' | 'FAILED';
  /**
   * 失败原因
   *
   * - `ACCOUNT_ABNORMAL`: 原分账接收方账户异常
   * - `BALANCE_NOT_ENOUGH`: 余额不足
   * - `TIME_OUT_CLOSED`: 超时关单
   * - `PAYER_ACCOUNT_ABNORMAL`: 原分账分出方账户异常
   * - `INVALID_REQUEST`: 描述参数设置失败
   */
  fail_reason?: 'ACCOUNT_ABNORMAL' | 'BALANCE_NOT_ENOUGH' | 'TIME_OUT_CLOSED' | 'PAYER_ACCOUNT_ABNORMAL' | 'INVALID_REQUEST';
  /**
   * 创建时间
   * @format rfc3339
   */
  create_time: string;
  /**
   * 完成时间
   * @format rfc3339
   */
  finish_time: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type FirstChargeTimeMode = {
  /** 收费规则类型 */
  rule_type?: 'CHARGING_RULE_UNKNOWN' | 'CHARGING_RULE_FIXED_INTERVAL' | 'CHARGING_RULE_SEGMENT' | 'CHARGING_RULE_PER_ENTRY';
  /** 收费金额限制类型 */
  fee_limit_type?: 'FEE_LIMIT_UNKNOWN' | 'FEE_LIMIT_AGGREGATE' | 'FEE_LIMIT_SINGLE';
  /** 计费周期类型 */
  daily_limit_type?: 'DAILY_LIMIT_UNKNOWN' | 'DAILY_LIMIT_ROLLING_24H' | 'DAILY_LIMIT_CALENDAR_DAY';
  /** 不满一小时取整方式 */
  time_rounding_type?: 'TIME_ROUND_UNKNOWN' | 'TIME_ROUND_DOWN' | 'TIME_ROUND_UP';
  /** 入场免费时间 */
  free_entry_duration?: number;
  /** 出场免费时间 */
  free_exit_duration?: number;
  fixed_interval_rule?: FirstDurationMode[];
  duration_segment_rule?: MaxFeePerDay[];
  pre_entry_rule?: MaxFeePerDay2[];
  /** 节假日模式 */
  holiday_mode?: 'HOLIDAY_MODE_UNKNOWN' | 'HOLIDAY_MODE_LEGAL_MODY' | 'HOLIDAY_MODE_CALENDAR_MODY' | 'HOLIDAY_MODE_FINANCIAL_MODY';
  /** 累计限额模式 */
  aggregate_limit_mode?: 'AGGREGATE_LIMIT_MODE_UNKNOWN' | 'AGGREGATE_LIMIT_MODE_NORMAL' | 'AGGREGATE_LIMIT_MODE_MIN';
  /** 首次计费时间模式 */
  first_charge_time_mode?: 'FIRST_CHARGE_TIME_MODE_UNKNOWN' | 'FIRST_CHARGE_TIME_MODE_ENTER' | 'FIRST_CHARGE_TIME_MODE_AFTER_FREE';
};

/** An object type several operations share (written once, so tsc parses it once). */
export type FirstChargeTimeMode2 = {
  /** 停车场名称 */
  parking_lot_name?: string;
  /** 商户停车场ID */
  out_parking_lot_id?: string;
  /** 停车场地址 */
  parking_lot_address?: string;
  /** 停车场经度 */
  longitude?: string;
  /** 停车场纬度 */
  latitude?: string;
  /** 停车场类型 */
  parking_lot_type?: 'PARKING_LOT_TYPE_UNKNOWN' | 'PARKING_LOT_TYPE_BUSINESS_DISTRICT' | 'PARKING_LOT_TYPE_OFFICE_BUILDING' | 'PARKING_LOT_TYPE_TRANSPORTATION_HUB' | 'PARKING_LOT_TYPE_RESIDENTIAL_AREA' | 'PARKING_LOT_TYPE_PARK_AREA' | 'PARKING_LOT_TYPE_OTHER_PUBLIC_FACILITY';
  /** 客服联系电话 */
  phone_number?: string;
  /** 收费告示牌url */
  parking_sign_url?: string;
  /** 停车场优惠文案 */
  notification_text_list?: string[];
  /** 商家支付小程序appid */
  payment_mini_prog_appid?: string;
  /** 商家支付路径 */
  payment_path?: string;
  /** 商家停车订单小程序appid */
  parking_order_mini_prog_appid?: string;
  /** 商家停车订单路径 */
  parking_order_path?: string;
  charging_rule?: FirstChargeTimeMode;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type FirstDurationMode = {
  /** 日期类型 */
  day_type?: 'DAY_TYPE_UNKNOWN' | 'DAY_TYPE_WEEKDAY' | 'DAY_TYPE_HOLIDAY' | 'DAY_TYPE_ALL_DAY';
  /** 时段开始时间 */
  start_time?: string;
  /** 时段结束时间 */
  end_time?: string;
  /** 车辆类型 */
  vehicle_type?: 'VEHICLE_TYPE_UNKNOWN' | 'VEHICLE_TYPE_SMALL' | 'VEHICLE_TYPE_LARGE' | 'VEHICLE_TYPE_EXTRA_LARGE' | 'VEHICLE_TYPE_ALL_TYPE';
  /** 车牌类型 */
  plate_type?: 'PLATE_TYPE_UNKNOWN' | 'PLATE_TYPE_TEMPORARY' | 'PLATE_TYPE_MONTHLY' | 'PLATE_TYPE_FREE' | 'PLATE_TYPE_PREPAID' | 'PLATE_TYPE_OTHERS';
  /** 首段收费时长 */
  first_duration?: number;
  /** 首段收费金额 */
  first_amount?: number;
  /** 间隔收费时长 */
  interval_duration?: number;
  /** 间隔收费金额 */
  interval_amount?: number;
  /** 间隔时段收费封顶 */
  interval_max_amount?: number;
  /** 单日最大收款金额 */
  max_fee_per_day?: number;
  /** 免费时段收取模式 */
  free_period_charging_mode?: 'FREE_PERIOD_CHARGING_UNKNOWN' | 'FREE_PERIOD_CHARGING_ONCE_PER_ENTRY' | 'FREE_PERIOD_CHARGING_ONCE_PER_24_HOURS' | 'FREE_PERIOD_CHARGING_ONCE_PER_CALENDAR_DAY' | 'FREE_PERIOD_CHARGING_CUMULATIVE_QUOTA_CALCULATION';
  /** 免费时段计算方式 */
  free_period_calculation_mode?: 'FREE_PERIOD_CAL_UNKNOWN' | 'FREE_PERIOD_CAL_CONCURRENT_START' | 'FREE_PERIOD_CAL_SEQUENTIAL_START';
  /** 新能源是否免停 */
  is_green_vehicle_free_parking?: boolean;
  /** 首段收费模式 */
  first_duration_mode?: 'FIRST_DURATION_MODE_UNKNOWN' | 'FIRST_DURATION_MODE_ONLY_FIRST_DURATION' | 'FIRST_DURATION_MODE_EVERY_FIRST_DURATION';
};

/** An object type several operations share (written once, so tsc parses it once). */
export type FundsAccount = {
  /** 微信退款单号 */
  refund_id: string;
  /** 商户退款单号 */
  out_refund_no: string;
  /** 微信订单号 */
  transaction_id: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 退款渠道 */
  channel?: RefundChannel;
  /** 退款入账账户 */
  user_received_account?: string;
  /**
   * 退款成功时间
   * @format rfc3339
   */
  success_time?: string;
  /**
   * 退款创建时间
   * @format rfc3339
   */
  create_time: string;
  /** 退款状态 */
  status: RefundStatus;
  /** 退款金额信息 */
  amount: Advance;
  /** 营销详情 */
  promotion_detail?: RefundAmount[];
  /** 退款出资商户 */
  refund_account?: 'REFUND_SOURCE_SUB_MERCHANT' | 'REFUND_SOURCE_PARTNER_ADVANCE';
  /** 资金账户 */
  funds_account?: 'AVAILABLE' | 'UNSETTLED' | 'OPERATION' | 'BASIC' | 'ECNY_BASIC';
};

/** An object type several operations share (written once, so tsc parses it once). */
export type GoodsOriginalPrice = {
  /** 门店信息 */
  store_info?: {
    /** 门店ID */
    store_id?: string;
    /** 门店补贴入账商户号 */
    accounting_merchant_id?: string;
    /** 门店商户号 */
    merchant_id?: string;
  };
  /** 商品原价 */
  goods_original_price?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type GoodsRemark = {
  /** 券ID */
  coupon_id: string;
  /** 优惠名称 */
  name?: string;
  /** 优惠范围 */
  scope?: string;
  /** 优惠类型 */
  type?: string;
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
  /** 优惠货币类型 */
  currency?: string;
  /** 单品列表 */
  goods_detail?: GoodsRemark2[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type GoodsRemark2 = {
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
};

/** An object type several operations share (written once, so tsc parses it once). */
export type GoodsRemark3 = {
  /** 商品编码 */
  goods_id: string;
  /** 商品数量 */
  quantity?: number;
  /** 商品价格 */
  unit_price?: number;
  /** 商品优惠金额 */
  discount_amount?: number;
  /** 商品备注 */
  goods_remark?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type GoodsRemark4 = {
  /** 收款序号 */
  seq?: number;
  /** 单笔收款金额 */
  amount?: number;
  /** 收款成功渠道 */
  paid_type?: 'NEWTON' | 'MCH';
  /** 收款成功时间 */
  paid_time?: string;
  /** 微信支付交易单号 */
  transaction_id?: string;
  /** 优惠功能 */
  promotion_detail?: GoodsRemark5[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type GoodsRemark5 = {
  /** 券ID */
  coupon_id: string;
  /** 优惠名称 */
  name?: string;
  /** 优惠范围 */
  scope?: 'SINGLE' | 'GLOBAL';
  /** 优惠类型 */
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
  goods_detail?: GoodsRemark3[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type GoodsTags = {
  /** 商户logo */
  logo_url: string;
  /** 支付结果页活动副标题 */
  activity_second_title: string;
  /** 活动曝光商户号 */
  mchid_list?: string[];
  /** 激活方式设置 */
  activate_setting?: ActivatePath;
  /** 支付设置 */
  payment_setting?: GoodsTags2;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type GoodsTags2 = {
  /** 支付模式 */
  payment_mode?: {
    /** 支付场景列表 */
    payment_scene_list?: unknown[];
  };
  /** 指定银行的简称 */
  limit_bank?: string;
  /** 订单优惠标记 */
  goods_tags?: unknown[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type GuidingWords = {
  /** 商家小程序appid */
  mini_programs_appid: string;
  /** 商家小程序path */
  mini_programs_path: string;
  /** 入口文案 */
  entrance_words: string;
  /** 引导文案 */
  guiding_words?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type IdentificationNo = {
  /**
   * 证件类型
   *
   * - `IDENTIFICATION_TYPE_IDCARD`: 中国大陆居民-身份证
   * - `IDENTIFICATION_TYPE_OVERSEA_PASSPORT`: 其他国家或地区居民-护照
   * - `IDENTIFICATION_TYPE_HONGKONG_PASSPORT`: 中国香港居民-来往内地通行证
   * - `IDENTIFICATION_TYPE_MACAO_PASSPORT`: 中国澳门居民-来往内地通行证
   * - `IDENTIFICATION_TYPE_TAIWAN_PASSPORT`: 中国台湾居民-来往大陆通行证
   * - `IDENTIFICATION_TYPE_FOREIGN_RESIDENT`: 外国人居留证
   * - `IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT`: 港澳居民证
   * - `IDENTIFICATION_TYPE_TAIWAN_RESIDENT`: 台湾居民证
   */
  id_doc_type?: 'IDENTIFICATION_TYPE_IDCARD' | 'IDENTIFICATION_TYPE_OVERSEA_PASSPORT' | 'IDENTIFICATION_TYPE_HONGKONG_PASSPORT' | 'IDENTIFICATION_TYPE_MACAO_PASSPORT' | 'IDENTIFICATION_TYPE_TAIWAN_PASSPORT' | 'IDENTIFICATION_TYPE_FOREIGN_RESIDENT' | 'IDENTIFICATION_TYPE_HONGKONG_MACAO_RESIDENT' | 'IDENTIFICATION_TYPE_TAIWAN_RESIDENT';
  /**
   * 证件姓名
   * @format base64
   */
  identification_name: string;
  /**
   * 证件号码
   * @format base64
   */
  identification_no: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type IdentityDocumentType = {
  /**
   * 自然人姓名
   * @format base64
   */
  real_name: string;
  /**
   * 自然人证件号
   * @format base64
   */
  id_card_number: string;
  /**
   * 手机号
   * @format base64
   */
  phone_number: string;
  /**
   * 使用的资格的地区编码
   * @format integer
   */
  qualification_region_code: number;
  /**
   * 证件类型
   *
   * - `ID_DOC_TYPE_ID_CARD`: 身份证号
   * - `ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_HK_MC`: 回乡证（港澳居民来往内地通行证）
   * - `ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_TW`: 台胞证（台湾居民来往大陆通行证）
   */
  identity_document_type: 'ID_DOC_TYPE_ID_CARD' | 'ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_HK_MC' | 'ID_DOC_TYPE_MAINLAND_TRAVEL_PERMIT_FOR_TW';
};

/** An object type several operations share (written once, so tsc parses it once). */
export type IdentityType = {
  /**
   * 自然人姓名
   * @format base64
   */
  real_name: string;
  /**
   * 自然人身份证号码
   * @format base64
   */
  id_card_number: string;
  /** 实名验证类型 */
  identity_type?: 'ID_CARD';
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ImageStyleType = {
  /**
   * 媒体ID
   * @format MediaId
   */
  media_id?: string;
  /** 图片样式类型 */
  image_style_type?: 'IMAGE_STYLE_TYPE_NARROW' | 'IMAGE_STYLE_TYPE_WIDE';
};

/** An object type several operations share (written once, so tsc parses it once). */
export type IntervalDays = {
  /** 多次优惠规则类型 */
  type: 'INCREMENTAL' | 'EQUAL';
  /** 可使用次数 */
  count: number;
  /** 多次优惠有效天数 */
  available_days: number;
  /** 多次优惠使用间隔天数 */
  interval_days?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type InvalidTime = {
  /** 会员卡code */
  user_card_code: string;
  /** 会员卡模板ID */
  card_id: string;
  /** 用户标识 */
  openid: string;
  /** 卡背景颜色 */
  card_color?: string;
  /** 卡背景图URL */
  card_picture_url?: string;
  /** 品牌ID */
  brand_id: string;
  /** 会员卡类型 */
  card_type: 'PURCHASE' | 'NORMAL' | 'BALANCE';
  /**
   * 加密的手机号
   * @format base64
   */
  phone_number?: string;
  /** 等级 */
  level?: string;
  /** 会员卡有效期 */
  valid_date_information: AvailableDayAfterReceive;
  /**
   * 领取时间
   * @format rfc3339
   */
  pickup_time: string;
  /** 用户开卡时填写的个人信息 */
  user_information?: UserChosenValues;
  /** 商家数据包 */
  attach?: string;
  /** 用户会员卡状态 */
  user_card_state: 'UNACTIVATED' | 'EFFECTIVE' | 'EXPIRED' | 'INVALID';
  /** 作废原因 */
  invalid_reason?: string;
  /**
   * 作废时间
   * @format rfc3339
   */
  invalid_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type IsReturnedToSameMachine = {
  /** 补充信息类型 */
  type?: 'SHARE_POWER_TYPE';
  /** 充电宝投诉相关信息 */
  share_power_info?: IsReturnedToSameMachine2;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type IsReturnedToSameMachine2 = {
  /**
   * 归还时间
   * @format rfc3339
   */
  return_time?: string;
  /** 归还地点信息 */
  return_address_info?: {
    /** 归还地点 */
    return_address?: string;
    /** 归还地点经度 */
    longitude?: string;
    /** 归还地点纬度 */
    latitude?: string;
  };
  /** 是否归还同一柜机 */
  is_returned_to_same_machine?: boolean;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Latitude = {
  /** 门店省市编码 */
  address_code: string;
  /** 门店地址 */
  address_detail: string;
  /** 门店地址辅助描述 */
  address_complements?: string;
  /** 门店经度 */
  longitude?: string;
  /** 门店纬度 */
  latitude?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Limit = {
  /** 转账批次单 */
  transfer_batch: TransferSceneId;
  /** 转账明细单列表 */
  data?: DetailState3[];
  /** 请求资源起始位置 */
  offset?: number;
  /** 最大资源条数 */
  limit?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Limit2 = {
  /** 转账批次单 */
  transfer_batch: TransferSceneId2;
  /** 转账明细单列表 */
  data?: Array<{
    /** 商家转账明细单号 */
    detail_id: string;
    /** 商家明细单号 */
    out_detail_no: string;
    /** 明细状态 */
    detail_state: string;
  }>;
  /** 请求资源起始位置 */
  offset?: number;
  /** 最大资源条数 */
  limit?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type MaxFeePerDay = {
  /** 日期类型 */
  day_type?: 'DAY_TYPE_UNKNOWN' | 'DAY_TYPE_WEEKDAY' | 'DAY_TYPE_HOLIDAY' | 'DAY_TYPE_ALL_DAY';
  /** 时段开始时间 */
  start_time?: string;
  /** 时段结束时间 */
  end_time?: string;
  /** 车辆类型 */
  vehicle_type?: 'VEHICLE_TYPE_UNKNOWN' | 'VEHICLE_TYPE_SMALL' | 'VEHICLE_TYPE_LARGE' | 'VEHICLE_TYPE_EXTRA_LARGE' | 'VEHICLE_TYPE_ALL_TYPE';
  /** 车牌类型 */
  plate_type?: 'PLATE_TYPE_UNKNOWN' | 'PLATE_TYPE_TEMPORARY' | 'PLATE_TYPE_MONTHLY' | 'PLATE_TYPE_FREE' | 'PLATE_TYPE_PREPAID' | 'PLATE_TYPE_OTHERS';
  /** 收费模式 */
  charge_mode?: 'UNKNOWN' | 'INTERVAL' | 'ONE_TIME';
  /** 停车时长起始 */
  duration_from?: number;
  /** 停车时长结束 */
  duration_to?: number;
  /** 固定收费金额 */
  fixed_amount?: number;
  /** 间隔时段 */
  interval_min?: number;
  /** 间隔收费金额 */
  interval_amount?: number;
  /** 间隔时段收费封顶 */
  interval_max_amount?: number;
  /** 单日最大收款金额 */
  max_fee_per_day?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type MaxFeePerDay2 = {
  /** 日期类型 */
  day_type?: 'DAY_TYPE_UNKNOWN' | 'DAY_TYPE_WEEKDAY' | 'DAY_TYPE_HOLIDAY' | 'DAY_TYPE_ALL_DAY';
  /** 时段开始时间 */
  start_time?: string;
  /** 时段结束时间 */
  end_time?: string;
  /** 车辆类型 */
  vehicle_type?: 'VEHICLE_TYPE_UNKNOWN' | 'VEHICLE_TYPE_SMALL' | 'VEHICLE_TYPE_LARGE' | 'VEHICLE_TYPE_EXTRA_LARGE' | 'VEHICLE_TYPE_ALL_TYPE';
  /** 车牌类型 */
  plate_type?: 'PLATE_TYPE_UNKNOWN' | 'PLATE_TYPE_TEMPORARY' | 'PLATE_TYPE_MONTHLY' | 'PLATE_TYPE_FREE' | 'PLATE_TYPE_PREPAID' | 'PLATE_TYPE_OTHERS';
  /** 收费金额 */
  amount?: number;
  /** 单日最大收款金额 */
  max_fee_per_day?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Mcc = {
  /** 业务类型 */
  business_type: 'ONLINE' | 'OFFLINE' | 'BOTH';
  /** APP下载链接 */
  app_download?: string;
  /** 业务网站 */
  website?: string;
  /** 公众号 */
  office_account?: string;
  /** 小程序 */
  mini_program?: string;
  /** 门店地址 */
  store_address?: string;
  /**
   * 门店照片`JSON`格式字符串
   * @format jsonArrayLike
   */
  store_photos?: string;
  /** MCC码 */
  mcc?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Mcc2 = {
  /** 业务类型 */
  business_type?: 'ONLINE' | 'OFFLINE' | 'BOTH';
  /** APP下载地址 */
  app_download?: string;
  /** 业务网站 */
  website?: string;
  /** 公众号 */
  office_account?: string;
  /** 小程序 */
  mini_program?: string;
  /** 门店地址 */
  store_address?: string;
  /** MCC码 */
  mcc?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type MchId = {
  /** 转账接收者信息 */
  receiver?: {
    /** 转账接收方类型 */
    type?: 'MERCHANT' | 'TRANSACTION_USER';
    /** 转账接收方商户信息 */
    mch_info?: {
      /** 商户号 */
      mch_id?: string;
    };
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Mchid = {
  /** 赔付接收者信息 */
  receiver?: {
    /** 赔付接收方类型 */
    type?: 'MERCHANT';
    /** 赔付接收方商户信息 */
    mch_info?: {
      /** 商户号 */
      mchid: string;
    };
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type MedInsFailReason = {
  /** 医保自费混合订单号 */
  mix_trade_no: string;
  /**
   * 医保自费混合订单支付状态
   *
   * - `UNKNOWN_MIX_PAY_STATUS`: 未知类型，需报错
   * - `MIX_PAY_CREATED`: 等待支付
   * - `MIX_PAY_SUCCESS`: 支付成功
   * - `MIX_PAY_REFUND`: 自费和医保均已退款
   * - `MIX_PAY_FAIL`: 支付失败
   */
  mix_pay_status: 'UNKNOWN_MIX_PAY_STATUS' | 'MIX_PAY_CREATED' | 'MIX_PAY_SUCCESS' | 'MIX_PAY_REFUND' | 'MIX_PAY_FAIL';
  /**
   * 混合订单中自费部分的支付状态
   *
   * - `UNKNOWN_SELF_PAY_STATUS`: 未知类型，需报错
   * - `SELF_PAY_CREATED`: 等待支付
   * - `SELF_PAY_SUCCESS`: 支付成功
   * - `SELF_PAY_REFUND`: 已退款
   * - `SELF_PAY_FAIL`: 支付失败
   * - `NO_SELF_PAY`: 订单不含自费部分
   */
  self_pay_status: 'UNKNOWN_SELF_PAY_STATUS' | 'SELF_PAY_CREATED' | 'SELF_PAY_SUCCESS' | 'SELF_PAY_REFUND' | 'SELF_PAY_FAIL' | 'NO_SELF_PAY';
  /**
   * 混合订单中自费部分的支付状态
   *
   * - `UNKNOWN_MED_INS_PAY_STATUS`: 未知类型，需报错
   * - `MED_INS_PAY_CREATED`: 等待支付
   * - `MED_INS_PAY_SUCCESS`: 支付成功
   * - `MED_INS_PAY_REFUND`: 已退款
   * - `MED_INS_PAY_FAIL`: 支付失败
   * - `NO_MED_INS_PAY`: 订单不含医保部分
   */
  med_ins_pay_status: 'UNKNOWN_MED_INS_PAY_STATUS' | 'MED_INS_PAY_CREATED' | 'MED_INS_PAY_SUCCESS' | 'MED_INS_PAY_REFUND' | 'MED_INS_PAY_FAIL' | 'NO_MED_INS_PAY';
  /** 订单支付时间 */
  paid_time?: string;
  /**
   * 支付完成后医保局返回内容
   * @format jsonObjectLike
   */
  passthrough_response_content?: string;
  /**
   * 混合支付类型
   *
   * - `UNKNOWN_MIX_PAY_TYPE`: 未知的混合支付类型，会被拦截。
   * - `CASH_ONLY`: 只向微信支付下单，没有向医保局下单。
   * - `INSURANCE_ONLY`: 只向医保局下单，没有向微信支付下单。
   * - `CASH_AND_INSURANCE`: 向医保局下单，也向微信支付下单。
   */
  mix_pay_type: 'UNKNOWN_MIX_PAY_TYPE' | 'CASH_ONLY' | 'INSURANCE_ONLY' | 'CASH_AND_INSURANCE';
  /**
   * 订单类型
   *
   * - `UNKNOWN_ORDER_TYPE`: 未知类型，会被拦截
   * - `REG_PAY`: 挂号支付
   * - `DIAG_PAY`: 诊间支付
   * - `COVID_EXAM_PAY`: 新冠检测费用（核酸）
   * - `IN_HOSP_PAY`: 住院费支付
   * - `PHARMACY_PAY`: 药店支付
   * - `INSURANCE_PAY`: 保险费支付
   * - `INT_REG_PAY`: 互联网医院挂号支付
   * - `INT_RE_DIAG_PAY`: 互联网医院复诊支付
   * - `INT_RX_PAY`: 互联网医院处方支付
   * - `COVID_ANTIGEN_PAY`: 新冠抗原检测
   * - `MED_PAY`: 药费支付
   */
  order_type: 'UNKNOWN_ORDER_TYPE' | 'REG_PAY' | 'DIAG_PAY' | 'COVID_EXAM_PAY' | 'IN_HOSP_PAY' | 'PHARMACY_PAY' | 'INSURANCE_PAY' | 'INT_REG_PAY' | 'INT_RE_DIAG_PAY' | 'INT_RX_PAY' | 'COVID_ANTIGEN_PAY' | 'MED_PAY';
  /** 从业机构的公众号ID */
  appid: string;
  /** 医疗机构的公众号ID */
  sub_appid?: string;
  /** 医疗机构的商户号 */
  sub_mchid?: string;
  /** 用户在appid下的唯一标识 */
  openid?: string;
  /** 用户在医疗机构AppID下的唯一标识 */
  sub_openid?: string;
  /** 是否代亲属支付 */
  pay_for_relatives?: boolean;
  /** 从业机构订单号 */
  out_trade_no: string;
  /** 医疗机构订单号 */
  serial_no: string;
  /** 医保局返回的支付单ID */
  pay_order_id?: string;
  /** 医保局返回的支付授权码 */
  pay_auth_no?: string;
  /** 用户定位信息 */
  geo_location?: string;
  /** 城市ID */
  city_id: string;
  /** 医疗机构名称 */
  med_inst_name: string;
  /** 医疗机构编码 */
  med_inst_no: string;
  /**
   * 医保下单时间
   * @format rfc3339
   */
  med_ins_order_create_time?: string;
  /** 使用该接口下单的总金额 */
  total_fee: number;
  /** 医保局结算后，医保统筹支付金额 */
  med_ins_gov_fee?: number;
  /** 医保局结算后，医保个账支付金额 */
  med_ins_self_fee?: number;
  /** 医保局结算后，医保其他支付金额 */
  med_ins_other_fee?: number;
  /** 医保局结算后，需要自费的金额 */
  med_ins_cash_fee?: number;
  /** 实际需要用户微信支付的金额 */
  wechat_pay_cash_fee?: number;
  /** 现金补充列表 */
  cash_add_detail?: Array<{
    /** 现金补充金额 */
    cash_add_fee: number;
    /** 现金补充类型 */
    cash_add_type: 'DEFAULT_ADD_TYPE' | 'FREIGHT' | 'OTHER_MEDICAL_EXPENSES';
  }>;
  /** 现金减免列表 */
  cash_reduce_detail?: CashReduceType[];
  /** 回调通知URL */
  callback_url: string;
  /** 自费预下单ID */
  prepay_id?: string;
  /**
   * 医疗机构透传给医保的数据
   * @format jsonObjectLike
   */
  passthrough_request_content?: string;
  /** 扩展字段 */
  extends?: string;
  /** 附加数据 */
  attach?: string;
  /** 渠道号 */
  channel_no?: string;
  /** 是否到医保局测试环境下单 */
  med_ins_test_env?: boolean;
  /** 医保支付失败原因 */
  med_ins_fail_reason?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type MerchantCustomsNo = {
  /** 机构APPID */
  appid: string;
  /** 商户号 */
  mchid: string;
  /** 商户订单号 */
  out_trade_no?: string;
  /** 微信订单号 */
  transaction_id?: string;
  /** 商户子单号 */
  sub_order_no?: string;
  /** 微信子单号 */
  sub_order_id?: string;
  /**
   * 海关编码
   *
   * - `GUANGZHOU_ZS`: 广州（总署版）
   * - `HANGZHOU_ZS`: 杭州（总署版）
   * - `NINGBO`: 宁波
   * - `ZHENGZHOU_BS`: 郑州（保税物流中心）
   * - `CHONGQING`: 重庆
   * - `SHANGHAI_ZS`: 上海（总署版）
   * - `SHENZHEN`: 深圳
   * - `ZHENGZHOU_ZH_ZS`: 郑州综保（总署版）
   * - `TIANJIN`: 天津
   */
  customs: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN';
  /** 商户海关备案号 */
  merchant_customs_no: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Message = {
  /** 去重后门店总数 */
  total_count: number;
  /** 关联成功的门店列表 */
  success_store_list?: Array<{
    /** 门店ID */
    store_id: string;
  }>;
  /** 关联失败的门店列表 */
  failed_store_list?: Array<{
    /** 门店ID */
    store_id: string;
    /** 失败错误码 */
    code: string;
    /** 失败错误信息 */
    message: string;
  }>;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Message2 = {
  /** 去重后门店总数 */
  total_count: number;
  /** 取消关联成功的门店列表 */
  success_store_list?: Array<{
    /** 门店ID */
    store_id: string;
  }>;
  /** 取消关联失败的门店列表 */
  failed_store_list?: Array<{
    /** 门店ID */
    store_id: string;
    /** 失败错误码 */
    code: string;
    /** 失败错误信息 */
    message: string;
  }>;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type MiniProgramPath = {
  /** 商品券名称 */
  name: string;
  /** 商品券图片 */
  image_url: string;
  /** 商品券背景图 */
  background_url: string;
  /** 商品券详情图列表 */
  detail_image_url_list?: string[];
  /** 商品原价 */
  original_price?: number;
  /** 套餐组合 */
  combo_package_list?: MiniProgramPath2[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type MiniProgramPath2 = {
  /** 套餐名 */
  name: string;
  /** 可选单品数量 */
  pick_count: number;
  /** 单品列表 */
  choice_list: MiniProgramPath3[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type MiniProgramPath3 = {
  /** 单品名称 */
  name: string;
  /** 单品价格 */
  price: number;
  /** 单品数量 */
  count: number;
  /** 单品图片 */
  image_url?: string;
  /** 单品跳转小程序AppID */
  mini_program_appid?: string;
  /** 单品跳转小程序路径 */
  mini_program_path?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type MiniProgramSubAppid = {
  /** 店铺名称 */
  store_name?: string;
  /** 店铺链接 */
  store_url?: string;
  /** 店铺二维码 */
  store_qr_code?: string;
  /** 小程序AppID */
  mini_program_sub_appid?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type MiniProgramsPath = {
  /** 券可核销时间 */
  coupon_available_time: WaitDaysAfterReceive;
  /** 固定面额满减券使用规则 */
  fixed_normal_coupon?: {
    /** 优惠金额 */
    discount_amount: number;
    /** 消费门槛 */
    transaction_minimum: number;
  };
  /** 折扣券使用规则 */
  discount_coupon?: {
    /** 折扣比例 */
    discount_percent: number;
    /** 消费门槛 */
    transaction_minimum: number;
  };
  /** 换购券使用规则 */
  exchange_coupon?: {
    /** 单品换购价 */
    exchange_price: number;
    /** 消费门槛 */
    transaction_minimum: number;
  };
  /** 核销方式 */
  use_method: 'OFF_LINE' | 'MINI_PROGRAMS' | 'SELF_CONSUME' | 'PAYMENT_CODE';
  /** 小程序appid */
  mini_programs_appid?: string;
  /** 小程序path */
  mini_programs_path?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type MiniProgramsPath2 = {
  /** 自定义入口种类 */
  custom_entrance_type: 'MERCHANT_ACTIVITY' | 'MERCHANT_MINI_PROGRAM';
  /** 副标题，辅助描述商家活动或商家小程序信息 */
  subtitle: string;
  /** 展示商品信息，当自定义入口种类为商家活动时，该字段必填，种类为商家小程序该字段不填 */
  goods_thumbnail_url?: string;
  /** 设置自定义入口的状态，ONLINE-在线对用户展示，OFFLINE-下线对用户不展示 可选取值 */
  custom_entrance_state: 'ONLINE' | 'OFFLINE';
  /**
   * 自定义入口的开始时间
   * @format rfc3339
   */
  start_time: string;
  /**
   * 自定义入口的结束时间
   * @format rfc3339
   */
  end_time: string;
  /** 自定义入口的归属品牌ID */
  brand_id: string;
  /**
   * 自定义入口创建的时间
   * @format rfc3339
   */
  create_time: string;
  /**
   * 自定义入口修改的时间
   * @format rfc3339
   */
  modify_time: string;
  /** 商户创建自定义入口的凭据号（格式：商户ID+日期+流水号），商家侧需要保持唯一且递增 */
  out_request_no: string;
  /** 自定义入口跳转信息 */
  jump_link: {
    /** 自定义入口的跳转小程序AppID */
    mini_programs_appid: string;
    /** 自定义入口跳转小程序的path */
    mini_programs_path: string;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type MiniprogramPath = {
  /** 预签约ID */
  pre_entrustweb_id: string;
  /** 跳转签约小程序的username */
  miniprogram_username?: string;
  /** 跳转签约小程序的path */
  miniprogram_path?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ModifyTime = {
  /** 商户请求单号 */
  out_request_no: string;
  /** 品牌ID */
  brand_id: string;
  /** 会员卡ID */
  card_id: string;
  /** 活动渠道 */
  activity_channel: 'MECHANT_APP_COMPONENT';
  /** 活动主标题 */
  title: string;
  /** 活动主标题 */
  sub_title: string;
  /**
   * 活动开始时间
   * @format rfc3339
   */
  begin_time: string;
  /**
   * 活动结束时间
   * @format rfc3339
   */
  end_time: string;
  /** 活动总库存 */
  apply_total: number;
  /** 活动剩余库存 */
  apply_available: number;
  /** 商品券批次列表 */
  product_coupon_stock_list: Array<{
    /** 商品券ID */
    product_coupon_id: string;
    /** 批次ID */
    stock_id: string;
  }>;
  /** 活动ID */
  activity_id: string;
  /** 活动状态 */
  activity_state: 'MEMBERSHIP_ACTIVITY_CREATED' | 'MEMBERSHIP_ACTIVITY_EFFECTIVE' | 'MEMBERSHIP_ACTIVITY_TERMINATED' | 'MEMBERSHIP_ACTIVITY_EXPIRED';
  /**
   * 创建时间
   * @format rfc3339
   */
  create_time: string;
  /**
   * 更新时间
   * @format rfc3339
   */
  modify_time: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ModifyTime2 = {
  /** 机构APPID */
  appid: string;
  /** 商户号 */
  mchid: string;
  /** 微信订单号 */
  transaction_id: string;
  /**
   * 核验机构
   *
   * - `UNIONPAY`: 银联
   * - `NETSUNION`: 网联
   * - `OTHERS`: 其他
   */
  verify_department: 'UNIONPAY' | 'NETSUNION' | 'OTHERS';
  /** 核验机构流水号 */
  verify_department_trade_id: string;
  /** 偏移量 */
  offset: number;
  /** 请求最大记录条数 */
  limit: number;
  /** 查询结果总条数 */
  total_count: number;
  /** 报关数据包 */
  data: ModifyTime3[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ModifyTime3 = {
  /** 商户子单号 */
  sub_order_no?: string;
  /** 微信子单号 */
  sub_order_id?: string;
  /** 商户海关备案号 */
  mch_customs_no?: string;
  /**
   * 海关代码
   *
   * - `GUANGZHOU_ZS`: 广州（总署版）
   * - `HANGZHOU_ZS`: 杭州（总署版）
   * - `NINGBO`: 宁波
   * - `ZHENGZHOU_BS`: 郑州（保税物流中心）
   * - `CHONGQING`: 重庆
   * - `SHANGHAI_ZS`: 上海（总署版）
   * - `SHENZHEN`: 深圳
   * - `ZHENGZHOU_ZH_ZS`: 郑州综保（总署版）
   * - `TIANJIN`: 天津
   */
  customs: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN';
  /** 币种 */
  fee_type?: string;
  /** 子单金额 */
  order_fee?: number;
  /** 关税 */
  duty?: number;
  /** 物流费用 */
  transport_fee?: number;
  /** 商品费用 */
  product_fee?: number;
  /**
   * 报关状态
   *
   * - `PROCESSING`: 申报中
   * - `UNDECLARED`: 未申报
   * - `SUBMITTED`: 已修改未申报
   * - `SUCCESS`: 申报成功
   * - `FAIL`: 申报失败
   * - `EXCEPT`: 海关接口异常
   */
  state: 'PROCESSING' | 'UNDECLARED' | 'SUBMITTED' | 'SUCCESS' | 'FAIL' | 'EXCEPT';
  /** 报关结果说明 */
  explanation?: string;
  /** 最后更新时间 */
  modify_time: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ModifyTime4 = {
  /** 提现申请单信息 */
  withdrawl_apply: ModifyTime5;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ModifyTime5 = {
  /** 微信支付提现申请单号 */
  applyment_id: string;
  /** 商户提现申请单号 */
  out_request_no: string;
  /** 申请单状态 */
  state: string;
  /** 失败原因 */
  fail_reason?: string;
  /** 最后更新时间 */
  modify_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type MultiClickable = {
  /** 文本 */
  text?: string;
  /** 动作 */
  action?: ActionId;
  /** 失效配置 */
  invalid_info?: {
    /**
     * 过期时间
     * @format rfc3339
     */
    expired_time?: string;
    /** 是否可以多次点击 */
    multi_clickable?: boolean;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type MultiClickable2 = {
  /** 文本 */
  text?: string;
  /** 动作 */
  action?: ActionId2;
  /** 失效配置 */
  invalid_info?: {
    /**
     * 过期时间
     * @format rfc3339
     */
    expired_time?: string;
    /** 是否可以多次点击 */
    multi_clickable?: boolean;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Name = {
  /** 实名支付(需单独申请权限) */
  identity?: Name2;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Name2 = {
  /** 证件类型 */
  type: 'IDCARD' | 'HONGKONG_MACAO' | 'HONGKONG_MACAO_RESIDENT' | 'TAIWAN_RESIDENT' | 'FOREIGN_RESIDENT' | 'OVERSEA_PASSPORT' | 'PHONE_NUMBER';
  /**
   * 加密后的证件号
   * @format base64
   */
  number: string;
  /**
   * 加密后的姓名
   * @format base64
   */
  name: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Name3 = {
  /** 用户标识 */
  openid?: string;
  /** 用户子标识 */
  sub_openid?: string;
  /** 实名支付(需单独申请权限) */
  identity?: Name2;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Name4 = {
  /** 支付者 */
  payer?: Name;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type NeedBankBranch = {
  /** 银行别名 */
  bank_alias: string;
  /** 银行别名编码 */
  bank_alias_code: string;
  /** 开户银行 */
  account_bank: string;
  /** 开户银行编码 */
  account_bank_code: number;
  /** 是否需要填写支行 */
  need_bank_branch: boolean;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type NotifyUrl = {
  /** 商户侧交易单号 */
  out_trade_no: string;
  /** 还款金额 */
  deduct_amount: number;
  /** 产品描述 */
  description?: string;
  /** 商户数据包 */
  attach?: string;
  /** 商户回调地址 */
  notify_url?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type NotifyUrl2 = {
  /** 子商户号 */
  sub_mchid: string;
  /** H5支付域名 */
  domains: string[];
  /** 公司介绍和业务描述 */
  business_description?: string;
  /** 限额类型 */
  transaction_limit_type: 'UN_LAUNCHED_WEBSITE_LIMIT' | 'NORMAL_LIMIT' | 'NO_LIMIT';
  /**
   * 公司注册资质证书
   * @format MediaId
   */
  company_register_cert?: string;
  /** 经营网址商业页面截图 */
  website_business_page_pics?: string[];
  /** 经营网址首页截图 */
  website_homepage_pics?: string[];
  /** 子商户经营网址状态 */
  website_state: 'HAS_LAUNCHED' | 'UN_LAUNCHED';
  /** 子商户H5经营网址 */
  website_url: string;
  /** 申请单号 */
  applyment_id: number;
  /** 驳回原因 */
  audit_reject_detail?: string;
  /** 申请单状态 */
  applyment_state: 'PENDING' | 'UNDER_REVIEW' | 'APPROVED' | 'REJECTED';
  /** 申请单类型 */
  applyment_type: 'APPLY_FOR_PAYMENT_AUTHORITY' | 'APPLY_FOR_RELIEVE_LIMITED';
  /** 商户提供的审核结果回调接口 */
  notify_url?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type NotifyUrl3 = {
  /** 二级商户号 */
  sub_mchid: string;
  /** 服务商AppID */
  sp_appid: string;
  /** 二级商户AppID */
  sub_appid?: string;
  /** 商家批次单号 */
  out_batch_no: string;
  /** 批次名称 */
  batch_name: string;
  /** 批次备注 */
  batch_remark: string;
  /** 转账总金额 */
  total_amount: number;
  /** 转账总笔数 */
  total_num: number;
  /** 转账场景ID */
  transfer_scene_id: string;
  /** 转账明细列表 */
  transfer_detail_list: Openid6[];
  /** 商户回调地址 */
  notify_url: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Openid = {
  /** 商户侧预约还款单号 */
  out_record_id: string;
  /** 商户AppID */
  appid: string;
  /** 子商户AppID */
  sub_appid?: string;
  /** 还款协议ID */
  contract_id?: string;
  /** 应还款金额 */
  repayment_amount: string;
  /** 最低还款金额 */
  min_repayment_amount: string;
  /** 还款日期 */
  repayment_date: string;
  /** 用户标识 */
  openid: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Openid2 = {
  /** 合单商户APPID */
  combine_appid: string;
  /** 合单商户号 */
  combine_mchid: string;
  /** 合单商户订单号 */
  combine_out_trade_no: string;
  /** 子单信息 */
  sub_orders?: PayerCurrency[];
  /** 支付者 */
  combine_payer_info?: {
    /** 用户标识 */
    openid: string;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Openid3 = {
  /** 商户号 */
  mchid?: string;
  /** 机构APPID */
  appid?: string;
  /** 机构商户号 */
  sp_mchid?: string;
  /** 子商户号 */
  sub_mchid?: string;
  /** 机构appid */
  sp_appid?: string;
  /** 子商户应用ID */
  sub_appid?: string;
  /** 委托代扣协议ID */
  contract_id?: string;
  /** 模板ID */
  plan_id?: number;
  /** 商户侧签约协议号 */
  out_contract_code?: string;
  /** 用户账户展示名称 */
  user_display_name?: string;
  /** 协议状态 */
  state?: string;
  /**
   * 协议签署时间
   * @format rfc3339
   */
  signed_time?: string;
  /**
   * 协议签署时间
   * @format rfc3339
   */
  terminated_time?: string;
  /** 协议解约方式 */
  termination_mode?: string;
  /** 解约备注 */
  termination_note?: string;
  /** 商户appid下的用户标识 */
  openid?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Openid4 = {
  /** 商户AppID */
  appid: string;
  /** 免密支付服务ID */
  service_id: number;
  /** 商户签约协议号 */
  out_contract_code: string;
  /** 回调通知地址 */
  notify_url: string;
  /** 用户账户展示名称 */
  contract_display_account: string;
  /** 用户标识 */
  openid: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Openid5 = {
  /** 商户AppID */
  appid: string;
  /** 免密支付服务ID */
  service_id: number;
  /** 商户签约协议号 */
  out_contract_code: string;
  /** 回调通知地址 */
  notify_url: string;
  /** 用户账户展示名称 */
  contract_display_account: string;
  /** 预支付交易会话标识 */
  prepay_id: string;
  /** 用户标识 */
  openid: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Openid6 = {
  /** 商家明细单号 */
  out_detail_no: string;
  /** 转账金额 */
  transfer_amount: number;
  /** 转账备注 */
  transfer_remark: string;
  /** 微信转账预约单号 */
  reservation_id: string;
  /** 收款用户OpenID */
  openid: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type OrderId = {
  /** appid */
  appid: string;
  /** 用户在appid下的唯一标识 */
  wechat_openid: string;
  /** 用户QQ账号 */
  qq?: string;
  /** 权益ID */
  right_id: string;
  /** 权益核销时间 */
  create_time: string;
  /** 订单状态 */
  order_state: string;
  /** 订单号 */
  order_id: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type OrderId2 = {
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mchid: string;
  /** 商户服务订单号 */
  out_order_no: string;
  /** 服务ID */
  service_id: string;
  /** 微信支付服务订单号 */
  order_id: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type OrderReceiveState = {
  /** 租借充电宝隔夜归还保险订单号，唯一标识一笔保险订单 */
  order_id?: string;
  /** 商户创建保险订单时的凭据号 */
  out_order_no?: string;
  /** 微信用户在商户对应appid下的唯一标识 */
  openid?: string;
  /** 一笔保险订单对应的最大理赔次数 */
  max_claim_count?: number;
  /** 一笔保险订单对应的已理赔次数 */
  claimed_count?: number;
  /** 保险订单领取时间，遵循rfc3339标准格式 */
  order_receive_time?: string;
  /** 保险订单开始时间，遵循rfc3339标准格式 */
  order_begin_time?: string;
  /** 保险订单结束时间，遵循rfc3339标准格式 */
  order_end_time?: string;
  /** 保险订单领取状态 */
  order_receive_state?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type OtherContribute = {
  /** 商户号 */
  mchid: string;
  /** 特约商户号 */
  sub_mchid?: string;
  /** 服务商公众号ID */
  appid: string;
  /** 特约商户公众号ID */
  sub_appid?: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 微信订单号 */
  transaction_id?: string;
  /** 商户数据 */
  attach?: string;
  /** 交易类型 */
  trade_type: string;
  /** 银行类型 */
  bank_type?: string;
  /** 成功时间 */
  success_time?: string;
  /** 交易状态 */
  trade_state: string;
  /** 交易状态描述 */
  trade_state_des?: string;
  /** 充电授权扣费协议号 */
  contract_id: string;
  /** 支付者信息 */
  payer?: {
    /** 用户在服务商的标识 */
    openid?: string;
    /** 用户在特约商户的标识 */
    sub_openid?: string;
  };
  /** 订单金额信息 */
  amount: {
    /** 订单金额 */
    total: number;
    /** 货币类型 */
    currency?: string;
    /** 用户实际支付金额 */
    payer_total?: number;
    /** 折扣 */
    discount_total?: number;
  };
  /** 设备信息 */
  device_info: {
    /** 充电位设备号 */
    device_id: string;
    /** 商户端设备ip */
    device_ip: string;
  };
  /** 优惠信息 */
  promotion_detail?: OtherContribute2[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type OtherContribute2 = {
  /** 券ID */
  promotion_id: string;
  /** 优惠名称 */
  name?: string;
  /** 优惠范围 */
  scope?: string;
  /** 优惠类型 */
  type?: string;
  /** 活动ID */
  activity_id?: string;
  /** 优惠券面额 */
  amount: number;
  /** 微信出资 */
  wxpay_contribute?: number;
  /** 商户出资 */
  merchant_contribute?: number;
  /** 其他出资 */
  other_contribute?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type OtherContribute3 = {
  /** 服务商商户号 */
  sp_mchid: string;
  /** 服务商APPID */
  appid: string;
  /** 子商户号 */
  sub_mchid?: string;
  /** 子商户APPID */
  sub_appid?: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 微信支付订单号 */
  transaction_id?: string;
  /** 商户数据 */
  attach?: string;
  /** 付款银行 */
  bank_type?: string;
  /** 支付完成时间 */
  success_time?: string;
  /** 交易状态 */
  trade_state: string;
  /** 交易状态描述 */
  trade_state_description?: string;
  /** 支付者 */
  payer?: {
    /** 服务商APPID下的用户标识 */
    openid?: string;
    /** 子商户APPID下的用户标识 */
    sub_openid?: string;
  };
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total: number;
    /** 用户支付金额 */
    payer_total?: number;
    /** 折扣 */
    discount_total?: number;
    /** 货币类型 */
    currency?: string;
  };
  /** 设备信息 */
  device_information: {
    /** 设备号 */
    device_id?: string;
    /** 商户端设备ip */
    device_ip: string;
  };
  /** 优惠详情 */
  promotion_detail?: OtherContribute4[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type OtherContribute4 = {
  /** 券ID */
  coupon_id?: string;
  /** 优惠名称 */
  name?: string;
  /** 优惠范围 */
  scope?: string;
  /** 优惠类型 */
  type?: string;
  /** 优惠券面额 */
  amount?: number;
  /** 活动ID */
  stock_id?: string;
  /** 微信出资 */
  wechatpay_contribute?: number;
  /** 商户出资 */
  merchant_contribute?: number;
  /** 其他出资 */
  other_contribute?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type OtherContribute5 = {
  /** 商户号 */
  mchid: string;
  /** 商户appid */
  appid: string;
  /** 子商户号 */
  sub_mchid?: string;
  /** 子商户appid */
  sub_appid?: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 微信支付订单号 */
  transaction_id?: string;
  /** 交易类型 */
  trade_type?: string;
  /** 交易状态 */
  trade_state: string;
  /** 交易状态描述 */
  trade_state_desc?: string;
  /** 付款银行 */
  bank_type?: string;
  /** 商户数据 */
  attach?: string;
  /** 支付完成时间 */
  success_time?: string;
  /** 支付者 */
  payer: {
    /** 商户appid下的用户标识 */
    openid: string;
    /** 子商户appid下的用户标识 */
    sub_openid?: string;
  };
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total: number;
    /** 用户支付金额 */
    payer_total?: number;
    /** 折扣 */
    discount_total?: number;
    /** 货币类型 */
    currency: string;
  };
  /** 设备信息 */
  device_info: {
    /** 设备号 */
    device_id?: string;
    /** 商户端设备ip */
    device_ip: string;
  };
  /** 优惠详情 */
  promotion_detail?: OtherContribute6[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type OtherContribute6 = {
  /** 券ID */
  coupon_id: string;
  /** 优惠名称 */
  name?: string;
  /** 优惠范围 */
  scope?: string;
  /** 优惠类型 */
  type?: string;
  /** 优惠券面额 */
  amount?: number;
  /** 活动ID */
  stock_id: string;
  /** 微信出资 */
  wechatpay_contribute?: number;
  /** 商户出资 */
  merchant_contribute?: number;
  /** 其他出资 */
  other_contribute?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type OtherContribute7 = {
  /** 商户号 */
  mchid: string;
  /** 特约商户号 */
  sub_mchid?: string;
  /** 商户appid */
  appid: string;
  /** 特约商户appid */
  sub_appid?: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 微信支付订单号 */
  transaction_id: string;
  /** 商户数据 */
  attach?: string;
  /** 交易类型 */
  trade_type: string;
  /** 付款银行 */
  bank_type?: string;
  /** 支付完成时间 */
  success_time?: string;
  /** 交易状态 */
  trade_state: string;
  /** 交易状态描述 */
  trade_state_desc?: string;
  /** 支付者 */
  payer?: {
    /** 用户在服务商APP的标识 */
    sp_openid?: string;
    /** 用户在特约商户APP的标识 */
    sub_openid?: string;
  };
  /** 订单金额 */
  amount: {
    /** 订单金额 */
    total: number;
    /** 货币类型 */
    currency?: string;
    /** 用户实际支付金额 */
    payer_total?: number;
    /** 折扣 */
    discount_total?: number;
  };
  /** 设备信息 */
  device_info?: {
    /** 商户端设备号 */
    device_id?: string;
    /** 商户端设备IP */
    device_ip?: string;
  };
  /** 优惠详情 */
  promotion_detail?: OtherContribute2[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type OutApplymentId = {
  /** 子商户号 */
  sub_mchid: string;
  /** 子商户经营网址状态 */
  website_state: 'HAS_LAUNCHED' | 'UN_LAUNCHED';
  /** H5支付域名 */
  domains: string[];
  /** 子商户H5经营网址 */
  webiste_url: string;
  /** 经营网址商业页面截图 */
  website_business_page_pics?: string[];
  /** 经营网址首页截图 */
  website_homepage_pics?: string[];
  /** 申请单号 */
  applyment_id: number;
  /** 驳回原因 */
  audit_reject_detail?: string;
  /** 申请单状态 */
  applyment_state?: 'PENDING' | 'UNDER_REVIEW' | 'APPROVED' | 'REJECTED';
  /** 商户提供的审核结果回调接口 */
  notify_url?: string;
  /** 商户申请单号 */
  out_applyment_id: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type OutContractCode = {
  /** 签约协议号 */
  contract_id: string;
  /** 商户号 */
  mchid: string;
  /** 商户appid */
  appid: string;
  /** 商户appid下的用户标识 */
  openid: string;
  /** 签约模板号 */
  plan_id: string;
  /** 签约状态 */
  contract_status: string;
  /** 签约时间 */
  create_time: string;
  /** 外部签约号 */
  out_contract_code: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type OutId = {
  /** 商户端设备号 */
  device_id?: string;
  /** 商户端设备 IP */
  device_ip?: string;
  /** 商户门店信息 */
  store_info: {
    /** 门店编号 */
    id?: string;
    /** 商家自定义编码 */
    out_id?: string;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type OutRequestNo = {
  /** 批次号 */
  stock_id: string;
  /** 券code */
  coupon_code: string;
  /** 关联的商户订单号 */
  out_trade_no: string;
  /** 商户请求单号 */
  out_request_no: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Package = {
  /** 公众账号ID */
  appid?: string;
  /** 商户号 */
  mchid?: string;
  /** 商户服务订单号 */
  out_order_no?: string;
  /** 服务ID */
  service_id?: string;
  /** 微信支付服务订单号 */
  order_id?: string;
  /** 小程序跳转businessType */
  miniprogram_businesstype?: string;
  /** 小程序跳转appid，在商户小程序跳转到微信侧小程序流程需要用到 */
  miniprogram_appid?: string;
  /** 小程序跳转路径 */
  miniprogram_path?: string;
  /** 小程序跳转username，在商户APP跳转微信侧小程序流程需要用到 */
  miniprogram_username?: string;
  /** 用于跳转到微信侧小程序订单数据,跳转到微信侧小程序传入 */
  package?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Package2 = {
  /** 微信支付服务订单号 */
  order_id: string;
  /** 小程序跳转appid */
  miniprogram_appid: string;
  /** 小程序跳转路径 */
  miniprogram_path: string;
  /** 小程序跳转username */
  miniprogram_username: string;
  /** 跳转微信侧小程序订单数据 */
  package: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type PackageInfo = {
  /** 二级商户号 */
  sub_mchid: string;
  /** 商户单号 */
  out_bill_no: string;
  /** 微信转账单号 */
  transfer_bill_no: string;
  /** 单据创建时间 */
  create_time: string;
  /** 跳转领取页面的package信息 */
  package_info: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type PackageInfo2 = {
  /** 商户侧授权单号 */
  out_authorization_no: string;
  /**
   * 单据状态
   *
   * - `WAIT_USER_CONFIRM`: 待收款用户确认，可拉起微信收款确认页面进行收款确认
   */
  state: 'WAIT_USER_CONFIRM';
  /** 单据创建时间 */
  create_time: string;
  /** 跳转领取页面的package信息 */
  package_info: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type PackageInfo3 = {
  /** 二级商户号 */
  sub_mchid: string;
  /** 商户预约单号 */
  out_reservation_no: string;
  /** 微信转账预约单号 */
  reservation_id: string;
  /**
   * 预约记录受理时间
   * @format rfc3339
   */
  accept_time: string;
  /** 预约记录状态 */
  state: 'ACCEPTED' | 'CONFIRMED' | 'CLOSED';
  /** 跳转微信支付用户确认预约页的package信息 */
  package_info: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type PasscodeLink = {
  /** 券使用方式列表 */
  coupon_usage_method_list: Array<'OFFLINE' | 'MINI_PROGRAM' | 'APP' | 'PAYMENT_CODE'>;
  /** 小程序AppID */
  mini_program_appid?: string;
  /** 小程序跳转路径 */
  mini_program_path?: string;
  /** APP的H5跳转路径 */
  app_path?: string;
  /** 券使用说明 */
  usage_description: string;
  /** 券可用门店信息 */
  coupon_available_store_info?: {
    /** 券可用门店描述 */
    description: string;
    /** 小程序AppID */
    mini_program_appid?: string;
    /** 小程序跳转路径 */
    mini_program_path?: string;
  };
  /** APP跳转类型 */
  app_jump_type?: 'H5' | 'PASSCODE_LINK' | 'USAGE_GUIDE';
  /** 口令链接 */
  passcode_link?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Path = {
  /** 会员卡id */
  card_id: string;
  /** 会员服务项ID */
  service_module_id: string;
  /** 跳转小程序 */
  jump_miniprogram: {
    /** 小程序appid */
    appid: string;
    /** 小程序path */
    path: string;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type PayType = {
  /** 公众账号ID */
  appid?: string;
  /** 商户号 */
  mchid?: string;
  /** 商户服务订单号 */
  out_order_no?: string;
  /** 服务ID */
  service_id?: string;
  /**
   * - `CREATED`: 商户下单已受理
   * - `USER_ACCEPTED`: 用户成功使用服务
   * - `FINISHED`: 商户完结订单
   * - `USER_PAID`: 用户订单支付成功
   * - `REVOKED`: 商户撤销订单
   * - `EXPIRED`: 订单已失效. “商户下单已受理”状态超过1小时未变动，则订单失效
   */
  state?: 'CREATED' | 'USER_ACCEPTED' | 'FINISHED' | 'USER_PAID' | 'REVOKED' | 'EXPIRED';
  /** 标识用户订单使用情况 */
  finish_type?: 1 | 2;
  /** 服务开始时间 */
  service_start_time?: string;
  /** 服务结束时间 */
  service_end_time?: string;
  /** 实际服务开始时间 */
  real_service_start_time?: string;
  /** 实际服务结束时间 */
  real_service_end_time?: string;
  /** 支付完成时间 */
  pay_succ_time?: string;
  /** 开始使用服务的地点 */
  service_start_location?: string;
  /** 预计服务结束的地点 */
  service_end_location?: string;
  /** 开始使用服务的地点 */
  real_service_start_location?: string;
  /** 预计服务结束的地点 */
  real_service_end_location?: string;
  /** 服务信息，用于介绍本订单所提供的服务 */
  service_introduction?: string;
  /** 后付费，描述付费项目列表 */
  fees?: Array<{
    /** 付费项目名称 */
    fee_name?: string;
    /** 付费项目数量 */
    fee_count?: number;
    /** 付费项目总金额 */
    fee_amount?: number;
    /** 描述计费规则 */
    fee_desc?: string;
  }>;
  /** 商户优惠，最多包含5条商户优惠 */
  discounts?: Array<{
    /** 优惠名称 */
    discount_name?: string;
    /** 商品优惠金额 */
    discount_amount?: number;
    /** 优惠说明 */
    discount_desc?: string;
  }>;
  /** 订单风险金额 */
  risk_amount?: number;
  /** 总金额(大于等于0的数字，单位为分) */
  total_amount?: number;
  /** 商户自定义说明,可存放本订单所需信息 */
  attach?: string;
  /** 用于完结订单时传入,确保订单完结时数据完整 */
  finish_ticket?: string;
  /** 结单交易单号 */
  finish_transaction_id?: string;
  /** 支付方式 */
  pay_type?: 'MchChannelPayType';
};

/** An object type several operations share (written once, so tsc parses it once). */
export type PayerCurrency = {
  /** 子单商户号 */
  mchid: string;
  /** 交易类型 */
  trade_type: string;
  /** 交易状态 */
  trade_state: string;
  /** 付款银行 */
  bank_type?: string;
  /** 附加数据 */
  attach?: string;
  /** 支付完成时间 */
  success_time?: string;
  /** 子单微信订单号 */
  transaction_id: string;
  /** 子单商户订单号 */
  out_trade_no: string;
  /** 二级商户号 */
  sub_mchid: string;
  /** 二级商户appid */
  sub_appid?: string;
  /** 订单金额 */
  amount?: PayerCurrency2;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type PayerCurrency2 = {
  /** 标价金额 */
  total_amount: number;
  /** 标价币种 */
  currency: string;
  /** 现金支付金额 */
  payer_amount?: number;
  /** 现金支付币种 */
  payer_currency?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type PayerCurrency3 = {
  /**
   * 总金额
   * @format integer
   */
  total?: number;
  /**
   * 用户支付金额
   * @format integer
   */
  payer_total?: number;
  /** 货币类型 */
  currency?: string;
  /** 用户支付币种 */
  payer_currency?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type PayerCurrency4 = {
  /** 订单金额 */
  total: number;
  /** 用户支付金额 */
  payer_total?: number;
  /** 订单金额货币类型 */
  currency?: string;
  /** 用户支付货币类型 */
  payer_currency?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type PercentOff = {
  /** 满减券使用规则 */
  normal_coupon?: {
    /** 门槛金额 */
    threshold: number;
    /** 固定减免金额 */
    discount_amount: number;
  };
  /** 折扣券使用规则 */
  discount_coupon?: {
    /** 门槛金额 */
    threshold: number;
    /** 固定减免百分比 */
    percent_off: number;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type PhoneNumber = {
  /** 联系人名字 */
  staff_name?: string;
  /** 联系人头像 */
  head_image_url?: string;
  /** 联系方式 */
  contact_information_name?: string;
  /** 联系信息值 */
  contact_information_value?: string;
  /** 联系电话 */
  phone_number?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type PhotoIcon = {
  /** 照片类型 */
  photo_type?: string;
  /** 司机头像摘要 */
  photo_digest?: {
    /** 哈希类型 */
    hash_type?: string;
    /** 哈希值 */
    hash_value?: string;
  };
  /** 头像url */
  photo_url?: string;
  /** 头像icon */
  photo_icon?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type PlanDetailName = {
  /** 计划明细原支付金额(单位分) */
  original_price: number;
  /** 计划明细优惠说明 */
  plan_discount_description?: string;
  /** 计划明细实际支付金额(单位分) */
  actual_price: number;
  /** 计划明细名称 */
  plan_detail_name: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type PointBalance = {
  /** 商家请求单号 */
  out_request_no: string;
  /** 品牌ID */
  brand_id: string;
  /** 会员卡模板ID */
  card_id: string;
  /** 用户标识 */
  openid: string;
  /** 会员卡code */
  user_card_code: string;
  /** 积分余额 */
  point_balance: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type PrepaidTime = {
  /** 服务ID */
  service_id: string;
  /** 子商户商户号 */
  sub_mchid: string;
  /** 后付费项目 */
  post_payments: Array<{
    /** 付费名称 */
    name?: string;
    /** 付费金额 */
    amount?: number;
    /** 付费说明 */
    description?: string;
    /** 付费数量 */
    count?: number;
  }>;
  /** 商户优惠 */
  post_discounts?: Array<{
    /** 优惠名称 */
    name?: string;
    /** 优惠说明 */
    description?: string;
    /** 优惠金额 */
    amount?: number;
    /** 优惠数量 */
    count?: number;
  }>;
  /** 总金额 */
  total_amount: number;
  /** 预计扣费时间 */
  prepaid_time: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type PrepaidTime2 = {
  /** 服务ID */
  service_id: string;
  /** 后付费项目 */
  post_payments: Array<{
    /** 付费名称 */
    name?: string;
    /** 付费金额 */
    amount?: number;
    /** 付费说明 */
    description?: string;
    /** 付费数量 */
    count?: number;
  }>;
  /** 商户优惠 */
  post_discounts?: Array<{
    /** 优惠名称 */
    name?: string;
    /** 优惠说明 */
    description?: string;
    /** 优惠金额 */
    amount?: number;
    /** 优惠数量 */
    count?: number;
  }>;
  /** 总金额 */
  total_amount: number;
  /** 预计扣费时间 */
  prepaid_time: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Price = {
  /**
   * 商户号
   * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 直连模式 (required there).
   */
  mchid?: string;
  /**
   * APPID
   * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 直连模式 (required there).
   */
  appid?: string;
  /**
   * 子商户号
   * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 机构模式 (required there).
   */
  sub_mchid?: string;
  /**
   * 机构商户号
   * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 机构模式 (required there).
   */
  sp_mchid?: string;
  /**
   * 机构APPID
   * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 机构模式 (required there).
   */
  sp_appid?: string;
  /**
   * 子商户APPID
   * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 机构模式.
   */
  sub_appid?: string;
  /** 商品描述 */
  description: string;
  /** 商户数据 */
  attach?: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 商品标记 */
  goods_tag?: string;
  /** 交易类型 */
  trade_type: string;
  /** 指定支付方式 */
  limit_pay?: string;
  /** MCC码 */
  merchant_category_code: string;
  /** 支付者 */
  payer?: {
    /** 授权码 */
    auth_code: string;
  };
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number;
    /** 货币类型 */
    currency?: string;
  };
  /** 场景信息 */
  scene_info?: Address;
  /** 优惠功能 */
  detail?: Price2[];
} & ({ mchid: string; appid: string; sp_mchid?: never; sub_mchid?: never; sp_appid?: never; sub_appid?: never } | { sp_mchid: string; sub_mchid: string; sp_appid: string; mchid?: never; appid?: never });

/** An object type several operations share (written once, so tsc parses it once). */
export type Price10 = {
  /** 券ID */
  promotion_id: string;
  /** 优惠名称 */
  name?: string;
  /** 优惠范围 */
  scope?: string;
  /** 优惠类型 */
  type?: 'COUPON' | 'DISCOUNT';
  /** 优惠券面额 */
  amount: number;
  /** 优惠币种 */
  currency: string;
  /** 活动ID */
  activity_id?: string;
  /** 微信出资 */
  wxpay_contribute_amount?: number;
  /** 商户出资 */
  merchant_contribute_amount?: number;
  /** 其他出资 */
  other_contribute_amount?: number;
  /** 单品列表 */
  goods_detail?: Price6[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Price11 = {
  /**
   * 商户号
   * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 直连模式 (required there).
   */
  mchid?: string;
  /**
   * APPID
   * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 直连模式 (required there).
   */
  appid?: string;
  /**
   * 子商户号
   * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 机构模式 (required there).
   */
  sub_mchid?: string;
  /**
   * 机构商户号
   * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 机构模式 (required there).
   */
  sp_mchid?: string;
  /**
   * 机构APPID
   * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 机构模式 (required there).
   */
  sp_appid?: string;
  /**
   * 子商户APPID
   * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 机构模式.
   */
  sub_appid?: string;
  /** 商品描述 */
  description: string;
  /** 商户数据 */
  attach?: string;
  /** 通知地址 */
  notify_url: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 商品标记 */
  goods_tag?: string;
  /** 交易类型 */
  trade_type: string;
  /** 指定支付方式 */
  limit_pay?: string;
  /** 交易起始时间 */
  time_start?: string;
  /** 交易结束时间 */
  time_expire?: string;
  /** MCC码 */
  merchant_category_code: string;
  /** 支付者 */
  payer?: {
    /** 用户标识 */
    openid?: string;
    /** 用户标识（机构） */
    sp_openid?: string;
    /** 用户标识（特约商户） */
    sub_openid?: string;
  };
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number;
    /** 货币类型 */
    currency?: string;
  };
  /** 场景信息 */
  scene_info: Address2;
  /** 优惠功能 */
  detail?: Price2[];
} & ({ mchid: string; appid: string; sp_mchid?: never; sub_mchid?: never; sp_appid?: never; sub_appid?: never } | { sp_mchid: string; sub_mchid: string; sp_appid: string; mchid?: never; appid?: never });

/** An object type several operations share (written once, so tsc parses it once). */
export type Price12 = {
  /** 商户号 */
  mchid: string;
  /** APPID */
  appid: string;
  /** 机构商户号 */
  sp_mchid: string;
  /** 子商户号 */
  sub_mchid: string;
  /** 机构APPID */
  sp_appid: string;
  /** 子商户APPID */
  sub_appid?: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 微信支付订单号 */
  id: string;
  /** 商户数据 */
  attach?: string;
  /** 交易类型 */
  trade_type: 'JSAPI' | 'NATIVE' | 'APP' | 'MWEB' | 'MICROPAY';
  /** 付款银行 */
  bank_type: string;
  /** 支付完成时间 */
  success_time: string;
  /**
   * 交易状态
   *
   * - `SUCCESS`: 支付成功
   * - `REFUND`: 转入退款
   * - `NOTPAY`: 未支付
   * - `CLOSED`: 已关闭
   * - `REVOKED`: 已撤销（刷卡支付）
   * - `USERPAYING`: 用户支付中
   * - `PAYERROR`: 支付失败(其他原因，如银行返回失败)
   */
  trade_state: 'SUCCESS' | 'REFUND' | 'NOTPAY' | 'CLOSED' | 'REVOKED' | 'USERPAYING' | 'PAYERROR';
  /** 交易状态描述 */
  trade_state_desc: string;
  /** 支付者 */
  payer: {
    /** 用户标识 */
    openid?: string;
    /** 机构用户标识 */
    sp_openid?: string;
    /** 子商户用户标识 */
    sub_openid?: string;
  };
  /** 订单金额 */
  amount: Rate2;
  /** 优惠功能 */
  promotion_detail?: Price5[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Price2 = {
  /** 订单原价 */
  cost_price?: number;
  /** 商品小票ID */
  receipt_id?: string;
  /** 单品列表 */
  goods_detail?: Price3[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Price3 = {
  /** 商品编码 */
  goods_id: string;
  /** 微信侧商品编码 */
  wxpay_goods_id?: string;
  /** 商品名称 */
  goods_name?: string;
  /** 商品数量 */
  quantity: number;
  /** 商品单价 */
  price: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Price4 = {
  /** 券ID */
  promotion_id: string;
  /** 优惠名称 */
  name?: string;
  /** 优惠范围 */
  scope?: 'GLOBAL' | 'SINGLE';
  /** 优惠类型 */
  type?: 'COUPON' | 'DISCOUNT';
  /** 优惠券面额 */
  amount: number;
  /** 货币类型 */
  currency?: string;
  /** 活动ID */
  activity_id?: string;
  /** 微信出资 */
  wechatpay_contribute_amount?: number;
  /** 商户出资 */
  merchant_contribute_amount?: number;
  /** 其他出资 */
  other_contribute_amount?: number;
  /** 单品列表 */
  goods_detail?: Array<{
    /** 商品编码 */
    goods_id: string;
    /** 商品备注 */
    goods_remark?: string;
    /** 商品数量 */
    quantity: number;
    /** 商品价格 */
    price: number;
  }>;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Price5 = {
  /** 券ID */
  promotion_id: string;
  /** 优惠名称 */
  name?: string;
  /** 优惠范围 */
  scope?: 'GLOBAL' | 'SINGLE';
  /** 优惠类型 */
  type?: 'COUPON' | 'DISCOUNT';
  /** 优惠券面额 */
  amount: number;
  /** 优惠币种 */
  currency: string;
  /** 活动ID */
  activity_id?: string;
  /** 微信出资 */
  wxpay_contribute_amount?: number;
  /** 商户出资 */
  merchant_contribute_amount?: number;
  /** 其他出资 */
  other_contribute_amount?: number;
  /** 单品列表 */
  goods_detail?: Price6[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Price6 = {
  /** 商品编码 */
  goods_id: string;
  /** 商品备注 */
  goods_remark?: string;
  /** 商品优惠金额 */
  discount_amount: number;
  /** 商品数量 */
  quantity: number;
  /** 商品价格 */
  price: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Price7 = {
  /** 商户号 */
  mchid: string;
  /** APPID */
  appid: string;
  /** 机构商户号 */
  sp_mchid: string;
  /** 子商户号 */
  sub_mchid: string;
  /** 机构APPID */
  sp_appid: string;
  /** 子商户APPID */
  sub_appid?: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 微信支付订单号 */
  transaction_id: string;
  /** 商户数据 */
  attach?: string;
  /** 交易类型 */
  trade_type: 'JSAPI' | 'NATIVE' | 'APP' | 'MWEB' | 'MICROPAY';
  /** 付款银行 */
  bank_type: string;
  /** 支付完成时间 */
  success_time: string;
  /** 交易状态 */
  trade_state: string;
  /** 交易状态描述 */
  trade_state_desc: string;
  /** 支付者 */
  payer: {
    /** 用户标识 */
    openid?: string;
    /** 机构用户标识 */
    sp_openid?: string;
    /** 子商户用户标识 */
    sub_openid?: string;
  };
  /** 订单金额 */
  amount: Rate2;
  /** 优惠功能 */
  promotion_detail?: Price5[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Price8 = {
  /**
   * 商户号
   * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 直连模式 (required there).
   */
  mchid?: string;
  /**
   * APPID
   * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 直连模式 (required there).
   */
  appid?: string;
  /**
   * 子商户号
   * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 机构模式 (required there).
   */
  sub_mchid?: string;
  /**
   * 机构商户号
   * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 机构模式 (required there).
   */
  sp_mchid?: string;
  /**
   * 机构APPID
   * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 机构模式 (required there).
   */
  sp_appid?: string;
  /**
   * 子商户APPID
   * 直连模式与机构模式二选一: 直连模式 `mchid` + `appid`; 机构模式 `sp_mchid` + `sub_mchid` + `sp_appid`. This field belongs to 机构模式.
   */
  sub_appid?: string;
  /** 商品描述 */
  description: string;
  /** 商户数据 */
  attach?: string;
  /** 通知地址 */
  notify_url: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 商品标记 */
  goods_tag?: string;
  /** 交易类型 */
  trade_type: string;
  /** 指定支付方式 */
  limit_pay?: string;
  /** 交易起始时间 */
  time_start?: string;
  /** 交易结束时间 */
  time_expire?: string;
  /** MCC码 */
  merchant_category_code: string;
  /** 支付者 */
  payer?: {
    /** 用户标识 */
    openid?: string;
    /** 用户标识（机构） */
    sp_openid?: string;
    /** 用户标识（特约商户） */
    sub_openid?: string;
  };
  /** 订单金额 */
  amount: {
    /** 总金额 */
    total: number;
    /** 货币类型 */
    currency?: string;
  };
  /** 场景信息 */
  scene_info?: Address;
  /** 优惠功能 */
  detail?: Price2[];
} & ({ mchid: string; appid: string; sp_mchid?: never; sub_mchid?: never; sp_appid?: never; sub_appid?: never } | { sp_mchid: string; sub_mchid: string; sp_appid: string; mchid?: never; appid?: never });

/** An object type several operations share (written once, so tsc parses it once). */
export type Price9 = {
  /** 商户号 */
  mchid: string;
  /** APPID */
  appid: string;
  /** 机构商户号 */
  sp_mchid: string;
  /** 子商户号 */
  sub_mchid: string;
  /** 机构APPID */
  sp_appid: string;
  /** 子商户APPID */
  sub_appid?: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 微信支付订单号 */
  id: string;
  /** 商户数据 */
  attach?: string;
  /** 交易类型 */
  trade_type: 'JSAPI' | 'NATIVE' | 'APP' | 'MWEB' | 'MICROPAY';
  /** 付款银行 */
  bank_type: string;
  /** 支付完成时间 */
  success_time: string;
  /** 交易状态 */
  trade_state: string;
  /** 交易状态描述 */
  trade_state_desc: string;
  /** 支付者 */
  payer: {
    /** 用户标识 */
    openid?: string;
    /** 机构用户标识 */
    sp_openid?: string;
    /** 子商户用户标识 */
    sub_openid?: string;
  };
  /** 订单金额 */
  amount: Rate2;
  /** 优惠功能 */
  promotion_detail?: Price10[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ProductFee = {
  /** 机构APPID */
  appid: string;
  /** 商户号 */
  mchid: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 微信订单号 */
  transaction_id: string;
  /**
   * 海关
   *
   * - `GUANGZHOU_ZS`: 广州（总署版）
   * - `HANGZHOU_ZS`: 杭州（总署版）
   * - `NINGBO`: 宁波
   * - `ZHENGZHOU_BS`: 郑州（保税物流中心）
   * - `CHONGQING`: 重庆
   * - `SHANGHAI_ZS`: 上海（总署版）
   * - `SHENZHEN`: 深圳
   * - `ZHENGZHOU_ZH_ZS`: 郑州综保（总署版）
   * - `TIANJIN`: 天津
   */
  customs: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN';
  /** 商户海关备案号 */
  merchant_customs_no: string;
  /** 关税 */
  duty?: number;
  /** 商户子订单号 */
  sub_order_no?: string;
  /** 货币类型 */
  fee_type?: string;
  /** 子订单金额 */
  order_fee?: number;
  /** 物流费用 */
  transport_fee?: number;
  /** 商品费用 */
  product_fee?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ProductFee2 = {
  /** 机构APPID */
  appid: string;
  /** 商户号 */
  mchid: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 微信订单号 */
  transaction_id: string;
  /** 商户子订单号 */
  sub_order_no?: string;
  /**
   * 海关编码
   *
   * - `GUANGZHOU_ZS`: 广州（总署版）
   * - `HANGZHOU_ZS`: 杭州（总署版）
   * - `NINGBO`: 宁波
   * - `ZHENGZHOU_BS`: 郑州（保税物流中心）
   * - `CHONGQING`: 重庆
   * - `SHANGHAI_ZS`: 上海（总署版）
   * - `SHENZHEN`: 深圳
   * - `ZHENGZHOU_ZH_ZS`: 郑州综保（总署版）
   * - `TIANJIN`: 天津
   */
  customs: 'GUANGZHOU_ZS' | 'HANGZHOU_ZS' | 'NINGBO' | 'ZHENGZHOU_BS' | 'CHONGQING' | 'SHANGHAI_ZS' | 'SHENZHEN' | 'ZHENGZHOU_ZH_ZS' | 'TIANJIN';
  /** 商户海关备案号 */
  merchant_customs_no: string;
  /** 关税 */
  duty?: number;
  /** 子订单金额 */
  order_fee?: number;
  /** 物流费用 */
  transport_fee?: number;
  /** 商品费用 */
  product_fee?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ProfitSharing = {
  /** 公众账号ID */
  appid: string;
  /** 服务ID */
  service_id: string;
  /** 标识用户订单使用情况 */
  finish_type?: 1 | 2;
  /** 取消订单的原因 */
  cancel_reason?: string;
  /** 实际服务开始时间 */
  real_service_start_time?: string;
  /** 服务结束时间 */
  real_service_end_time?: string;
  /** 实际结束使用服务的地点 */
  real_service_end_location?: string;
  /** 后付费，描述付费项目列表 */
  fees?: Array<{
    /** 付费项目名称 */
    fee_name?: string;
    /** 付费项目数量 */
    fee_count?: number;
    /** 付费项目总金额 */
    fee_amount?: number;
    /** 描述计费规则 */
    fee_desc?: string;
  }>;
  /** 商户优惠，最多包含5条商户优惠 */
  discounts?: Array<{
    /** 优惠名称 */
    discount_name?: string;
    /** 商品优惠金额 */
    discount_amount?: number;
    /** 优惠说明 */
    discount_desc?: string;
  }>;
  /** 总金额(大于等于0的数字，单位为分) */
  total_amount?: number;
  /** 完结凭证 */
  finish_ticket?: string;
  /** 是否指定商户分账 */
  profit_sharing?: boolean;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type QualificationIds = {
  /** 订单信息 */
  order_information: StoreMerchantId;
  /** 待锁定的加价购资格ID列表 */
  qualification_ids: string[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Rate = {
  /** 订单金额 */
  total: number;
  /** 货币类型 */
  currency?: string;
  /** 用户支付金额 */
  payer_total: number;
  /** 支付货币类型 */
  'payer _currency'?: string;
  /** 汇率 */
  exchange_rate?: {
    /** 汇率类型 */
    type?: 'SETTLEMENT_RATE';
    /** 汇率值 */
    rate?: number;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Rate2 = {
  /** 订单金额 */
  total: number;
  /** 用户支付金额 */
  payer_total: number;
  /** 订单标价币种 */
  currency: string;
  /** 用户支付币种 */
  payer_currency: string;
  /** 汇率信息 */
  exchange_rate?: {
    /** 汇率类型 */
    type?: 'SETTLEMENT_RATE';
    /** 汇率值 */
    rate?: number;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Rate3 = {
  /** 子商户号 */
  sub_mchid?: string;
  /** 微信订单号 */
  transaction_id: string;
  /** 商户分账单号 */
  out_order_no: string;
  /** 微信分账单号 */
  order_id: string;
  /** 分账单状态 */
  state: string;
  /** 分账接收方列表 */
  receivers?: Rate4[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Rate4 = {
  /** 分账币种 */
  currency: string;
  /** 分账金额 */
  amount: number;
  /** 分账描述 */
  description: string;
  /** 分账接收方类型 */
  type: 'MERCHANT_ID' | 'PERSONAL_OPENID' | 'PERSONAL_SUB_OPENID';
  /** 分账接收方帐号 */
  account: string;
  /** 分账结果 */
  result: string;
  /** 分账失败原因 */
  fail_reason: string;
  /** 分账创建时间 */
  create_time: string;
  /** 分账完成时间 */
  finish_time: string;
  /** 分账明细单号 */
  detail_id?: string;
  /** 分账明细类型 */
  detail_type?: string;
  /** 出资方结算币种 */
  settlement_currency?: string;
  /** 出资方结算金额 */
  settlement_amount?: number;
  /** 汇率值 */
  rate?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Rate5 = {
  /** 退款金额 */
  refund: number;
  /** 货币类型 */
  currency?: string;
  /** 用户退款金额 */
  payer_refund: number;
  /** 支付币种 */
  payer_currency: string;
  /** 汇率 */
  exchange_rate: {
    /** 汇率类型 */
    type?: 'USERPAYMENT_RATE' | 'SETTLEMENT_RATE';
    /** 汇率值 */
    rate?: number;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Rate6 = {
  /** 退款金额 */
  refund: number;
  /** 货币类型 */
  currency?: string;
  /** 用户退款金额 */
  payer_refund: number;
  /** 支付币种 */
  payer_currency: string;
  /** 汇率 */
  exchange_rate: {
    /** 汇率类型 */
    type?: 'SETTLEMENT_RATE';
    /** 汇率值 */
    rate?: number;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type RealName = {
  /** 实名验证类型 */
  identity_type: 'REAL_IDENTITY_TYPE_INVALID' | 'REAL_IDENTITY_TYPE_ID_CARD';
  /**
   * 自然人证件号码
   * @format base64
   */
  identity_id: string;
  /**
   * 自然人姓名
   * @format base64
   */
  real_name: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type RecipientState = {
  /** 门店收款商户号 */
  mchid: string;
  /** 门店收款主体 */
  company_name?: string;
  /**
   * 收款绑定状态
   *
   * - `CONFIRMED`: 门店已绑定此收款商户号
   * - `ADMIN_REJECTED`: 商户管理员已拒绝
   * - `CONFIRMING`: 商户号管理员确认中
   * - `TIMEOUT_REJECTED`: 由于商户管理员确认超时，系统自动拒绝此绑定
   */
  recipient_state?: 'CONFIRMED' | 'ADMIN_REJECTED' | 'CONFIRMING' | 'TIMEOUT_REJECTED';
};

/** An object type several operations share (written once, so tsc parses it once). */
export type RecipientState2 = {
  /** 品牌ID */
  brand_id: string;
  /** 品牌门店ID */
  store_id: string;
  /** 门店状态 */
  store_state?: 'OPEN' | 'CREATING' | 'CLOSED';
  /** 审核状态 */
  audit_state?: 'SUCCESS' | 'PROCESSING' | 'REJECTED';
  /** 审核失败原因 */
  review_reject_reason?: string;
  /** 门店基础信息 */
  store_basics?: {
    /** 商家门店编号 */
    store_reference_id?: string;
    /** 门店名称 */
    branch_name?: string;
  };
  /** 门店地址信息 */
  store_address?: Latitude;
  /** 门店经营信息 */
  store_business?: {
    /** 门店服务电话 */
    service_phone?: string;
    /** 门店经营时间 */
    business_hours?: string;
  };
  /** 门店收款信息 */
  store_recipient?: RecipientState[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Recommendation = {
  /** 停车场进件审核单号 */
  parking_lot_audit_no?: string;
  /** 审核状态 */
  audit_status?: 'AUDIT_STATUS_UNKNOWN' | 'AUDIT_STATUS_PENDING' | 'AUDIT_STATUS_WITHDRAWN' | 'AUDIT_STATUS_APPROVED' | 'AUDIT_STATUS_REJECTED';
  /** 提交时间 */
  submit_time?: number;
  parking_lot?: FirstChargeTimeMode2;
  audit_comment?: {
    fields?: Array<{
      /** 字段名 */
      field?: string;
      /** 审核意见 */
      comment?: string;
    }>;
    /** 改进建议 */
    recommendation?: string;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type RedirectUrl = {
  /** 返回状态码 */
  return_code: 'SUCCESS' | 'FAIL';
  /** 返回信息 */
  return_msg?: string;
  /** 业务结果 */
  result_code?: 'SUCCESS' | 'FAIL';
  /** 业务结果描述 */
  result_msg?: string;
  /** 跳转URL */
  redirect_url?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type RefundAmount = {
  /** 券ID */
  promotion_id: string;
  /** 优惠范围 */
  scope: TransactionPromotionScope;
  /** 优惠类型 */
  type: RefundPromotionDetailType;
  /** 优惠券面额 */
  amount: number;
  /** 优惠退款金额 */
  refund_amount: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type RefundFee = {
  /** 订单金额 */
  total: number;
  /** 退款金额 */
  refund: number;
  /** 退款出资账户及金额 */
  from?: Array<{
    /** 出资账户类型 */
    account: string;
    /** 出资金额 */
    amount: number;
  }>;
  /** 用户支付金额 */
  payer_total: number;
  /** 用户退款金额 */
  payer_refund: number;
  /** 应结退款金额 */
  settlement_refund: number;
  /** 应结订单金额 */
  settlement_total: number;
  /** 优惠退款金额 */
  discount_refund: number;
  /** 退款币种 */
  currency: string;
  /** 手续费退款金额 */
  refund_fee?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type RefundQuantity = {
  /** 券ID */
  promotion_id: string;
  /** 优惠范围 */
  scope: string;
  /** 优惠类型 */
  type: string;
  /** 优惠券面额 */
  amount: number;
  /** 优惠退款金额 */
  refund_amount: number;
  /** 商品列表 */
  goods_detail?: RefundQuantity2[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type RefundQuantity2 = {
  /** 商户侧商品编码 */
  merchant_goods_id: string;
  /** 微信侧商品编码 */
  wechatpay_goods_id?: string;
  /** 商品名称 */
  goods_name?: string;
  /** 商品单价 */
  unit_price: number;
  /** 商品退款金额 */
  refund_amount: number;
  /** 商品退货数量 */
  refund_quantity: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type RefundQuantity3 = {
  /** 微信支付退款号 */
  refund_id: string;
  /** 商户退款单号 */
  out_refund_no: string;
  /** 微信支付订单号 */
  transaction_id: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 退款渠道 */
  channel: string;
  /** 退款入账账户 */
  user_received_account: string;
  /** 退款成功时间 */
  success_time?: string;
  /** 退款创建时间 */
  create_time: string;
  /** 退款状态 */
  status: string;
  /** 资金账户 */
  funds_account?: string;
  /** 金额信息 */
  amount: RefundFee;
  /** 优惠退款信息 */
  promotion_detail?: RefundQuantity[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type RegionId = {
  /**
   * 司机姓名
   * @format base64
   */
  driver_name: string;
  /**
   * 司机身份证号码
   * @format base64
   */
  id_card_number: string;
  /** 公司名称 */
  company_name: string;
  /** 商户号 */
  mchid: string;
  /** 营运资格证号 */
  driver_license: string;
  /** 司机类别 */
  driver_category: string;
  /** 岗位状态 */
  driver_status: string;
  /** 司机头像 */
  driver_photo?: PhotoIcon;
  /** 行政区划ID */
  region_id: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type RejectReason = {
  /** 申请单号 */
  apply_id: string;
  /** 业务申请编号 */
  out_request_no: string;
  /** 微信支付商户号 */
  merchant_code: string;
  /**
   * 申请单状态
   *
   * - `APPLYMENT_STATE_AUDITING`: 审核中
   * - `APPLYMENT_STATE_REJECTED`: 已驳回
   * - `APPLYMENT_STATE_MODIFING`: 资料修改中
   * - `APPLYMENT_STATE_FINISHED`: 已完成
   * - `APPLYMENT_STATE_CANCELED`: 已作废
   */
  state: 'APPLYMENT_STATE_AUDITING' | 'APPLYMENT_STATE_REJECTED' | 'APPLYMENT_STATE_MODIFING' | 'APPLYMENT_STATE_FINISHED' | 'APPLYMENT_STATE_CANCELED';
  /** 总体驳回原因 */
  audit_reject_reason?: string;
  /** 驳回原因详情 */
  audit_reject_detail?: Array<{
    /** 参数名称 */
    param_name?: string;
    /** 驳回原因 */
    reject_reason?: string;
  }>;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type RejectReason2 = {
  /** 微信支付商户号 */
  merchant_code: string;
  /** 申请单号 */
  apply_id: string;
  /** 业务申请编号 */
  out_request_no: string;
  /**
   * 申请单状态
   *
   * - `APPLYMENT_STATE_AUDITING`: 审核中
   * - `APPLYMENT_STATE_REJECTED`: 已驳回
   * - `APPLYMENT_STATE_MODIFING`: 资料修改中
   * - `APPLYMENT_STATE_FINISHED`: 已完成
   * - `APPLYMENT_STATE_CANCELED`: 已作废
   * - `APPLYMENT_STATE_EDITTING`: 编辑中
   */
  state: 'APPLYMENT_STATE_AUDITING' | 'APPLYMENT_STATE_REJECTED' | 'APPLYMENT_STATE_MODIFING' | 'APPLYMENT_STATE_FINISHED' | 'APPLYMENT_STATE_CANCELED' | 'APPLYMENT_STATE_EDITTING';
  /** 总体驳回原因 */
  audit_reject_reason?: string;
  /** 驳回原因详情 */
  audit_reject_detail?: Array<{
    /** 参数名称 */
    param_name?: string;
    /** 驳回原因 */
    reject_reason?: string;
  }>;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type RejectReason3 = {
  /** 服务ID */
  service_id: string;
  /** 服务商商户号 */
  mchid: string;
  /** 服务商应用ID */
  appid: string;
  /** 子商户商户号 */
  sub_mchid: string;
  /** 子商户应用ID */
  sub_appid?: string;
  /** 申请单号 */
  out_apply_no: string;
  /** 绑定结果回调通知地址 */
  result_notify_url?: string;
  /** 受理状态 */
  apply_state: string;
  /** 拒绝原因 */
  reject_reason?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Remark = {
  /** 目标完成流水号 */
  objective_completion_serial_no: string;
  /** 目标ID */
  objective_id: string;
  /** 目标完成时间 */
  completion_time: string;
  /** 目标完成类型 */
  completion_type: string;
  /** 目标完成描述 */
  description: string;
  /** 目标完成数量 */
  completion_count: number;
  /** 备注说明 */
  remark?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Remark2 = {
  /** 先享卡订单号 */
  out_order_no: string;
  /** 先享卡ID */
  discount_card_id: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 公众账号ID */
  appid: string;
  /** 服务ID */
  service_id: string;
  /** 微信支付服务订单号 */
  order_id: string;
  /** 微信支付交易单号 */
  transaction_id?: string;
  /** 用户标识 */
  openid: string;
  /** 先享卡开始时间 */
  card_begin_time: string;
  /** 先享卡结束时间 */
  card_end_time: string;
  /** 先享卡名称 */
  card_name: string;
  /** 目标描述 */
  objective_description: string;
  /** 奖励描述 */
  reward_description: string;
  /** 预估奖励金额 */
  estimated_reward_amount: number;
  /** 线上使用说明 */
  online_instructions?: string;
  /** 线下使用说明 */
  offline_instructions?: string;
  /** 订单状态 */
  state: PayScoreDiscountCardOrderState;
  /** 总金额 */
  total_amount?: number;
  /** 扣除金额 */
  deduction_amount?: number;
  /** 结算金额 */
  settlement_amount?: number;
  /** 创建时间 */
  create_time: string;
  /** 支付时间 */
  pay_time?: string;
  /** 目标达成明细列表 */
  objectives?: Remark3[];
  /** 奖励明细列表 */
  rewards?: Remark4[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Remark3 = {
  /** 目标流水号 */
  objective_serial_no: string;
  /** 先享卡目标ID */
  objective_id: number;
  /** 目标名称 */
  name?: string;
  /** 目标单位 */
  unit?: string;
  /** 履约描述 */
  performance_description: string;
  /** 履约类型 */
  performance_type: PayScoreDiscountCardOrderPerformanceType;
  /** 目标数量 */
  count: number;
  /** 履约时间 */
  performance_time: string;
  /** 备注说明 */
  remark?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Remark4 = {
  /** 奖励流水号 */
  reward_serial_no: string;
  /** 先享卡奖励ID */
  reward_id: number;
  /** 奖励名称 */
  name?: string;
  /** 奖励单位 */
  unit?: string;
  /** 奖励描述 */
  description: string;
  /** 奖励类型 */
  reward_type: PayScoreDiscountCardOrderRewardType;
  /** 奖励数量 */
  count: number;
  /** 奖励金额 */
  amount: number;
  /** 奖励时间 */
  reward_time: string;
  /** 备注说明 */
  remark?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type RepaymentAmountLimit = {
  /** 协议ID */
  contract_id: string;
  /** 模板ID */
  plan_id: string;
  /** 服务商签约协议号 */
  out_contract_code: string;
  /** 用户展示名称 */
  display_name: string;
  /** 协议状态 */
  contract_state: 'CONTRACT_STATE_INVALID' | 'CONTRACT_STATE_EFFECTIVE' | 'CONTRACT_STATE_TERMINATED';
  /**
   * 协议签署时间
   * @format rfc3339
   */
  contract_signed_time?: string;
  /**
   * 协议解约时间
   * @format rfc3339
   */
  contract_terminated_time?: string;
  /**
   * 协议解约方式
   *
   * - `TERMINATION_MODE_INVALID`: 无效值
   * - `TERMINATION_MODE_BY_USER`: 用户解约
   * - `TERMINATION_MODE_BY_MERCHANT`: 商户解约
   * - `TERMINATION_MODE_BY_CUSTOMER_SERVICE`: 客服解约
   */
  contract_terminated_mode?: 'TERMINATION_MODE_INVALID' | 'TERMINATION_MODE_BY_USER' | 'TERMINATION_MODE_BY_MERCHANT' | 'TERMINATION_MODE_BY_CUSTOMER_SERVICE';
  /** 协议解约备注 */
  contract_termination_remark?: string;
  /** 还款日 */
  repayment_day?: number;
  /** 用户服务商标识 */
  openid?: string;
  /** 服务商AppID */
  appid?: string;
  /** 还款金额上限 */
  repayment_amount_limit: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type RequestedItemInfo = {
  /** 子商户号 */
  sub_mchid?: string;
  /** 商户管理记录ID */
  manage_record_id?: string;
  /** 商户管理记录类型 */
  manage_record_type?: 'FUNCTIONAL_LIMIT_RECORD' | 'INVESTIGATE_RECORD';
  /**
   * 管控时间
   * @format rfc3339
   */
  manage_time?: string;
  /** 管控原因 */
  manage_reason?: string;
  /** 限制功能 */
  limit_ability?: string;
  /** 解除管控方式 */
  recover_way?: 'SUBMIT_INFORMATION' | 'VERIFY_INACTIVE_MERCHANT_IDENTITY' | 'MODIFY_ORGANIZATION_INFORMATION' | 'OTHER';
  /** 是否允许提交资料 */
  allow_submit?: boolean;
  /** 禁止提交资料原因 */
  forbid_submit_reason?: string;
  /**
   * 可提交资料开始时间
   * @format rfc3339
   */
  submit_start_time?: string;
  /**
   * 可提交资料结束时间
   * @format rfc3339
   */
  submit_end_time?: string;
  /** 商户管理记录状态 */
  manage_record_state?: 'PENDING' | 'SUBMITTED' | 'EXPIRED' | 'UNDER_REVIEW' | 'RECOVERED' | 'REJECTED';
  /**
   * 解除管控时间
   * @format rfc3339
   */
  recover_time?: string;
  /** 解除管控原因 */
  recover_reason?: 'MERCHANT_SUBMIT_RECOVER' | 'MERCHANT_OPERATE_RECOVER' | 'PLATFORM_AUTO_RECOVER';
  /** 申诉驳回原因 */
  reject_reason?: string;
  /**
   * 可提交资料结束时间
   * @format rfc3339
   */
  approve_time?: string;
  /**
   * 要求提交的资料
   * @format jsonObjectLike
   */
  requested_item_info?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type RequestedItemInfo2 = {
  /** 交易拦截记录ID */
  block_record_id?: string;
  /**
   * 拦截时间
   * @format rfc3339
   */
  block_time?: string;
  /** 拦截原因 */
  block_reason?: string;
  /** 拦截笔数 */
  number_of_block?: 'LESS_THAN_TWENTY' | 'LESS_THAN_ONE_HUNDRED' | 'LESS_THAN_ONE_THOUSAND' | 'OVER_ONE_THOUSAND';
  /** 解除管控方式 */
  recover_way?: 'SUBMIT_INFORMATION';
  /**
   * 商户提交资料内容
   * @format jsonObjectLike
   */
  requested_item_info?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ReturnApp = {
  /** 应用ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 子商户应用ID */
  sub_appid?: string;
  /** 子商户号 */
  sub_mch_id?: string;
  /** 模板id */
  plan_id: string;
  /** 签约协议号 */
  contract_code: string;
  /** 请求序列号 */
  request_serial: number | string;
  /** 用户账户展示名称 */
  contract_display_account: string;
  /** 回调通知url */
  notify_url: string;
  /** 版本号 */
  version: '1.0';
  /**
   * 签名类型
   * Filled in by the client when left out.
   */
  sign_type?: 'MD5' | 'HMAC-SHA256';
  /**
   * 签名
   * Filled in by the client when left out.
   */
  sign?: string;
  /** 时间戳 */
  timestamp: string;
  /** 返回app */
  return_app?: 'Y' | 'N';
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ReturnCreateTime = {
  /** 补差回退单号 */
  subsidy_return_receipt_id?: string;
  /** 商家券批次号 */
  stock_id: string;
  /** 商家券Code */
  coupon_code: string;
  /** 微信支付订单号 */
  transaction_id: string;
  /** 微信支付退款单号 */
  refund_id: string;
  /** 原营销补差扣款商户号 */
  payer_merchant: string;
  /** 原营销补差入账商户号 */
  payee_merchant: string;
  /** 补差回退金额 */
  amount: number;
  /** 补差回退描述 */
  description: string;
  /** 补差回退单据状态 */
  status: string;
  /** 补差回退失败原因 */
  fail_reason?: string;
  /** 补差回退完成时间 */
  return_done_time?: string;
  /** 补差付款单号 */
  subsidy_receipt_id: string;
  /** 业务请求唯一单号 */
  out_subsidy_return_no: string;
  /** 补差回退发起时间 */
  return_create_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ReturnTime = {
  /** 券核销请求单号 */
  use_request_no?: string;
  /**
   * 核销时间
   * @format rfc3339
   */
  use_time?: string;
  /** 关联微信支付订单信息 */
  associated_order_info?: {
    /** 微信支付单号 */
    transaction_id?: string;
    /** 商户订单号 */
    out_trade_no?: string;
    /** 商户号 */
    mchid?: string;
    /** 子商户号 */
    sub_mchid?: string;
  };
  /** 退券请求单号 */
  return_request_no?: string;
  /**
   * 退券时间
   * @format rfc3339
   */
  return_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ReviewRejectReason = {
  /** 交易拦截申诉ID */
  block_submission_id?: string;
  /**
   * 提交时间
   * @format rfc3339
   */
  submit_time?: string;
  /** 审核结果 */
  review_result?: 'EMPTY' | 'PASS' | 'REJECT';
  /**
   * 审核时间
   * @format rfc3339
   */
  review_time?: string;
  /** 审核驳回原因 */
  review_reject_reason?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type RiskLevelVersion = {
  /** 服务ID */
  service_id: string;
  /** 公众号ID */
  appid: string;
  /** 商户号 */
  mchid: string;
  /** 用户标识 */
  openid?: string;
  /** 授权协议号 */
  authorization_code?: string;
  /** 授权状态 */
  authorization_state: string;
  /** 授权通知地址 */
  notify_url?: string;
  /**
   * 最近一次解除授权时间
   * @format rfc3339
   */
  cancel_authorization_time?: string;
  /**
   * 最近一次授权成功时间
   * @format rfc3339
   */
  authorization_success_time?: string;
  /** 子商户商户号 */
  sub_mchid?: string;
  /** 子商户的公众号ID */
  sub_appid?: string;
  /** 子商户的用户标识 */
  sub_openid?: string;
  /** 用户标签 */
  user_label?: string;
  /** 渠道商商户号 */
  channel_id?: string;
  /** 用户分层 */
  user_risk_level?: number;
  /** 分层版本 */
  risk_level_version?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Seconds = {
  /** 指定时间 */
  award_send_time?: Array<{
    /** 发放开始时间 */
    begin_time: string;
    /** 发放结束时间 */
    end_time: string;
  }>;
  /** 指定时间段 */
  award_send_day_time?: Seconds2[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Seconds2 = {
  /** 每日发放开始时间 */
  begin_day_time: {
    /** 时 */
    hours: number;
    /** 分 */
    minutes: number;
    /** 秒 */
    seconds: number;
  };
  /** 每日发放结束时间 */
  end_day_time: {
    /** 时 */
    hours: number;
    /** 分 */
    minutes: number;
    /** 秒 */
    seconds: number;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Self = {
  /** 查询数据总条数 */
  total_count: number;
  /** 本次查询数据条数 */
  count: number;
  /** 银行列表 */
  data?: NeedBankBranch[];
  /** 本次查询偏移量 */
  offset: number;
  /** 分页链接 */
  links: {
    /** 下一页链接 */
    next?: string;
    /** 上一页链接 */
    prev?: string;
    /** 当前链接 */
    self?: string;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ServiceId = {
  /** 业务申请编号 */
  business_code: string;
  /** 品牌ID */
  brand_id: string;
  /** 交易场景类型 */
  payment_scene: 'MINI_PROGRAM' | 'APP' | 'PAYMENT_SCORE' | 'PAYMENT_CODE';
  /** 公众账号ID */
  appid?: string;
  /** 商户号 */
  card_link_mchid?: string;
  /** 服务ID */
  service_id?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ServiceId2 = {
  /** 品牌ID */
  brand_id: string;
  /** 交易场景类型 */
  payment_scene: 'MINI_PROGRAM' | 'APP' | 'PAYMENT_SCORE' | 'PAYMENT_CODE';
  /** 公众账号ID */
  appid?: string;
  /** 商户号 */
  card_link_mchid?: string;
  /** 服务ID */
  service_id?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ServiceId3 = {
  /** 签名 */
  sign: string;
  /** 随机字符串 */
  nonce_str: string;
  /** 业务结果 */
  result_code: 'SUCCESS' | 'FAIL';
  /** 错误代码 */
  err_code?: string;
  /** 错误描述 */
  err_code_des?: string;
  /** 公众账号ID */
  appid: string;
  /** 商户号 */
  mch_id: string;
  /** 商户服务订单号 */
  out_order_no: string;
  /** 服务ID */
  service_id: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ServiceId4 = {
  /** 接口版本号 */
  version: '1.0';
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
  /** 商户服务订单号 */
  out_order_no: string;
  /** 回跳查询id */
  return_query_id: string;
  /** 服务ID */
  service_id: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type ServiceNm = {
  /** 发票代码 */
  invoice_cd?: string;
  /** 发票号码 */
  invoice_no?: string;
  /** 开票日期 */
  invoice_dt?: string;
  /** 发票链接 */
  invoice_link?: string;
  /** 发票类型 */
  invoice_tp?: string;
  /** 发票校验码 */
  invoice_ck_cd?: string;
  /** 发票上购买人姓名 */
  nm?: string;
  /** 税价合计 */
  tax?: string;
  /** 发票税额 */
  invoice_tax_amt?: string;
  /** 销售企业名称 */
  sales_ent_nm?: string;
  /** 销售方纳税人识别号 */
  tax_payer?: string;
  /** 数量 */
  num?: string;
  /** 货物或应税劳务服务名称（含型号） */
  service_nm?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type SettleRuleId = {
  /** 申请单编号 */
  application_id: string;
  /** 申请单处理信息 */
  application_process_info?: string;
  /** 申请单状态 */
  application_state?: string;
  /** 最后更新时间 */
  update_time?: string;
  /** 从业机构号 */
  acquiring_bank_id?: string;
  /** 渠道商户号 */
  channel_id?: string;
  /** 从业机构特约商户号 */
  sub_mchid?: string;
  /** 结算规则id */
  settle_rule_id?: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Sign = {
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
};

/** An object type several operations share (written once, so tsc parses it once). */
export type SignMpPath = {
  /** 预签约ID */
  pre_entrustweb_id: string;
  /** 商户号 */
  mchid: string;
  /** 免密支付服务ID */
  service_id: number;
  /** 商户签约协议号 */
  out_contract_code: string;
  /** 跳转签约的小程序AppID */
  sign_mp_appid: string;
  /** 跳转签约的小程序路径 */
  sign_mp_path: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type SignTime = {
  /** 协议编号 */
  agreement_code: string;
  /** 协议版本号 */
  agreement_version: string;
  /** 签约主体 */
  sign_organization: string;
  /** 签约时间 */
  sign_time: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type SignTime2 = {
  /** 计划签约ID */
  sign_plan_id: string;
  /** 签约计划用户服务商应用下的OpenID */
  openid?: string;
  /** 签约计划用户子商户应用下的OpenID */
  sub_openid?: string;
  /** 计划所属服务 */
  service_id: string;
  /** 服务商商户号 */
  mchid: string;
  /** 子商户商户号 */
  sub_mchid: string;
  /** 服务商AppID */
  appid: string;
  /** 子商户AppID */
  sub_appid?: string;
  /** 商户侧签约计划号 */
  merchant_sign_plan_no: string;
  /** 商户回调地址 */
  merchant_callback_url: string;
  /** 签约所属计划ID */
  plan_id: string;
  /** 目前用户进行到的计划详情序号 */
  going_detail_no: number;
  /** 计划签约状态 */
  sign_state: string;
  /**
   * 签约计划取消时间
   * @format rfc3339
   */
  cancel_sign_time?: string;
  /** 签约计划取消类型 */
  cancel_sign_type?: string;
  /** 签约计划取消原因 */
  cancel_reason?: string;
  /** 签约计划的名称 */
  plan_name: string;
  /**
   * 签约计划的过期时间
   * @format rfc3339
   */
  plan_over_time: string;
  /** 签约计划原总金额(单位分) */
  total_origin_price: number;
  /** 签约计划扣费次数 */
  deduction_quantity: number;
  /** 签约计划实际总金额（单位分） */
  total_actual_price: number;
  /** 签约计划明细列表 */
  signed_detail_list?: CancelTime[];
  /**
   * 签约时间
   * @format rfc3339
   */
  sign_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type SignTime3 = {
  /** 计划签约ID */
  sign_plan_id: string;
  /** 签约计划用户应用下的OpenID */
  openid?: string;
  /** 计划所属服务 */
  service_id: string;
  /** 商户号 */
  mchid: string;
  /** AppID */
  appid: string;
  /** 商户侧签约计划号 */
  merchant_sign_plan_no: string;
  /** 商户回调地址 */
  merchant_callback_url: string;
  /** 签约所属计划ID */
  plan_id: string;
  /** 目前用户进行到的计划详情序号 */
  going_detail_no: number;
  /** 计划签约状态 */
  sign_state: string;
  /**
   * 签约计划取消时间
   * @format rfc3339
   */
  cancel_sign_time?: string;
  /** 签约计划取消类型 */
  cancel_sign_type?: string;
  /** 签约计划取消原因 */
  cancel_reason?: string;
  /** 签约计划的名称 */
  plan_name: string;
  /**
   * 签约计划的过期时间
   * @format rfc3339
   */
  plan_over_time: string;
  /** 签约计划原总金额(单位分) */
  total_origin_price: number;
  /** 签约计划扣费次数 */
  deduction_quantity: number;
  /** 签约计划实际总金额（单位分） */
  total_actual_price: number;
  /** 签约计划明细列表 */
  signed_detail_list?: CancelTime[];
  /**
   * 签约时间
   * @format rfc3339
   */
  sign_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Solution = {
  /**
   * 提现单状态
   *
   * - `CREATE_SUCCESS`: 受理成功
   * - `SUCCESS`: 提现成功
   * - `FAIL`: 提现失败
   * - `REFUND`: 提现退票
   * - `CLOSE`: 关单
   * - `INIT`: 业务单已创建
   */
  status: 'CREATE_SUCCESS' | 'SUCCESS' | 'FAIL' | 'REFUND' | 'CLOSE' | 'INIT';
  /** 微信支付提现单号 */
  withdraw_id: string;
  /** 商户提现单号 */
  out_request_no: string;
  /** 提现金额 */
  amount: number;
  /** 发起提现时间 */
  create_time: string;
  /** 提现状态更新时间 */
  update_time: string;
  /** 失败原因 */
  reason: string;
  /** 提现备注 */
  remark: string;
  /** 银行附言 */
  bank_memo: string;
  /** 出款账户类型 */
  account_type: 'BASIC' | 'OPERATION' | 'FEES';
  /** 提现失败解决方案 */
  solution: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type SpMchid = {
  /**
   * 直连商户号
   * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 直连模式 (required there).
   */
  mchid?: string;
  /**
   * 子商户号
   * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 机构模式 (required there).
   */
  sub_mchid?: string;
  /**
   * 机构商户号
   * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 机构模式 (required there).
   */
  sp_mchid?: string;
} & ({ mchid: string; sp_mchid?: never; sub_mchid?: never } | { sp_mchid: string; sub_mchid: string; mchid?: never });

/** An object type several operations share (written once, so tsc parses it once). */
export type SpOpenid = {
  /** 转账接收方订单信息 */
  transaction_info?: {
    /** 交易订单号 */
    transaction_id: string;
    /** 转账接收方订单类型 */
    type?: 'WXPAY' | 'WXVALUE';
  };
  /** 转账接收方用户 */
  user_info?: {
    /** 转账接收方用户 openid */
    sp_openid?: string;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type SpOpenid2 = {
  /** 转账接收者信息 */
  receiver?: SpOpenid;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type SpecialFirst = {
  /** 券可核销时间 */
  coupon_available_period: EndTime3;
  /** 满减券使用规则 */
  normal_coupon_list?: Array<{
    /** 门槛金额 */
    threshold: number;
    /** 固定减免金额 */
    discount_amount: number;
  }>;
  /** 折扣券使用规则列表 */
  discount_coupon_list?: Array<{
    /** 门槛金额 */
    threshold: number;
    /** 固定减免百分比 */
    percent_off: number;
  }>;
  /** 兑换券使用规则列表 */
  exchange_coupon_list?: Array<{
    /** 门槛金额 */
    threshold: number;
    /** 固定兑换价格 */
    exchange_price: number;
  }>;
  /** 多次优惠是否提供首笔特惠 */
  special_first?: boolean;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type SpecialFirst2 = {
  /** 券可核销时间 */
  coupon_available_period: AvailableSeconds2;
  /** 满减券使用规则 */
  normal_coupon_list?: Array<{
    /** 门槛金额 */
    threshold: number;
    /** 固定减免金额 */
    discount_amount: number;
  }>;
  /** 折扣券使用规则列表 */
  discount_coupon_list?: Array<{
    /** 门槛金额 */
    threshold: number;
    /** 固定减免百分比 */
    percent_off: number;
  }>;
  /** 兑换券使用规则列表 */
  exchange_coupon_list?: Array<{
    /** 门槛金额 */
    threshold: number;
    /** 固定兑换价格 */
    exchange_price: number;
  }>;
  /** 多次优惠是否提供首笔特惠 */
  special_first?: boolean;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type SponsorMchid = {
  /** 服务商商户号 */
  sp_mchid: string;
  /** 转账接收方信息 */
  receiver_detail: Type2;
  /** 商户单号 */
  out_bill_no: string;
  /** 赔付金额 */
  amount?: number;
  /** 赔付原因 */
  transfer_remark?: string;
  /** 微信支付转账单号 */
  bill_id: string;
  /**
   * 赔付状态
   *
   * - `ACCEPTED`: 已受理
   * - `SUCCESS`: 已成功
   * - `CLOSED`: 系统关闭（余额不足、转账失败等原因）。
   * - `WAIT_USER_CONFIRM`: 预下单成功，等待用户确认
   * - `CANCELING`: 商户撤销请求受理成功，该笔付款正在撤销中
   * - `CANCELLED`: 付款撤销完成
   */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED';
  /**
   * 受理时间
   * @format rfc3339
   */
  accept_time: string;
  /**
   * 成功时间
   * @format rfc3339
   */
  success_time?: string;
  /** 关单信息 */
  close_info?: {
    /**
     * 关单时间
     * @format rfc3339
     */
    close_time?: string;
    /** 关单原因 */
    close_reason?: string;
  };
  /** 出资商户号 */
  sponsor_mchid?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type SponsorMchid2 = {
  /** 服务商商户号 */
  sp_mchid: string;
  /** 二级商户号 */
  sub_mchid?: string;
  /** 转账接收方信息 */
  receiver_detail: Type3;
  /** 商户单号 */
  out_bill_no: string;
  /** 赔付金额 */
  amount?: number;
  /** 赔付原因 */
  transfer_remark?: string;
  /** 微信支付转账单号 */
  bill_id: string;
  /**
   * 赔付状态
   *
   * - `ACCEPTED`: 已受理
   * - `SUCCESS`: 已成功
   * - `CLOSED`: 系统关闭（余额不足、转账失败等原因）。
   * - `WAIT_USER_CONFIRM`: 预下单成功，等待用户确认
   * - `CANCELING`: 商户撤销请求受理成功，该笔付款正在撤销中
   * - `CANCELLED`: 付款撤销完成
   */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED';
  /**
   * 受理时间
   * @format rfc3339
   */
  accept_time: string;
  /**
   * 成功时间
   * @format rfc3339
   */
  success_time?: string;
  /** 关单信息 */
  close_info?: {
    /**
     * 关单时间
     * @format rfc3339
     */
    accept_time?: string;
    /** 关单原因 */
    close_reason?: string;
  };
  /** 出资商户号 */
  sponsor_mchid?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type SponsorMchid3 = {
  /** 服务商商户号 */
  sp_mchid: string;
  /** 业务类型 */
  business_type?: 'DEPOSIT_COMPENSATION' | 'PLATFORM_AFTER_SALES_COMPENSATION' | 'INSURANCE_CLAIM' | 'DEPOSIT_AFTER_SALES_COMPENSATION';
  /** 转账接收方信息 */
  receiver_detail: MchId;
  /** 商户单号 */
  out_bill_no: string;
  /** 赔付金额 */
  amount?: number;
  /** 赔付原因 */
  transfer_remark?: string;
  /** 收款方备注 */
  receiver_remark?: string;
  /** 微信支付转账单号 */
  bill_id: string;
  /**
   * 赔付状态
   *
   * - `ACCEPTED`: 已受理
   * - `SUCCESS`: 已成功
   * - `CLOSED`: 系统关闭（余额不足、转账失败等原因）。
   * - `WAIT_USER_CONFIRM`: 预下单成功，等待用户确认
   * - `CANCELING`: 商户撤销请求受理成功，该笔付款正在撤销中
   * - `CANCELLED`: 付款撤销完成
   */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED';
  /**
   * 受理时间
   * @format rfc3339
   */
  accept_time: string;
  /**
   * 成功时间
   * @format rfc3339
   */
  success_time?: string;
  /** 关单信息 */
  close_info?: {
    /**
     * 关单时间
     * @format rfc3339
     */
    close_time?: string;
    /** 关单原因 */
    close_reason?: string;
  };
  /** 出资商户号 */
  sponsor_mchid?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type State2 = {
  /** 投诉单号 */
  complaint_id: string;
  /**
   * 投诉时间
   * @format rfc3339
   */
  complaint_time: string;
  /** 投诉详情 */
  complaint_detail: string;
  /** 投诉单状态 */
  complaint_state: 'PENDING' | 'PROCESSING' | 'PROCESSED';
  /** 被诉商户号 */
  complainted_mchid: string;
  /**
   * 投诉人联系方式
   * @format base64
   */
  payer_phone?: string;
  /** 投诉单关联订单信息 */
  complaint_order_info?: TradeTime[];
  /** 投诉单是否已全额退款 */
  complaint_full_refunded: boolean;
  /** 是否超时 */
  is_overdue?: boolean;
  /** 优先级 */
  priority?: 'PRIORITY' | 'GENERAL';
  /** 是否有待回复的用户留言 */
  incoming_user_response: boolean;
  /** 用户投诉次数 */
  user_complaint_times: number;
  /** 投诉资料列表 */
  complaint_media_list?: Array<{
    /** 媒体文件业务类型 */
    media_type: 'USER_COMPLAINT_IMAGE' | 'OPERATION_IMAGE';
    /** 媒体文列表 */
    media_url: string[];
  }>;
  /** 问题描述 */
  problem_description?: string;
  /** 投诉详情翻译 */
  complaint_detail_trans?: string;
  /** 投诉单关联服务单信息 */
  service_order_info?: Array<{
    /** 微信支付服务订单号 */
    order_id?: string;
    /** 商户服务订单号 */
    out_order_no?: string;
    /** 支付分服务单状态 */
    state?: 'DOING' | 'REVOKED' | 'WAITPAY' | 'DONE';
  }>;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type StateDescription = {
  /**
   * 二级商户号的出款子账户类型
   *
   * - `BASIC_ACCOUNT`: 商户的基本户
   * - `OPERATE_ACCOUNT`: 商户的运营账户
   * - `MARGIN_ACCOUNT`: 商户的保证金户
   * - `TRADE_FEE_ACCOUNT`: 商户的手续费账户
   */
  out_account_type: 'BASIC_ACCOUNT' | 'OPERATE_ACCOUNT' | 'MARGIN_ACCOUNT' | 'TRADE_FEE_ACCOUNT';
  /**
   * 付款状态
   *
   * - `PAY_PROCESSING`: 处理中
   * - `PAY_SUCCEED`: 付款成功
   * - `PAY_FAIL`: 付款失败
   * - `BANK_REFUNDED`: 银行退票
   */
  pay_state: 'PAY_PROCESSING' | 'PAY_SUCCEED' | 'PAY_FAIL' | 'BANK_REFUNDED';
  /** 付款状态描述 */
  state_description: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type StockId = {
  /** 合作方信息 */
  partner: {
    /** 合作方类别 */
    type: 'APPID' | 'MERCHANT';
    /** 合作方APPID */
    appid?: string;
    /** 合作方商户ID */
    merchant_id?: string;
  };
  /** 被授权数据 */
  authorized_data: {
    /** 授权业务类别 */
    business_type: 'FAVOR_STOCK' | 'BUSIFAVOR_STOCK';
    /** 授权批次ID */
    stock_id?: string;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type StopTime = {
  /** 支付分计划ID */
  plan_id: string;
  /** 计划所属服务 */
  service_id: string;
  /** 服务商商户号 */
  mchid: string;
  /** 子商户商户号 */
  sub_mchid: string;
  /** 服务商AppID */
  appid: string;
  /** 子商户AppID */
  sub_appid?: string;
  /** 商户侧计划号 */
  merchant_plan_no: string;
  /** 支付分计划名称 */
  plan_name: string;
  /** 支付分计划有效期(单位天) */
  plan_duration: number;
  /** 支付分计划状态 */
  plan_state: string;
  /** 支付分计划原总金额(单位分) */
  total_original_price: number;
  /** 支付分计划扣费次数 */
  deduction_quantity: number;
  /** 支付分计划实际扣费总金额(单位分) */
  total_actual_price: number;
  /** 支付分计划明细列表 */
  plan_detail_list?: ActualPrice[];
  /** 终止方商户号 */
  stop_mchid?: string;
  /**
   * 终止时间
   * @format rfc3339
   */
  stop_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type StopTime2 = {
  /** 支付分计划ID */
  plan_id: string;
  /** 计划所属服务 */
  service_id: string;
  /** 商户号 */
  mchid: string;
  /** AppID */
  appid: string;
  /** 商户侧计划号 */
  merchant_plan_no: string;
  /** 支付分计划名称 */
  plan_name: string;
  /** 支付分计划有效期(单位天) */
  plan_duration: number;
  /** 支付分计划状态 */
  plan_state: string;
  /** 支付分计划原总金额(单位分) */
  total_original_price: number;
  /** 支付分计划扣费次数 */
  deduction_quantity: number;
  /** 支付分计划实际扣费总金额(单位分) */
  total_actual_price: number;
  /** 支付分计划明细列表 */
  plan_detail_list?: ActualPrice[];
  /** 终止方商户号 */
  stop_mchid?: string;
  /**
   * 终止时间
   * @format rfc3339
   */
  stop_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type StoreMerchantId = {
  /** 支付订单的微信用户OpenID */
  payer_openid?: string;
  /** 商户订单号 */
  out_trade_no?: string;
  /** 订单总金额 */
  total_fee?: number;
  /** 门店ID */
  store_id?: string;
  /** 门店商户号 */
  store_merchant_id?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type SubAppid = {
  /** 服务商商户号 */
  sp_mchid: string;
  /** 二级商户号 */
  sub_mchid?: string;
  /** 转账接收方信息 */
  receiver_detail: Type3;
  /** 商户单号 */
  out_bill_no: string;
  /** 赔付金额 */
  amount?: number;
  /** 赔付原因 */
  transfer_remark?: string;
  /** 微信支付转账单号 */
  bill_id: string;
  /**
   * 赔付状态
   *
   * - `ACCEPTED`: 已受理
   * - `SUCCESS`: 已成功
   * - `CLOSED`: 系统关闭（余额不足、转账失败等原因）。
   * - `WAIT_USER_CONFIRM`: 预下单成功，等待用户确认
   * - `CANCELING`: 商户撤销请求受理成功，该笔付款正在撤销中
   * - `CANCELLED`: 付款撤销完成
   */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSED' | 'WAIT_USER_CONFIRM' | 'CANCELING' | 'CANCELLED';
  /**
   * 受理时间
   * @format rfc3339
   */
  accept_time: string;
  /**
   * 成功时间
   * @format rfc3339
   */
  success_time?: string;
  /** 关单信息 */
  close_info?: {
    /**
     * 关单时间
     * @format rfc3339
     */
    close_time?: string;
    /** 关单原因 */
    close_reason?: string;
  };
  /** 出资商户号 */
  sponsor_mchid?: string;
  /** 二级商户AppID */
  sub_appid?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type SubMchid = {
  /**
   * 商户号
   * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 直连模式 (required there).
   */
  mchid?: string;
  /**
   * 机构商户号
   * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 机构模式 (required there).
   */
  sp_mchid?: string;
  /**
   * 子商户号
   * 直连模式与机构模式二选一: 直连模式 `mchid`; 机构模式 `sp_mchid` + `sub_mchid`. This field belongs to 机构模式 (required there).
   */
  sub_mchid?: string;
} & ({ mchid: string; sp_mchid?: never; sub_mchid?: never } | { sp_mchid: string; sub_mchid: string; mchid?: never });

/** An object type several operations share (written once, so tsc parses it once). */
export type SubOpenid = {
  /** 发起签约的appid */
  appid: string;
  /** 服务商商户号 */
  sp_mchid: string;
  /** 用户在发起签约APP的标识 */
  sp_openid: string;
  /** 子商户appid */
  sub_appid?: string;
  /** 特约商户号 */
  sub_mchid?: string;
  /** ETC扣费授权协议号 */
  contract_id: string;
  /** ETC绑定状态 */
  bind_state: string;
  /** 绑定的车牌号 */
  plate_number: string;
  /** 用户在发起签约子APP的标识 */
  sub_openid?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type SubsidyPercent = {
  /** 贴息详情列表 */
  subsidy_detail?: SubsidyPercent2[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type SubsidyPercent2 = {
  /**
   * 贴息方案类型
   *
   * - `DAILY`: 随时还
   * - `PERIOD`: 分期还
   */
  subsidy_period_type: 'DAILY' | 'PERIOD';
  /** 贴息方案列表 */
  subsidy_plan: Array<{
    /** 贴息期数 */
    subsidy_installment_num: 3 | 6 | 12;
    /** 贴息比例 */
    subsidy_percent: 0 | 100;
  }>;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type SubsidyPercent3 = {
  /** 贴息信息(微信分付) */
  subsidy_info?: SubsidyPercent;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type SucceedQualificationIds = {
  /** 返回结果文案 */
  return_message?: string;
  /** 锁定失败的资格ID列表 */
  failed_qualification_ids?: string[];
  /** 锁定成功的资格ID列表 */
  succeed_qualification_ids?: string[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type SuccessTime = {
  /** 微信退款单号 */
  refund_id: string;
  /** 微信回补单号 */
  advance_return_id: string;
  /** 垫付回补金额 */
  return_amount: number;
  /** 出款方商户号 */
  payer_mchid: string;
  /** 出款方账户 */
  payer_account: string;
  /** 入账方商户号 */
  payee_mchid: string;
  /** 入账方账户 */
  payee_account: string;
  /** 垫付回补结果 */
  result: string;
  /** 垫付回补完成时间 */
  success_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type SuccessTime2 = {
  /** 商户预算单号 */
  out_budget_no: string;
  /** 微信支付预算单号 */
  budget_id: string;
  /** 商户公益捐赠单号 */
  out_transfer_no: string;
  /** 微信支付公益捐赠单号 */
  transfer_id: string;
  /** 预算总金额 */
  amount: number;
  /** 捐赠备注 */
  transfer_remark: string;
  /** 收款商户号 */
  receive_mchid: string;
  /** 捐赠状态 */
  state: 'ACCEPTED' | 'SUCCESS' | 'CLOSE';
  /**
   * 捐赠单创建时间
   * @format rfc3339
   */
  create_time: string;
  /**
   * 捐赠完成时间
   * @format rfc3339
   */
  success_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type TradeTime = {
  /** 微信订单号 */
  transaction_id: string;
  /** 商户订单号 */
  out_trade_no: string;
  /** 结算币种金额 */
  settlement_amount: number;
  /** 结算币种累计已退款金额 */
  settlement_refunded_amount: string;
  /** 结算币种 */
  settlement_currency: string;
  /** 订单金额 */
  payer_amount: number;
  /** 支付币种累计已退款金额 */
  payer_refunded_amount: number;
  /** 支付币种 */
  payer_currency: string;
  /**
   * 交易时间
   * @format rfc3339
   */
  trade_time: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type TransactionId = {
  /** 商户侧交易单号 */
  out_trade_no: string;
  /** 商户侧预约还款单号 */
  out_record_id: string;
  /** 商户AppID */
  appid: string;
  /** 子商户AppID */
  sub_appid?: string;
  /** 用户标识 */
  openid: string;
  /** 还款协议ID */
  contract_id: string;
  /**
   * 还款单状态
   *
   * - `DEDUCT_ORDER_STATE_PENDING`: 待处理
   * - `DEDUCT_ORDER_STATE_NOT_PAY`: 待还款
   * - `DEDUCT_ORDER_STATE_PAY_SUCCESS`: 还款成功
   * - `DEDUCT_ORDER_STATE_PAY_FAIL`: 还款失败
   */
  order_state: 'DEDUCT_ORDER_STATE_PENDING' | 'DEDUCT_ORDER_STATE_NOT_PAY' | 'DEDUCT_ORDER_STATE_PAY_SUCCESS' | 'DEDUCT_ORDER_STATE_PAY_FAIL';
  /** 还款金额 */
  deduct_amount: string;
  /** 实际还款金额 */
  pay_success_amount?: string;
  /** 产品描述 */
  description: string;
  /** 商户数据包 */
  attach?: string;
  /** 微信支付的支付单号 */
  transaction_id?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type TransactionId2 = {
  /** 转账接收者信息 */
  receiver?: TransactionId3;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type TransactionId3 = {
  /** 转账接收方类型 */
  type?: 'MERCHANT';
  /** 转账接收方商户信息 */
  mch_info?: {
    /** 商户号 */
    mchid?: string;
  };
  /** 赔付单信息 */
  transaction_info?: {
    /** 交易订单号 */
    transaction_id: string;
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type TransferSceneId = {
  /** 商家批次单号 */
  out_batch_no: string;
  /** 商家转账批次单号 */
  batch_id: string;
  /** 服务商应用ID */
  sp_appid: string;
  /** 二级商户号 */
  sub_mchid: string;
  /** 二级商户应用ID */
  sub_appid?: string;
  /** 批次状态 */
  batch_state: 'ACCEPTED' | 'PROCESSING' | 'COMPLETED' | 'CLOSED';
  /** 批次名称 */
  batch_name: string;
  /** 批次备注 */
  batch_remark: string;
  /** 批次关闭原因 */
  close_reason?: 'MERCHANT_REVOCATION' | 'OVERDUE_CLOSE';
  /** 转账总金额 */
  total_amount: number;
  /** 转账总笔数 */
  total_num: number;
  /**
   * 批次创建时间
   * @format rfc3339
   */
  create_time: string;
  /** 转账成功金额 */
  success_amount: number;
  /** 转账成功笔数 */
  success_num: number;
  /** 转账失败金额 */
  failed_amount: number;
  /** 转账失败笔数 */
  failed_num: number;
  /** 转账场景ID */
  transfer_scene_id: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type TransferSceneId2 = {
  /** 商家批次单号 */
  out_batch_no: string;
  /** 商家转账批次单号 */
  batch_id: string;
  /** 服务商应用ID */
  sp_appid: string;
  /** 二级商户号 */
  sub_mchid: string;
  /** 二级商户应用ID */
  sub_appid?: string;
  /** 批次状态 */
  batch_state: string;
  /** 批次名称 */
  batch_name: string;
  /** 批次备注 */
  batch_remark: string;
  /** 批次关闭原因 */
  close_reason?: string;
  /** 转账总金额 */
  total_amount: number;
  /** 转账总笔数 */
  total_num: number;
  /**
   * 批次创建时间
   * @format rfc3339
   */
  create_time: string;
  /** 转账成功金额 */
  success_amount: number;
  /** 转账成功笔数 */
  success_num: number;
  /** 转账失败金额 */
  failed_amount: number;
  /** 转账失败笔数 */
  failed_num: number;
  /** 转账场景ID */
  transfer_scene_id: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type TransferSceneId3 = {
  /** 商户号 */
  mchid: string;
  /** 商家批次单号 */
  out_batch_no: string;
  /** 微信批次单号 */
  batch_id: string;
  /** 直连商户的appid */
  appid: string;
  /** 批次状态 */
  batch_status: string;
  /** 批次类型 */
  batch_type: string;
  /** 批次名称 */
  batch_name: string;
  /** 批次备注 */
  batch_remark: string;
  /** 批次关闭原因 */
  close_reason?: string;
  /** 转账总金额 */
  total_amount: number;
  /** 转账总笔数 */
  total_num: number;
  /** 批次创建时间 */
  create_time?: string;
  /** 批次更新时间 */
  update_time?: string;
  /** 转账成功金额 */
  success_amount?: number;
  /** 转账成功笔数 */
  success_num?: number;
  /** 转账失败金额 */
  fail_amount?: number;
  /** 转账失败笔数 */
  fail_num?: number;
  /** 转账场景ID */
  transfer_scene_id?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Type = {
  /** 转账接收方类型 */
  type?: 'TRANSACTION_USER';
  /** 转账接收方订单信息 */
  transaction_info?: {
    /** 交易订单号 */
    transaction_id: string;
    /** 转账接收方订单类型 */
    type?: 'WXPAY' | 'WXVALUE';
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Type2 = {
  /** 转账接收者信息 */
  receiver?: Type;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Type3 = {
  /** 转账接收者信息 */
  receiver?: Type4;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Type4 = {
  /** 转账接收方类型 */
  type?: 'MERCHANT' | 'TRANSACTION_USER';
  /** 转账接收方订单信息 */
  transaction_info?: {
    /** 交易订单号 */
    transaction_id: string;
    /** 转账接收方订单类型 */
    type?: 'WXPAY' | 'WXVALUE';
  };
};

/** An object type several operations share (written once, so tsc parses it once). */
export type UnitPrice = {
  /** 订单原价 */
  cost_price?: number;
  /** 商品小票ID */
  invoice_id?: string;
  /** 单品列表 */
  goods_detail: UnitPrice2[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type UnitPrice2 = {
  /** 商户侧商品编码 */
  merchant_goods_id: string;
  /** 微信支付商品编码 */
  wechatpay_goods_id?: string;
  /** 商品名称 */
  goods_name?: string;
  /** 商品数量 */
  quantity: number;
  /** 商品单价 */
  unit_price: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type UnitPrice3 = {
  /** 订单原价 */
  cost_price?: number;
  /** 商品小票ID */
  invoice_id?: string;
  /** 单品列表 */
  goods_detail: UnitPrice4[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type UnitPrice4 = {
  /** 商品编码 */
  merchant_goods_id: string;
  /** 微信支付商品编码 */
  wxpay_goods_id?: string;
  /** 商品名称 */
  goods_name?: string;
  /** 商品数量 */
  quantity: number;
  /** 商品单价 */
  unit_price: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type UpdateTime = {
  /** 银行转账批次单号 */
  out_batch_no: string;
  /** 电子回单申请单号 */
  receipt_no: string;
  /** 电子回单状态 */
  receipt_state?: string;
  /** 电子回单文件的hash方法 */
  hash_type?: string;
  /** 电子回单文件的hash值 */
  hash_value?: string;
  /** 电子回单文件的下载地址 */
  download_url?: string;
  /** 创建时间 */
  create_time?: string;
  /** 更新时间 */
  update_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type UpdateTime10 = {
  /** 二级商户号 */
  sub_mchid: string;
  /** 员工OpenID */
  sp_openid?: string;
  /** 员工状态 */
  state?: 'EFFECTIVE' | 'DELETED';
  /**
   * 添加员工时间
   * @format rfc3339
   */
  create_time?: string;
  /**
   * 最后更新时间
   * @format rfc3339
   */
  update_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type UpdateTime11 = {
  /** 商户号 */
  mchid: string;
  /** 商家批次单号 */
  out_batch_no: string;
  /** 微信批次单号 */
  batch_id: string;
  /** 直连商户的appid */
  appid: string;
  /** 商家明细单号 */
  out_detail_no: string;
  /** 微信明细单号 */
  detail_id: string;
  /** 明细状态 */
  detail_status: string;
  /** 转账金额 */
  transfer_amount: number;
  /** 转账备注 */
  transfer_remark: string;
  /** 明细失败原因 */
  fail_reason?: string;
  /** 用户在直连商户应用下的用户标示 */
  openid: string;
  /** 收款用户姓名 */
  user_name: string;
  /** 转账发起时间 */
  initiate_time: string;
  /** 明细更新时间 */
  update_time: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type UpdateTime12 = {
  /** 商家批次单号 */
  out_batch_no: string;
  /** 电子回单申请单号 */
  signature_no: string;
  /** 电子回单状态 */
  signature_status?: string;
  /** 电子回单文件的hash方法 */
  hash_type?: string;
  /** 电子回单文件的hash值 */
  hash_value?: string;
  /** 电子回单文件的下载地址 */
  download_url?: string;
  /** 创建时间 */
  create_time?: string;
  /** 更新时间 */
  update_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type UpdateTime2 = {
  /** 会员卡模板ID */
  card_id: string;
  /** 品牌ID */
  brand_id: string;
  /** 商户AppId */
  appid: string;
  /** 会员卡类型 */
  card_type: 'PURCHASE' | 'NORMAL' | 'BALANCE';
  /** 卡名称 */
  card_title: string;
  /** 卡背景颜色 */
  card_color: string;
  /** 卡背景图URL */
  card_picture_url: string;
  /**
   * 会员卡code分配类型
   *
   * - `SYSTEM_ALLOCATE`: 系统分配
   * - `MERCHANT_ALLOCATE`: 商户预存
   */
  code_mode: 'SYSTEM_ALLOCATE' | 'MERCHANT_ALLOCATE';
  /**
   * 会员码型
   *
   * - `NONE_CODE`: 不显示任何码型
   * - `BAR_CODE`: 条形码
   * - `QR_CODE`: 二维码
   * - `BAR_CODE_AND_QR_CODE`: 条形码和二维码
   * - `JUMP_MINI_PROGRAM`: 跳转商家小程序
   */
  code_type: 'NONE_CODE' | 'BAR_CODE' | 'QR_CODE' | 'BAR_CODE_AND_QR_CODE' | 'JUMP_MINI_PROGRAM';
  /** 会员码跳转信息 */
  code_jump_information?: {
    /** 会员码跳转AppID */
    jump_appid?: string;
    /** 会员码跳转路径 */
    jump_path?: string;
  };
  /** 会员权益 */
  benefits: string;
  /** 回调地址 */
  notify_url: string;
  /** 是否置顶 */
  need_pinned?: boolean;
  /** 是否展示会员等级 */
  need_display_level?: boolean;
  /** 会员初始等级 */
  init_level?: string;
  /** 服务电话 */
  service_phone?: string;
  /** 商家法务协议 */
  legal_agreement?: string;
  /** 会员卡有效期 */
  valid_date_information: AvailableDayAfterReceive;
  /** 积分信息 */
  points_information?: {
    /** 积分跳转AppID */
    jump_appid?: string;
    /** 积分跳转路径 */
    jump_path?: string;
  };
  /** 储值信息 */
  balance_information?: {
    /** 储值小程序AppID */
    jump_appid?: string;
    /** 储值小程序路径 */
    jump_path?: string;
  };
  /** 付费会员信息 */
  purchase_information?: {
    /**
     * 付费会员价格
     * @format integer
     */
    price?: number;
    /** 付费会员跳转AppID */
    jump_appid?: string;
    /** 付费会员跳转路径 */
    jump_path?: string;
  };
  /** 用户开卡信息 */
  user_information?: UpdateTime3;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type UpdateTime3 = {
  /** 平台提供的通用开卡信息字段 */
  common_field_list?: Array<'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY'>;
  /** 商户自定义的开卡信息字段 */
  custom_field_list?: Values[];
  /** 状态 */
  state?: 'CARD_EFFECTIVE' | 'CARD_INVALID';
  /** 创建时间 */
  create_time?: string;
  /** 更新时间 */
  update_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type UpdateTime4 = {
  /** 会员卡模板ID */
  card_id: string;
  /** 品牌ID */
  brand_id: string;
  /** 商户AppId */
  appid: string;
  /** 会员卡类型 */
  card_type: 'PURCHASE' | 'NORMAL' | 'BALANCE';
  /** 卡名称 */
  card_title: string;
  /** 卡背景颜色 */
  card_color: string;
  /** 卡背景图URL */
  card_picture_url: string;
  /**
   * 会员卡code分配类型
   *
   * - `SYSTEM_ALLOCATE`: 系统分配
   * - `MERCHANT_ALLOCATE`: 商户预存
   */
  code_mode: 'SYSTEM_ALLOCATE' | 'MERCHANT_ALLOCATE';
  /**
   * 会员码型
   *
   * - `NONE_CODE`: 不显示任何码型
   * - `BAR_CODE`: 条形码
   * - `QR_CODE`: 二维码
   * - `BAR_CODE_AND_QR_CODE`: 条形码和二维码
   * - `JUMP_MINI_PROGRAM`: 跳转商家小程序
   */
  code_type: 'NONE_CODE' | 'BAR_CODE' | 'QR_CODE' | 'BAR_CODE_AND_QR_CODE' | 'JUMP_MINI_PROGRAM';
  /** 会员码跳转信息 */
  code_jump_information?: {
    /** 会员码跳转AppID */
    jump_appid?: string;
    /** 会员码跳转路径 */
    jump_path?: string;
  };
  /** 会员权益 */
  benefits: string;
  /** 回调地址 */
  notify_url: string;
  /** 是否置顶 */
  need_pinned?: boolean;
  /** 是否展示会员等级 */
  need_display_level?: boolean;
  /** 会员初始等级 */
  init_level?: string;
  /** 服务电话 */
  service_phone?: string;
  /** 商家法务协议 */
  legal_agreement?: string;
  /** 会员卡有效期 */
  valid_date_information: AvailableDayAfterReceive;
  /** 积分信息 */
  points_information?: {
    /** 积分跳转AppID */
    jump_appid?: string;
    /** 积分跳转路径 */
    jump_path?: string;
  };
  /** 储值信息 */
  balance_information?: {
    /** 储值小程序AppID */
    jump_appid?: string;
    /** 储值小程序路径 */
    jump_path?: string;
  };
  /** 付费会员信息 */
  purchase_information?: {
    /**
     * 付费会员价格
     * @format integer
     */
    price?: number;
    /** 付费会员跳转AppID */
    jump_appid?: string;
    /** 付费会员跳转路径 */
    jump_path?: string;
  };
  /** 用户开卡信息 */
  user_information?: Values2;
  /** 状态 */
  state: 'CARD_EFFECTIVE' | 'CARD_INVALID';
  /** 创建时间 */
  create_time: string;
  /** 更新时间 */
  update_time: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type UpdateTime5 = {
  /** 商户注销申请单号 */
  out_apply_no: string;
  /** 二级商户号 */
  sub_mchid: string;
  /** 受理失败原因 */
  reject_reason?: string;
  /** 注销状态 */
  cancel_state?: 'REVIEWING' | 'REJECTED' | 'CANCEL_SUCCESS';
  /**
   * 最后更新时间
   * @format rfc3339
   */
  update_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type UpdateTime6 = {
  /** 服务商商户号 */
  mchid: string;
  /** 二级商户号 */
  sub_mchid: string;
  /** 商户单号 */
  out_bill_no: string;
  /** 微信转账单号 */
  transfer_bill_no: string;
  /** 服务商AppID */
  appid: string;
  /** 转账场景ID */
  transfer_scene_id: string;
  /** 单据状态 */
  state: string;
  /** 转账金额 */
  transfer_amount: number;
  /** 转账备注 */
  transfer_remark: string;
  /** 失败原因 */
  fail_reason?: string;
  /** 收款用户OpenID */
  openid?: string;
  /** 收款用户姓名 */
  user_name?: string;
  /** 单据创建时间 */
  create_time: string;
  /** 状态变更时间 */
  update_time: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type UpdateTime7 = {
  /** 二级商户号 */
  sub_mchid: string;
  /** 商户申请单号 */
  out_apply_no: string;
  /** 授权申请单状态 */
  state: 'INVITED' | 'PASSED' | 'REJECTED' | 'EXPIRED';
  /** 授权申请受理时间 */
  accept_time: string;
  /** 最后一次状态变更时间 */
  update_time: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type UpdateTime8 = {
  /** 商户号 */
  mch_id: string;
  /** 商户单号 */
  out_bill_no: string;
  /** 商家转账订单号 */
  transfer_bill_no: string;
  /** 商户AppID */
  appid: string;
  /** 单据状态 */
  state: 'ACCEPTED' | 'PROCESSING' | 'WAIT_USER_CONFIRM' | 'TRANSFERING' | 'SUCCESS' | 'FAIL' | 'CANCELING' | 'CANCELLED';
  /** 转账金额 */
  transfer_amount: number;
  /** 转账备注 */
  transfer_remark: string;
  /** 失败原因 */
  fail_reason?: string;
  /** 收款用户OpenID */
  openid?: string;
  /**
   * 收款用户姓名
   * @format base64
   */
  user_name?: string;
  /**
   * 单据创建时间
   * @format rfc3339
   */
  create_time: string;
  /**
   * 最后一次状态变更时间
   * @format rfc3339
   */
  update_time: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type UpdateTime9 = {
  /** 商户号 */
  mchid: string;
  /** 商户单号 */
  out_bill_no: string;
  /** 微信转账单号 */
  transfer_bill_no: string;
  /** QQ互联开放平台AppID */
  appid?: string;
  /**
   * 单据状态
   *
   * - `ACCEPTED`: 转账已受理
   * - `PROCESSING`: 转账处理中，转账结果尚未明确，如一直处于此状态，建议检查账户余额是否足够
   * - `WAIT_USER_CONFIRM`: 待收款用户确认，收款用户可在QQ客户端确认收款
   * - `TRANSFERING`: 转账中，收款用户可在QQ客户端再次重试确认收款
   * - `SUCCESS`: 转账成功
   * - `FAIL`: 转账失败
   * - `CANCELING`: 商户撤销请求受理成功，该笔转账正在撤销中
   * - `CANCELLED`: 转账撤销完成
   */
  state: 'ACCEPTED' | 'PROCESSING' | 'WAIT_USER_CONFIRM' | 'TRANSFERING' | 'SUCCESS' | 'FAIL' | 'CANCELING' | 'CANCELLED';
  /** 转账金额 */
  transfer_amount: number;
  /** 转账备注 */
  transfer_remark: string;
  /** 收款用户OpenID */
  openid?: string;
  /** 收款用户QQ号 */
  user_qq?: string;
  /**
   * 收款用户姓名
   * @format base64
   */
  user_name?: string;
  /** 失败原因 */
  fail_reason?: string;
  /**
   * 单据创建时间
   * @format rfc3339
   */
  create_time: string;
  /**
   * 最后一次状态变更时间
   * @format rfc3339
   */
  update_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type UseTime = {
  /** 发券请求单号 */
  send_request_no: string;
  /** 核销请求单号 */
  use_request_no?: string;
  /**
   * 券可使用开始时间
   * @format rfc3339
   */
  available_start_time: string;
  /**
   * 券过期时间
   * @format rfc3339
   */
  expire_time: string;
  /**
   * 券领券时间
   * @format rfc3339
   */
  receive_time: string;
  /**
   * 券核销时间
   * @format rfc3339
   */
  use_time?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type UsedCount = {
  /** 用户券组ID */
  user_coupon_bundle_id: string;
  /** 用户券组内索引 */
  user_coupon_bundle_index: number;
  /** 总可使用次数 */
  total_count: number;
  /** 已使用次数 */
  used_count: number;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type UserApplyMessage = {
  /** 购买方类型 */
  type: 'INDIVIDUAL' | 'ORGANIZATION';
  /** 名称 */
  name: string;
  /** 纳税人识别号 */
  taxpayer_id?: string;
  /** 地址 */
  address?: string;
  /** 电话 */
  telephone?: string;
  /** 开户银行 */
  bank_name?: string;
  /** 银行账号 */
  bank_account?: string;
  /**
   * 手机号
   * @format base64
   */
  phone?: string;
  /**
   * 邮箱地址
   * @format base64
   */
  email?: string;
  /** 订单金额 */
  amount?: number;
  /** 商户订单号 */
  out_trade_no?: string;
  /** 开具的发票类型 */
  fapiao_bill_type?: 'COMM_FAPIAO' | 'VAT_FAPIAO';
  /** 留言信息 */
  user_apply_message?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type UserChosenValues = {
  /** 平台提供的通用开卡信息字段 */
  common_field_list?: Value[];
  /** 商户自定义的开卡信息字段 */
  custom_field_list?: Array<{
    /** 字段名称 */
    name?: string;
    /** 加密的用户选择的字段值列表 */
    user_chosen_values?: string[];
  }>;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Value = {
  /**
   * 平台提供的通用开卡信息字段
   *
   * - `USER_FORM_FLAG_SEX`: 性别
   * - `USER_FORM_FLAG_NAME`: 姓名
   * - `USER_FORM_FLAG_BIRTHDAY`: 生日
   * - `USER_FORM_FLAG_ADDRESS`: 地址
   * - `USER_FORM_FLAG_EMAIL`: 邮箱
   * - `USER_FORM_FLAG_CITY`: 城市
   */
  name?: 'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY';
  /**
   * 加密的用户开卡时填写的个人信息
   * @format base64
   */
  value?: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Values = {
  /**
   * 商户自定义的开卡信息字段类型
   *
   * - `CHECK_BOX`: 自定义多选
   * - `RADIO`: 自定义单选
   */
  type?: 'CHECK_BOX' | 'RADIO';
  /** 字段名称 */
  name?: string;
  /** 字段值 */
  values?: string[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type Values2 = {
  /** 平台提供的通用开卡信息字段 */
  common_field_list?: Array<'USER_FORM_FLAG_SEX' | 'USER_FORM_FLAG_NAME' | 'USER_FORM_FLAG_BIRTHDAY' | 'USER_FORM_FLAG_ADDRESS' | 'USER_FORM_FLAG_EMAIL' | 'USER_FORM_FLAG_CITY'>;
  /** 商户自定义的开卡信息字段 */
  custom_field_list?: Values[];
};

/** An object type several operations share (written once, so tsc parses it once). */
export type VerifyDepartmentTradeId = {
  /** 机构APPID */
  appid: string;
  /** 商户号 */
  mchid: string;
  /**
   * 报关状态
   *
   * - `PROCESSING`: 申报中
   * - `UNDECLARED`: 未申报
   * - `SUBMITTED`: 已修改未申报
   * - `SUCCESS`: 申报成功
   * - `FAIL`: 申报失败
   * - `EXCEPT`: 海关接口异常
   */
  state: 'PROCESSING' | 'UNDECLARED' | 'SUBMITTED' | 'SUCCESS' | 'FAIL' | 'EXCEPT';
  /** 商户订单号 */
  out_trade_no: string;
  /** 微信订单号 */
  transaction_id: string;
  /** 商户子订单号 */
  sub_order_no?: string;
  /** 微信子订单号 */
  sub_order_id?: string;
  /**
   * 核验机构
   *
   * - `UNIONPAY`: 银联
   * - `NETSUNION`: 网联
   * - `OTHERS`: 其他
   */
  verify_department: 'UNIONPAY' | 'NETSUNION' | 'OTHERS';
  /** 核验机构交易流水号 */
  verify_department_trade_id: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type VerifyDepartmentTradeId2 = {
  /** 机构APPID */
  appid: string;
  /** 商户号 */
  mchid: string;
  /**
   * 报关状态
   *
   * - `PROCESSING`: 申报中
   * - `UNDECLARED`: 未申报
   * - `SUBMITTED`: 已修改未申报
   * - `SUCCESS`: 申报成功
   * - `FAIL`: 申报失败
   * - `EXCEPT`: 海关接口异常
   */
  state: 'PROCESSING' | 'UNDECLARED' | 'SUBMITTED' | 'SUCCESS' | 'FAIL' | 'EXCEPT';
  /** 商户订单号 */
  out_trade_no: string;
  /** 微信订单号 */
  transaction_id: string;
  /** 商户子订单号 */
  sub_order_no?: string;
  /** 微信子订单号 */
  sub_order_id?: string;
  /** 最后更新时间 */
  modify_time: string;
  /**
   * 核验机构
   *
   * - `UNIONPAY`: 银联
   * - `NETSUNION`: 网联
   * - `OTHERS`: 其他
   */
  verify_department: 'UNIONPAY' | 'NETSUNION' | 'OTHERS';
  /** 核验机构流水号 */
  verify_department_trade_id: string;
};

/** An object type several operations share (written once, so tsc parses it once). */
export type WaitDaysAfterReceive = {
  /** 开始时间 */
  available_begin_time: string;
  /** 结束时间 */
  available_end_time: string;
  /** 生效后N天内有效 */
  available_day_after_receive?: number;
  /** 固定周期有效时间段 */
  available_week?: EndTime;
  /** 无规律的有效时间段 */
  irregulary_avaliable_time?: Array<{
    /** 开始时间 */
    begin_time?: string;
    /** 结束时间 */
    end_time?: string;
  }>;
  /** 领取后N天开始生效 */
  wait_days_after_receive?: number;
};
