import type { Catalogue } from '@zhibu/shared';
import { DEFAULT_S8 } from './default-catalogue';
import { GRADING_SEVEN } from './grading-seven';
import { STAR_SIX_NORMS } from './star-chongqing';
import { TARGET_18 } from './target-quarterly';

// The built-in catalogue templates a tenant can copy and edit. Each catalogue is already validated by
// `zCatalogue.parse` when its module loads; its header code equals the template key.

export type BuiltinTemplate = {
  key: string;
  zh: string;
  en: string;
  descriptionZh: string;
  catalogue: Catalogue;
};

export const BUILTIN_TEMPLATES: readonly BuiltinTemplate[] = [
  {
    key: 'star-six-norms',
    zh: '星级管理（六个标准规范）',
    en: 'Star management (six norms)',
    descriptionZh:
      '按组织建设、基础资料、阵地建设、组织生活、廉洁建设、服务群众六个标准规范设6类53个子项，含必答题和自选题；三星（达标级）24项、四星（先进级）39项、五星（标杆级）52项硬杠杠，一项不达标不得定挂相应星级，每年评定一次。',
    catalogue: STAR_SIX_NORMS,
  },
  {
    key: 'target-18',
    zh: '党建工作目标任务清单（季度）',
    en: 'Party-building target list (quarterly)',
    descriptionZh:
      '将上级党组织的目标要求分解为18个子项，全部由平台根据会议、出勤、学时、谈心谈话和组织设置等数据按季度自动计分，满分100分。',
    catalogue: TARGET_18,
  },
  {
    key: 'grading-seven',
    zh: '基层党组织分类定级（七项指标）',
    en: 'Branch classification grading (seven indicators)',
    descriptionZh:
      '按党组织书记和班子、工作方式、工作制度、活动场所、保障机制、工作成效、群众评价七项指标百分制评分，定为好、较好、一般、较差四个等次；一般、较差的分数线为参考值，请按上级通知核对。',
    catalogue: GRADING_SEVEN,
  },
  {
    key: 'default-s8',
    zh: '默认考核目录（组织建设、组织生活、党员队伍、作用发挥、基础保障）',
    en: 'Default assessment catalogue (organisation, organisational life, members, role, support)',
    descriptionZh:
      '基础项（五类共100分）扣除扣分项后计70%，综合评价（满意度测评、上级评价、书记述职）计30%；设硬性指标和一票否决，按90/80/70/60分定为五星至二星，五星不超过30%，每年最多晋升一星。',
    catalogue: DEFAULT_S8,
  },
];
