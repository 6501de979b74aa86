import { describe, expect, test } from 'vitest';
import { safeUrl } from '../../src/model/urls.js';

describe('safeUrl()', () => {
  test.each([
    ['https://www.nato.int/cps/en/natohq/news_197287.htm', 'https://www.nato.int/cps/en/natohq/news_197287.htm'],
    ['http://example.org', 'http://example.org/'],
    ['  https://example.org/a b ', 'https://example.org/a%20b'],
    ['./data/x.json', './data/x.json'],
    ['/about', '/about'],
    ['notes.html#x', 'notes.html#x'],
    ['//cdn.example.org/x.png', 'https://cdn.example.org/x.png'],
  ])('allows %s', (input, expected) => {
    expect(safeUrl(input)).toBe(expected);
  });

  test.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    'blob:https://example.org/1234',
    'mailto:desk@example.org',
    '',
  ])('refuses %j', (input) => {
    expect(safeUrl(input)).toBeNull();
  });

  test('entities are not decoded, so they stay a harmless relative path', () => {
    expect(safeUrl('javascript&colon;alert(1)')).toBe('javascript&colon;alert(1)');
  });

  test('mailto only where allowed', () => {
    expect(safeUrl('mailto:desk@example.org', { mailto: true })).toBe('mailto:desk@example.org');
  });

  test('non-strings are refused', () => {
    expect(safeUrl(42)).toBeNull();
    expect(safeUrl({ href: 'https://x' })).toBeNull();
  });
});
