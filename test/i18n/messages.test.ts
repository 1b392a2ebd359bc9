import { afterEach, describe, expect, it } from 'vitest';
import { readCatalog } from '../../src/i18n/catalog-files';
import { formatDate, formatList } from '../../src/i18n/format';
import { chooseLocale } from '../../src/i18n/locales';
import { installLocale, t } from '../../src/i18n/messages';
import { capitalName, indicatorLabel } from '../../src/i18n/names';

afterEach(() => installLocale('en'));

describe('the language a page picks', () => {
  it('takes a teacher link first, then this device’s choice, then the browser, then English', () => {
    expect(chooseLocale({ param: 'ko', stored: 'ja', browser: ['en-US'] })).toBe('ko');
    expect(chooseLocale({ param: 'xx', stored: 'ja', browser: ['ko-KR'] })).toBe('ja');
    expect(chooseLocale({ browser: ['fr-FR', 'ko-KR', 'ja'] })).toBe('ko');
    expect(chooseLocale({ browser: ['fr-FR'] })).toBe('en');
    expect(chooseLocale({ param: 'en-XA' })).toBe('en-XA');
    // The pseudo-locale is for tests: never remembered or taken from a browser.
    expect(chooseLocale({ stored: 'en-XA', browser: ['en-XA'] })).toBe('en');
  });
});

describe('catalog text', () => {
  it('speaks the installed language and falls back to English for a key not yet translated', () => {
    installLocale('ja', { 'common.back': '戻る' });
    expect(t('common.back')).toBe('戻る');
    expect(t('common.close')).toBe('Close');
    installLocale('ko', readCatalog('ko'));
    expect(capitalName('japan')).toBe('도쿄');
    expect(indicatorLabel('regionalTension')).toBe('지역 긴장');
  });

  it('marks every text in the pseudo-locale, so text outside the catalogs stands out', () => {
    installLocale('en-XA');
    expect(t('common.back')).toBe('⟦Báçk⟧');
  });

  it('writes dates and lists as each language does', () => {
    expect(formatDate('2017-08-29')).toBe('29 August 2017');
    installLocale('ja', readCatalog('ja'));
    expect(formatDate('2017-08-29')).toBe('2017年8月29日');
    expect(formatList(['東京', 'ソウル'])).toBe('東京、ソウル');
    installLocale('ko', readCatalog('ko'));
    expect(formatDate('2017-08-29')).toBe('2017년 8월 29일');
  });
});
