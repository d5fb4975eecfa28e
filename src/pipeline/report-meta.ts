/**
 * What the texts say about each report: outlet, headline and approximate date, with the phrases
 * that date it (located in the text at build time, so the evidence is a span, not a paraphrase).
 */
export interface ReportMeta {
  id: string
  file: string
  outlet: string
  outletEvidence: string
  headline: string
  date: string
  dateReasoning: string
  /** Phrases of the text that date the report; each must occur in it. */
  dateAnchors: string[]
  defaultAreaId: string | null
}

/** The five reports, in file order. */
export const REPORT_META: readonly ReportMeta[] = [
  {
    id: 'r000',
    file: '000_fc598d204182d1ba.txt',
    outlet: 'unknown (probably 西海岸新闻)',
    outletEvidence:
      'No masthead in the text. The byline “□本报记者” and its subject (新区各功能区, 功能区 headers) point to the West Coast New Area’s own paper.',
    headline:
      '锚定目标,扛起“主力军”使命担当——党的二十大报告在新区各功能区广大党员干部中引发热烈反响',
    date: '2022-10-18',
    dateReasoning:
      'Reactions to the report read at the opening of the 20th Party Congress (2022-10-16); a BOE line is still to light up “in November” and the zones speak of “决胜四季度”: a few days after 16 October 2022.',
    dateAnchors: ['习近平总书记在党的二十大开幕会上', '11月份首片点亮', '以决胜四季度'],
    defaultAreaId: 'huangdao',
  },
  {
    id: 'r001',
    file: '001_352e13108ae5b528.txt',
    outlet: 'unknown (probably 青岛日报)',
    outletEvidence:
      'No masthead in the text. It interviews every Qingdao district and county-level city secretary attending the provincial congress, the city paper’s beat.',
    headline:
      '争做实干家、勇当排头兵,推动各项部署落实落地——参加省第十二次党代会的青岛各区(市)委书记热议“走在前、开新局”',
    date: '2022-05-28',
    dateReasoning:
      'Delegates comment on the report to the 12th Shandong Provincial Party Congress (held in Jinan in late May 2022) while attending it, and look ahead “以优异成绩迎接党的二十大胜利召开” (before October 2022).',
    dateAnchors: ['参加省第十二次党代会的青岛各区(市)委书记', '以优异成绩迎接党的二十大胜利召开'],
    defaultAreaId: null,
  },
  {
    id: 'r002',
    file: '002_10887d3b92d999db.txt',
    outlet: '观海新闻 / 青岛日报 (青报全媒体)',
    outletEvidence: 'Byline at the end: “观海新闻/青报全媒体 记者 …”.',
    headline: '踔厉奋发担使命 勇毅前行谱新篇——青岛各区市掀起学习宣传贯彻党的二十大精神热潮',
    date: '2022-10-20',
    dateReasoning:
      '“连日来” after the opening of the 20th Party Congress (2022-10-16), one interviewee speaks “在收看党的二十大开幕会后”: within the following week.',
    dateAnchors: ['在收看党的二十大开幕会后', '连日来'],
    defaultAreaId: null,
  },
  {
    id: 'r003',
    file: '003_16dd203fbde85004.txt',
    outlet: 'unknown (probably 西海岸新闻)',
    outletEvidence:
      'No masthead. “□本报记者”, “(上接第一版)” and the series “聚焦工委(区委)二届三次全会③” (the West Coast New Area’s party committee) point to its own paper.',
    headline: '蓄势聚力，夯实高质量发展根基——聚焦工委(区委)二届三次全会③',
    date: '2023-07-25',
    dateReasoning:
      'Cites the 20th Party Congress report (after October 2022), reports first-half results (上半年) and pledges for “下半年”: July–August 2023 most likely.',
    dateAnchors: [
      '党的二十大报告提出“建设现代化产业体系”',
      '上半年，功能区',
      '下半年争取新开工项目',
    ],
    defaultAreaId: 'huangdao',
  },
  {
    id: 'r004',
    file: '004_8a0fa821f8c73329.txt',
    outlet: '青岛日报',
    outletEvidence: 'Masthead “## 青岛日报 聚焦” and byline “□青岛日报/观海新闻记者 王凯”.',
    headline: '力争“开门红”：各区市“起步即冲刺”',
    date: '2023-01-31',
    dateReasoning:
      '“2023年是…开局之年”, “兔年伊始” and a meeting “1月28日举行的开年第一会” already past: the first days after the 2023 Spring Festival holiday.',
    dateAnchors: [
      '兔年伊始',
      '1月28日举行的开年第一会上',
      '2023年是全面贯彻落实党的二十大精神的开局之年',
    ],
    defaultAreaId: null,
  },
]
