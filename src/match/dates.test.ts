import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { checkPin, compareDates, dateOfDigits, dateOfIso, formatDate, monthOfName } from './dates.ts';

describe('dates written as digits in a model name', () => {
  test('eight digits are a full date (20241022)', () => {
    assert.deepEqual(dateOfDigits('20241022'), { y: 2024, m: 10, d: 22 });
  });

  test('six digits starting with a year are a year and month (202412)', () => {
    assert.deepEqual(dateOfDigits('202412'), { y: 2024, m: 12, d: null });
  });

  test('four digits whose first pair cannot be a month are year and month (2507, 2411)', () => {
    assert.deepEqual(dateOfDigits('2507'), { y: 2025, m: 7, d: null });
    assert.deepEqual(dateOfDigits('2411'), { y: 2024, m: 11, d: null });
  });

  test('four digits that can be a month and a day are month and day (0528, 0711, 1212)', () => {
    assert.deepEqual(dateOfDigits('0528'), { y: null, m: 5, d: 28 });
    assert.deepEqual(dateOfDigits('0711'), { y: null, m: 7, d: 11 });
    assert.deepEqual(dateOfDigits('1212'), { y: null, m: 12, d: 12 });
  });

  test('digits that are no date stay numbers (1776, 0000, 20241399)', () => {
    assert.equal(dateOfDigits('1776'), null);
    assert.equal(dateOfDigits('0000'), null);
    assert.equal(dateOfDigits('20241399'), null);
    assert.equal(dateOfDigits('12b'), null);
  });

  test('month names are read in full or abbreviated', () => {
    assert.equal(monthOfName('june'), 6);
    assert.equal(monthOfName('sep'), 9);
    assert.equal(monthOfName('ju'), null);
    assert.equal(monthOfName('claude'), null);
  });
});

describe('comparing partial dates', () => {
  test('dates agree when every field both state is equal', () => {
    assert.equal(compareDates({ y: 2025, m: 7, d: null }, { y: null, m: 7, d: 25 }), 'agree');
    assert.equal(compareDates({ y: 2024, m: 10, d: 22 }, { y: 2024, m: 10, d: 22 }), 'agree');
  });

  test('one differing field is a conflict (2024-05-13 vs 2024-08-06)', () => {
    assert.equal(compareDates({ y: 2024, m: 5, d: 13 }, { y: 2024, m: 8, d: 6 }), 'conflict');
  });

  test('dates with no common field are unknown', () => {
    assert.equal(compareDates({ y: 2024, m: null, d: null }, { y: null, m: 3, d: 25 }), 'unknown');
  });

  test('formatted dates show only what is known', () => {
    assert.equal(formatDate({ y: 2024, m: 10, d: 22 }), '2024-10-22');
    assert.equal(formatDate({ y: 2025, m: 7, d: null }), '2025-07');
    assert.equal(formatDate({ y: null, m: 3, d: 25 }), '03-25');
    assert.equal(formatDate({ y: 2024, m: null, d: null }), '2024');
  });

  test('ISO days parse; anything else is null', () => {
    assert.deepEqual(dateOfIso('2024-10-22'), { y: 2024, m: 10, d: 22 });
    assert.deepEqual(dateOfIso('2025-01'), { y: 2025, m: 1, d: null });
    assert.equal(dateOfIso('last tuesday'), null);
    assert.equal(dateOfIso(null), null);
  });
});

describe('pinning a listing date to a snapshot', () => {
  test('a listing a few days after the snapshot is consistent', () => {
    assert.deepEqual(checkPin({ y: 2024, m: 10, d: 22 }, { y: 2024, m: 11, d: 4 }), {
      status: 'consistent',
      days: 13,
    });
  });

  test('a listing months after the snapshot names a later version', () => {
    assert.equal(checkPin({ y: 2024, m: 6, d: 20 }, { y: 2024, m: 10, d: 22 })?.status, 'after');
  });

  test('a listing well before the snapshot predates it', () => {
    assert.equal(checkPin({ y: 2024, m: 8, d: 6 }, { y: 2024, m: 5, d: 13 })?.status, 'before');
  });

  test('a snapshot without a year takes the latest year not after the listing', () => {
    assert.equal(checkPin({ y: null, m: 1, d: 25 }, { y: 2025, m: 2, d: 1 })?.status, 'consistent');
    assert.equal(checkPin({ y: null, m: 12, d: 10 }, { y: 2025, m: 1, d: 5 })?.status, 'consistent');
  });

  test('a month-only snapshot covers its whole month', () => {
    assert.equal(checkPin({ y: 2024, m: 10, d: null }, { y: 2024, m: 10, d: 17 })?.status, 'consistent');
  });

  test('nothing can be pinned without a full listing day or a snapshot month', () => {
    assert.equal(checkPin({ y: 2024, m: 10, d: 22 }, { y: 2024, m: 10, d: null }), null);
    assert.equal(checkPin({ y: 2024, m: null, d: null }, { y: 2024, m: 10, d: 1 }), null);
  });
});
