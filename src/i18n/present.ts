/** Messages of presentation mode (namespace `present`), merged in src/i18n/index.ts. */
const zh = {
  present: {
    button: '演示',
    buttonTitle: '大屏演示模式（P 键）',
    region: '演示',
    stepOf: '{n} / {total}',
    overviewTitle: '青岛各区市{metric}',
    overviewLine:
      '{reports} 篇报道 · {figures} 个数字 · {with} / {areas} 个区市和功能区报有{metric}',
    rankingTitle: '各区市{metric}排名',
    rank: '第 {rank} 名 · 共 {total} {level}报有数字',
    noFigure: '报道中没有该区的投资或项目数字',
    otherFigures: '报道中提到：{list}',
    nothingReported: '报道中没有该区的任何数字',
    atLeast: '至少',
    source: '{outlet} · {date}',
    westCoast: '西海岸新区',
    prev: '上一步',
    next: '下一步',
    play: '自动播放',
    pause: '暂停',
    interval: '间隔',
    seconds: '{n} 秒',
    order: '顺序',
    orders: { investment: '按投资', projects: '按项目数', geographic: '按地理' },
    exit: '退出演示（Esc）',
    keys: '→ / ← 翻页 · B 黑屏 · A 自动播放 · Esc 退出',
    blanked: '黑屏（按 B 恢复）',
  },
}

const en: typeof zh = {
  present: {
    button: 'Present',
    buttonTitle: 'Big-screen presentation (P key)',
    region: 'Presentation',
    stepOf: '{n} / {total}',
    overviewTitle: '{metric} pledged across Qingdao',
    overviewLine:
      '{reports} reports · {figures} figures · {with} of {areas} districts and zones report {metric}',
    rankingTitle: 'Districts by {metric}',
    rank: 'rank {rank} of {total} {level} with a figure',
    noFigure: 'No investment or project figure reported for this area',
    otherFigures: 'The reports give: {list}',
    nothingReported: 'The reports give no figure for this area',
    atLeast: 'at least',
    source: '{outlet} · {date}',
    westCoast: 'West Coast New Area',
    prev: 'Previous',
    next: 'Next',
    play: 'Auto-advance',
    pause: 'Pause',
    interval: 'Every',
    seconds: '{n} s',
    order: 'Order',
    orders: { investment: 'By investment', projects: 'By projects', geographic: 'Geographic' },
    exit: 'Leave presentation (Esc)',
    keys: '→ / ← step · B blank · A auto-advance · Esc leave',
    blanked: 'Screen blanked (press B)',
  },
}

export default { zh, en }
