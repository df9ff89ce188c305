// Messages of the set-wise import checks, which run in SQL over all staged rows. Placeholders in
// {braces} are filled in the query. Each message starts with the column it is about.
export const SET_CHECK_MESSAGES = {
  duplicateInFile: '身份证号：与本文件第{rows}行重复',
  idTaken: '身份证号：系统中已有此身份证号的人员{name}，请勿重复导入',
  // Unknown codes and codes outside the importer's scope read alike, so that scope cannot be probed.
  orgUnknown: '所在党组织编码：“{code}”不存在或不在您的管理范围内',
  orgIsGroup: '所在党组织编码：“{code}”是党小组，请填写其所属党支部的编码，党小组编码填在“党小组编码”列',
  orgDissolved: '所在党组织编码：“{code}”已撤销',
  groupInvalid: '党小组编码：“{code}”不存在、已撤销或不属于所填的党组织',
  unitUnknown: '所在单位编码：“{code}”不存在或已停用',
} as const;

// Problems with the whole file (row 0 of a batch).
export const FILE_MESSAGES = {
  unreadable: '无法读取文件内容，请使用系统提供的 .xlsx 模板，并在 Excel 或 WPS 中另存为 .xlsx 后重新上传',
  noSheet: '文件中没有可导入的工作表',
  noHeader: '未找到表头行（应包含“姓名”“身份证号”等列），请使用系统提供的模板',
  missingColumns: '缺少必填列：{columns}',
  noRows: '文件中没有可导入的数据行',
  commitDuplicate: '提交时发现身份证号已被他人录入，本批次未写入任何人员，请重新上传',
  commitFailed: '提交失败，本批次未写入任何人员，请稍后重试或联系管理员',
  validateFailed: '校验过程出错，请稍后重新上传或联系管理员',
} as const;
