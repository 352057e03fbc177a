// The spreadsheet columns of both lists: the contract's field names and the official Chinese headers.
export type Column = { field: string; header: string; list?: boolean };

export const SCENARIO_COLUMNS: Column[] = [
  { field: "code", header: "编号" },
  { field: "title", header: "场景名称" },
  { field: "publisher", header: "发布单位" },
  { field: "category", header: "产业环节" },
  { field: "domain", header: "应用领域" },
  { field: "tags", header: "关键词", list: true },
  { field: "description", header: "场景描述" },
  { field: "location", header: "实施地点" },
  { field: "budget", header: "预算" },
  { field: "deadline", header: "截止日期" },
  { field: "contactName", header: "联系人" },
  { field: "contactPhone", header: "联系电话" },
  { field: "contactEmail", header: "电子邮箱" },
  { field: "batch", header: "批次" },
];

export const CAPABILITY_COLUMNS: Column[] = [
  { field: "code", header: "编号" },
  { field: "title", header: "能力名称" },
  { field: "organization", header: "企业名称" },
  { field: "category", header: "产业环节" },
  { field: "domains", header: "适用领域", list: true },
  { field: "tags", header: "关键词", list: true },
  { field: "description", header: "能力描述" },
  { field: "maturity", header: "成熟度" },
  { field: "cases", header: "典型案例" },
  { field: "contactName", header: "联系人" },
  { field: "contactPhone", header: "联系电话" },
  { field: "contactEmail", header: "电子邮箱" },
  { field: "batch", header: "批次" },
];

/** How a list is written in one cell: 、-separated, as clerks write it. */
export const LIST_SEPARATOR = "、";
