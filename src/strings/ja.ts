import { formatCount } from '../model/format-number.js';
import type { TimelineStrings } from '../strings.js';

/** Japanese. Dates inside sentences come from Intl ("2022年2月"), so sentences only join them. */
export const JAPANESE: TimelineStrings = {
  status: { confirmed: '確定', expected: '予定', disputed: '異論あり', cancelled: '中止' },
  summary: (count, from, to, lanes) =>
    `${from === to ? `${from}の` : `${from}から${to}までの`}${formatCount(count, 'ja')}件の出来事の年表${lanes > 1 ? `（${lanes}グループ）` : ''}。`,
  asOf: (date) => `${date}時点の報道`,
  statusAsOf: (status, date) => `${status}（${date}時点の報道による）`,
  loading: '年表を読み込んでいます…',
  empty: 'この年表にはまだ出来事がありません。',
  loadFailed: (src, reason) => `${src} から年表のデータを読み込めませんでした：${reason}。`,
  issuesHeading: (errors, warnings) =>
    `データに問題があったため、${[errors ? `${errors}件の出来事を省略` : '', warnings ? `${warnings}件の項目を修正` : ''].filter(Boolean).join('し、')}しました。`,
  close: '閉じる',
  sources: '出典',
  ungrouped: 'その他',
  legend: '凡例',
  timeline: '年表',
  gap: (duration) => `⋯ ${duration}`,
  exportLabel: '書き出し',
  exportSvg: 'SVGをダウンロード',
  exportPng: 'PNGをダウンロード',
  openMedia: (host) => `${host}でメディアを見る`,
  controls: '年表の操作',
  zoomIn: '拡大',
  zoomOut: '縮小',
  fit: 'すべて表示',
  listView: 'リスト表示',
  previous: '前の出来事',
  next: '次の出来事',
  cluster: (count, dates, lane) => `${count}件の出来事、${dates}${lane ? `、${lane}` : ''}。拡大すると表示されます。`,
  position: (index, count) => `${formatCount(count, 'ja')}件中${formatCount(index, 'ja')}件目`,
  selectedAnnouncement: (title, date) => `${title}、${date}`,
  sourcesCredit: (publishers) => `出典：${publishers}`,
  events: '出来事',
  eventName: (title, date, lane) => `${title}、${date}${lane ? `、${lane}` : ''}`,
  grouped: (shown, total, listView) =>
    `ここでは${formatCount(total, 'ja')}件中${formatCount(shown, 'ja')}件を個別に表示し、残りは日付ごとにまとめています。「${listView}」ですべて表示できます。`,
  showing: (dates, count, nearest) =>
    `${dates}を表示中：${count ? `${formatCount(count, 'ja')}件の出来事` : '出来事はありません'}。${nearest.map((n) => `${n}。`).join('')}`,
  noEvents: (dates) => `${dates}には出来事がありません。`,
  earlier: (title, date) => `前の出来事：${title}（${date}）`,
  later: (title, date) => `次の出来事：${title}（${date}）`,
};
