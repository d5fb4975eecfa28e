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
    secondary: '{metric} {value}',
    rank: '第 {rank} 名 · 共 {total} {level}报有{measure}',
    onlyOne: '唯一报有{measure}的{level}',
    rankedOn: '只排同一口径：{measure}',
    others: '其他口径，不参与排名',
    without: '未报道数字：{list}',
    derived: '合计值',
    overviewMessage: {
      investment: '青岛 {districts} 个区市中，有 {stated} 个报出了{measure}；最多的是{area}：',
      projects:
        '青岛 {districts} 个区市中，有 {stated} 个报出了{measure}的项目数；最多的是{area}：',
    },
    overviewNone: '报道中没有区市的{metric}数字',
    overviewCoverage:
      '本次演示的 {areas} 个区市和西海岸功能区中，{with} 个报有{metric}数字，{without} 个未报道数字（不等于零）。',
    overviewSources: '依据 {reports} 篇报道中的 {figures} 个数字',
    metricNoun: { investment: '投资', projects: '项目数' },
    unreportedLead: '以下地区，报道中没有投资或项目数字：',
    unreportedMeaning:
      '这只说明这 {reports} 篇报道没有给出它们的数字，不表示投资为零，也不表示没有项目。',
    unreportedDistricts: '区（市）',
    unreportedZones: '西海岸新区功能区',
    otherFigures: '报道中提到：{list}',
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
    overviewTitle: '{metric} across Qingdao',
    overviewLine:
      '{reports} reports · {figures} figures · {metric}: reported for {with} of {areas} districts and zones',
    rankingTitle: '{metric}: districts ranked',
    secondary: '{metric}: {value}',
    rank: 'rank {rank} of {total} {level} reporting {measure}',
    onlyOne: 'the only one of the {levels} reporting {measure}',
    rankedOn: 'Ranked like for like: {measure}',
    others: 'Other kinds, not ranked with these',
    without: 'No figure reported: {list}',
    derived: 'derived sum',
    overviewMessage: {
      investment:
        '{stated} of Qingdao’s {districts} districts state the total investment of their {measure}; the largest, {area}:',
      projects:
        '{stated} of Qingdao’s {districts} districts state a project count ({measure}); the largest, {area}:',
    },
    overviewNone: 'No district has a {metric} figure in the reports',
    overviewCoverage:
      'Of the {areas} districts and West Coast zones in this tour, {with} have a {metric} figure in the reports; {without} have no figure reported (which is not zero).',
    overviewSources: 'From {figures} figures in {reports} reports',
    metricNoun: { investment: 'investment', projects: 'project-count' },
    unreportedLead: 'The reports give no investment or project figure for:',
    unreportedMeaning:
      'This means only that these {reports} reports give no figure for them — not that the amount is zero or that nothing is planned.',
    unreportedDistricts: 'Districts',
    unreportedZones: 'West Coast zones',
    otherFigures: 'The reports give: {list}',
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
    keys: '→ / ← next, previous · B blank screen · A auto-advance · Esc leave',
    blanked: 'Screen blanked (press B)',
  },
}

export default { zh, en }
