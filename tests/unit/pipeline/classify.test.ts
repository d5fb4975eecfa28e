import { describe, expect, it } from 'vitest'
import { classifyCategory, classifyMetric } from '../../../src/pipeline/classify'

const ctx = (unit: string, head: string, tail: string, markers: string[] = []) => ({
  unit,
  head,
  tail,
  markers,
})

describe('classifyMetric', () => {
  it.each([
    [ctx('亿元', '将抓好总投资', '的334个城市更新项目'), 'investment'],
    [ctx('亿元', '计划民生投入', ''), 'investment'],
    [ctx('亿元', '全区生产总值突破', ''), 'gdp'],
    [ctx('亿元', '区级一般公共预算收入突破', ''), 'budgetRevenue'],
    [ctx('亿元', '地方财政收入达到', ''), 'budgetRevenue'],
    [ctx('亿元', '影视及相关产业营业收入达到', ''), 'revenue'],
    [ctx('亿元', '全年营收突破', ''), 'revenue'],
    [ctx('亿元', '可新增工业产值', ''), 'outputValue'],
    [ctx('亿元', '过', '项目5个以上', ['过']), 'other'],
    [ctx('亿级', '抓牢抓实一批', '大项目建设', ['以上']), 'other'],
    [ctx('个', '狠抓', '投资支撑项目、143个重点基础设施项目'), 'projectCount'],
    [ctx('个', '年内新引进重点产业项目', ''), 'projectCount'],
    [ctx('个', '持续抓好', '重点园区建设'), 'other'],
    [ctx('项', '等', '重点任务进行突击攻坚'), 'taskCount'],
    [ctx('件', '统筹推进', '区办实事'), 'taskCount'],
    [ctx('项', '事项交办等', '工作落实制度'), 'other'],
    [ctx('个', '事关新区高质量发展的', '领域、52项重点工作精准发力'), 'other'],
    [ctx('家', '集聚影视企业', ''), 'enterpriseCount'],
    [ctx('万家', '年内市场主体', ''), 'marketEntities'],
    [ctx('家', '新增市场主体', ''), 'marketEntities'],
    [ctx('万平方米', '今年计划拆迁', ''), 'demolition'],
    [ctx('万平方米', '项目总建筑面积', ''), 'floorArea'],
    [ctx('%', '海洋生产总值年均增长', ''), 'growthRate'],
    [ctx('%', '工业增加值占GDP比重', ''), 'other'],
    [ctx('万人', '新增就业', ''), 'other'],
  ])('%o → %s', (c, metric) => {
    expect(classifyMetric(c)).toBe(metric)
  })
})

describe('classifyCategory', () => {
  it.each([
    [ctx('个', '抓好总投资930亿元的', '城市更新项目'), 'urbanRenewal'],
    [ctx('亿元', '加快总投资', '的专业化基础设施配套建设'), 'infrastructure'],
    [ctx('项', '总投资57亿元的', '政府实事'), 'livelihood'],
    [ctx('个', '国家级高层次人才和团队', ''), 'talent'],
    [ctx('亿元', '过', '项目', ['过']), 'threshold'],
    [ctx('个', '狠抓', '投资支撑项目、143个重点基础设施项目'), 'industry'],
  ])('%o → %s', (c, category) => {
    expect(classifyCategory(c, '')).toBe(category)
  })
})
