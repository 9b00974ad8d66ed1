import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { lineOf } from '../../support/check';
import { checkOne, expectExactly, SOP_ENTRY, withSop } from '../helpers';

describe('PPB217: the dates of an SOP (format 1.1)', () => {
  test('PPB217: a day that does not exist; near-miss: 29 February of a leap year exists', () => {
    const text = withSop(SOP_ENTRY.replace('tanggal_revisi: 2023-03-15', 'tanggal_revisi: 2023-02-29'));
    expectExactly(checkOne(text), [
      {
        line: lineOf(text, 'tanggal_revisi'),
        code: 'PPB217',
        severity: 'error',
        text: '2023-02-29',
        mentions: ['2023-02-29', 'KECKLB.06.03.CFM.02.SOP.01'],
      },
    ]);
    assert.deepEqual(
      checkOne(withSop(SOP_ENTRY.replace('tanggal_revisi: 2023-03-15', 'tanggal_revisi: 2024-02-29').replace('2023-04-01', '2024-04-01'))),
      [],
    );
  });

  test('PPB217: effective before made, and revised before made, each on the later date with both dates named', () => {
    const text = withSop(
      SOP_ENTRY.replace('tanggal_efektif: 2023-04-01', 'tanggal_efektif: 2020-12-31').replace(
        'tanggal_revisi: 2023-03-15',
        'tanggal_revisi: 2020-06-01',
      ),
    );
    expectExactly(checkOne(text), [
      {
        line: lineOf(text, 'tanggal_revisi'),
        code: 'PPB217',
        severity: 'error',
        text: '2020-06-01',
        mentions: ['2020-06-01', '2021-01-04'],
      },
      {
        line: lineOf(text, 'tanggal_efektif'),
        code: 'PPB217',
        severity: 'error',
        text: '2020-12-31',
        mentions: ['2020-12-31', '2021-01-04'],
      },
    ]);
  });

  test('PPB217: effective before the revision; near-miss: all on one day is in order', () => {
    const text = withSop(SOP_ENTRY.replace('tanggal_efektif: 2023-04-01', 'tanggal_efektif: 2023-03-01'));
    expectExactly(checkOne(text), [
      {
        line: lineOf(text, 'tanggal_efektif'),
        code: 'PPB217',
        severity: 'error',
        text: '2023-03-01',
        mentions: ['2023-03-01', '2023-03-15'],
      },
    ]);
    const sameDay = SOP_ENTRY.replace('2021-01-04', '2023-04-01').replace('2023-03-15', '2023-04-01');
    assert.deepEqual(checkOne(withSop(sameDay)), []);
  });

  test('PPB105, not PPB217: a date written the Indonesian way is a form error with the form to use', () => {
    const text = withSop(SOP_ENTRY.replace('tanggal_efektif: 2023-04-01', 'tanggal_efektif: 1 April 2023'));
    const found = checkOne(text);
    assert.deepEqual(
      found.map((f) => `${f.code} ${f.text}`),
      ['PPB105 1 April 2023'],
    );
    assert.match(found[0]?.message.en ?? '', /YYYY-MM-DD, for example `2023-04-01`/);
    assert.match(found[0]?.message.id ?? '', /TTTT-BB-HH/);
  });
});
