export default {
  app: {
    title: '青岛承诺地图',
    subtitle: '各区市与功能区在报道中承诺的投资与项目',
    language: '语言',
    loading: '正在加载地图…',
  },
  errors: {
    network: '无法连接服务器，未能加载 {file}。',
    http: '{file} 无法加载（{detail}）。',
    json: '{file} 不是有效的 JSON 文件。',
    shape: '{file} 的内容不符合预期格式：{detail}',
    retry: '重试',
    noWebgl: '此浏览器无法显示交互地图（不支持 WebGL）。下方的表格仍可使用。',
  },
} as const
