import {
  CREDENTIAL_COLUMNS,
  credentialColumnOfHeader,
  dateFromText,
  isBlankCredentialRow,
  levelFromText,
  kindFromText,
  missingCredentialColumns,
  parseCredentialRow,
  withCheckDigit,
  type CredentialProblemCode,
  type CredentialRow,
} from '@zhibu/shared';
import { describe, expect, it } from 'vitest';

// The .xlsx import of credentials (packages/shared/src/talent.ts): the column spec and one row's checks.

const ID = withCheckDigit('45020219900307451');
const ROW: CredentialRow = {
  personName: ' 李明 ',
  idNumber: ID.toLowerCase(),
  kind: '证书',
  name: '烟草物理检验工',
  level: '高级工',
  issuer: '广西烟草职业技能鉴定站',
  obtainedOn: '2021/7/1',
  expiresOn: '2026.07',
  result: '',
  certificateNo: 'GX-2021-0032',
};

describe('parseCredentialRow', () => {
  it('accepts a full row and normalises it', () => {
    expect(parseCredentialRow(ROW, { today: '2026-06-15' })).toEqual({
      ok: true,
      person: { name: '李明', idNumber: ID },
      credential: {
        kind: 'certificate',
        name: '烟草物理检验工',
        level: 'senior_worker',
        issuer: '广西烟草职业技能鉴定站',
        obtainedOn: '2021-07-01',
        expiresOn: '2026-07-31',
        result: null,
        certificateNo: 'GX-2021-0032',
      },
    });
  });

  it.each<[string, CredentialRow, [string, CredentialProblemCode][]]>([
    ['blank name', { name: '  ' }, [['name', 'REQUIRED']]],
    [
      'blank kind and date',
      { kind: '', obtainedOn: undefined },
      [
        ['kind', 'REQUIRED'],
        ['obtainedOn', 'REQUIRED'],
      ],
    ],
    ['unknown kind', { kind: '证明' }, [['kind', 'KIND_UNKNOWN']]],
    ['unknown level', { level: '特级' }, [['level', 'LEVEL_UNKNOWN']]],
    ['a title level on a certificate', { level: '副高级' }, [['level', 'LEVEL_NOT_FOR_KIND']]],
    ['a skill grade on an award', { kind: '荣誉', level: '技师' }, [['level', 'LEVEL_NOT_FOR_KIND']]],
    [
      'a title without its level',
      { kind: '职称', name: '工程师', level: '' },
      [['level', 'TITLE_LEVEL_REQUIRED']],
    ],
    ['an impossible date', { obtainedOn: '2021-02-30' }, [['obtainedOn', 'DATE_INVALID']]],
    ['text for a date', { expiresOn: '长期' }, [['expiresOn', 'DATE_INVALID']]],
    [
      'expiry before the date obtained',
      { expiresOn: '2020-12-31' },
      [['expiresOn', 'EXPIRY_BEFORE_OBTAINED']],
    ],
    [
      'obtained in the future',
      { obtainedOn: '2026-06-16', expiresOn: '' },
      [['obtainedOn', 'OBTAINED_IN_FUTURE']],
    ],
    [
      'a bad check digit',
      { idNumber: ID.slice(0, 17) + (ID.endsWith('0') ? '1' : '0') },
      [['idNumber', 'ID_NUMBER_INVALID']],
    ],
    ['too long a name', { name: '证'.repeat(101) }, [['name', 'TOO_LONG']]],
  ])('%s', (_name, patch, problems) => {
    const r = parseCredentialRow({ ...ROW, ...patch }, { today: '2026-06-15' });
    expect(r.ok).toBe(false);
    expect(r.ok ? [] : r.problems.map((p) => [p.key, p.code])).toEqual(problems);
  });

  it('names the column in each message and keeps the cell', () => {
    const r = parseCredentialRow({ ...ROW, expiresOn: ' 2020-12-31 ' });
    expect(r).toEqual({
      ok: false,
      problems: [
        {
          key: 'expiresOn',
          header: '有效期至',
          code: 'EXPIRY_BEFORE_OBTAINED',
          value: '2020-12-31',
          message: { zh: '有效期至：早于取得日期', en: '有效期至: is before the date obtained' },
        },
      ],
    });
  });

  it('skips the future check without a day and accepts a title with its level', () => {
    const r = parseCredentialRow({
      ...ROW,
      kind: '职称',
      name: '高级工程师',
      level: '高级',
      obtainedOn: '2030-01-01',
      expiresOn: '',
    });
    expect(r.ok && r.credential).toMatchObject({
      kind: 'title',
      level: 'associate_senior',
      obtainedOn: '2030-01-01',
      expiresOn: null,
    });
  });

  it('tells blank rows apart', () => {
    expect(isBlankCredentialRow({ personName: ' ', kind: '' })).toBe(true);
    expect(isBlankCredentialRow({ name: 'x' })).toBe(false);
  });
});

