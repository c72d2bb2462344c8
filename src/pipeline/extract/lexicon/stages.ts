/**
 * The stages of a thing that is built or done, earliest first (issue 14 point 1; GLOSSARY "Stages").
 * One ordered scale, published on the methodology page. A result counts for a target only at the
 * target's own stage or later; a figure at an earlier stage is progress, and figures at different
 * stages are never added together.
 */
export interface Stage {
  /** Stable id, used in code and data. */
  id: 'chosen' | 'started' | 'nearly' | 'done';
  /** The stage's name on the methodology page. */
  name: string;
  /** Words that put a figure at this stage (their fixture rows: lexicon/evidence.ts). */
  words: readonly string[];
}

export const STAGES: readonly Stage[] = [
  {
    id: 'chosen',
    name: '选定、立项、申报',
    words: ['选址', '确定', '谋划', '立项', '方案', '招标', '申报', '推荐', '上报', '申请', '拟', '计划'],
  },
  {
    id: 'started',
    name: '开工、在建',
    words: ['开工', '在建', '施工', '正在', '推进中', '启动', '筹建', '进度'],
  },
  { id: 'nearly', name: '基本完成', words: ['基本完成', '基本建成', '主体完工'] },
  {
    id: 'done',
    name: '建成、完成、投用、验收',
    words: ['建成', '完成', '投用', '验收', '竣工', '完工', '办结', '认定', '入选'],
  },
];
