import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { authorsOf, cleanArticle, siteNameFromCopyright, sourceOf } from '../../../../pipeline/steps/clean.ts';
import { extractMetadata } from '../../../../pipeline/steps/metadata.ts';
import { PROJECT_ROOT } from '../../../support/seed-workspace.ts';

const P1 = 'Chinese and US defense officials held a video call on Tuesday, the ministry said.';
const metaOf = (...lines: string[]) => extractMetadata(cleanArticle(lines.join('\n'), 'seeds/test.txt').value);
const seedMeta = (stem: string) =>
  extractMetadata(cleanArticle(readFileSync(join(PROJECT_ROOT, 'seeds', `${stem}.txt`), 'utf8'), stem).value);

describe('extractMetadata on the seeds', () => {
  it('000: the Global Times signature after the body', () => {
    const m = seedMeta('000_ad52e1e9c47da241');
    expect(m.outlet).toEqual({ value: 'Global Times', method: 'extracted', note: 'Signature line after the body: "Global Times".' });
    expect(m.authors).toEqual({ value: [], method: 'missing', note: 'No byline ("By …", "Authors: …") in the text.' });
    expect(m.originalSource).toEqual({ value: null, method: 'missing', note: 'No "Source: …" line in the text.' });
  });

  it('002: no outlet anywhere', () => {
    expect(seedMeta('002_f6827184a85c8d0d').outlet).toEqual({
      value: null,
      method: 'missing',
      note: 'No outlet signature, site name or copyright line in the text.',
    });
  });

  it('003: the site name, spelt as the copyright line spells it; Lianhe Zaobao as the source', () => {
    const m = seedMeta('003_209ec3550312bc1b');
    expect(m.outlet).toEqual({
      value: 'China-Arms',
      method: 'extracted',
      note: 'Site name in the page header ("CHINA-ARMS"), spelt as in the copyright line.',
    });
    expect(m.originalSource).toEqual({ value: 'Lianhe Zaobao', method: 'extracted', note: 'Source line: "Source: Lianhe Zaobao".' });
    expect(m.authors.value).toEqual([]);
  });

  it('004: three authors from "Authors: …"', () => {
    expect(seedMeta('004_e63b7962d350ce36').authors).toEqual({
      value: ['Catherine Wong', 'Minnie Chan', 'Reuters'],
      method: 'extracted',
      note: 'Byline: "Authors: Catherine Wong, Minnie Chan, Reuters".',
    });
  });
});

describe('extractMetadata on crafted text', () => {
  it('a signature beats the site name in the header', () => {
    const m = metaOf('EXAMPLE NEWS', 'China and US hold military talks', P1, 'Xinhua', '© 2024 Example News. All rights reserved.');
    expect(m.outlet.value).toBe('Xinhua');
  });

  it('the copyright line alone names the site', () => {
    expect(metaOf('China and US hold military talks', P1, 'Copyright © 2024 Example News. All rights reserved.').outlet).toEqual({
      value: 'Example News',
      method: 'extracted',
      note: 'Site name in the copyright line: "Example News".',
    });
  });

  it('a short header line is not claimed as the site name without a copyright line to confirm it', () => {
    expect(metaOf('EXAMPLE NEWS', 'China and US hold military talks', P1).outlet.value).toBeNull();
  });

  it('"By … and …" gives each author', () => {
    expect(metaOf('China and US hold military talks', 'By Jane Doe and John van Roe', P1).authors.value).toEqual(['Jane Doe', 'John van Roe']);
  });
});

describe('line readers', () => {
  it.each([
    ['Authors: Catherine Wong, Minnie Chan, Reuters', ['Catherine Wong', 'Minnie Chan', 'Reuters']],
    ['By Jane Doe & John Roe', ['Jane Doe', 'John Roe']],
    ['Written by: Li Ming', ['Li Ming']],
    ['By the end of the year, talks resumed.', null],
    ['By Thursday the talks had stalled', null],
    ['Authors: 3 staff', null],
  ])('authorsOf(%j)', (line, expected) => {
    expect(authorsOf(line)).toEqual(expected);
  });

  it.each([
    ['Source: Lianhe Zaobao', 'Lianhe Zaobao'],
    ['(Source: Xinhua)', 'Xinhua'],
    ['Originally published in: The Diplomat', 'The Diplomat'],
    ['Sources said arms control was likely to be among the main topics.', null],
    ['Source: a person familiar with the matter said the talks went well.', null],
  ])('sourceOf(%j)', (line, expected) => {
    expect(sourceOf(line)).toBe(expected);
  });

  it.each([
    ['© 2015-2024 China-Arms', 'China-Arms'],
    ['Copyright © 2024 Example News. All rights reserved.', 'Example News'],
    ['(c) 2023 Xinhua', 'Xinhua'],
    ['China-Arms', null],
  ])('siteNameFromCopyright(%j)', (line, expected) => {
    expect(siteNameFromCopyright(line)).toBe(expected);
  });
});
