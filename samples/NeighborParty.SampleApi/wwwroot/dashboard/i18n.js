// Chinese first, English available: every string of the dashboard's own; data comes with its *Zh labels from the API.
const strings = {
  zh: {
    skip: '跳到正文', title: '近邻党建工作台', loading: '正在加载…', logout: '退出', 'lang.other': 'English',
    foot: '演示数据为虚构，依据南平市延平区“近邻党建”新闻报道编排。',
    'nav.home': '总览', 'nav.tree': '组织体系', 'nav.report': '报表', 'nav.sweep': '组织设置与红色管家', 'nav.requests': '诉求与心愿', 'nav.care': '邻里守望', 'nav.compounds': '小区',
    'login.title': '选择演示身份登录', 'login.hint': '演示环境：以下身份由开发令牌签发，仅在开发模式下可用。',
    'home.title': '总览', 'home.since': '自 2019 年以来', 'home.trend': '历年趋势', 'figure': '指标', 'year': '年份', 'value': '数量',
    'tree.title': '组织体系', 'tree.children': '个下级组织', 'tree.branches': '个党支部',
    'report.title': '报表', 'report.children': '下级明细', 'report.place': '区域', 'report.chart': '历年变化', 'report.figure': '选择指标', 'report.up': '返回上级',
    'sweep.title': '组织设置评估', 'sweep.none': '无', 'coverage.title': '红色管家覆盖情况', 'coverage.gaps': '待补缺口',
    'sweep.shouldFormBranch': '应当成立党支部', 'sweep.shouldJoinJointBranch': '应成立联合党支部', 'sweep.noLongerMeetConditions': '不再符合设立条件',
    'sweep.committeeRequired': '应设支部委员会', 'sweep.shouldDivideIntoGroups': '应划分党小组', 'sweep.tooLarge': '党员人数过多',
    'coverage.branchesWithoutSecretary': '未配书记的党支部', 'coverage.committeeGaps': '支委会缺口', 'coverage.buildingsWithoutLeader': '未配楼栋长的楼栋',
    'coverage.endingSoon': '即将届满', 'coverage.expired': '已届满未换届', 'coverage.vacancies': '空缺', 'coverage.inOffice': '在任红色管家',
    name: '名称', counted: '计入党员', verdict: '评估结论', compound: '小区', role: '职务', holder: '任职人', until: '任期至', rule: '依据', reason: '原因',
    'requests.title': '诉求办理台', 'requests.overdue': '逾期未办结（优先）', 'requests.open': '办理中', 'requests.received': '提出时间', 'requests.due': '应办结',
    'requests.category': '类别', 'requests.state': '状态', 'requests.text': '内容', 'wishes.title': '微心愿墙', 'wishes.wish': '心愿', 'wishes.overdue': '已逾期',
    'care.title': '邻里守望', 'care.resident': '守望对象', 'care.needs': '关爱需求', 'care.status': '状况', 'care.alert': '提醒', 'care.last': '最近探访',
    'care.guardians': '守望人', 'care.actions': '已采取措施', 'care.masked': '敏感信息已隐藏（仅社区和小区党支部书记可见）',
    'compounds.title': '小区', 'compounds.map': '小区分布（经纬度）', 'compound.branch': '小区党支部', 'compound.team': '红色管家队伍', 'compound.owners': '业主委员会',
    'compound.partners': '共建单位', 'compound.activities': '近期活动', 'compound.care': '邻里守望', 'compound.households': '户数', 'day': '日期', 'kind': '类型', 'participants': '人数',
    yes: '是', no: '否', error: '出错了：', 'nav.mine': '我的事项', 'mine.resident': '我的诉求与心愿', 'mine.requests': '我的诉求（及小区公开诉求）',
    'mine.party': '本单位的共建事项', 'mine.covenants': '共建盟约', 'mine.offerings': '服务菜单', 'mine.orders': '服务订单', 'mine.capacity': '服务能力',
  },
  en: {
    skip: 'Skip to content', title: 'Neighbourhood Party-building desk', loading: 'Loading…', logout: 'Sign out', 'lang.other': '中文',
    foot: 'Demo data is invented, arranged after the news report on Yanping District\'s near-neighbour Party building.',
    'nav.home': 'Overview', 'nav.tree': 'Organisations', 'nav.report': 'Reports', 'nav.sweep': 'Formation & stewards', 'nav.requests': 'Requests & wishes', 'nav.care': 'Neighbourhood care', 'nav.compounds': 'Compounds',
    'login.title': 'Sign in as a demo actor', 'login.hint': 'Demo only: these actors get development tokens, available in Development mode.',
    'home.title': 'Overview', 'home.since': 'since 2019', 'home.trend': 'Year by year', 'figure': 'Figure', 'year': 'Year', 'value': 'Value',
    'tree.title': 'Party organisations', 'tree.children': 'sub-units', 'tree.branches': 'branches',
    'report.title': 'Report', 'report.children': 'By child', 'report.place': 'Place', 'report.chart': 'Over the years', 'report.figure': 'Figure', 'report.up': 'Up one level',
    'sweep.title': 'Formation sweep', 'sweep.none': 'None', 'coverage.title': 'Red Steward coverage', 'coverage.gaps': 'Gaps to fill',
    'sweep.shouldFormBranch': 'Should form a branch', 'sweep.shouldJoinJointBranch': 'Should join a joint branch', 'sweep.noLongerMeetConditions': 'No longer meet the conditions',
    'sweep.committeeRequired': 'Committee required', 'sweep.shouldDivideIntoGroups': 'Should divide into groups', 'sweep.tooLarge': 'Too large',
    'coverage.branchesWithoutSecretary': 'Branches without a secretary', 'coverage.committeeGaps': 'Committee gaps', 'coverage.buildingsWithoutLeader': 'Buildings without a leader',
    'coverage.endingSoon': 'Terms ending soon', 'coverage.expired': 'Terms run out', 'coverage.vacancies': 'Vacancies', 'coverage.inOffice': 'Stewards in office',
    name: 'Name', counted: 'Counted', verdict: 'Verdict', compound: 'Compound', role: 'Role', holder: 'Holder', until: 'Until', rule: 'Rule', reason: 'Reason',
    'requests.title': 'Request desk', 'requests.overdue': 'Overdue (first)', 'requests.open': 'Open', 'requests.received': 'Received', 'requests.due': 'Due',
    'requests.category': 'Category', 'requests.state': 'State', 'requests.text': 'Text', 'wishes.title': 'Micro-wish wall', 'wishes.wish': 'Wish', 'wishes.overdue': 'Overdue',
    'care.title': 'Neighbourhood care', 'care.resident': 'Resident', 'care.needs': 'Needs', 'care.status': 'Status', 'care.alert': 'Alert', 'care.last': 'Last contact',
    'care.guardians': 'Guardians', 'care.actions': 'Actions taken', 'care.masked': 'Sensitive details hidden (community and compound secretary only)',
    'compounds.title': 'Compounds', 'compounds.map': 'Compounds on the map (latitude/longitude)', 'compound.branch': 'Compound branch', 'compound.team': 'Red Steward team', 'compound.owners': 'Owners\' committee',
    'compound.partners': 'Co-building partners', 'compound.activities': 'Recent activities', 'compound.care': 'Neighbourhood care', 'compound.households': 'Households', 'day': 'Day', 'kind': 'Kind', 'participants': 'People',
    yes: 'yes', no: 'no', error: 'Something went wrong: ', 'nav.mine': 'Mine', 'mine.resident': 'My requests and wishes', 'mine.requests': 'My requests (and the compound\'s public ones)',
    'mine.party': 'Our co-building', 'mine.covenants': 'Covenants', 'mine.offerings': 'Service menu', 'mine.orders': 'Service orders', 'mine.capacity': 'Capacity',
  },
};

let lang = sessionStorage.getItem('np.lang') === 'en' ? 'en' : 'zh';

/** The current language: 'zh' or 'en'. */
export const current = () => lang;

/** The string for a key in the current language. */
export const t = key => strings[lang][key] ?? strings.zh[key] ?? key;

/** Picks the Chinese or English of a labelled value. */
export const pick = (zh, en) => (lang === 'en' && en ? en : zh ?? en ?? '');

/** Switches the language and re-labels the static page. */
export function toggle() {
  lang = lang === 'zh' ? 'en' : 'zh';
  sessionStorage.setItem('np.lang', lang);
  apply();
}

/** Labels every element with a data-i18n key, and sets the document language. */
export function apply(root = document) {
  document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
  for (const el of root.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
  const button = document.getElementById('lang');
  button.textContent = t('lang.other');
  button.lang = lang === 'zh' ? 'en' : 'zh-CN';
  document.querySelector('nav').setAttribute('aria-label', lang === 'zh' ? '主导航' : 'Main');
}
