import { withCheckDigit } from '@zhibu/shared';

/** Small deterministic PRNG (mulberry32) so demo and scale data are reproducible from a seed. */
export class Rng {
  private s: number;
  constructor(seed: number) {
    this.s = seed >>> 0;
  }
  next(): number {
    this.s = (this.s + 0x6d2b79f5) >>> 0;
    let t = this.s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范廖石金韦贾夏付方邹熊白孟秦邱侯江尹薛闫段雷龙黎史陶贺毛郝顾龚邵万覃武钱';
const MALE = '伟强磊军勇杰涛斌超明刚平辉鹏华飞鑫波宇浩凯健俊帆帅旭宁龙林亮成东志建国峰海文晨阳';
const FEMALE = '芳娜敏静丽艳娟霞秀玲桂英红梅兰萍燕洁琳雪婷倩颖慧佳玉莉丹蕾薇瑶琪欣怡晶璐';

export function chineseName(rng: Rng, gender: 'male' | 'female'): string {
  const chars = gender === 'male' ? MALE : FEMALE;
  const given = rng.chance(0.7) ? rng.pick([...chars]) + rng.pick([...chars]) : rng.pick([...chars]);
  return rng.pick([...SURNAMES]) + given;
}

export function isoDate(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function randomDate(rng: Rng, fromYear: number, toYear: number): string {
  return isoDate(rng.int(fromYear, toYear), rng.int(1, 12), rng.int(1, 28));
}

const REGIONS = ['450202', '450203', '450204', '450205', '450221', '500101', '500103', '370781'];

/** A valid GB 11643 ID number for a birth date and gender; `serial` (0..999) keeps them unique. */
export function idNumberFor(rng: Rng, birthDate: string, gender: 'male' | 'female', serial: number): string {
  let seq = serial % 1000;
  if ((seq % 2 === 1) !== (gender === 'male')) seq = (seq + 1) % 1000;
  const first17 = `${rng.pick(REGIONS)}${birthDate.replace(/-/g, '')}${String(seq).padStart(3, '0')}`;
  return withCheckDigit(first17);
}

export function mobile(rng: Rng): string {
  return `1${rng.pick(['3', '5', '7', '8', '9'])}${String(rng.int(0, 999_999_999)).padStart(9, '0')}`;
}