describe('cell readers', () => {
  it.each<[string, boolean, string | undefined]>([
    ['2021-07-01', false, '2021-07-01'],
    ['2021/7/1', false, '2021-07-01'],
    ['2021.7.1', false, '2021-07-01'],
    ['2021年7月1日', false, '2021-07-01'],
    ['20210701', false, '2021-07-01'],
    ['2021-07-01T00:00:00.000Z', false, '2021-07-01'],
    ['44378', false, '2021-07-01'],
    ['2021.07', false, '2021-07-01'],
    ['2021.07', true, '2021-07-31'],
    ['2024年2月', true, '2024-02-29'],
    ['2021-13', false, undefined],
    ['2021', false, undefined],
    ['2021-02-29', false, undefined],
    ['长期有效', true, undefined],
  ])('dateFromText(%s, monthEnd %s) = %s', (cell, monthEnd, iso) => {
    expect(dateFromText(cell, monthEnd)).toBe(iso);
  });

  it.each([
    ['证书', 'certificate'],
    ['职业技能等级证书', 'certificate'],
    ['职称', 'title'],
    ['培训', 'training'],
    ['荣誉称号', 'award'],
    ['竞赛成绩', 'competition'],
    ['award', 'award'],
    ['其他', undefined],
  ])('kindFromText(%s) = %s', (cell, kind) => {
    expect(kindFromText(cell)).toBe(kind);
  });

  it.each([
    ['国家级', 'national'],
    ['省部级', 'provincial'],
    ['行业', 'industry'],
    ['公司级', 'enterprise'],
    ['副高', 'associate_senior'],
    ['正高级', 'senior'],
    ['二级', 'technician'],
    ['高级 技师', 'senior_technician'],
    ['intermediate_worker', 'intermediate_worker'],
    ['一般', undefined],
  ])('levelFromText(%s) = %s', (cell, level) => {
    expect(levelFromText(cell)).toBe(level);
  });
});

describe('column spec', () => {
  it('has unique keys and headers, and the required columns the parser relies on', () => {
    expect(new Set(CREDENTIAL_COLUMNS.map((c) => c.key)).size).toBe(CREDENTIAL_COLUMNS.length);
    expect(new Set(CREDENTIAL_COLUMNS.map((c) => c.header)).size).toBe(CREDENTIAL_COLUMNS.length);
    expect(CREDENTIAL_COLUMNS.filter((c) => c.required).map((c) => c.key)).toEqual([
      'personName',
      'idNumber',
      'kind',
      'name',
      'obtainedOn',
    ]);
  });

  it.each([
    ['姓名*', 'personName'],
    [' 发证／授予单位 ', 'issuer'],
    ['有效期至', 'expiresOn'],
    ['备注', undefined],
  ])('header %s → %s', (header, key) => {
    expect(credentialColumnOfHeader(header)).toBe(key);
  });

  it('reports the required columns a header row lacks', () => {
    expect(missingCredentialColumns(['姓名*', '身份证号*', '类别*', '名称*', '取得日期*'])).toEqual([]);
    expect(missingCredentialColumns(['姓名', '名称', '等级'])).toEqual(['idNumber', 'kind', 'obtainedOn']);
  });
});
