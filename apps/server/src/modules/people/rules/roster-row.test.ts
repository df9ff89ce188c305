import { withCheckDigit } from '@zhibu/shared';
import { describe, expect, it } from 'vitest';
import { isBlankRow, parseRosterRow, type RawRow } from './roster-row';

const TODAY = '2026-11-21';
// 1990-03-07, 17th digit odd: male.
const MALE_ID = withCheckDigit('11010119900307451');
const FEMALE_ID = withCheckDigit('11010119920115002');
const badChecksum = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

const fullMember: RawRow = {
  name: ' 张伟 ',
  gender: '男',
  ethnicity: '汉族',
  birthDate: '1990-03-07',
  idNumber: MALE_ID,
  phone: '13800001111',
  education: '大学本科',
  jobPost: '机台长',
  title: '技师',
  businessUnitCode: 'BU-ZS-01',
  orgCode: 'ZS-01',
  partyGroupCode: 'ZS-01-G1',
  joinedWorkOn: '2012-07-01',
  partyStatus: '正式党员',
  appliedOn: '2014-03-01',
  activistOn: '2014-09-01',
  developmentOn: '2015-05-01',
  admittedOn: '2015-07-01',
  confirmedOn: '2016-07-01',
};

describe('parseRosterRow', () => {
  it('accepts a complete row and normalises it to stored values', () => {
    const { person, errors } = parseRosterRow(fullMember, TODAY);
    expect(errors).toEqual([]);
    expect(person).toMatchObject({
      name: '张伟',
      gender: 'male',
      education: 'bachelor',
      partyStatus: 'full',
      idNumber: MALE_ID,
      orgCode: 'ZS-01',
      admittedOn: '2015-07-01',
    });
  });

  const cases: { name: string; patch: RawRow; field: string; message: string | RegExp }[] = [
    { name: 'missing required name', patch: { name: '  ' }, field: 'name', message: '姓名：必须填写' },
    { name: 'missing party status', patch: { partyStatus: null }, field: 'partyStatus', message: '政治面貌：必须填写' },
    { name: 'missing org code', patch: { orgCode: undefined }, field: 'orgCode', message: '所在党组织编码：必须填写' },
    { name: 'bad ID checksum', patch: { idNumber: badChecksum(MALE_ID) }, field: 'idNumber', message: '身份证号：校验位不正确，请核对号码' },
    { name: 'short ID number', patch: { idNumber: '1101011990' }, field: 'idNumber', message: /^身份证号：应为18位/ },
    {
      name: 'ID typed into a numeric cell',
      patch: { idNumber: 110101199003074500 },
      field: 'idNumber',
      message: /^身份证号：单元格是数字格式/,
    },
    {
      name: 'impossible date',
      patch: { admittedOn: '2023-02-30' },
      field: 'admittedOn',
      message: '入党日期：“2023-02-30”不是有效日期，请按 YYYY-MM-DD 填写或使用 Excel 日期',
    },
    { name: 'text that is not a date', patch: { joinedWorkOn: '去年' }, field: 'joinedWorkOn', message: /^参加工作日期：“去年”不是有效日期/ },
    { name: 'unknown gender label', patch: { gender: 'M' }, field: 'gender', message: '性别：“M”不是可选的值，应为：男、女' },
    { name: 'unknown education label', patch: { education: '本科' }, field: 'education', message: /^学历：“本科”不是可选的值，应为：研究生、大学本科/ },
    { name: 'unknown party status', patch: { partyStatus: '党员' }, field: 'partyStatus', message: /^政治面貌：“党员”不是可选的值/ },
    { name: 'bad mobile number', patch: { phone: '12345' }, field: 'phone', message: '手机号：“12345”不是11位手机号码' },
    { name: 'bad org code', patch: { orgCode: 'ZS 01' }, field: 'orgCode', message: /^所在党组织编码：“ZS 01”格式不正确/ },
    { name: 'name too long', patch: { name: '张'.repeat(51) }, field: 'name', message: '姓名：不能超过50个字' },
    { name: 'gender contradicts the ID number', patch: { gender: '女' }, field: 'gender', message: '性别：性别与身份证号不一致' },
    { name: 'birth date contradicts the ID number', patch: { birthDate: '1990-03-08' }, field: 'birthDate', message: '出生日期：出生日期与身份证号不一致' },
    { name: 'full member without confirmation date', patch: { confirmedOn: null }, field: 'confirmedOn', message: '转正日期：该政治面貌必须填写此日期' },
    {
      name: 'probation shorter than a year',
      patch: { confirmedOn: '2016-06-30' },
      field: 'confirmedOn',
      message: '转正日期：转正日期距入党日期不足一年预备期',
    },
    { name: 'a date in the future', patch: { joinedWorkOn: '2027-01-01' }, field: 'joinedWorkOn', message: '参加工作日期：日期不能晚于今天' },
    { name: 'stages out of order', patch: { activistOn: '2013-01-01' }, field: 'activistOn', message: '确定积极分子日期：日期不能早于申请入党日期' },
    { name: 'admitted under 18', patch: { birthDate: null, idNumber: withCheckDigit('11010119990307451'), appliedOn: '2014-03-01', joinedWorkOn: null }, field: 'admittedOn', message: '入党日期：当时未满18周岁' },
  ];

  it.each(cases)('reports $name', ({ patch, field, message }) => {
    const { errors } = parseRosterRow({ ...fullMember, ...patch }, TODAY);
    const hit = errors.find((e) => e.field === field);
    expect(hit, JSON.stringify(errors)).toBeDefined();
    if (typeof message === 'string') expect(hit!.message).toBe(message);
    else expect(hit!.message).toMatch(message);
  });

  it('keeps the offending cell text for the report', () => {
    const { errors } = parseRosterRow({ ...fullMember, admittedOn: '2023-02-30' }, TODAY);
    expect(errors).toEqual([expect.objectContaining({ field: 'admittedOn', value: '2023-02-30' })]);
  });

  it('does not add "required for status" noise for a date it could not read', () => {
    const { errors } = parseRosterRow({ ...fullMember, confirmedOn: '2016-13-01' }, TODAY);
    expect(errors.map((e) => e.field)).toEqual(['confirmedOn']);
  });

  const dateCells: { name: string; cell: unknown; iso: string }[] = [
    { name: 'an Excel date cell', cell: new Date(Date.UTC(2015, 6, 1)), iso: '2015-07-01' },
    { name: 'a bare Excel day number', cell: 42186, iso: '2015-07-01' },
    { name: 'slashes without padding', cell: '2015/7/1', iso: '2015-07-01' },
    { name: 'dots', cell: '2015.07.01', iso: '2015-07-01' },
    { name: 'Chinese date text', cell: '2015年7月1日', iso: '2015-07-01' },
    { name: 'a formula with a date result', cell: { formula: 'DATE(2015,7,1)', result: new Date(Date.UTC(2015, 6, 1)) }, iso: '2015-07-01' },
  ];

  it.each(dateCells)('reads dates from $name', ({ cell, iso }) => {
    const { person, errors } = parseRosterRow({ ...fullMember, admittedOn: cell }, TODAY);
    expect(errors).toEqual([]);
    expect(person.admittedOn).toBe(iso);
  });

  it('takes the birth date from the ID number when the cell is blank', () => {
    const { person, errors } = parseRosterRow({ ...fullMember, birthDate: null }, TODAY);
    expect(errors).toEqual([]);
    expect(person.birthDate).toBe('1990-03-07');
  });

  it('accepts a non-member with only the required cells, an upper-cased x and a numeric phone cell', () => {
    const id = withCheckDigit('11010119920115002');
    const row: RawRow = {
      name: { richText: [{ text: '李' }, { text: '娜' }] },
      gender: '女',
      idNumber: id.toLowerCase(),
      phone: 13912345678,
      orgCode: 'JB-01',
      partyStatus: '群众',
    };
    const { person, errors } = parseRosterRow(row, TODAY);
    expect(errors).toEqual([]);
    expect(person).toMatchObject({ name: '李娜', idNumber: FEMALE_ID, phone: '13912345678', partyStatus: 'none', birthDate: '1992-01-15' });
  });

  it('recognises blank rows', () => {
    expect(isBlankRow({ name: ' ', gender: null, orgCode: undefined })).toBe(true);
    expect(isBlankRow({ jobPost: '操作工' })).toBe(false);
  });
});
