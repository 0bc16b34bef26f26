import { describe, expect, it } from 'vitest';
import { calendarDay, extractPage } from '../../lambdas/domain/intake/page.ts';
import { fixture } from '../support/fixture-site.ts';

const AROUND = ['اشترك الآن', 'الأكثر قراءة', 'أبو خالد', 'أكثر من 300 قتيل', 'قروض شخصية', 'عاجل', 'جميع الحقوق', 'Advertisement', 'Sponsored', 'Most read', 'rainwatcher', '100 died', 'cookies', 'Related stories'];

describe('extractPage', () => {
  it('takes the Arabic story without navigation, ads and comments, with its title, language and date', () => {
    // Arrange
    const html = fixture('ar-story.html').replaceAll('{{BASE}}', 'https://alwadi.example');
    // Act
    const page = extractPage(html, 'https://alwadi.example/ar/2024/02/29/idlib-shelling');
    // Assert
    expect(page.text.split('\n\n')).toHaveLength(4);
    expect(page.text.startsWith('قُتل 17 مدنياً، بينهم خمسة أطفال')).toBe(true);
    expect(page.text.endsWith('بعد فشل جولة محادثات جرت في منتصف شباط.')).toBe(true);
    for (const noise of AROUND) expect(page.text).not.toContain(noise);
    expect(page.title).toEqual({ value: 'مقتل 17 مدنياً في قصف على ريف إدلب', from: 'JSON-LD NewsArticle.headline' });
    expect(page.language).toEqual({ value: 'ar', from: '<html lang>' });
    expect(page.publishedAt).toEqual({ value: '2024-02-29', from: 'article:published_time', raw: '2024-02-29T21:40:00+03:00' });
    expect(page.canonicalUrl).toBe('https://alwadi.example/ar/2024/02/29/idlib-shelling');
  });

  it('takes the English story, its date from JSON-LD in @graph (not the "updated" <time>)', () => {
    const page = extractPage(fixture('en-story.html'), 'https://harbour.example/en/x');
    expect(page.text.startsWith('At least 23 people were killed and 60 injured')).toBe(true);
    expect(page.text.split('\n\n')).toHaveLength(4);
    for (const noise of AROUND) expect(page.text).not.toContain(noise);
    expect(page.language).toEqual({ value: 'en', from: '<html lang>' });
    expect(page.publishedAt).toMatchObject({ value: '2024-03-12', from: 'JSON-LD NewsArticle.datePublished' });
  });

  it('falls back to <time datetime>, <title> and the letters of the text', () => {
    const body = 'قالت وزارة الصحة إن تسعة أشخاص أصيبوا في حادث سير على الطريق الدولي صباح اليوم، ونقلوا إلى المستشفى. '.repeat(4);
    const html = `<html><head><title>حادث سير</title></head><body><article><p>${body}</p><p><time datetime="2023-07-04">4 تموز</time></p></article></body></html>`;
    const page = extractPage(html, 'https://x.example/a');
    expect(page.title).toEqual({ value: 'حادث سير', from: '<title>' });
    expect(page.language).toEqual({ value: 'ar', from: 'content (letters of the text)' });
    expect(page.publishedAt).toMatchObject({ value: '2023-07-04', from: '<time datetime>' });
  });

  it('removes bidi overrides and control characters a page may hide in its text', () => {
    const html = `<html lang="en"><body><article><p>${'Officials said 12 people were hurt in the blast on Friday. '.repeat(4)}\u202Eevil\u202C\u0007</p></article></body></html>`;
    expect(extractPage(html, 'https://x.example/b').text).not.toMatch(/[\u202A-\u202E\u0007]/);
  });

  it.each([
    ['2024-02-29T21:40:00+03:00', '2024-02-29'],
    ['2024-03-12', '2024-03-12'],
    ['2024-02-30', null],
    ['yesterday', null],
    ['1850-01-01', null],
  ])('calendarDay(%s) = %s', (raw, day) => {
    expect(calendarDay(raw)).toBe(day);
  });
});
