import { describe, expect, it } from 'vitest';
import { checkGivenName, decodeInput, nextSeedNumber, seedStem, slugify } from '../../../../pipeline/ingest/seed-name.ts';

describe('seed names', () => {
  it.each([
    ['US, Chinese defence chiefs hold first face-to-face talks in 18 months', 'us-chinese-defence-chiefs-hold-first-face-to'],
    ["China's 'October Surprise' a rumor: MOD", 'chinas-october-surprise-a-rumor-mod'],
    ['Xīnhuá reports: 中美 talks', 'xinhua-reports-talks'],
    ['中美军事会谈', ''],
  ])('slugify(%j)', (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });

  it('the next number follows the highest prefix in use', () => {
    expect(nextSeedNumber(['000_a.txt', '004_b.txt', 'notes.txt'])).toBe('005');
    expect(nextSeedNumber(['notes.txt'])).toBe('000');
    expect(nextSeedNumber(['999_z.txt'])).toBe('1000');
  });

  it('the stem falls back to the file name, then to "article"', () => {
    expect(seedStem('005', 'Talks resume', 'x.txt')).toBe('005_talks-resume');
    expect(seedStem('005', '中美', 'reuters-2024.html.txt')).toBe('005_reuters-2024-html');
    expect(seedStem('005', '', '中美.txt')).toBe('005_article');
  });

  it('a given name must be a plain file name with a new article id', () => {
    expect(checkGivenName('010_mine.txt', ['000_a'])).toEqual({ stem: '010_mine' });
    expect(checkGivenName('../etc/passwd', [])).toHaveProperty('problem');
    expect(checkGivenName('000-A', ['000_a'])).toEqual({ problem: '--name "000-A": its article id "000-a" is already the id of seeds/000_a.txt' });
  });

  it('decodeInput: empty and non-UTF-8 input are named problems; a BOM is fine', () => {
    expect(decodeInput(new Uint8Array())).toEqual({ problem: 'is empty' });
    expect(decodeInput(new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0xff, 0xfe]))).toHaveProperty('problem');
    expect(decodeInput(new TextEncoder().encode('\ufeffHeadline'))).toEqual({ text: 'Headline' });
  });
});
