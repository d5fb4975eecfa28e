import type { Report } from '../types/pledge'

/**
 * What the texts say about each report: outlet, headline and approximate date, with the phrases
 * that name the outlet and date it (located in the text at build time, so the evidence is a span,
 * not a paraphrase).
 */
export interface ReportMeta {
  id: string
  file: string
  outlet: string
  /** `stated` when a masthead or byline names the outlet; `inferred` when reasoned from them. */
  outletBasis: Report['outletBasis']
  /** Why the outlet is what it says, in English. */
  outletEvidence: string
  /** Phrases of the text the outlet rests on (masthead, byline, kicker); each must occur in it. */
  outletAnchors: string[]
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
    outlet: '青岛西海岸报',
    outletBasis: 'inferred',
    outletEvidence:
      'No masthead in the text: inferred from the byline. “□本报记者” (“our paper’s reporters”) writes about “新区各功能区”, the West Coast New Area’s functional zones, as its own beat; the paper of the 新区 is 青岛西海岸报. Reporters 刘腾, 董梅雪 and 王雪 also sign the report on the 新区’s 工委(区委) plenary (r003).',
    outletAnchors: [
      '□本报记者 李涛 刘腾 董梅雪 王雪 李宛遥',
      '在新区各功能区广大党员干部中引发热烈反响',
    ],
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
    outlet: '青岛日报',
    outletBasis: 'inferred',
    outletEvidence:
      'No masthead or byline in the text: inferred. The page kicker “聚焦省第十二次党代会” has the form of 青岛日报’s “聚焦” pages (r004’s masthead reads “青岛日报 聚焦”), and the report interviews every Qingdao district and county-level city secretary attending the provincial congress, the city paper’s beat.',
    outletAnchors: ['聚焦省第十二次党代会', '青岛各区(市)委书记热议'],
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
    outletBasis: 'stated',
    outletEvidence:
      'Stated in the byline at the end: “观海新闻/青报全媒体 记者 …” (青报全媒体 is the 青岛日报 group’s newsroom).',
    outletAnchors: ['观海新闻/青报全媒体 记者'],
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
    outlet: '青岛西海岸报',
    outletBasis: 'inferred',
    outletEvidence:
      'No masthead in the text: inferred from the byline. “□本报记者” (“our paper’s reporters”) reports the series “聚焦工委(区委)二届三次全会③” on the West Coast New Area’s own party plenary, continued “(上接第一版)” from its front page; the paper of the 新区 is 青岛西海岸报. Reporters 刘腾, 王雪 and 董梅雪 also sign the report on the 新区’s functional zones (r000).',
    outletAnchors: [
      '□本报记者 桑鸣 刘腾 陈蔚 王雪 董梅雪 仪博文',
      '聚焦工委(区委)二届三次全会③',
      '(上接第一版)',
    ],
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
    outletBasis: 'stated',
    outletEvidence: 'Stated: masthead “青岛日报 聚焦” and byline “□青岛日报/观海新闻记者 王凯”.',
    outletAnchors: ['## 青岛日报 聚焦', '□青岛日报/观海新闻记者 王凯'],
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
