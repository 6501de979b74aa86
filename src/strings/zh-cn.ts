import { formatCount } from '../model/format-number.js';
import type { TimelineStrings } from '../strings.js';

/** Chinese (Simplified). Dates inside sentences come from Intl ("2022年2月"). */
export const CHINESE_SIMPLIFIED: TimelineStrings = {
  status: { confirmed: '已确认', expected: '预计', disputed: '有争议', cancelled: '已取消' },
  summary: (count, from, to, lanes) =>
    `时间线：${from === to ? from : `${from}至${to}`}的${formatCount(count, 'zh-CN')}个事件${lanes > 1 ? `，分为${lanes}组` : ''}。`,
  asOf: (date) => `截至${date}的报道`,
  statusAsOf: (status, date) => `${status}（截至${date}的报道）`,
  loading: '正在加载时间线…',
  empty: '此时间线暂无事件。',
  loadFailed: (src, reason) => `无法从 ${src} 加载时间线数据：${reason}。`,
  issuesHeading: (errors, warnings) =>
    `由于数据存在问题，${[errors ? `已跳过${errors}个事件` : '', warnings ? `已修复${warnings}个字段` : ''].filter(Boolean).join('，')}。`,
  close: '关闭',
  sources: '来源',
  ungrouped: '其他',
  legend: '图例',
  timeline: '时间线',
  gap: (duration) => `⋯ ${duration}`,
  exportLabel: '导出',
  exportSvg: '下载 SVG',
  exportPng: '下载 PNG',
  openMedia: (host) => `在 ${host} 查看媒体`,
  controls: '时间线控件',
  zoomIn: '放大',
  zoomOut: '缩小',
  fit: '显示全部',
  listView: '列表视图',
  previous: '上一个事件',
  next: '下一个事件',
  cluster: (count, dates, lane) => `${count} 个事件，${dates}${lane ? `，${lane}` : ''}。放大即可查看。`,
  position: (index, count) => `第 ${formatCount(index, 'zh-CN')} 个，共 ${formatCount(count, 'zh-CN')} 个`,
  selectedAnnouncement: (title, date) => `${title}，${date}`,
  sourcesCredit: (publishers) => `来源：${publishers}`,
  events: '事件',
  eventName: (title, date, lane) => `${title}，${date}${lane ? `，${lane}` : ''}`,
  grouped: (shown, total, listView) =>
    `此处单独显示 ${formatCount(total, 'zh-CN')} 个事件中的 ${formatCount(shown, 'zh-CN')} 个，其余按日期分组。“${listView}”可显示全部事件。`,
  showing: (dates, count, nearest) =>
    `正在显示${dates}：${count ? `${formatCount(count, 'zh-CN')} 个事件` : '没有事件'}。${nearest.map((n) => `${n}。`).join('')}`,
  noEvents: (dates) => `${dates}期间没有事件。`,
  earlier: (title, date) => `上一个事件：${title}，${date}`,
  later: (title, date) => `下一个事件：${title}，${date}`,
};
